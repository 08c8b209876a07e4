package search

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
)

func TestExpand(t *testing.T) {
	var sents []corpus.Sentence
	texts := []string{"Walmart bid.", "Nothing here.", "Walmart again.", "Walmart thrice.", "Walmart four.", "Walmart five."}
	for i, text := range texts {
		sents = append(sents, corpus.Sentence{ID: "p1s" + string(rune('1'+i)), Text: text})
	}
	c, err := corpus.New([]*corpus.Article{{ID: "a", Title: "·", AuthorNote: "test",
		Paragraphs: []corpus.Paragraph{{Sentences: sents}}}})
	if err != nil {
		t.Fatal(err)
	}
	e := New(c)
	r := e.Search(Query{Text: "walmrt"})
	if len(r.Groups) != 1 || r.Groups[0].More != 2 || len(r.Groups[0].Snippets) != MaxSnippets {
		t.Fatalf("search: %+v", r.Groups)
	}
	got, err := e.Expand(Query{Text: "walmrt"}, "a")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, sn := range got {
		ids = append(ids, sn.SentenceID+" "+marked(sn.Text, sn.Highlights))
	}
	want := []string{"p1s1 [Walmart] bid.", "p1s3 [Walmart] again.", "p1s4 [Walmart] thrice.",
		"p1s5 [Walmart] four.", "p1s6 [Walmart] five."}
	if d := cmp.Diff(want, ids); d != "" {
		t.Errorf("expand (-want +got):\n%s", d)
	}
	for _, q := range []Query{{Text: "walmart", Outlet: "Nowhere"}, {Text: ""}, {Text: "zzzz"}} {
		if got, err := e.Expand(q, "a"); len(got) != 0 || err != nil {
			t.Errorf("%+v: %d sentences, %v", q, len(got), err)
		}
	}
	if got, _ := e.Expand(Query{Text: "walmart"}, "no-such"); len(got) != 0 {
		t.Errorf("unknown article: %d sentences", len(got))
	}
}

func TestHighlighter(t *testing.T) {
	e := oneEach(t, "Walmart and Microsoft bid in Łódź.", "政府宣布", "The sell-or-ban law.")
	for q, want := range map[string]string{
		"walmrt lodz":   "[Walmart] and Microsoft bid in [Łódź].",
		"政府":            "[政府]宣布",
		"sell-or-ban":   "The [sell-or-ban] law.",
		"":              "Walmart and Microsoft bid in Łódź.",
		"nothing known": "Walmart and Microsoft bid in Łódź.",
	} {
		h := e.Highlighter(q)
		text := "Walmart and Microsoft bid in Łódź."
		if strings.ContainsAny(q, "政") {
			text = "政府宣布"
		} else if strings.Contains(q, "ban") {
			text = "The sell-or-ban law."
		}
		if got := marked(text, h.Spans(text)); got != want {
			t.Errorf("%q: %s, want %s", q, got, want)
		}
	}
	var nilH *Highlighter
	if nilH.Spans("x") != nil {
		t.Error("nil highlighter found something")
	}
}

func TestParseRawQuery(t *testing.T) {
	for _, c := range []struct {
		raw, q  string
		damaged bool
		kind    []error // the ways it was damaged
	}{
		{"q=5%+tariff+tiktok", "5% tariff tiktok", true, []error{ErrBadEscape}},
		{"q=100%&outlet=x", "100%", true, []error{ErrBadEscape}},
		{"q=%zz%41", "%zzA", true, []error{ErrBadEscape}},
		{"q=caf%C3%A9", "café", false, nil},
		{"q=5%25+tariff", "5% tariff", false, nil},
		{"", "", false, nil},
		// Valid escapes of bytes that are not text: half of "क" (E0 A4 95), a lone continuation
		// byte, an overlong "/", a surrogate half; the rest of the words stay.
		{"q=%E0%A4", "", true, []error{ErrNotText}},
		{"q=modi+%E0%A4+visit", "modi  visit", true, []error{ErrNotText}},
		{"q=caf%A9", "caf", true, []error{ErrNotText}},
		{"q=a%C0%AFb", "ab", true, []error{ErrNotText}},
		{"q=x%ED%A0%80y", "xy", true, []error{ErrNotText}},
		{"q=%E0%A4%95", "क", false, nil},
		// Both at once.
		{"q=5%+%E0%A4", "5% ", true, []error{ErrBadEscape, ErrNotText}},
	} {
		v, err := ParseRawQuery(c.raw)
		if got := v.Get("q"); got != c.q {
			t.Errorf("%s: q %q, want %q", c.raw, got, c.q)
		}
		if (err != nil) != c.damaged {
			t.Errorf("%s: error %v, want damaged %v", c.raw, err, c.damaged)
		}
		if err != nil && !strings.Contains(err.Error(), "damaged") {
			t.Errorf("%s: error %q does not say the link was damaged", c.raw, err)
		}
		for _, k := range c.kind {
			if !errors.Is(err, k) {
				t.Errorf("%s: error %v is not %v", c.raw, err, k)
			}
		}
		for key, vals := range v {
			for _, val := range append(vals, key) {
				if !utf8.ValidString(val) {
					t.Errorf("%s: value %q is not valid text", c.raw, val)
				}
			}
		}
	}
	if v, _ := ParseRawQuery("q=100%&outlet=x"); v.Get("outlet") != "x" {
		t.Errorf("outlet lost: %v", v)
	}
}
