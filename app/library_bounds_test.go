//go:build !wasm

package app

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/ingest"
	"parallax/corpus/library"
	"parallax/corpus/search"
	"parallax/corpus/search/synth"
	"parallax/corpus/timeline"
	"parallax/internal/fixture"
)

// Bounds every view's first render must keep, whatever the corpus (issue 10).
const (
	maxPageBytes = 200 << 10
	maxDOMNodes  = 5000
)

var (
	bigOnce   sync.Once
	bigCorpus *corpus.Corpus
	bigEvents []timeline.Event
	bigErr    error
)

// bigTimeline returns a deterministic 10,000-article corpus (the five fixture articles, then
// synthetic ones) and a timeline for it: a publication per article, and reported events of every
// precision, agreement and size, some reported by hundreds of articles. timeline.Build is not
// run: the synthetic sentences state no dates, and the events' shapes are what the view bounds.
func bigTimeline(t testing.TB) (*corpus.Corpus, []timeline.Event) {
	t.Helper()
	bigOnce.Do(func() {
		seed, err := ingest.Corpus(fixture.Seed())
		if err != nil {
			bigErr = err
			return
		}
		arts := synth.Generate(seed, 10000)
		// A tenth of the synthetic articles lose their date, a twentieth their outlet, as in
		// real collections.
		for i, a := range arts[len(seed):] {
			if i%10 == 3 {
				a.Published = corpus.PubDate{}
			}
			if i%20 == 7 {
				a.Outlet = ""
			}
		}
		bigCorpus, bigErr = corpus.New(arts)
		if bigErr != nil {
			return
		}
		bigEvents = synthEvents(arts)
	})
	if bigErr != nil {
		t.Fatal(bigErr)
	}
	return bigCorpus, bigEvents
}

func synthEvents(arts []*corpus.Article) []timeline.Event {
	var evs []timeline.Event
	byDate := map[corpus.Date]int{}
	for _, a := range arts {
		d := a.Published.Date
		if d.Precision == corpus.PrecisionUnknown {
			continue
		}
		i, ok := byDate[d]
		if !ok {
			i = len(evs)
			byDate[d] = i
			evs = append(evs, timeline.Event{Date: d, Lane: timeline.LanePublished, Anchor: corpus.AnchorStated})
		}
		evs[i].Sources = append(evs[i].Sources, timeline.Source{Article: a.ID, Date: d})
	}
	src := func(a *corpus.Article, d corpus.Date) timeline.Source {
		text := a.Paragraphs[0].Sentences[0].Text
		return timeline.Source{Article: a.ID, Sentence: a.Paragraphs[0].Sentences[0].ID, Text: text[:min(len(text), 12)], Start: 0, End: min(len(text), 12), Date: d, Anchor: corpus.AnchorStated}
	}
	for i := 0; i+3 < len(arts); i += 3 {
		a := arts[i]
		day := corpus.Date{Year: 2019 + i%6, Month: 1 + i%12, Day: 1 + i%28, Precision: corpus.PrecisionDay}
		month := corpus.Date{Year: day.Year, Month: day.Month, Precision: corpus.PrecisionMonth}
		e := timeline.Event{Date: day, Anchor: corpus.AnchorStated, Sources: []timeline.Source{src(a, day)}}
		switch i % 4 {
		case 1:
			e.Agreement = timeline.AgreeCoarser
			e.Sources = append(e.Sources, src(arts[i+1], month), src(arts[i+2], month))
		case 2:
			e.Agreement = timeline.AgreeConflict
			e.Disputed = []corpus.Date{{Year: day.Year, Month: day.Month, Day: 1 + (day.Day+3)%28, Precision: corpus.PrecisionDay}}
		case 3:
			e.Date, e.Sources = month, []timeline.Source{src(a, month)}
		}
		if i%997 == 0 { // a story every outlet covered
			for j := 0; j < 300; j++ {
				e.Sources = append(e.Sources, src(arts[(i+j*7)%len(arts)], day))
			}
		}
		evs = append(evs, e)
	}
	evs = append(evs, timeline.Event{Sources: []timeline.Source{src(arts[9], corpus.Date{})}})
	for i := 0; i < 50; i++ { // undated mentions
		evs = append(evs, timeline.Event{Sources: []timeline.Source{src(arts[100+i], corpus.Date{})}})
	}
	sortEvents(evs)
	return evs
}

func sortEvents(evs []timeline.Event) {
	less := func(a, b *timeline.Event) bool {
		if a.Dated() != b.Dated() {
			return a.Dated()
		}
		return a.Date.Start() < b.Date.Start()
	}
	// insertion sort would be quadratic at this size
	idx := make([]int, len(evs))
	for i := range idx {
		idx[i] = i
	}
	sortIdx(idx, func(i, j int) bool { return less(&evs[i], &evs[j]) })
	out := make([]timeline.Event, len(evs))
	for k, i := range idx {
		out[k] = evs[i]
	}
	copy(evs, out)
}

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
		cp := &comparePage{ids: []string{a.ID}, a: a, problems: []string{"The link names only one article."}}
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

func sortIdx(idx []int, less func(i, j int) bool) {
	if len(idx) < 2 {
		return
	}
	mid := len(idx) / 2
	l := append([]int(nil), idx[:mid]...)
	r := append([]int(nil), idx[mid:]...)
	sortIdx(l, less)
	sortIdx(r, less)
	i, j, k := 0, 0, 0
	for i < len(l) && j < len(r) {
		if less(r[j], l[i]) {
			idx[k], j = r[j], j+1
		} else {
			idx[k], i = l[i], i+1
		}
		k++
	}
	for ; i < len(l); i, k = i+1, k+1 {
		idx[k] = l[i]
	}
	for ; j < len(r); j, k = j+1, k+1 {
		idx[k] = r[j]
	}
}

// TestTimelineBoundedOnLongSentences renders a page of timeline entries whose sources have
// sentences of thousands of characters and very long titles, as a badly split text gives: the
// quotes and titles are cut, so the page stays within the bounds of every view.
func TestTimelineBoundedOnLongSentences(t *testing.T) {
	var arts []*corpus.Article
	filler := strings.Repeat("and the talks went on through the night without any agreement ", 60)
	for i := range 100 {
		arts = append(arts, &corpus.Article{
			ID: fmt.Sprintf("run-on-%03d", i), Title: "A headline that ran into the text " + filler[:600],
			Outlet: fmt.Sprintf("Outlet %d", i%9), AuthorNote: "test",
			Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{
				{ID: "p1s1", Text: filler + "on 3 March 2022 " + filler},
			}}},
		})
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	at := len(filler) + len("on ")
	var evs []timeline.Event
	for d := 1; d <= 25; d++ {
		date := corpus.Date{Year: 2022, Month: 3, Day: d, Precision: corpus.PrecisionDay}
		e := timeline.Event{Date: date, Anchor: corpus.AnchorStated}
		for k := range 4 {
			a := arts[(d*4+k)%len(arts)]
			e.Sources = append(e.Sources, timeline.Source{Article: a.ID, Sentence: "p1s1", Text: "3 March 2022",
				Start: at, End: at + len("3 March 2022"), Date: date, Anchor: corpus.AnchorStated})
		}
		evs = append(evs, e)
	}
	for _, raw := range []string{"at=2022-03", "at=2022", "at=2022-03-03"} {
		_, html := renderTimeline(c, evs, raw)
		checkBounds(t, "timeline of run-on sentences ?"+raw, html)
		if !strings.Contains(html, "<mark>3 March 2022</mark>") {
			t.Errorf("?%s: the quoted expression is not marked", raw)
		}
	}
}

// TestSearchBoundedOnManyOutlets searches a corpus of 3,000 articles from as many outlets (a
// collection of blogs): the filter menu lists the 40 with the most articles and the one the
// link names, so the page stays within the bounds.
func TestSearchBoundedOnManyOutlets(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes 3,000 articles")
	}
	seed, err := ingest.Corpus(fixture.Seed())
	if err != nil {
		t.Fatal(err)
	}
	arts := synth.Generate(seed, 3000)
	for i, a := range arts[len(seed):] {
		a.Outlet = fmt.Sprintf("Blog %04d", i)
		if i%100 == 0 {
			a.Outlet = "Big Blog" // the largest outlet, listed first
		}
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	eng := search.New(c)
	for _, raw := range []string{"q=tiktok", "q=tiktok&outlet=blog+2990"} {
		sp := &searchPage{engine: func() (*search.Engine, error) { return eng, nil }}
		sp.derive(&url.URL{Path: "/search", RawQuery: raw})
		html := app.HTMLString(sp)
		checkBounds(t, "search of 3,000 outlets ?"+raw, html)
		if n := strings.Count(html, "<option"); n > searchOutletChoices+2 {
			t.Errorf("?%s: %d outlets in the menu", raw, n)
		}
		if strings.Contains(raw, "outlet=") && !strings.Contains(html, ">Blog 2990<") {
			t.Errorf("?%s: the menu lacks the outlet the link names", raw)
		}
		if !strings.Contains(html, "can be named in a link") {
			t.Errorf("?%s: the menu does not say it leaves outlets out", raw)
		}
	}
	shown, more := outletChoices([]string{"a", "b", "c"}, nil, "")
	if len(shown) != 3 || more != 0 {
		t.Errorf("a short list is cut: %v, %d", shown, more)
	}
	var many []string
	for i := range 100 {
		many = append(many, fmt.Sprint("o", i))
	}
	counts := []*corpus.Article{{Outlet: "o99"}, {Outlet: "o99"}, {Outlet: "o50"}}
	shown, more = outletChoices(many, counts, "O77")
	if shown[0] != "o99" || shown[1] != "o50" || shown[len(shown)-1] != "o77" || len(shown) != searchOutletChoices+1 || more != 100-len(shown) {
		t.Errorf("ranked choices %v, %d more", shown, more)
	}
}
