//go:build !wasm

package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/align"
)

func TestExportName(t *testing.T) {
	for _, tt := range []struct{ a, b, want string }{
		{"whatjobs-amazon", "chew", "parallax-whatjobs-amazon-vs-chew.csv"},
		{"../../etc/passwd", ".hidden", "parallax-etc-passwd-vs-hidden.csv"},
		{"Ünïcode ID", "a/b\\c", "parallax-n-code-id-vs-a-b-c.csv"},
		{"", "<script>", "parallax-article-vs-script.csv"},
		{strings.Repeat("x", 200), "y", "parallax-" + strings.Repeat("x", 60) + "-vs-y.csv"},
	} {
		c := &align.Comparison{A: &corpus.Article{ID: tt.a}, B: &corpus.Article{ID: tt.b}}
		if got := exportName(c, "csv"); got != tt.want {
			t.Errorf("exportName(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestCompareColumnsRender checks what the compare page's columns give a reader before any
// script runs: the A/B toggle with A pressed, a Cite button on every pair, and the entity
// links of "At a glance" as search and timeline addresses with the name as text.
func TestCompareColumnsRender(t *testing.T) {
	a := &corpus.Article{ID: "a", Title: `A <i>title</i>`, Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{
		{ID: "p1s1", Text: "The council approved the budget on Tuesday."}}}}}
	b := &corpus.Article{ID: "b", Title: "B title", Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{
		{ID: "p1s1", Text: "On Tuesday the council approved the budget."}}}}}
	c := &align.Comparison{A: a, B: b,
		Pairs:   []align.Pair{{N: 1, A: "p1s1", B: "p1s1", Score: 0.9}},
		Rows:    []align.Row{{A: "p1s1", B: "p1s1", Pair: 1}},
		Summary: align.Summary{Shared: []align.EntityCount{{Entity: `Joe "<b>" Biden`, A: 1, B: 1}}},
	}
	cols := newCompareColumns(newCompareView(c), 0, false)
	e := app.NewTestEngine()
	if err := e.Load(cols); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	html := app.HTMLString(cols)
	// go-app writes a "true" attribute value as a bare attribute name (node.go,
	// encodeHTMLAttribute); in the browser it is set through the DOM as "true".
	tag := func(id string) string {
		i := strings.Index(html, `id="`+id+`"`)
		if i < 0 {
			return ""
		}
		start := strings.LastIndex(html[:i], "<")
		return html[start : i+strings.Index(html[i:], ">")+1]
	}
	if a, b := tag("phone-show-a"), tag("phone-show-b"); !strings.Contains(a, "aria-pressed") || strings.Contains(a, `aria-pressed="false"`) ||
		!strings.Contains(b, `aria-pressed="false"`) {
		t.Errorf("toggle buttons %s and %s: want A pressed, B not", a, b)
	}
	if strings.Contains(html, "A loose match") {
		t.Error("a pair scoring 0.9 is called loose")
	}
	c.Pairs[0].Score = align.LoosePair - 0.01
	if loose := app.HTMLString(newCompareColumns(newCompareView(c), 0, false)); !strings.Contains(loose, `<p class="pair-loose">`) ||
		!strings.Contains(loose, "A loose match: the two share a few telling words, not their wording.") {
		t.Errorf("a pair under align.LoosePair is not called loose:\n%.600s", loose)
	}
	c.Pairs[0].Score = 0.9
	for _, want := range []string{
		`class="compare-columns show-a"`, `class="pair-cite"`, `aria-label="Cite pair 1: copy its citation"`,
		"A &lt;i&gt;title&lt;/i&gt;",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the columns lack %s\n%.600s", want, html)
		}
	}
	glance := app.HTMLString(compareSummaryView(c, newCompareView(c)))
	for _, want := range []string{
		`href="/search?q=Joe+%22%3Cb%3E%22+Biden"`, `href="/timeline?entity=Joe+%22%3Cb%3E%22+Biden"`,
		"Joe &#34;&lt;b&gt;&#34; Biden",
	} {
		if !strings.Contains(glance, want) {
			t.Errorf("At a glance lacks %s:\n%s", want, glance)
		}
	}
}
