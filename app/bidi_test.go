//go:build !wasm

package app

import (
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"parallax/corpus"
	"parallax/corpus/align"
	"parallax/corpus/ingest"
	"parallax/corpus/search"
	"parallax/corpus/timeline"
)

// rtlCorpus is a corpus of two right-to-left articles, one Arabic and one Persian, with an
// Arabic outlet and author, as saved pages from Arabic and Persian sites give them.
func rtlCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	fsys := fstest.MapFS{
		"catalog.json": {Data: []byte(`[{"file": "ar.txt", "outlet": "البيان", "outlet_note": "the site's name"},
			{"file": "fa.txt", "outlet": "خبرآنلاین", "outlet_note": "the site's name"}]`)},
		"articles/ar.txt": {Data: []byte("القائم بأعمال السفارة الأفغانية يثمّن جهود الإمارات\n3 June 2020\nBy أحمد ساير داودزي\n\n" +
			"ثمّن أحمد ساير داودزي جهود الإمارات وتعاملها مع فيروس كورونا المستجد في الإمارات.\n\n" +
			"ودعا داودزي أبناء الجالية الأفغانية في الإمارات إلى الالتزام التام بالإجراءات الاحترازية.\n")},
		"articles/fa.txt": {Data: []byte("تحلیل روزنامه اصولگرا از دعوت اصلاح طلبان به حضور در انتخابات\n4 June 2020\n\n" +
			"روزنامه اصولگرا دعوت اصلاح طلبان از مردم برای حضور در انتخابات را تحلیل کرد در الإمارات.\n\n" +
			"این روزنامه نوشت که اصلاح طلبان نگران مشارکت کم مردم در انتخابات هستند.\n")},
	}
	arts, err := ingest.Corpus(fsys)
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) != 2 {
		t.Fatalf("%d articles, want 2", len(c.Articles))
	}
	return c
}

// isRTL reports whether r is a letter of a right-to-left script (Hebrew, Arabic and the scripts
// near them in Unicode, and their presentation forms).
func isRTL(r rune) bool {
	return unicode.IsLetter(r) && (r >= 0x0590 && r <= 0x08FF || r >= 0xFB1D && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF)
}

// unisolatedRTL returns, for each text node of the HTML fragment s that holds right-to-left
// letters with neither a dir attribute nor a <bdi> element above it, the path of elements to it.
// Such text takes the direction of the English page around it: an Arabic paragraph is aligned
// left with its full stop at its start, and an Arabic outlet beside a date swaps places with the
// date's day.
func unisolatedRTL(t *testing.T, s string) []string {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		t.Fatal(err)
	}
	var bad []string
	var walk func(n *html.Node, path []string, isolated bool)
	walk = func(n *html.Node, path []string, isolated bool) {
		switch n.Type {
		case html.TextNode:
			if !isolated && strings.IndexFunc(n.Data, isRTL) >= 0 {
				bad = append(bad, strings.Join(path, " > ")+": "+strings.TrimSpace(n.Data))
			}
			return
		case html.ElementNode:
			name := n.Data
			for _, a := range n.Attr {
				if a.Key == "class" {
					name += "." + strings.ReplaceAll(a.Val, " ", ".")
				}
				if a.Key == "dir" {
					isolated = true
				}
			}
			if n.Data == "bdi" {
				isolated = true
			}
			if strings.Contains(" "+attr(n, "class")+" ", " visually-hidden ") {
				return // read out, never laid out: it has no direction to show
			}
			path = append(path, name)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, path, isolated)
		}
	}
	for _, n := range nodes {
		walk(n, nil, false)
	}
	return bad
}

// mixedIsolates returns the isolates of the HTML fragment s (an element with a dir attribute or a
// <bdi>, or the fragment itself) whose own text, outside the isolates inside them, holds both
// right-to-left letters and Latin ones: a value run into the app's English words, which an
// isolate around the whole sentence (dir="auto" on a notice) does not set apart. Each value must
// be an isolate of its own.
func mixedIsolates(t *testing.T, s string) []string {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		t.Fatal(err)
	}
	own := map[*html.Node]string{}
	var order []*html.Node
	var walk func(n, iso *html.Node)
	walk = func(n, iso *html.Node) {
		switch n.Type {
		case html.TextNode:
			if _, ok := own[iso]; !ok {
				order = append(order, iso)
			}
			own[iso] += n.Data
			return
		case html.ElementNode:
			if strings.Contains(" "+attr(n, "class")+" ", " visually-hidden ") {
				return
			}
			if n.Data == "bdi" || attr(n, "dir") != "" {
				iso = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, iso)
		}
	}
	for _, n := range nodes {
		walk(n, nil)
	}
	latin := func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }
	var bad []string
	for _, iso := range order {
		text := strings.Join(strings.Fields(own[iso]), " ")
		if strings.IndexFunc(text, isRTL) >= 0 && strings.IndexFunc(text, latin) >= 0 {
			name := "the page"
			if iso != nil {
				name = iso.Data + "." + strings.ReplaceAll(attr(iso, "class"), " ", ".")
			}
			if r := []rune(text); len(r) > 100 {
				i := utf8.RuneCountInString(text[:strings.IndexFunc(text, isRTL)])
				text = "…" + string(r[max(i-40, 0):min(i+60, len(r))]) + "…"
			}
			bad = append(bad, name+": "+text)
		}
	}
	return bad
}

// checkIsolated checks each view's right-to-left text: every piece sets its own direction and,
// with sentences set (views whose English words quote values), no isolate runs a value into
// the words around it.
func checkIsolated(t *testing.T, views map[string]string, sentences bool) {
	t.Helper()
	for name, h := range views {
		if strings.IndexFunc(h, isRTL) < 0 {
			t.Errorf("%s: no right-to-left text rendered; the test shows nothing", name)
			continue
		}
		for _, bad := range unisolatedRTL(t, h) {
			t.Errorf("%s: right-to-left text without its own direction: %s", name, bad)
		}
		if sentences {
			for _, bad := range mixedIsolates(t, h) {
				t.Errorf("%s: a value not isolated from the words around it: %s", name, bad)
			}
		}
	}
}

// element returns the first element of the HTML fragment s with the ID or the class name, as
// HTML: the part of a page that a check is about, without the article's words around it.
func element(t *testing.T, s, name string) string {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		t.Fatal(err)
	}
	var find func(n *html.Node) *html.Node
	find = func(n *html.Node) *html.Node {
		if n.Type == html.ElementNode && (attr(n, "id") == name || strings.Contains(" "+attr(n, "class")+" ", " "+name+" ")) {
			return n
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if f := find(c); f != nil {
				return f
			}
		}
		return nil
	}
	for _, n := range nodes {
		if f := find(n); f != nil {
			var b strings.Builder
			if err := html.Render(&b, f); err != nil {
				t.Fatal(err)
			}
			return b.String()
		}
	}
	t.Fatalf("no element %s", name)
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// TestRightToLeftTextIsolated renders every view that shows an article's words (its title,
// outlet, author, sentences, opening, snippets) on a corpus of Arabic and Persian articles, and
// checks that each piece of that text sets its own direction (dir="auto" or <bdi>), so that it
// reads right to left inside the English page, and that no piece of it is written into an
// attribute to do so; then the app's sentences that quote such text, where each value must be
// an isolate of its own (mixedIsolates).
func TestRightToLeftTextIsolated(t *testing.T) {
	c := rtlCorpus(t)
	a, b := c.Articles[0], c.Articles[1]
	eng := search.New(c)
	engine := func() (*search.Engine, error) { return eng, nil }
	cmp := align.Compare(a, b)
	s := a.Paragraphs[0].Sentences[0]
	d := corpus.Date{Year: 2020, Month: 6, Day: 3, Precision: corpus.PrecisionDay}
	evs := []timeline.Event{{Date: d, Sources: []timeline.Source{{Article: a.ID, Sentence: s.ID, Text: "3 June 2020", Date: d}}}}

	_, library := renderLibrary(c, "")
	_, timelineHTML := renderTimeline(c, evs, "")
	sp := &searchPage{engine: engine}
	sp.derive(&url.URL{Path: "/search", RawQuery: "q=" + url.QueryEscape("الإمارات")})
	views := map[string]string{
		"library":  library,
		"timeline": timelineHTML,
		"reader":   mount(t, &readerPage{id: a.ID, article: a}),
		"reader with a search": mount(t, func() *readerPage {
			p := &readerPage{id: a.ID, article: a, engine: engine}
			p.findHits("الإمارات")
			return p
		}()),
		"search":  mount(t, sp),
		"compare": mount(t, &comparePage{ids: []string{a.ID, b.ID}, a: a, b: b, cmp: cmp, view: newCompareView(cmp), navigated: true}),
		"compare, choose the second": app.HTMLString((&comparePage{ids: []string{a.ID}, a: a, navigated: true,
			problems: []message{{words("Pick a second article.")}}}).chooseSecondView(c.Articles)),
	}
	checkIsolated(t, views, false)

	// The app's own sentences that quote a value: a compare link's problems and notes, where a
	// shared link names an unknown ID, a pair or a view, and the timeline's date expressions,
	// each in quotation marks after an article's sentence, and the links that compare two of
	// its sources. An Arabic or Hebrew value inside English words, unisolated, swaps places with
	// the quotation marks and the full stop around it.
	link := func(ids ...string) *comparePage {
		p := &comparePage{ids: ids, navigated: true}
		p.a, p.b, p.problems = resolvePair(c, ids)
		return p
	}
	undated := *a
	undated.ID, undated.Published, undated.Section = "undated", corpus.PubDate{}, "رياضة"
	sameSection := []*corpus.Article{&undated}
	for i := range compareChoices + 1 {
		o := *b
		o.ID, o.Section = fmt.Sprintf("b-%d", i), undated.Section
		sameSection = append(sameSection, &o)
	}
	bySection := link(a.ID)
	bySection.a = &undated
	body := a.Paragraphs[1].Sentences[0]
	expr, start := "الثالث من يونيو", strings.Index(body.Text, "الإمارات")
	evs = []timeline.Event{
		{Date: d, Sources: []timeline.Source{
			{Article: a.ID, Sentence: body.ID, Text: expr, Date: d, Start: start, End: start + len("الإمارات")},
			{Article: b.ID, Sentence: b.Paragraphs[0].Sentences[0].ID, Text: "سوم خرداد", Date: d}}},
		{Sources: []timeline.Source{{Article: b.ID, Sentence: b.Paragraphs[0].Sentences[0].ID, Text: "אתמול"}}},
	}
	_, expressions := renderTimeline(c, evs, "")
	sameOutlet := *b
	sameOutlet.Outlet = a.Outlet
	dated := *cmp
	dated.Summary.Dates = []align.SharedDate{{Date: d,
		A: []align.DateRef{{Text: expr, Date: d, Role: corpus.RoleDeadline}}, B: []align.DateRef{{Text: "سوم خرداد", Date: d}}}}
	sentences := map[string]string{
		"compare, unknown IDs":      app.HTMLString(link("כתבה-לא-קיימת", "مقال").renderProblems()),
		"compare, the same twice":   app.HTMLString(link(a.ID, a.ID).renderProblems()),
		"compare, one article":      app.HTMLString(link(a.ID).chooseSecondView(c.Articles)),
		"compare, one of a section": app.HTMLString(bySection.chooseSecondView(sameSection)),
		"compare, a pair and a view it lacks": element(t, mount(t, &comparePage{ids: []string{a.ID, b.ID}, a: a, b: b, cmp: cmp, view: newCompareView(cmp), navigated: true,
			focusNote: linkNote(&url.URL{Path: "/compare/" + a.ID + "/" + b.ID, RawQuery: "view=" + url.QueryEscape("جدول"), Fragment: "pair-الثالث"}, false, 0)}),
			"compare-link-note"),
		"timeline, date expressions":    expressions,
		"timeline, one outlet's titles": app.HTMLString(compareLink(a, &sameOutlet)),
		"compare, dates both mention":   app.HTMLString(compareSummaryView(&dated, newCompareView(&dated))),
	}
	checkIsolated(t, sentences, true)
	shown := strings.Join(slices.Collect(maps.Values(sentences)), "")
	for _, want := range []string{"כתבה-לא-קיימת", "مقال", "جدول", "الثالث", "رياضة", expr, "سوم خرداد", "אתמול"} {
		if !strings.Contains(shown, "<bdi>"+want+"</bdi>") {
			t.Errorf("no view shows %q in a <bdi> of its own", want)
		}
	}
}
