package search

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldWithNorm is foldSlow as it was written over golang.org/x/text/unicode/norm, before the
// generated table replaced norm in app.wasm: the reference the table must agree with.
func foldWithNorm(r rune) string {
	if isCJK(r) {
		return norm.NFKC.String(string(r))
	}
	var b strings.Builder
	for _, c := range norm.NFKD.String(string(r)) {
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

// TestFoldTable checks the generated table (fold_table.go) against x/text for every rune the
// tokenizer folds: each non-ASCII letter, digit and mark. It fails when the table is stale (a
// new x/text or a changed isCJK): run `go generate ./corpus/search`.
func TestFoldTable(t *testing.T) {
	bad := 0
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if !isWordRune(r) {
			continue
		}
		if got, want := foldSlow(r), foldWithNorm(r); got != want {
			bad++
			if bad <= 20 {
				t.Errorf("foldSlow(%U %q) = %q, x/text gives %q", r, r, got, want)
			}
		}
	}
	if bad > 20 {
		t.Errorf("%d runes in all fold differently from x/text: run go generate ./corpus/search", bad)
	}
}

// TestDecomposeCases pins examples of each kind of form the table holds, so a table that lost a
// kind fails with a readable message (TestFoldTable says the same for every rune).
func TestDecomposeCases(t *testing.T) {
	for _, c := range []struct {
		in   rune
		want string
	}{
		{'é', "e\u0301"},      // canonical decomposition
		{'Å', "A\u030a"},      // two-level: Å is A + ring
		{'ﬁ', "fi"},           // ligature (compatibility)
		{'Ａ', "A"},            // full-width Latin
		{'𝐀', "A"},            // mathematical bold
		{'ｶ', "カ"},            // half-width katakana, NFKC
		{'가', "가"},            // Hangul syllable: NFKC keeps it whole
		{'\uF900', "\u8C48"},  // CJK compatibility ideograph
		{'a', "a"},            // no entry
		{'ł', "ł"},            // no decomposition: letterFold spells it
		{'\u1E9B', "s\u0307"}, // ẛ: long s with dot above, canonical then compatibility
	} {
		if got := decompose(c.in); got != c.want {
			t.Errorf("decompose(%U %q) = %q, want %q", c.in, c.in, got, c.want)
		}
	}
}
