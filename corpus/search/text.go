package search

import (
	"unicode"
	"unicode/utf8"
)

// maxTermRunes bounds indexed terms: longer runs of letters are URLs or junk, not words anyone types.
const maxTermRunes = 40

// latin1Fold maps U+00C0–U+00FF to an unaccented lower-case letter, so that "Québec" is found by
// "quebec"; a space marks code points left alone (×, ÷, ß, þ…).
const latin1Fold = "aaaaaaaceeeeiiii" + "dnooooo ouuuuy  " + "aaaaaaaceeeeiiii" + "dnooooo ouuuuy y"

// fold maps r to the form terms are compared in: lower case, common Latin accents removed, and
// one rune for one rune, so that rune offsets in a folded term match the original text.
func fold(r rune) rune {
	if r >= 0xC0 && r <= 0xFF {
		if f := latin1Fold[r-0xC0]; f != ' ' {
			return rune(f)
		}
	}
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// isWordRune reports whether r belongs to a word; everything else (spaces, punctuation,
// apostrophes, invalid bytes) separates words.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// token is one word of a text: its folded form (valid only during the callback) and its rune
// range. A compound is the join of the two words around a hyphen ("e-commerce" → "ecommerce"),
// reported after its second part, so that readers find it written either way.
type token struct {
	term       []byte
	start, end int // rune offsets, end exclusive
	compound   bool
}

// isHyphen reports whether r joins the parts of a compound word.
func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// tokenizer splits texts into tokens, reusing its buffers from one text to the next.
type tokenizer struct {
	buf, prev []byte
}

// tokenize calls f for each word of text, and each hyphenated compound, with its folded form and
// rune range. Invalid UTF-8 bytes count as one rune each, as in a conversion to []rune, so
// offsets agree with []rune(text). Words longer than maxTermRunes are cut to that length.
func tokenize(text string, f func(token)) {
	var z tokenizer
	z.each(text, f)
}

// each is tokenize with z's buffers.
func (z *tokenizer) each(text string, f func(token)) {
	pos, start, n := 0, -1, 0
	buf := z.buf[:0]
	// The previous word, while only a single hyphen separates it from the current one.
	prev, prevStart, prevRunes := z.prev[:0], -1, 0
	sep, hyphen := 0, false
	for i, size := 0, 0; i <= len(text); i += size {
		r := utf8.RuneError
		if i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
		} else {
			size = 1
		}
		if i < len(text) && isWordRune(r) {
			if start < 0 {
				start = pos
			}
			if n < maxTermRunes {
				buf = utf8.AppendRune(buf, fold(r))
				n++
			}
			pos++
			continue
		}
		if start >= 0 {
			f(token{term: buf, start: start, end: pos})
			if prevStart >= 0 && sep == 1 && hyphen && prevRunes+n <= maxTermRunes {
				joined := append(prev, buf...)
				f(token{term: joined, start: prevStart, end: pos, compound: true})
			}
			prev, prevStart, prevRunes = append(prev[:0], buf...), start, n
			start, n, buf, sep, hyphen = -1, 0, buf[:0], 0, false
		}
		sep++
		hyphen = isHyphen(r)
		pos++
	}
	z.buf, z.prev = buf, prev
}

// stopWords are left out of the index and of queries that have other words: they match nearly
// every sentence, so they would cost the most and tell the least. "us" stays: it is the country.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true, "to": true,
	"in": true, "on": true, "at": true, "by": true, "for": true, "with": true, "from": true, "as": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "it": true,
	"its": true, "that": true, "this": true, "which": true, "who": true, "has": true, "have": true,
	"had": true, "he": true, "she": true, "they": true, "his": true, "her": true, "their": true,
	"into": true, "than": true, "also": true, "if": true, "so": true, "not": true,
}

// indexable reports whether a folded word is worth a posting: no stop words, no single letters.
func indexable(term []byte) bool {
	if len(term) < 2 {
		return len(term) == 1 && term[0] >= '0' && term[0] <= '9'
	}
	return !stopWords[string(term)]
}

// osa returns the optimal-string-alignment distance between a and b (insertions, deletions,
// substitutions and transpositions of adjacent runes), or limit+1 as soon as it must exceed limit.
func osa(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	// Three rolling rows keep this allocation-free for words up to maxTermRunes.
	var rows [3][maxTermRunes + 2]int
	if len(b) > maxTermRunes || len(a) > maxTermRunes {
		return limit + 1
	}
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		lo := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			lo = min(lo, v)
		}
		if lo > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit+1)
}
