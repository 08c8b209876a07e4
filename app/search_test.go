package app

import (
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/ingest"
	"parallax/corpus/search"
	"parallax/internal/fixture"
)

// fixtureCorpus is the fixed copy of the seed articles, so that these tests hold whatever
// corpus a user ships.
var fixtureCorpus = sync.OnceValues(func() (*corpus.Corpus, error) {
	arts, err := ingest.Corpus(fixture.Seed())
	if err != nil {
		return nil, err
	}
	return corpus.New(arts)
})

var fixtureEngine = sync.OnceValues(func() (*search.Engine, error) {
	c, err := fixtureCorpus()
	if err != nil {
		return nil, err
	}
	return search.New(c), nil
})

// mount renders a component in go-app's test engine.
func mount(t *testing.T, c app.Composer) string {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return app.HTMLString(c)
}

// remount renders a fresh copy of the search page's state: a mounted component cannot be
// mounted again.
func remount(t *testing.T, p *searchPage) string {
	t.Helper()
	return mount(t, &searchPage{query: p.query, queryErr: p.queryErr, linkErr: p.linkErr, res: p.res,
		outlets: p.outlets, absentOutlet: p.absentOutlet, expanded: p.expanded, expandErr: p.expandErr, engine: p.engine})
}

// searchFor derives the search page from a raw query string, as a link would give it.
func searchFor(t *testing.T, rawQuery string) *searchPage {
	t.Helper()
	p := &searchPage{engine: fixtureEngine}
	p.derive(&url.URL{Path: "/search", RawQuery: rawQuery})
	return p
}

// TestSearchCountsAsTyped checks that the status tells matches of the words as typed from
// matches through a word's start, another form or a close spelling.
func TestSearchCountsAsTyped(t *testing.T) {
	tests := []struct{ q, want string }{
		{"q=bid", "3 articles match every word through words that start like them, other forms or close spellings; none has them as typed."},
		// "sell" is in the corpus as typed: not stretched to a close spelling, as it was to a third article.
		{"q=sell", "2 articles match every word: 1 with the words as typed, 1 through words that start like them"},
		{"q=deal", "3 articles match every word."},
	}
	for _, tt := range tests {
		if html := mount(t, searchFor(t, tt.q)); !strings.Contains(html, tt.want) {
			t.Errorf("%s: the status lacks %q", tt.q, tt.want)
		}
	}
}

// TestSearchFormsSaid: the other forms a search reached are named, and none when it reached none.
func TestSearchFormsSaid(t *testing.T) {
	p := searchFor(t, "q=companies")
	if len(p.res.Forms) == 0 {
		t.Fatal("a search for companies reached no other form in the fixture")
	}
	html := mount(t, p)
	if !strings.Contains(html, "Other forms searched too:") || !strings.Contains(html, "<bdi>"+p.res.Forms[0]+"</bdi>") {
		t.Errorf("the status does not name the forms %q", p.res.Forms)
	}
	if html := mount(t, searchFor(t, "q=walmart+microsoft")); strings.Contains(html, "Other forms searched") {
		t.Error("a search that reached no other form names some")
	}
}

func TestSearchRender(t *testing.T) {
	html := mount(t, searchFor(t, "q=walmrt+microsft"))
	for _, want := range []string{
		`href="/read/walmart-microsoft-tiktok-bid?q=walmrt+microsft#p1s1"`,
		"<mark>Walmart</mark>",
		"<mark>Microsoft</mark>",
		"1 article matches every word in one sentence.",
		"Showing results for",
		"<bdi>walmart microsoft</bdi>",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("rendered results lack %q", want)
		}
	}
	if html := mount(t, searchFor(t, "q=walmart+microsoft")); strings.Contains(html, "Showing results for") {
		t.Error("a query without typos is said to be corrected")
	}

	if html := mount(t, searchFor(t, "q=walmart+georgia")); !strings.Contains(html, "best partial matches") ||
		!strings.Contains(html, "without “") || !strings.Contains(html, "<bdi>georgia</bdi>") {
		t.Error("partial matches are not labelled")
	}

	// A hostile query is text, never markup, and stays out of attributes.
	hostile := `"><script>alert(1)</script>`
	html = mount(t, searchFor(t, url.Values{"q": {hostile}}.Encode()))
	if strings.Contains(html, "<script>alert") {
		t.Error("the query was rendered as markup")
	}
}

// TestSearchDamagedLink checks that a link with an invalid %-escape is still the search it was
// meant to be, and says it was damaged; a sound link says nothing of the kind.
func TestSearchDamagedLink(t *testing.T) {
	for _, c := range []struct{ raw, text, how string }{
		{"q=5%+tariff+tiktok", "5% tariff tiktok", "starts no valid escape"},
		{"q=tiktok+100%&outlet=WhatJobs", "tiktok 100%", "starts no valid escape"},
		// Valid escapes of half a letter: left out, and said so, not shown as "�".
		{"q=tiktok+%E0%A4", "tiktok ", "not text, left out"},
		{"q=%E0%A4tiktok%C3", "tiktok", "not text, left out"},
	} {
		p := searchFor(t, c.raw)
		if p.query.Text != c.text {
			t.Errorf("%s: searched %q, want %q", c.raw, p.query.Text, c.text)
		}
		html := mount(t, p)
		if !strings.Contains(html, "This link was damaged") || !strings.Contains(html, "<bdi>"+c.text+"</bdi>") || !strings.Contains(html, c.how) {
			t.Errorf("%s: no notice that the link was damaged (%s), naming the search", c.raw, c.how)
		}
		if strings.Contains(html, "\uFFFD") {
			t.Errorf("%s: the page shows a replacement character", c.raw)
		}
		if len(p.res.Groups) == 0 {
			t.Errorf("%s: nothing found", c.raw)
		}
	}
	if html := mount(t, searchFor(t, "q=5%25+tariff")); strings.Contains(html, "damaged") {
		t.Error("a sound link is said to be damaged")
	}
}

// TestSearchMore checks that "N more matching sentences" is a control that opens them all, in
// the order of the text, and closes them again.
func TestSearchMore(t *testing.T) {
	p := searchFor(t, "q=tiktok")
	var g *search.Group
	for i := range p.res.Groups {
		if p.res.Groups[i].More > 0 {
			g = &p.res.Groups[i]
			break
		}
	}
	if g == nil {
		t.Fatal("no result with more matching sentences")
	}
	html := mount(t, p)
	if !strings.Contains(html, `aria-expanded="false"`) || !strings.Contains(html, "more matching sentence") {
		t.Fatal("no control for the more matching sentences")
	}
	before := strings.Count(html, `class="result-link"`)
	p.toggleMore(g.Article.ID)(app.Context{}, app.Event{})
	if p.expandErr != nil {
		t.Fatal(p.expandErr)
	}
	if got := len(p.expanded[g.Article.ID]); got != min(len(g.Snippets)+g.More, search.MaxExpanded) {
		t.Errorf("opened %d sentences, want %d shown plus %d more", got, len(g.Snippets), g.More)
	}
	html = remount(t, p)
	if after := strings.Count(html, `class="result-link"`); after != before+g.More {
		t.Errorf("%d result links after opening, want %d", after, before+g.More)
	}
	// go-app writes a "true" attribute without its value in HTML; the browser gets "true".
	if !strings.Contains(html, `aria-expanded="true"`) && !strings.Contains(html, "aria-expanded>") && !strings.Contains(html, "aria-expanded ") {
		t.Error("the opened control does not say so")
	}
	p.toggleMore(g.Article.ID)(app.Context{}, app.Event{})
	if html := remount(t, p); strings.Count(html, `class="result-link"`) != before {
		t.Error("closing did not return to the best sentences")
	}
}

func TestSearchMarked(t *testing.T) {
	text := "“Walmart” » TikTok’s"
	for _, c := range []struct {
		spans []search.Span
		want  string
	}{
		{[]search.Span{{Start: 1, End: 8}, {Start: 12, End: 18}}, "“<mark>Walmart</mark>” » <mark>TikTok</mark>’s"},
		// Spans out of range or out of order are dropped, not trusted.
		{[]search.Span{{Start: 1, End: 8}, {Start: 0, End: 2}, {Start: 18, End: 99}, {Start: 5, End: 5}}, "“<mark>Walmart</mark>” » TikTok’s"},
	} {
		html := app.HTMLString(app.P().Body(searchMarked(text, c.spans)...))
		got := strings.Join(strings.Fields(strings.NewReplacer("<p>", "", "</p>", "", "\n", "").Replace(html)), " ")
		want := strings.Join(strings.Fields(c.want), " ")
		if strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(want, " ", "") {
			t.Errorf("got %s, want %s", got, want)
		}
	}
}

// TestSearchOutletUnknown: the outlet menu names the articles without an outlet as the library
// does, "Outlet unknown", and selects it when the link asks for them.
func TestSearchOutletUnknown(t *testing.T) {
	p := &searchPage{outlets: []string{"Daily Example", corpus.UnknownOutlet}}
	p.query.Outlet = "Unknown"
	html := app.HTMLString(p.renderFilters())
	if !strings.Contains(html, ">Outlet unknown</option>") || strings.Contains(html, ">unknown</option>") {
		t.Errorf("the menu does not offer “Outlet unknown”:\n%s", html)
	}
	sel := regexp.MustCompile(`<option[^>]*selected[^>]*>([^<]*)</option>`).FindStringSubmatch(html)
	if sel == nil || sel[1] != "Outlet unknown" {
		t.Errorf("selected option %q, want Outlet unknown", sel)
	}
}

// TestSearchAbsentOutlet: a link that keeps an outlet no article has says so, as the library's
// does; an outlet the corpus has, in any case, says nothing.
func TestSearchAbsentOutlet(t *testing.T) {
	for _, c := range []struct {
		raw    string
		absent bool
	}{
		{"q=tiktok&outlet=Nope", true},
		{"outlet=%3Cb%3ENope%3C%2Fb%3E", true},
		{"q=tiktok&outlet=whatjobs", false},
		{"q=tiktok&outlet=WhatJobs", false},
		{"q=tiktok", false},
	} {
		html := mount(t, searchFor(t, c.raw))
		if got := strings.Contains(html, "which no article has."); got != c.absent {
			t.Errorf("%s: notice of an absent outlet %v, want %v", c.raw, got, c.absent)
		}
		if strings.Contains(html, "<b>Nope") {
			t.Errorf("%s: the outlet became markup", c.raw)
		}
	}
}
