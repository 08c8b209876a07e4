package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
)

func mustArticle(t *testing.T, id string) *corpus.Article {
	t.Helper()
	c, err := fixtureCorpus()
	if err != nil {
		t.Fatal(err)
	}
	a, err := c.Article(id)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestReaderRender mounts the reader in go-app's test engine and checks what a reader sees: the
// target sentence highlighted, boilerplate hidden until revealed, and in place when revealed.
func TestReaderRender(t *testing.T) {
	a := mustArticle(t, "whatjobs-amazon-tiktok-scrutiny")
	for _, show := range []bool{false, true} {
		p := &readerPage{id: a.ID, article: a, target: "p1s2", showRemoved: show}
		e := app.NewTestEngine()
		if err := e.Load(p); err != nil {
			t.Fatal(err)
		}
		e.ConsumeAll()
		html := app.HTMLString(p)

		if !strings.Contains(html, `id="p1s2"`) || !strings.Contains(html, `class="sentence is-target"`) {
			t.Errorf("showRemoved=%v: target sentence p1s2 not highlighted", show)
		}
		if n := strings.Count(html, "is-target"); n != 1 {
			t.Errorf("showRemoved=%v: %d highlighted sentences, want 1", show, n)
		}
		hasJobAd := strings.Contains(html, "Need Career Advice?")
		if hasJobAd != show {
			t.Errorf("showRemoved=%v: job prompt shown = %v", show, hasJobAd)
		}
		if show && strings.Count(html, `class="removed"`) != len(a.Removed) {
			t.Errorf("revealed %d removed pieces, want %d", strings.Count(html, `class="removed"`), len(a.Removed))
		}
	}
}

// remountReader renders a fresh copy of the reader's state.
func remountReader(t *testing.T, p *readerPage) string {
	t.Helper()
	return mount(t, &readerPage{id: p.id, article: p.article, target: p.target, query: p.query, spans: p.spans,
		hits: p.hits, hit: p.hit, engine: p.engine})
}

// TestReaderHits checks that the reader marks the searched words from the URL, numbered in text
// order, with next and previous controls that wrap around.
func TestReaderHits(t *testing.T) {
	a := mustArticle(t, "walmart-microsoft-tiktok-bid")
	p := &readerPage{id: a.ID, article: a, engine: fixtureEngine}
	p.findHits("walmrt")
	if p.hits < 2 {
		t.Fatalf("%d hits for walmrt, want several", p.hits)
	}
	html := remountReader(t, p)
	for _, want := range []string{`id="hit-1"`, `class="hit"`, ">Walmart</mark>", "Next match", "Previous match",
		"matches for “", `<bdi>walmrt</bdi>`} {
		if !strings.Contains(html, want) {
			t.Errorf("reader lacks %q", want)
		}
	}
	if n := strings.Count(html, "<mark"); n != p.hits {
		t.Errorf("%d marks, want %d", n, p.hits)
	}
	if id := p.move(-1); id != hitID(p.hits-1) {
		t.Errorf("previous from the top went to %s, want the last hit", id)
	}
	if id := p.move(1); id != "hit-1" {
		t.Errorf("next from the last went to %s, want hit-1", id)
	}
	if html := remountReader(t, p); !strings.Contains(html, `class="hit is-current"`) || !strings.Contains(html, "1 of ") {
		t.Error("the current hit is not shown")
	}

	p.findHits("zzzzqq")
	if html := remountReader(t, p); !strings.Contains(html, "are not in this article") || strings.Contains(html, "<mark") {
		t.Error("a query with no hits is not reported")
	}
	p.findHits("")
	if html := remountReader(t, p); strings.Contains(html, "reader-hits") {
		t.Error("hit bar without a query")
	}
}

// TestReaderNotFound checks the explanation for an unknown ID, with the hostile ID shown as text.
func TestReaderNotFound(t *testing.T) {
	p := &readerPage{id: `<script>alert(1)</script>`, err: corpus.ErrNotFound}
	e := app.NewTestEngine()
	if err := e.Load(p); err != nil {
		t.Fatal(err)
	}
	html := app.HTMLString(p)
	if !strings.Contains(html, "No such article") {
		t.Error("no explanation for an unknown article")
	}
	if strings.Contains(html, "<script>alert") {
		t.Error("the ID from the URL was written as markup")
	}
}

func TestSortArticles(t *testing.T) {
	c, err := fixtureCorpus()
	if err != nil {
		t.Fatal(err)
	}
	for _, order := range []string{sortNewest, sortOldest} {
		got := sortArticles(c.Articles, order)
		last := got[len(got)-1]
		if last.Published.Basis != corpus.BasisUnknown {
			t.Errorf("%s: last article %s has a date; undated articles sort last", order, last.ID)
		}
		for i := 1; i < len(got)-1; i++ {
			a, b := got[i-1].Published.Date.Start(), got[i].Published.Date.Start()
			if (order == sortNewest && a < b) || (order == sortOldest && a > b) {
				t.Errorf("%s: %s before %s", order, got[i-1].ID, got[i].ID)
			}
		}
	}
}
