package search

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSearch checks that no query text or URL parameters make the engine panic, fail, or return
// highlights outside their text.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{
		"", " ", "walmrt microsft", "trasnit", "bytedanse", strings.Repeat("a", 300),
		strings.Repeat("tiktok ", 40), "\x00\x01\x1b[31m\t\r\n", "\xff\xfe\xc3", "a\xc3(b",
		`.*+?()[]{}|^$\`, "(?i)^walmart$", strings.Repeat("ü", 100), "“»’”", "٣٤ 漢字 🙂",
		"q=x&from=2024-13&to=%zz", strings.Repeat("abcdefghij", 40),
	} {
		f.Add(s)
	}
	e := New(seedCorpus(f))
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range []Query{{Text: s}, {Text: s, Outlet: s}} {
			r := e.Search(q)
			if r.Err != nil {
				t.Fatalf("%q: %v", s, r.Err)
			}
			if len(r.Groups) > MaxGroups {
				t.Fatalf("%d groups", len(r.Groups))
			}
			for _, g := range r.Groups {
				checkSpans(t, g.Article.Title, g.TitleHighlights)
				for _, sn := range g.Snippets {
					checkSpans(t, sn.Text, sn.Highlights)
				}
			}
		}
		if v, err := url.ParseQuery(s); err == nil {
			q, _ := ParseQuery(v)
			_ = e.Search(q)
		}
	})
}

func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	n, last := utf8.RuneCountInString(text), 0
	for _, s := range spans {
		if s.Start < last || s.End <= s.Start || s.End > n {
			t.Fatalf("span %+v out of order or outside %d runes of %q", s, n, text)
		}
		last = s.End
	}
}

// FuzzTokenize checks that every token lies inside its text and that the rune ends of its folded
// runes, which place prefix highlights, lie inside the token and never go back.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Zu\u0308rich Łódź Straße İstanbul", "U.S.-China Biden’s sell-or-ban", "北京市政府 한국 정부는",
		"a.b.c.", "'s's'", "-'-", "ﬃ ＴｉｋＴｏｋ", "\xffU.\xff.S", "O’Brien’s-era e-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := len([]rune(s))
		tokenize(s, func(tk token) {
			if tk.start < 0 || tk.end > n || tk.start >= tk.end {
				t.Fatalf("%q: token %q at %d–%d of %d runes", s, tk.term, tk.start, tk.end, n)
			}
			if len(tk.ends) != utf8.RuneCount(tk.term) {
				t.Fatalf("%q: token %q has %d rune ends", s, tk.term, len(tk.ends))
			}
			last := tk.start
			for _, e := range tk.ends {
				if e <= tk.start || e > tk.end || e < last {
					t.Fatalf("%q: token %q at %d–%d: rune ends %v", s, tk.term, tk.start, tk.end, tk.ends)
				}
				last = e
			}
		})
	})
}
