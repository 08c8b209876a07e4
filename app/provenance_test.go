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
		// How the file's text was decoded: said when it was not plain UTF-8.
		{"plain UTF-8", corpus.Article{Provenance: corpus.Provenance{Encoding: "UTF-8"}},
			nil, []string{"<dt>Text</dt>", "Decoded"}},
		{"no encoding recorded", corpus.Article{}, nil, []string{"<dt>Text</dt>"}},
		{"Windows-1252", corpus.Article{Provenance: corpus.Provenance{Encoding: "Windows-1252"}},
			[]string{"<dt>Text</dt>", "Decoded as Windows-1252; the file was not UTF-8."}, nil},
		{"UTF-16", corpus.Article{Provenance: corpus.Provenance{Encoding: "UTF-16LE with a byte order mark"}},
			[]string{"Decoded as UTF-16LE with a byte order mark."}, nil},
		{"character references", corpus.Article{Provenance: corpus.Provenance{Encoding: "UTF-8; 3 HTML character references decoded"}},
			[]string{"UTF-8; 3 HTML character references decoded."}, nil},
		{"Windows-1252 and references", corpus.Article{Provenance: corpus.Provenance{Encoding: "Windows-1252; 1 HTML character reference decoded"}},
			[]string{"Decoded as Windows-1252; the file was not UTF-8; 1 HTML character reference decoded."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.a
			a.ID, a.Title, a.File = "x", "Headline", "x.txt"
			a.Paragraphs = []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: "Text."}}}}
			html := renderProvenance(t, &a)
			wantHTML(t, tt.name, html, tt.want, tt.notWant)
		})
	}
}

// TestUnknownDateSaysWhy: a card, the reader's header and its About panel say why a date is
// unknown, once, and never add a badge "unknown" to "Date unknown" (read aloud as "Date unknown
// unknown"); a known date keeps its basis badge.
func TestUnknownDateSaysWhy(t *testing.T) {
	for _, c := range []struct {
		name    string
		p       corpus.PubDate
		want    []string
		notWant []string
	}{
		{"the file states none", corpus.PubDate{Note: "The file states no date."},
			[]string{"Date unknown", "(", "<bdi>The file states no date.</bdi>", ")"}, []string{"basis-unknown", ">unknown<"}},
		{"a refused date, the whole note", corpus.PubDate{Note: `The date "2025-13-40" (line 3) was refused. Not a month.`},
			[]string{"(", "<bdi>", "The date &#34;", "<bdi>2025-13-40</bdi>", "&#34; (line 3) was refused. Not a month.", ")"}, []string{"basis-unknown"}},
		{"an abbreviation is no sentence's end", corpus.PubDate{Note: "Dated e.g. by the byline, which this file lacks."},
			[]string{"(", "<bdi>Dated e.g. by the byline, which this file lacks.</bdi>", ")"}, nil},
		{"a long note is shortened at a word", corpus.PubDate{Note: strings.Repeat("word ", 60)},
			[]string{"…</bdi>"}, []string{strings.Repeat("word ", 40)}},
		{"no note: no reason invented", corpus.PubDate{},
			[]string{"Date unknown"}, []string{"date-why", "basis-unknown"}},
		{"hostile note stays text", corpus.PubDate{Note: "<b>x</b>"},
			[]string{"(", "<bdi>&lt;b&gt;x&lt;/b&gt;</bdi>", ")"}, []string{"<b>"}},
		{"a stated date keeps its badge", corpus.PubDate{Basis: corpus.BasisStated, Date: corpus.Date{Year: 2024, Month: 5, Day: 2, Precision: corpus.PrecisionDay}},
			[]string{"basis-stated", "2 May 2024"}, []string{"date-why"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			html := app.HTMLString(app.P().Body(pubDate(c.p)))
			wantHTML(t, c.name, html, c.want, c.notWant)
		})
	}
	// The About panel gives the reason once.
	a := corpus.Article{ID: "x", Title: "Headline", File: "x.txt", Published: corpus.PubDate{Note: "The file states no date."},
		Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: "Text."}}}}}
	if html := renderProvenance(t, &a); strings.Count(html, "The file states no date.") != 1 {
		t.Errorf("About panel gives the reason %d times, want once:\n%s", strings.Count(html, "The file states no date."), html)
	}
}
