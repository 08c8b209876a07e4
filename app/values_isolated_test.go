//go:build !wasm

package app

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/align"
	"parallax/corpus/library"
	"parallax/corpus/search"
	"parallax/corpus/timeline"
)

// TestValuesIsolatedInSentences renders every other sentence of the app's words that quotes a
// value from a URL, an article or the catalog, with right-to-left values: what a link keeps that
// no article has, a filter it ignored, a damaged search, the words a search left out or read
// otherwise, a reader link's part, an unknown article or page, provenance notes that quote what a
// file states, the picker's suggestions, the terms a pair shares and the figures two articles
// give. Each value is an isolate of its own, and so is each word of a list: two Arabic words a
// comma apart in an English line read as one right-to-left run, the second first.
func TestValuesIsolatedInSentences(t *testing.T) {
	c := rtlCorpus(t)
	a, b := c.Articles[0], c.Articles[1]
	eng := search.New(c)
	engine := func() (*search.Engine, error) { return eng, nil }
	body := a.Paragraphs[1].Sentences[0]
	d := corpus.Date{Year: 2020, Month: 6, Day: 3, Precision: corpus.PrecisionDay}
	outlet, name, from := url.QueryEscape("صحيفة"), url.QueryEscape("أحمد"), url.QueryEscape("أمس")

	_, lib := renderLibrary(c, "outlet="+outlet+"&section="+url.QueryEscape("رياضة")+"&from="+from)
	_, tl := renderTimeline(c, nil, "outlet="+outlet+"&entity="+name+"&from="+from)

	damaged := &searchPage{engine: engine}
	damaged.derive(&url.URL{Path: "/search", RawQuery: "q=" + url.QueryEscape("الإمارات") + "%&outlet=" + outlet + "&from=" + from})
	left := &searchPage{engine: engine, res: &search.Results{Words: []string{"الإمارات"}, Ignored: []string{"في", "من"}, Letters: []string{"و", "ب"}, Total: 1}}
	partial := &searchPage{engine: engine, res: &search.Results{Words: []string{"الإمارات", "كورونا"}, Partial: true, Total: 1}}
	read := &searchPage{engine: engine, res: &search.Results{Words: []string{"الإمارات"}, Total: 1, Exact: 1,
		Corrected: "الإمارات", Forms: []string{"إمارات", "الإماراتي"}, Suggestions: []string{"الإمارات", "إمارة"}}}
	status := func(p *searchPage) string {
		return app.HTMLString(app.Div().Body(append([]app.UI{p.renderNotices()}, p.renderStatus()...)...))
	}
	missing := resultView(search.Group{Article: a, Snippets: []search.Snippet{{SentenceID: body.ID, Text: body.Text, Missing: []string{"كورونا", "لقاح"}}}},
		true, "x", nil, false, nil)

	reader := &readerPage{id: a.ID, article: a}
	reader.setTarget()
	reader.setPart("الثالث")

	a.OutletNote = `The file states the outlet "الرؤية" (line 2); the catalog's value is kept.`
	a.AuthorNote = "كتبه محرر الموقع"
	a.Published.Note = `The text states the date "٣ يونيو ٢٠٢٠" (line 2).`
	publication := newTLSources(c).eventView(timeline.Event{Lane: timeline.LanePublished, Date: d, Sources: []timeline.Source{{Article: a.ID, Date: d}}})

	twin := func(id, section, file string) *corpus.Article {
		o := *a
		o.ID, o.Section, o.File = id, section, file
		return &o
	}
	arts := []*corpus.Article{twin("ar-1", "سياسة", "سياسة/١"), twin("ar-2", "اقتصاد", "اقتصاد/٢"), b}
	picker := &comparePicker{Prefix: "compare-pick", finder: library.NewFinder(arts)}
	picker.sides[0] = pickSide{chosen: b, text: b.Title, active: -1}
	picker.sides[1] = pickSide{text: a.Title, active: -1}
	picker.search(1)

	at := func(w string, k align.SpanKind) align.Span {
		i := strings.Index(body.Text, w)
		return align.Span{Start: i, End: i + len(w), Kind: k}
	}
	cmp := align.Compare(a, b)
	cmp.Summary.Figures = []align.FigureDiff{{Pair: 1, Subject: "الإمارات", Unit: "dollar",
		A: align.FigureRef{Text: "٣ ملايين دولار"}, B: align.FigureRef{Text: "۴ میلیون دلار"}}}

	// Errors the views show whole: corpus.New's, from the data, and one as the search writes
	// its internal failures, quoting the searched words from the link.
	_, dupErr := corpus.New([]*corpus.Article{twin("כתבה-כפולה", "", ""), twin("כתבה-כפולה", "", "")})
	_, idErr := corpus.New([]*corpus.Article{twin("<b>x</b>", "", "")})
	if dupErr == nil || idErr == nil {
		t.Fatal("a corpus with one ID twice, or an ID that is markup, is accepted")
	}
	failed := errors.Join(dupErr, idErr, fmt.Errorf("search %q: internal error: %v", "الإمارات", "boom"))

	views := map[string]string{
		"an error":                                     app.HTMLString(errorView("Search failed", failed)),
		"library, a link's filters":                    lib,
		"timeline, a link's filters":                   tl,
		"search, a damaged link":                       status(damaged),
		"search, words left out":                       status(left),
		"search, a partial match":                      status(partial),
		"search, words read otherwise and suggestions": status(read),
		"search, a result's missing words":             app.HTMLString(missing),
		"reader, a part that is no number":             app.HTMLString(reader.renderLinkNotes()),
		"reader, an unknown article":                   app.HTMLString(articleNotFound("כתבה-שנמחקה")),
		"an unknown page":                              app.HTMLString((&notFoundPage{path: "/קישור/ישן"}).Render()),
		"provenance notes":                             renderProvenance(t, a),
		"an unknown date's reason":                     app.HTMLString(pubDate(corpus.PubDate{Note: "لا يذكر الملف تاريخ النشر"})),
		"timeline, a publication's note":               app.HTMLString(publication),
		"compare picker":                               app.HTMLString(picker),
		"compare, why a pair":                          app.HTMLString(pairWhy(sentenceRef{s: &body}, a, []align.Span{at("داودزي", align.SpanEntity), at("الإمارات", align.SpanEntity)}, "")),
		"compare, figures that differ":                 element(t, app.HTMLString(compareSummaryView(cmp, newCompareView(cmp))), "summary-figures"),
	}
	checkIsolated(t, views, true)
	for view, values := range map[string][]string{
		"an error":                                     {"<bdi>כתבה-כפולה</bdi>", "<bdi>&lt;b&gt;x&lt;/b&gt;</bdi>", "<bdi>الإمارات</bdi>"},
		"library, a link's filters":                    {"<bdi>صحيفة</bdi>", "<bdi>رياضة</bdi>", "<bdi>أمس</bdi>"},
		"timeline, a link's filters":                   {"<bdi>صحيفة</bdi>", "<bdi>أحمد</bdi>", "<bdi>أمس</bdi>"},
		"search, a damaged link":                       {"<bdi>الإمارات%</bdi>", "<bdi>صحيفة</bdi>", "<bdi>أمس</bdi>"},
		"search, words left out":                       {"<bdi>في</bdi>", "<bdi>من</bdi>", "<bdi>و</bdi>", "<bdi>ب</bdi>"},
		"search, a partial match":                      {"<bdi>كورونا</bdi>"},
		"search, words read otherwise and suggestions": {"<bdi>الإمارات</bdi>", "<bdi>الإماراتي</bdi>", "إمارة</a>"},
		"search, a result's missing words":             {"<bdi>لقاح</bdi>"},
		"reader, a part that is no number":             {"<bdi>الثالث</bdi>"},
		"provenance notes":                             {"<bdi>الرؤية</bdi>", "كتبه محرر الموقع"},
		"timeline, a publication's note":               {"<bdi>٣ يونيو ٢٠٢٠</bdi>"},
		"compare picker":                               {"<bdi>سياسة/١</bdi>", "<bdi>اقتصاد/٢</bdi>"},
		"compare, why a pair":                          {"<bdi>داودزي</bdi>", "<bdi>الإمارات</bdi>"},
		"compare, figures that differ":                 {"<bdi>٣ ملايين دولار</bdi>", "<bdi>۴ میلیون دلار</bdi>"},
	} {
		wantHTML(t, view, views[view], values, nil)
	}
}
