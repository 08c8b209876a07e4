//go:build !wasm

package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/align"
)

// TestPairWhy: the reason for a pair lists the shared terms by kind, as text: a sentence's markup
// stays text.
func TestPairWhy(t *testing.T) {
	text := `Google <b>owner</b> sells for $25 billion at 2010 GMT to buyers`
	s := &corpus.Sentence{ID: "p1s1", Text: text}
	at := func(sub string, k align.SpanKind) align.Span {
		i := strings.Index(text, sub)
		return align.Span{Start: i, End: i + len(sub), Kind: k}
	}
	spans := []align.Span{at("Google", align.SpanEntity), at("<b>owner</b>", align.SpanWord),
		at("$25 billion", align.SpanFigure), at("2010 GMT", align.SpanDate), at("buyers", align.SpanSynonym),
		{Start: 5, End: 999, Kind: align.SpanWord}}
	html := app.HTMLString(pairWhy(sentenceRef{s: s}, nil, spans, ""))
	for _, want := range []string{"names: ", "Google", "figures: ", "$25 billion", "words: ", "&lt;b&gt;owner&lt;/b&gt;",
		"dates and times: ", "2010 GMT", "synonyms: ", "buyers"} {
		if !strings.Contains(html, want) {
			t.Errorf("%s lacks %q", html, want)
		}
	}
	if strings.Contains(html, "<b>") {
		t.Errorf("sentence markup reached the page: %s", html)
	}
}

// TestCapNotice: a comparison cut short by its limits tells the reader.
func TestCapNotice(t *testing.T) {
	a := &corpus.Article{ID: "a", Title: "A"}
	c := align.Compare(a, a)
	if html := app.HTMLString(compareSummaryView(c, newCompareView(c))); strings.Contains(html, "cut short") {
		t.Errorf("notice without a cap: %s", html)
	}
	c.Capped, c.CapNote = true, "only the first 20000 sentences of each article were compared"
	html := app.HTMLString(compareSummaryView(c, newCompareView(c)))
	if !strings.Contains(html, "cut short") || !strings.Contains(html, c.CapNote) {
		t.Errorf("no cap notice: %s", html)
	}
}
