package entity

import (
	"testing"
	"unicode/utf8"
)

// FuzzTag checks that any text, valid UTF-8 or not, yields well-formed mentions without panicking.
func FuzzTag(f *testing.F) {
	// Small seeds, a sentence at most: the fuzzer mutates and minimises each input, and a whole
	// article makes every step slow (the seeds once were the articles: a few hundred execs/s).
	for _, s := range []string{"", "US", "U.S.-China", "Amazon’s", "Hong\u00a0 Kong", "X-ray", "FOLLOW US ON X", "\xffAmazon\xe2\x80", "Amazon\xe2\x80\x99",
		"Joe Biden met Xi Jinping in Beijing.", "ByteDance and Microsoft's bid", "the U.S. Senate, Washington", "Walmart\nInc."} {
		f.Add(s)
	}
	tagger := Default()
	f.Fuzz(func(t *testing.T, text string) {
		ms := tagger.Tag(text)
		prevEnd := 0
		for i, m := range ms {
			if m.Start < prevEnd || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("mention %d %+v: bad span (previous ends at %d, text has %d bytes)", i, m, prevEnd, len(text))
			}
			prevEnd = m.End
			if !utf8.ValidString(text[m.Start:m.End]) {
				t.Fatalf("mention %d %+v: not valid UTF-8", i, m)
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[m.Start]) || m.End < len(text) && !utf8.RuneStart(text[m.End])) {
				t.Fatalf("mention %d %+v: not on rune boundaries", i, m)
			}
			if m.Entity == "" {
				t.Fatalf("mention %d %+v: no entity", i, m)
			}
			// A name the gazetteer knows is reported under its canonical name and kind; other
			// names are reported as spelled.
			if name, kind, ok := tagger.Canonical(m.Entity); ok && (name != m.Entity || kind != m.Kind) {
				t.Fatalf("mention %d %+v: the gazetteer knows it as %q, %v", i, m, name, kind)
			}
		}
		_, _, _ = tagger.Canonical(text)
	})
}

// FuzzParse checks that any gazetteer text is accepted or refused without panicking, and that an
// accepted one builds a working tagger.
func FuzzParse(f *testing.F) {
	// A few lines in the gazetteer's format, not the whole file: see FuzzTag.
	f.Add("# comment\n\nperson\tJoe Biden\tBiden\tPresident Biden\norganization\tAmazon\nplace\tUnited States\t?US\tU.S.\n")
	f.Add("person\tA\tB\n")
	f.Add("place\tU\t?US\n")
	f.Fuzz(func(t *testing.T, data string) {
		tagger, err := Parse([]byte(data))
		if err != nil {
			return
		}
		for _, e := range tagger.Entities() {
			tagger.Tag(e.Name)
			tagger.Canonical(e.Name)
		}
	})
}
