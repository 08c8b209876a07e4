package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
)

func renderProvenance(t *testing.T, a *corpus.Article) string {
	t.Helper()
	p := newProvenance(a, false, nil)
	e := app.NewTestEngine()
	if err := e.Load(p); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return app.HTMLString(p)
}

// TestProvenancePanel: the headline taken out as the title is not counted as boilerplate, and the
// notes ingestion records (a refused address, a disagreeing catalog date) reach the reader.
func TestProvenancePanel(t *testing.T) {
	title := corpus.Removed{Line: 1, Text: "Headline", Rule: "title"}
	credit := corpus.Removed{Line: 4, Text: "Jane Roe/Getty Images", Rule: "image-credit"}
	date := corpus.Removed{Line: 2, Text: "14 Sep 2020", Rule: "date-line"}
	tests := []struct {
		name    string
		a       corpus.Article
		want    []string
		notWant []string
	}{
		{"only the headline removed", corpus.Article{Removed: []corpus.Removed{title}},
			nil, []string{"removed boilerplate"}},
		{"headline and furniture", corpus.Article{Removed: []corpus.Removed{title, date, credit}},
			[]string{"Show removed boilerplate (2)"}, []string{"(3)"}},
		{"furniture only", corpus.Article{Removed: []corpus.Removed{credit}},
			[]string{"Show removed boilerplate (1)"}, nil},
		{"refused catalog address", corpus.Article{Provenance: corpus.Provenance{URL: corpus.Origin{
			Note: `The catalog's address (catalog.json:4) was refused: scheme "javascript" refused: want http or https.`}}},
			[]string{"Not known.", "The catalog&#39;s address (catalog.json:4) was refused"}, []string{"gives no address", `href="javascript`}},
		{"no address at all", corpus.Article{Provenance: corpus.Provenance{URL: corpus.Origin{Note: "The file gives no address."}}},
			[]string{"Not known.", "The file gives no address."}, nil},
		{"address known", corpus.Article{URL: "https://news.example.com/a", Provenance: corpus.Provenance{URL: corpus.Origin{Note: "from the archive"}}},
			[]string{`href="https://news.example.com/a"`}, []string{"Not known."}},
		{"disagreeing catalog date", corpus.Article{Published: corpus.PubDate{Basis: corpus.BasisCurated,
			Date: corpus.Date{Year: 2020, Month: 9, Day: 15, Precision: corpus.PrecisionDay},
			Note: "from the editor. The text states 2020-09-14 (line 2), which disagrees; the catalog's date is kept."}},
			[]string{"The text states 2020-09-14 (line 2), which disagrees"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.a
			a.ID, a.Title, a.File = "x", "Headline", "x.txt"
			a.Paragraphs = []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: "Text."}}}}
			html := renderProvenance(t, &a)
			for _, w := range tt.want {
				if !strings.Contains(html, w) {
					t.Errorf("missing %q in\n%s", w, html)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(html, w) {
					t.Errorf("unexpected %q in\n%s", w, html)
				}
			}
		})
	}
}
