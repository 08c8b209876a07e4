//go:build !wasm

package app

import (
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/library"
	"parallax/corpus/search"
	"parallax/corpus/timeline"
)

// Bounds every view's first render must keep, whatever the corpus (issue 10).
const (
	maxPageBytes = 200 << 10
	maxDOMNodes  = 5000
)

var (
	tagPattern  = regexp.MustCompile(`<[a-zA-Z][^>]*>`)
	textPattern = regexp.MustCompile(`>[^<]*[^<\s][^<]*<`)
)

// domNodes counts the elements and non-blank text nodes of rendered HTML.
func domNodes(html string) int {
	return len(tagPattern.FindAllStringIndex(html, -1)) + len(textPattern.FindAllStringIndex(html, -1))
}

func checkBounds(t *testing.T, name, html string) {
	t.Helper()
	n := domNodes(html)
	t.Logf("%-40s %7d bytes %5d nodes", name, len(html), n)
	if len(html) > maxPageBytes {
		t.Errorf("%s: %d bytes of HTML, over %d", name, len(html), maxPageBytes)
	}
	if n > maxDOMNodes {
		t.Errorf("%s: %d DOM nodes, over %d", name, n, maxDOMNodes)
	}
	if n < 50 {
		t.Errorf("%s: only %d nodes: did the view render?", name, n)
	}
}

func renderLibrary(c *corpus.Corpus, raw string) (*libraryPage, string) {
	v, _ := url.ParseQuery(raw)
	p := newLibraryPage()
	p.derive(c, v)
	return p, app.HTMLString(p)
}

func renderTimeline(c *corpus.Corpus, evs []timeline.Event, raw string) (*timelinePage, string) {
	v, _ := url.ParseQuery(raw)
	p := &timelinePage{}
	p.derive(c, evs, v)
	return p, app.HTMLString(p)
}

// TestViewsBoundedAt10k renders each view's first page on a 10,000-article corpus with go-app's
// server-side rendering and checks its HTML size and DOM node count (the page's body as
// app.HTMLString writes it; the prerendered document adds a head of a few kilobytes).
func TestViewsBoundedAt10k(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 10,000-article corpus")
	}
	c, evs := bigTimeline(t)

	for _, raw := range []string{"", "page=2", "page=200", "sort=title&page=57", "sort=outlet", "dated=no",
		"outlet=Synthetic+Outlet+7&from=2020&to=2021-06", "page=99999", "from=2030"} {
		p, html := renderLibrary(c, raw)
		checkBounds(t, "library ?"+raw, html)
		if p.res.Matched > library.PageSize && len(p.res.Items) != library.PageSize {
			t.Errorf("library ?%s: %d cards for %d matches", raw, len(p.res.Items), p.res.Matched)
		}
	}

	years := map[int]bool{}
	for _, e := range evs {
		years[e.Date.Year] = e.Dated()
	}
	for _, raw := range []string{"", "at=2021", "at=2021-06", "at=2021-06-15", "at=2021-06-15&page=2",
		"outlet=Synthetic+Outlet+3", "at=2020&outlet=unknown", "at=2022-02&page=9999", "entity=Nobody"} {
		p, html := renderTimeline(c, evs, raw)
		checkBounds(t, "timeline ?"+raw, html)
		if len(p.list) > tlPageSize {
			t.Errorf("timeline ?%s lists %d entries", raw, len(p.list))
		}
		if strings.Contains(html, "tl-key") {
			t.Errorf("timeline ?%s names sources by a letter key", raw)
		}
	}

	// The compare picker with a query every title matches, its list open.
	pk := &comparePicker{Prefix: "compare-pick", finder: library.NewFinder(c.Articles)}
	pk.sides[0] = pickSide{text: "e", active: 3}
	pk.search(0)
	pk.sides[0].active = 3
	html := app.HTMLString(pk)
	if got := strings.Count(html, `role="option"`); got != pickerLimit {
		t.Errorf("picker lists %d suggestions, want the cap of %d", got, pickerLimit)
	}
	if !strings.Contains(html, `aria-activedescendant="compare-pick-a-input-opt-3"`) {
		t.Errorf("picker does not name its active option")
	}
	if len(html) > 20<<10 {
		t.Errorf("picker: %d bytes", len(html))
	}
	t.Logf("%-40s %7d bytes %5d nodes", "compare picker, list open", len(html), domNodes(html))

	// "Compare with…": one side chosen, a bounded choice of the other.
	for _, a := range []*corpus.Article{c.Articles[0], c.Articles[len(c.Articles)/2], c.Articles[len(c.Articles)-1]} {
		cp := &comparePage{ids: []string{a.ID}, a: a, problems: []message{{words("The link names only one article.")}}}
		html := app.HTMLString(cp.chooseSecondView(c.Articles))
		checkBounds(t, "compare with "+a.ID, html)
		if n := strings.Count(html, `href="/compare/`+a.ID+`/`); n != compareChoices {
			t.Errorf("compare with %s offers %d articles, want %d", a.ID, n, compareChoices)
		}
		if !strings.Contains(html, "of 9,999 others") {
			t.Errorf("compare with %s does not say how many others there are", a.ID)
		}
	}

	// Search results for words every article has.
	eng := search.New(c)
	for _, raw := range []string{"q=the", "q=tiktok+amazon", "q=a&outlet=Synthetic+Outlet+2"} {
		sp := &searchPage{engine: func() (*search.Engine, error) { return eng, nil }}
		sp.derive(&url.URL{Path: "/search", RawQuery: raw})
		checkBounds(t, "search ?"+raw, app.HTMLString(sp))
	}
}

// BenchmarkFirstRender10k measures each view's first render on 10,000 articles once its data is
// there: deriving the state from the URL and rendering it to HTML natively, a proxy for the
// browser's first render (which also builds the DOM).
func BenchmarkFirstRender10k(b *testing.B) {
	c, evs := bigTimeline(b)
	for _, raw := range []string{"", "sort=title&page=57", "outlet=Synthetic+Outlet+7&from=2020&to=2021-06"} {
		b.Run("library?"+raw, func(b *testing.B) {
			for b.Loop() {
				renderLibrary(c, raw)
			}
		})
	}
	for _, raw := range []string{"", "at=2021", "at=2021-06", "at=2021-06-15"} {
		b.Run("timeline?"+raw, func(b *testing.B) {
			for b.Loop() {
				renderTimeline(c, evs, raw)
			}
		})
	}
	f := library.NewFinder(c.Articles)
	b.Run("picker-keystroke", func(b *testing.B) {
		for b.Loop() {
			pk := &comparePicker{Prefix: "compare-pick", finder: f}
			pk.sides[0].text = "synth outlet"
			pk.search(0)
			app.HTMLString(pk)
		}
	})
}
