package app

import (
	"fmt"
	"net/url"
	"strings"
	"sync"
	"testing"

	"parallax/corpus"
	"parallax/corpus/search"
)

// harbourEngine indexes 45 articles that all match "harbour": three pages of results.
var harbourEngine = sync.OnceValues(func() (*search.Engine, error) {
	var arts []*corpus.Article
	for i := range 45 {
		arts = append(arts, &corpus.Article{ID: fmt.Sprintf("h%02d", i), Title: fmt.Sprintf("Story %d", i), AuthorNote: "fixture",
			Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: "The harbour plan."}}}}})
	}
	c, err := corpus.New(arts)
	if err != nil {
		return nil, err
	}
	return search.New(c), nil
})

func harbourSearch(t *testing.T, raw string) (*searchPage, string) {
	t.Helper()
	p := &searchPage{engine: harbourEngine}
	p.derive(&url.URL{Path: "/search", RawQuery: raw})
	return p, mount(t, p)
}

// TestSearchPages: a search with more matches than a page says which it shows, links to the
// others with the page in the URL, and says so when a link asks for a page that is not there.
func TestSearchPages(t *testing.T) {
	for _, c := range []struct {
		raw, first string
		want, not  []string
	}{
		{"q=harbour", "h00", []string{
			"45 articles match every word.", "Showing 1–20 of 45, best first.",
			`aria-label="Pages of results"`, `href="/search?page=2&q=harbour"`, `rel="next"`, `href="/search?page=3&q=harbour"`,
		}, []string{`rel="prev"`, "this is the last"}},
		{"q=harbour&page=2", "h20", []string{
			"Showing 21–40 of 45, best first.", `start="21"`, `href="/search?q=harbour"`, `rel="prev"`, `rel="next"`,
		}, []string{"this is the last", "Ignored"}},
		{"q=harbour&page=3&outlet=", "h40", []string{"Showing 41–45 of 45, best first.", `rel="prev"`}, []string{`rel="next"`}},
		// A page past the last shows the last and says so; a page that is no number, the first.
		{"q=harbour&page=9", "h40", []string{"There are only 3 pages of results for this search: this is the last.",
			"Showing 41–45 of 45"}, nil},
		{"q=harbour&page=two", "h00", []string{"page: &#34;", "<bdi>two</bdi>", "&#34; is not a page number", "Showing 1–20 of 45"}, nil},
		{"q=harbour&page=%3Cb%3Ex", "h00", []string{"&lt;b&gt;x"}, []string{"<b>x"}},
		// One page of results needs neither the range nor a pager.
		{"q=harbour&from=2030", "", []string{"No match within the filters"}, []string{"Showing", "Pages of results", "this is the last"}},
	} {
		p, html := harbourSearch(t, c.raw)
		wantHTML(t, "?"+c.raw, html, c.want, c.not)
		if c.first != "" && (len(p.res.Groups) == 0 || p.res.Groups[0].Article.ID != c.first) {
			t.Errorf("?%s: the page starts elsewhere than %s", c.raw, c.first)
		}
	}
	// Suggestions start a new search, on its first page. "harbxxr" is two edits from "harbour":
	// no correction, no match, a suggestion.
	p, html := harbourSearch(t, "q=harbxxr&page=2")
	if len(p.res.Suggestions) == 0 || !strings.Contains(html, `class="suggestion"`) {
		t.Fatalf("no suggestion for harbxxr: %q", p.res.Suggestions)
	}
	if strings.Contains(html, "page=2") {
		t.Error("a suggestion link keeps the page of another search")
	}
	// A page asked of a list with no words (the articles browsed) says nothing of pages it
	// does not show.
	if _, html := harbourSearch(t, "page=9"); strings.Contains(html, "this is the last") {
		t.Error("a browse with page=9 says it is the last page of results")
	}
}

// TestSearchLettersNotice: single letters left out of a query are named, with how to write a
// name that has them.
func TestSearchLettersNotice(t *testing.T) {
	html := mount(t, searchFor(t, "q=AT+%26+T+tiktok"))
	wantHTML(t, "AT & T", html, []string{"Not searched for (a single letter starts too many words; write a name such as AT&amp;T or C++ without spaces): ", "<bdi>t</bdi>"}, nil)
}

// TestRangeOf: a page's range of items, one item without a range.
func TestRangeOf(t *testing.T) {
	for _, c := range []struct {
		first, n, total int
		want            string
	}{
		{1, 20, 205, "1–20 of 205"},
		{181, 1, 181, "181 of 181"},
		{1001, 20, 12345, "1,001–1,020 of 12,345"},
	} {
		if got := rangeOf(c.first, c.n, c.total); got != c.want {
			t.Errorf("rangeOf(%d, %d, %d) = %q, want %q", c.first, c.n, c.total, got, c.want)
		}
	}
}
