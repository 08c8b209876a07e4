//go:build !wasm

package app

import (
	"net/url"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"parallax/corpus"
	"parallax/corpus/ingest"
	"parallax/corpus/search"
)

// langCorpus is a German article whose front matter states its language, an English one that
// states en-GB, and an English one that states none; all written for this test.
func langCorpus(t *testing.T) (de, en, unknown *corpus.Article, c *corpus.Corpus) {
	t.Helper()
	fsys := fstest.MapFS{
		"de.md": {Data: []byte("---\ntitle: Neue Radwege an der Hafenstraße\nlanguage: de\n---\n" +
			"Der Stadtrat hat am Montag beschlossen, dass die neuen Radwege an der Hafenstraße im Mai eröffnet werden.\n\n" +
			"Die Wege waren seit dem Hochwasser gesperrt, und die Arbeiten haben länger gedauert als geplant.\n")},
		"en.md": {Data: []byte("---\ntitle: Harbour road cycle lanes to open in May\nlanguage: en_GB\n---\n" +
			"The council said on Monday that the new cycle lanes on the harbour road would open in May.\n\n" +
			"They have been closed since the floods, and the work took longer than the council had planned.\n")},
		"none.md": {Data: []byte("---\ntitle: Ferry fares to rise in spring\n---\n" +
			"The ferry company said that its fares on the harbour route would rise by four per cent in April.\n")},
	}
	arts, err := ingest.Corpus(fsys)
	if err != nil {
		t.Fatal(err)
	}
	c, err = corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Articles {
		switch a.File {
		case "de.md":
			de = a
		case "en.md":
			en = a
		case "none.md":
			unknown = a
		}
	}
	if de == nil || en == nil || unknown == nil || de.Language != "de" || en.Language != "en-GB" || unknown.Language != "" {
		t.Fatalf("the corpus is not as the test needs: %+v", arts)
	}
	return de, en, unknown, c
}

// langsOf returns, for each element of the HTML fragment s with a lang attribute, its class (or
// its name) and the attribute's value.
func langsOf(t *testing.T, s string) map[string]string {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if a.Key == "lang" {
					name := n.Data
					if c := attr(n, "class"); c != "" {
						name += "." + strings.ReplaceAll(c, " ", ".")
					}
					if old, ok := out[name]; ok && old != a.Val {
						out[name] = old + "|" + a.Val
					} else {
						out[name] = a.Val
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	return out
}

// TestArticleLanguage checks WCAG 3.1.2 (language of parts): the elements that show a German
// article's words carry lang="de" in the reader and in a search result's snippet, so that a
// screen reader speaks them in German; an English article's, or one whose language is unknown,
// carry none and inherit the page's lang="en". The controls inside the text stay English.
func TestArticleLanguage(t *testing.T) {
	de, en, unknown, c := langCorpus(t)
	eng := search.New(c)
	engine := func() (*search.Engine, error) { return eng, nil }

	reader := langsOf(t, mount(t, &readerPage{id: de.ID, article: de}))
	for _, el := range []string{"h1", "p.reader-para"} {
		if reader[el] != "de" {
			t.Errorf("German article in the reader: %s has lang %q, want \"de\" (all: %v)", el, reader[el], reader)
		}
	}
	for el, v := range reader {
		if v != "de" && v != "en" {
			t.Errorf("German article in the reader: %s has lang %q", el, v)
		}
		if v == "en" && !strings.Contains(el, "sentence-") {
			t.Errorf("German article in the reader: %s has lang=\"en\"", el)
		}
	}
	if reader["button.sentence-cite"] != "en" {
		t.Errorf("the Cite button inside a German sentence has lang %q, want \"en\"", reader["button.sentence-cite"])
	}
	h := mount(t, &readerPage{id: de.ID, article: de})
	if !strings.Contains(h, "German (de)") || !strings.Contains(h, "Stated by the file (front matter: language).") {
		t.Error("About this article does not show the German article's language with its basis")
	}

	for _, a := range []*corpus.Article{en, unknown} {
		for el, v := range langsOf(t, mount(t, &readerPage{id: a.ID, article: a})) {
			if v != "en" || !strings.Contains(el, "sentence-") {
				t.Errorf("%s in the reader: %s has lang %q; an English article's words inherit the page's", a.Language, el, v)
			}
		}
	}
	if h := mount(t, &readerPage{id: unknown.ID, article: unknown}); !strings.Contains(h, "Language unknown") || !strings.Contains(h, "The file states no language.") {
		t.Error("About this article does not say why the language is unknown")
	}

	search := func(q string) map[string]string {
		sp := &searchPage{engine: engine}
		sp.derive(&url.URL{Path: "/search", RawQuery: "q=" + url.QueryEscape(q)})
		h := mount(t, sp)
		if !strings.Contains(h, "result-link") {
			t.Fatalf("search %q found nothing", q)
		}
		return langsOf(t, h)
	}
	if got := search("Hochwasser"); got["a.result-link"] != "de" || got["h2.result-title"] != "de" {
		t.Errorf("a German article's snippet and title in the search results: langs %v, want de on a.result-link and h2.result-title", got)
	}
	for el, v := range search("floods") {
		t.Errorf("an English article's search result: %s has lang %q", el, v)
	}

	_, library := renderLibrary(c, "")
	if got := langsOf(t, library); got["h2.card-title"] != "de" || got["p.card-opening"] != "de" {
		t.Errorf("library cards: langs %v, want de on the German card's title and opening only", got)
	}
}
