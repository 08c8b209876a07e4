//go:build !wasm

package app

import (
	"net/url"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"

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
// attribute to do so.
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
			problems: []string{"Pick a second article."}}).chooseSecondView(c.Articles)),
	}
	for name, h := range views {
		if strings.IndexFunc(h, isRTL) < 0 {
			t.Errorf("%s: no right-to-left text rendered; the test shows nothing", name)
			continue
		}
		for _, bad := range unisolatedRTL(t, h) {
			t.Errorf("%s: right-to-left text without its own direction: %s", name, bad)
		}
	}
}
