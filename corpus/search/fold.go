package search

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:generate go run ./internal/mkfold -o fold_table.go

// letterFold spells the Latin letters that Unicode does not decompose (no base letter plus a
// combining mark) the way a reader types them on a plain keyboard. Keys are lower case.
var letterFold = map[rune]string{
	'ł': "l", 'ø': "o", 'đ': "d", 'ð': "d", 'þ': "th", 'æ': "ae", 'œ': "oe", 'ı': "i", 'ħ': "h",
	'ŧ': "t", 'ŋ': "ng", 'ĸ': "k", 'ƒ': "f", 'ɨ': "i", 'ʉ': "u", 'ƀ': "b", 'ǥ': "g", 'ɍ': "r",
	'ȥ': "z", 'ƶ': "z", 'ɗ': "d", 'ɓ': "b", 'ƙ': "k", 'ɲ': "n", 'ŉ': "n",
	// Where full case folding differs from lower case: the sharp s, final sigma.
	'ß': "ss", 'ς': "σ",
}

// foldCache holds the folded form of each non-ASCII rune met so far: folding one rune goes
// through normalisation and case folding, which cost far more than a map lookup.
var foldCache sync.Map // rune → string

// foldRune returns the form r is compared in: lower case, compatibility forms unfolded
// (ligatures, full-width letters), accents and other combining marks removed, and the letters
// listed in letterFold respelled. It may be empty (a combining mark) or longer than one rune
// ("ß" → "ss"). Han, kana and Hangul keep their form, bar width variants: their marks carry
// meaning and Hangul syllables would fall apart into jamo.
func foldRune(r rune) string {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return string(r)
	}
	if f, ok := foldCache.Load(r); ok {
		return f.(string)
	}
	f := foldSlow(r)
	foldCache.Store(r, f)
	return f
}

func foldSlow(r rune) string {
	if isCJK(r) {
		return decompose(r)
	}
	// Lower case and letterFold stand in for x/text/cases' full case folding: its tables would
	// add about 400 KB to app.wasm for the two letters (ß, ς) where the two differ here.
	var b strings.Builder
	for _, c := range decompose(r) {
		c = unicode.ToLower(c)
		switch {
		case unicode.Is(unicode.Mn, c) || unicode.Is(unicode.Me, c):
		case letterFold[c] != "":
			b.WriteString(letterFold[c])
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			b.WriteRune(c)
		}
	}
	return b.String()
}

// decompose returns the compatibility form of a letter, digit or mark r: its NFKD, or its NFKC
// if isCJK(r). It reads the table that internal/mkfold generates from golang.org/x/text, which
// app.wasm does without: norm's code and tables were about 325 KB of it. Other runes (spaces,
// punctuation, symbols) are returned unchanged, the table being only for what foldRune is given.
func decompose(r rune) string {
	i, ok := slices.BinarySearch(decompKeys[:], r)
	if !ok {
		return string(r)
	}
	return decompBlob[decompOffs[i]:decompOffs[i+1]]
}

// isCJK reports whether r is written in a script without spaces between words (Han, kana,
// Hangul), whose runs are indexed as overlapping pairs of characters.
func isCJK(r rune) bool {
	if r < 0x1100 {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		r == 0x30FC || r == 0xFF70 // the prolonged sound mark, full and half width
}

// isWordRune reports whether r belongs to a word: letters, digits, and the combining marks that
// decomposed text puts after a letter. Everything else (spaces, punctuation, apostrophes,
// invalid bytes) separates words.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}
