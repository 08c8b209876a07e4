package app

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/align"
)

// TestAlignInStepsIsCompare: the compare link's alignment in steps (align's tables a few at a
// time, then align.Alignment's steps within a time budget per task) gives align.Compare's result, for every ordered pair of the
// corpus's articles and for articles with no paragraph or no sentence, and yields between steps.
func TestAlignInStepsIsCompare(t *testing.T) {
	c, err := loadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	empty := &corpus.Article{ID: "empty", Title: "Empty"}
	blank := &corpus.Article{ID: "blank", Title: "Blank", Paragraphs: []corpus.Paragraph{{}}}
	arts := append([]*corpus.Article{empty, blank}, c.Articles...)
	for _, a := range arts {
		for _, b := range arts {
			if a == b {
				continue
			}
			yields := 0
			got, view := alignInSteps(a, b, func() { yields++ })
			if want := align.Compare(a, b); !reflect.DeepEqual(got, want) {
				t.Errorf("%s vs %s: the stepped alignment differs from align.Compare's", a.ID, b.ID)
			}
			if view == nil || view.c != got {
				t.Errorf("%s vs %s: no view of the comparison", a.ID, b.ID)
			}
			if yields < 2 {
				t.Errorf("%s vs %s: %d yields, want the steps apart", a.ID, b.ID, yields)
			}
		}
	}
}

// TestCompareColumnsRowsLater: the first render of a compare link leaves the rows out (the
// next one adds them), keeping the phone toggle, whose place must not move.
func TestCompareColumnsRowsLater(t *testing.T) {
	c, err := loadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) < 2 {
		t.Skip("fewer than two articles")
	}
	v := newCompareView(align.Compare(c.Articles[0], c.Articles[1]))
	render := func(later bool) string {
		cols := newCompareColumns(v, 0, false).rowsLater(later)
		e := app.NewTestEngine()
		if err := e.Load(cols); err != nil {
			t.Fatal(err)
		}
		e.ConsumeAll()
		return app.HTMLString(cols)
	}
	full, first := render(false), render(true)
	for _, s := range []struct {
		name, html string
		rows       bool
	}{{"full", full, true}, {"first", first, false}} {
		if !strings.Contains(s.html, `id="phone-show-a"`) || !strings.Contains(s.html, `id="compare-columns"`) {
			t.Errorf("%s render: no columns or phone toggle", s.name)
		}
		if got := strings.Contains(s.html, `class="align-list"`); got != s.rows {
			t.Errorf("%s render: rows shown %v, want %v", s.name, got, s.rows)
		}
	}
}

// TestShortcutListRenderedOnOpen: the shortcut dialog is in every page with its title and Close
// button (its accessible name and a way out), and its list once it has opened.
func TestShortcutListRenderedOnOpen(t *testing.T) {
	for _, filled := range []bool{false, true} {
		html := app.HTMLString(&shortcutHelp{filled: filled})
		for _, want := range []string{`id="shortcuts-dialog"`, `id="shortcuts-title"`, `id="shortcuts-close"`, `id="shortcuts-open"`} {
			if !strings.Contains(html, want) {
				t.Errorf("filled %v: no %s", filled, want)
			}
		}
		for _, g := range shortcutList {
			for _, k := range g.keys {
				if got := strings.Contains(html, k.what); got != filled {
					t.Errorf("filled %v: %q listed %v", filled, k.what, got)
				}
			}
		}
	}
}

// TestCutBlocks: the rows' batches (cutBlocks) show a prefix of the rows, never more lines than
// the limit, every block in its order and each cut block's sentences from its first; a limit at
// or past the total shows everything and says so, for every limit and ordered pair of articles.
func TestCutBlocks(t *testing.T) {
	c, err := loadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Articles {
		for _, b := range c.Articles {
			if a == b {
				continue
			}
			v := newCompareView(align.Compare(a, b))
			total := 0
			for _, bl := range v.blocks {
				total += bl.lines()
			}
			for limit := -1; limit <= total+1; limit++ {
				got, whole := cutBlocks(v.blocks, limit)
				if want := limit <= 0 || limit >= total; whole != want {
					t.Errorf("%s vs %s, limit %d of %d lines: whole %v, want %v", a.ID, b.ID, limit, total, whole, want)
				}
				lines := 0
				for i, bl := range got {
					full := v.blocks[i]
					if bl.pair != full.pair || !slices.Equal(bl.a, full.a[:len(bl.a)]) || !slices.Equal(bl.b, full.b[:len(bl.b)]) {
						t.Fatalf("%s vs %s, limit %d: block %d is not a prefix of the rows' block", a.ID, b.ID, limit, i)
					}
					if i < len(got)-1 && (len(bl.a) != len(full.a) || len(bl.b) != len(full.b)) {
						t.Errorf("%s vs %s, limit %d: block %d cut before the last", a.ID, b.ID, limit, i)
					}
					lines += bl.lines()
				}
				if whole && lines != total || !whole && lines != limit {
					t.Errorf("%s vs %s, limit %d of %d: %d lines shown", a.ID, b.ID, limit, total, lines)
				}
			}
		}
	}
}
