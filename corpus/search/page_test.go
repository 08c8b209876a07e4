package search

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"

	"parallax/corpus"
)

// harbourCorpus has n articles that all match "harbour", with 1 to 7 matching sentences each so
// that scores differ and tie, and every fifth with the word in its title.
func harbourCorpus(t testing.TB, n int) *Engine {
	t.Helper()
	var arts []*corpus.Article
	for i := range n {
		a := &corpus.Article{ID: fmt.Sprintf("a%03d", i), Title: fmt.Sprintf("Story %d", i), AuthorNote: "fixture"}
		if i%5 == 0 {
			a.Title += " of the harbour"
		}
		var sents []corpus.Sentence
		for k := range 1 + i%7 {
			sents = append(sents, corpus.Sentence{ID: fmt.Sprintf("p1s%d", k+1), Text: fmt.Sprintf("The harbour plan, part %d.", k)})
		}
		a.Paragraphs = []corpus.Paragraph{{Sentences: sents}}
		arts = append(arts, a)
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	return New(c)
}

// TestPagesCoverEveryMatch pages through the matches of corpora that fit one page, several, and
// more than insertion keeps (insertionLimit): every match is on exactly one page, in one order
// of falling score, and each page says where it starts.
func TestPagesCoverEveryMatch(t *testing.T) {
	for _, n := range []int{0, 7, MaxGroups, MaxGroups + 1, 45, insertionLimit + 3, 260} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			e := harbourCorpus(t, n)
			seen := map[string]bool{}
			last := int(^uint(0) >> 1)
			wantPages := max(1, (n+MaxGroups-1)/MaxGroups)
			for page := 1; page <= wantPages; page++ {
				r := e.Search(Query{Text: "harbour", Page: page})
				if r.Err != nil || r.Total != n || r.Pages != wantPages || r.Page != page || r.PageClamped {
					t.Fatalf("page %d: total %d, page %d of %d, clamped %v, err %v; want %d matches on %d pages",
						page, r.Total, r.Page, r.Pages, r.PageClamped, r.Err, n, wantPages)
				}
				want := min(MaxGroups, n-(page-1)*MaxGroups)
				if len(r.Groups) != want {
					t.Fatalf("page %d: %d groups, want %d", page, len(r.Groups), want)
				}
				if wantFirst := (page-1)*MaxGroups + 1; want > 0 && r.First != wantFirst || want == 0 && r.First != 0 {
					t.Errorf("page %d: first %d", page, r.First)
				}
				for _, g := range r.Groups {
					if seen[g.Article.ID] {
						t.Fatalf("page %d: %s shown twice", page, g.Article.ID)
					}
					seen[g.Article.ID] = true
					if g.Score > last {
						t.Fatalf("page %d: %s scores %d after %d", page, g.Article.ID, g.Score, last)
					}
					last = g.Score
				}
			}
			if len(seen) != n {
				t.Errorf("the pages show %d of %d matches", len(seen), n)
			}
		})
	}
}

// TestPageOutOfRange asks for pages past the last: the last is shown and the results say so.
func TestPageOutOfRange(t *testing.T) {
	e := harbourCorpus(t, 45)
	for _, c := range []struct {
		q         Query
		page      int
		clamped   bool
		groups    int
		firstRank int
	}{
		{Query{Text: "harbour", Page: 0}, 1, false, 20, 1},
		{Query{Text: "harbour", Page: 3}, 3, false, 5, 41},
		{Query{Text: "harbour", Page: 4}, 3, true, 5, 41},
		{Query{Text: "harbour", Page: 1 << 40}, 3, true, 5, 41},
		{Query{Text: "no-such-word-anywhere", Page: 2}, 1, true, 0, 0},
		// An empty query lists the articles in corpus order, a page at a time as well.
		{Query{Page: 2}, 2, false, 20, 21},
		{Query{Page: 9}, 3, true, 5, 41},
	} {
		r := e.Search(c.q)
		if r.Page != c.page || r.PageClamped != c.clamped || len(r.Groups) != c.groups || r.First != c.firstRank {
			t.Errorf("%+v: page %d, clamped %v, %d groups from %d; want page %d, clamped %v, %d groups from %d",
				c.q, r.Page, r.PageClamped, len(r.Groups), r.First, c.page, c.clamped, c.groups, c.firstRank)
		}
	}
	if r := e.Search(Query{Page: 2}); r.Groups[0].Article.ID != "a020" {
		t.Errorf("page 2 of the browse list starts with %s, want a020", r.Groups[0].Article.ID)
	}
}

// TestPageParam reads and writes the page of a search link as the library does.
func TestPageParam(t *testing.T) {
	for _, c := range []struct {
		raw  string
		page int
		err  string
	}{
		{"q=blair", 0, ""},
		{"q=blair&page=1", 1, ""},
		{"q=blair&page=+7+", 7, ""},
		{"q=blair&page=0", 0, `page: "0" is not a page number`},
		{"q=blair&page=-2", 0, `page: "-2" is not a page number`},
		{"q=blair&page=two", 0, `page: "two" is not a page number`},
		// A number past any list is its last page, as a page past the last is.
		{"q=blair&page=99999999999999999999999", corpus.MaxPage, ""},
		{"q=blair&page=%3Cb%3E", 0, `page: "<b>" is not a page number`},
	} {
		v, _ := url.ParseQuery(c.raw)
		q, err := ParseQuery(v)
		if q.Page != c.page || q.Text != "blair" {
			t.Errorf("%s: page %d, text %q; want page %d", c.raw, q.Page, q.Text, c.page)
		}
		if got := fmt.Sprint(err); c.err == "" && err != nil || c.err != "" && !strings.Contains(got, c.err) {
			t.Errorf("%s: error %v, want %q", c.raw, err, c.err)
		}
	}
	for page, want := range map[int]string{0: "q=blair", 1: "q=blair", 2: "page=2&q=blair"} {
		if got := (Query{Text: "blair", Page: page}).Values().Encode(); got != want {
			t.Errorf("page %d: %s, want %s", page, got, want)
		}
	}
}

// TestBestOfAgreesWithSort checks that insertion and sorting pick the same ranks.
func TestBestOfAgreesWithSort(t *testing.T) {
	var accs []acc
	for i := range 300 {
		accs = append(accs, acc{art: int32(i), qualified: (i * 37) % 11})
	}
	score := func(g *acc) int { return g.qualified }
	sorted := bestOf(accs, score, insertionLimit+1)
	for _, n := range []int{1, 20, insertionLimit} {
		if got := bestOf(accs, score, n); !slices.Equal(got, sorted[:n]) {
			t.Errorf("n=%d: insertion %v, sort %v", n, got, sorted[:n])
		}
	}
}
