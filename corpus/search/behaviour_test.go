package search

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
)

// tiny is a hand-built corpus with curly quotes and "»" before the matches, so that byte and rune
// offsets differ.
func tiny(t *testing.T) *Engine {
	t.Helper()
	arts := []*corpus.Article{
		{ID: "one", Title: "Québec » TikTok’s “ban”", AuthorNote: "fixture", Paragraphs: []corpus.Paragraph{
			{Sentences: []corpus.Sentence{
				{ID: "p1s1", Text: "“Walmart” and Microsoft » bid for TikTok’s US arm."},
				{ID: "p1s2", Text: "The transit of data worries regulators."},
			}},
			{Sentences: []corpus.Sentence{{ID: "p2s1", Text: "Microsoft alone."}}},
		}},
		{ID: "two", Title: "Another story", Outlet: "Daily Example", AuthorNote: "fixture", Paragraphs: []corpus.Paragraph{
			{Sentences: []corpus.Sentence{{ID: "p1s1", Text: "Walmart sells groceries."}}},
			{Sentences: []corpus.Sentence{{ID: "p2s1", Text: "Its e-commerce arm grows."}}},
		}},
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	return New(c)
}

// marked renders text with its highlights in brackets, in runes.
func marked(text string, spans []Span) string {
	r := []rune(text)
	var b strings.Builder
	at := 0
	for _, s := range spans {
		b.WriteString(string(r[at:s.Start]) + "[" + string(r[s.Start:s.End]) + "]")
		at = s.End
	}
	b.WriteString(string(r[at:]))
	return b.String()
}

func TestHighlights(t *testing.T) {
	e := tiny(t)
	for _, c := range []struct {
		query, title, snippet string
	}{
		{"walmrt microsft", "Québec » TikTok’s “ban”", "“[Walmart]” and [Microsoft] » bid for TikTok’s US arm."},
		{"tikto", "Québec » [TikTo]k’s “ban”", "“Walmart” and Microsoft » bid for [TikTo]k’s US arm."},
		{"quebec", "[Québec] » TikTok’s “ban”", ""},
		{"trasnit", "Québec » TikTok’s “ban”", "The [transit] of data worries regulators."},
	} {
		r := e.Search(Query{Text: c.query})
		if len(r.Groups) == 0 || r.Groups[0].Article.ID != "one" {
			t.Errorf("%q: groups %+v", c.query, r.Groups)
			continue
		}
		g := r.Groups[0]
		if got := marked(g.Article.Title, g.TitleHighlights); got != c.title {
			t.Errorf("%q: title %s, want %s", c.query, got, c.title)
		}
		if len(g.Snippets) == 0 {
			if c.snippet != "" {
				t.Errorf("%q: no snippets", c.query)
			}
			continue
		}
		if got := marked(g.Snippets[0].Text, g.Snippets[0].Highlights); got != c.snippet {
			t.Errorf("%q: snippet %s, want %s", c.query, got, c.snippet)
		}
	}
}

func TestCompounds(t *testing.T) {
	e := tiny(t)
	for q, want := range map[string]string{
		"ecommerce":  "Its [e-commerce] arm grows.",
		"e-commerce": "Its [e-commerce] arm grows.",
		// The word as typed, a part of the compound: no longer stretched to "ecommerce", an edit away.
		"commerce": "Its e-[commerce] arm grows.",
	} {
		r := e.Search(Query{Text: q})
		if len(r.Groups) != 1 || len(r.Groups[0].Snippets) != 1 {
			t.Errorf("%q: %+v", q, r.Groups)
			continue
		}
		sn := r.Groups[0].Snippets[0]
		if got := marked(sn.Text, sn.Highlights); got != want {
			t.Errorf("%q: %s, want %s", q, got, want)
		}
	}
}

func TestPartialAndSuggestions(t *testing.T) {
	e := tiny(t)
	r := e.Search(Query{Text: "walmart groceries transit"})
	if !r.Partial {
		t.Fatalf("want partial results, got %+v", r)
	}
	if len(r.Groups) != 1 || r.Groups[0].Article.ID != "two" || r.Groups[0].Matched != 2 {
		t.Fatalf("groups %+v, want article two, the only one with two of the words in a sentence", r.Groups)
	}
	if d := cmp.Diff([]string{"transit"}, r.Groups[0].Snippets[0].Missing); d != "" {
		t.Errorf("missing words (-want +got):\n%s", d)
	}

	r = e.Search(Query{Text: "zzzz"})
	if len(r.Groups) != 0 || r.Suggestions != nil {
		t.Errorf("zzzz: %+v", r)
	}
	r = e.Search(Query{Text: "wxlmxrt"})
	if len(r.Groups) != 0 || !slices.Contains(r.Suggestions, "Walmart") {
		t.Errorf("wxlmxrt: groups %d, suggestions %v, want Walmart suggested", len(r.Groups), r.Suggestions)
	}
	r = e.Search(Query{})
	if len(r.Groups) != 2 || len(r.Suggestions) == 0 {
		t.Errorf("empty query: %d groups, suggestions %v", len(r.Groups), r.Suggestions)
	}
}

func TestWords(t *testing.T) {
	for _, c := range []struct {
		text                    string
		words, ignored, letters []string
		truncated               bool
	}{
		{"The Walmart and the TikTok", []string{"walmart", "tiktok"}, []string{"the", "and"}, nil, false},
		{"the of", nil, []string{"the", "of"}, nil, false},
		{"a b c d e f g h i j", nil, []string{"a"}, []string{"b", "c", "d", "e", "f", "g", "h", "i", "j"}, false},
		{"one two three four five six seven eight nine", []string{"one", "two", "three", "four", "five", "six", "seven", "eight"}, []string{"nine"}, nil, false},
		{"TikTok’s «ÉLAN» élan", []string{"tiktok", "elan"}, nil, nil, false},
		{"e-commerce giant", []string{"e-commerce", "giant"}, nil, nil, false},
		{"commerce e-commerce", []string{"commerce", "e-commerce"}, nil, nil, false},
		{"sell-or-ban", []string{"sell-or-ban"}, nil, nil, false},
		{"U.S.-China", []string{"us-china"}, nil, nil, false},
		{"Biden's", []string{"biden"}, nil, nil, false},
		{"北京市政府", []string{"北京市政府"}, nil, nil, false},
		{"北", []string{"北"}, nil, nil, false},
		{strings.Repeat("x", 600), []string{strings.Repeat("x", maxTermRunes)}, nil, nil, true},
		// Names written with "&" or "+" are searched as written; their letters alone are not.
		{"AT&T", []string{"at&t"}, nil, nil, false},
		{"AT&T's shares", []string{"at&t", "shares"}, nil, nil, false},
		{"AT & T", nil, []string{"at"}, []string{"t"}, false},
		{"c++ programmers", []string{"c++", "programmers"}, nil, nil, false},
		{"C# and F#", []string{"c#", "f#"}, []string{"and"}, nil, false},
		{"P&O ferries M&S S&P", []string{"p&o", "ferries", "m&s", "s&p"}, nil, nil, false},
		{"Disney+", []string{"disney+"}, nil, nil, false},
		// A digit is a number, searched for; a letter is left out.
		{"formula 1 x", []string{"formula", "1"}, nil, []string{"x"}, false},
		{"t", nil, nil, []string{"t"}, false},
	} {
		qs, ig, le, tr := splitQuery(c.text)
		var w []string
		for _, q := range qs {
			w = append(w, q.display)
		}
		if d := cmp.Diff([]any{c.words, c.ignored, c.letters, c.truncated}, []any{w, ig, le, tr}); d != "" {
			t.Errorf("%.30q (-want +got):\n%s", c.text, d)
		}
	}
}

func TestOSA(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"transit", "trasnit", 1}, {"bytedance", "bytedanse", 1}, {"walmart", "walmrt", 1},
		{"abc", "abc", 0}, {"abc", "cba", 2}, {"", "ab", 2}, {"abcdef", "a", 3},
	} {
		if got := osa([]rune(c.a), []rune(c.b), 2); got != c.want {
			t.Errorf("osa(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

// TestOutletUnknown: an article with no outlet is found under corpus.UnknownOutlet, as the
// library's filter finds it, and the menu offers that choice last, alike for an engine built
// and one decoded from its encoding.
func TestOutletUnknown(t *testing.T) {
	e := tiny(t)
	c, err := corpus.New(e.arts)
	if err != nil {
		t.Fatal(err)
	}
	dec, err := DecodeIndex(EncodeIndex(e), c)
	if err != nil {
		t.Fatal(err)
	}
	for name, eng := range map[string]*Engine{"built": e, "decoded": dec} {
		if got, want := eng.Outlets(), []string{"Daily Example", corpus.UnknownOutlet}; !slices.Equal(got, want) {
			t.Errorf("%s: outlets %q, want %q", name, got, want)
		}
		for outlet, want := range map[string]string{corpus.UnknownOutlet: "one", "UNKNOWN": "one", "daily example": "two"} {
			r := eng.Search(Query{Text: "walmart", Outlet: outlet})
			var ids []string
			for _, g := range r.Groups {
				ids = append(ids, g.Article.ID)
			}
			if len(ids) != 1 || ids[0] != want {
				t.Errorf("%s: outlet %q finds %q, want only %q", name, outlet, ids, want)
			}
		}
	}
}

// TestOutletsFoldCase: the outlet menu groups spellings the filter takes as one (Query.Outlet
// ignores case) as the library's does: "Reuters" and "reuters" are one choice, under the
// spelling most articles use and ranked by all their articles, alike for an engine built and
// one decoded; each choice's search finds every article that outlet spells either way.
func TestOutletsFoldCase(t *testing.T) {
	var arts []*corpus.Article
	for i, outlet := range []string{"Daily Example", "reuters", "Reuters", "", "Reuters"} {
		arts = append(arts, &corpus.Article{ID: fmt.Sprintf("a%d", i), Title: "Story", Outlet: outlet, AuthorNote: "fixture",
			Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: "Walmart sells groceries."}}}}})
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	built := New(c)
	dec, err := DecodeIndex(EncodeIndex(built), c)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Reuters", "Daily Example", corpus.UnknownOutlet}
	for name, eng := range map[string]*Engine{"built": built, "decoded": dec} {
		if diff := cmp.Diff(want, eng.Outlets()); diff != "" {
			t.Errorf("%s: Outlets (-want +got):\n%s", name, diff)
		}
		for outlet, n := range map[string]int{"Reuters": 3, "Daily Example": 1, corpus.UnknownOutlet: 1} {
			if r := eng.Search(Query{Text: "walmart", Outlet: outlet}); r.Total != n {
				t.Errorf("%s: outlet %q finds %d articles, want %d", name, outlet, r.Total, n)
			}
		}
	}
}
