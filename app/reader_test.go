package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
)

func mustArticle(t *testing.T, id string) *corpus.Article {
	t.Helper()
	c, err := loadCorpus()
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
	c, err := loadCorpus()
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
