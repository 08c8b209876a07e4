//go:build !wasm

package app

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/align"
)

// otherArticle is an article of n sentences that shares nothing with longArticle's.
func otherArticle(n int) *corpus.Article {
	a := longArticle(n)
	a.ID, a.Title = "other-report", "Another long report"
	words := []string{"harvest", "rainfall", "orchard", "tractor", "granary", "meadow", "barley", "irrigation"}
	for i := range a.Paragraphs {
		for j := range a.Paragraphs[i].Sentences {
			s := &a.Paragraphs[i].Sentences[j]
			s.Text = fmt.Sprintf("The %s and the %s were discussed at the fair number %d.", words[(i+j)%8], words[(i*3+j)%8], i*7+j)
		}
	}
	return a
}

var cellSide = regexp.MustCompile(`class="cell cell-([ab])[ "]`)

// TestCompareLongArticlesInParts compares long articles, closely related and unrelated: each
// part of either view stays within the bounds of every view, the parts together show every
// sentence (or pair) once, and a focused pair opens the part that shows it.
func TestCompareLongArticlesInParts(t *testing.T) {
	if testing.Short() {
		t.Skip("aligns articles of thousands of sentences")
	}
	a := longArticle(3000)
	b := longArticle(1800)
	b.ID = "shorter-report"
	for _, tc := range []struct {
		name string
		a, b *corpus.Article
	}{{"related", a, b}, {"unrelated", a, otherArticle(2500)}} {
		t.Run(tc.name, func(t *testing.T) {
			cmp := align.Compare(tc.a, tc.b)
			v := newCompareView(cmp)
			summary := app.HTMLString(compareSummaryView(cmp, v))
			count := func(x *corpus.Article) int {
				n := 0
				for _, p := range x.Paragraphs {
					n += len(p.Sentences)
				}
				return n
			}
			cells := map[string]int{}
			for k := range v.parts {
				html := summary + app.HTMLString(&compareColumns{View: v, Part: k + 1})
				checkBounds(t, fmt.Sprintf("%s compare part %d", tc.name, k+1), html)
				for _, m := range cellSide.FindAllStringSubmatch(html, -1) {
					cells[m[1]]++
				}
				if len(v.parts) > 1 && !strings.Contains(html, fmt.Sprintf("Part %d of %d", k+1, len(v.parts))) {
					t.Errorf("part %d does not say which it is", k+1)
				}
			}
			// A pair's sentences are a cell each; a pair told in another order shows each
			// half in its own side's order, once.
			if cells["a"] != count(tc.a) || cells["b"] != count(tc.b) {
				t.Errorf("the parts show %d sentences of A and %d of B, want %d and %d", cells["a"], cells["b"], count(tc.a), count(tc.b))
			}
			if len(cmp.Pairs) == 0 {
				return
			}
			pairs := 0
			for k := range v.pairParts {
				html := summary + app.HTMLString(&compareColumns{View: v, Pairs: true, Part: k + 1})
				checkBounds(t, fmt.Sprintf("%s pairs part %d", tc.name, k+1), html)
				pairs += strings.Count(html, `class="align-pair`)
			}
			if pairs != len(cmp.Pairs) {
				t.Errorf("the pairs view's parts show %d pairs, want %d", pairs, len(cmp.Pairs))
			}
			for _, n := range []int{1, len(cmp.Pairs) / 2, len(cmp.Pairs)} {
				for _, pairsView := range []bool{false, true} {
					html := app.HTMLString(&compareColumns{View: v, Pairs: pairsView, Focus: n, Part: 1})
					if !strings.Contains(html, `id="`+pairID(n)+`"`) {
						t.Errorf("focus on pair %d (pairs only: %v) does not show it", n, pairsView)
					}
				}
			}
		})
	}
}

// TestComparePrintPart: a comparison in parts prints only the part on screen, so the Print
// button names the part, and the pager carries a line for paper that says which part the
// printout holds and how to get the rest; a comparison in one part says neither.
func TestComparePrintPart(t *testing.T) {
	cmp := align.Compare(longArticle(300), otherArticle(300))
	v := newCompareView(cmp)
	if len(v.parts) < 2 {
		t.Fatalf("want a comparison in parts, got %d", len(v.parts))
	}
	n := len(v.parts)
	p := &comparePage{view: v, cmp: cmp, part: 2}
	k, parts := p.printPart()
	if k != 2 || parts != n {
		t.Fatalf("printPart() = %d, %d; want 2, %d", k, parts, n)
	}
	tools := app.HTMLString(newCompareTools(cmp).inPart(k, parts))
	cols := app.HTMLString(&compareColumns{View: v, Part: 2})
	note := fmt.Sprintf("This printout holds part 2 of %d; print each part, or use Export Markdown for the whole comparison.", n)
	wantHTML(t, "tools", tools, []string{fmt.Sprintf(">Print part 2 of %d</button>", n)}, []string{">Print</button>"})
	wantHTML(t, "columns", cols, []string{`class="print-only compare-parts-print"`, note}, nil)
	if c := strings.Count(cols, "This printout holds"); c != 2 {
		t.Errorf("the two pagers hold the print note %d times, want 2 (print.css hides the bottom one)", c)
	}

	one := align.Compare(longArticle(5), otherArticle(5))
	v1 := newCompareView(one)
	k, parts = (&comparePage{view: v1, cmp: one}).printPart()
	wantHTML(t, "tools of a short comparison", app.HTMLString(newCompareTools(one).inPart(k, parts)), []string{">Print</button>"}, []string{"Print part"})
	wantHTML(t, "columns of a short comparison", app.HTMLString(&compareColumns{View: v1, Part: 1}), nil, []string{"This printout holds"})
}
