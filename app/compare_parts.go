package app

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/align"
)

// Bounds of one part of a comparison, in estimated DOM nodes and bytes of HTML (see
// blockCost), so that with the summary above it the page stays under issue 10's 5,000 nodes
// and 200 KB whatever the articles: a pair's highlights weigh more than its text.
const (
	compareCellsPerPart = 240 // sentences shown, both sides together
	compareNodesPerPart = 2400
	compareBytesPerPart = 90000
)

// Estimated cost of the parts of a comparison, from the rendered markup: a sentence's cell
// (its side, text and link), each highlight (a mark and the text after it), a pair's own
// label, Cite button and reasons.
const (
	cellNodes, cellBytes = 8, 320
	spanNodes, spanBytes = 2, 60
	pairNodes, pairBytes = 12, 500
)

// splitGaps cuts a run of unpaired sentences longer than a part into runs that fit one, as two
// unrelated long articles are one such run.
func (v *compareView) splitGaps() {
	const side = compareCellsPerPart / 2
	var out []compareBlock
	for _, b := range v.blocks {
		if b.pair != nil || len(b.a)+len(b.b) <= compareCellsPerPart {
			out = append(out, b)
			continue
		}
		for i := 0; i < max(len(b.a), len(b.b)); i += side {
			out = append(out, compareBlock{a: b.a[min(i, len(b.a)):min(i+side, len(b.a))], b: b.b[min(i, len(b.b)):min(i+side, len(b.b))]})
		}
	}
	v.blocks = out
}

// cutParts cuts the blocks, and the pairs of the pairs-only view, into parts within the bounds.
func (v *compareView) cutParts() {
	text := func(refs map[string]sentenceRef, id string) int {
		if r, ok := refs[id]; ok && r.s != nil {
			return len(r.s.Text)
		}
		return 0
	}
	type cost struct{ cells, nodes, bytes int }
	cut := func(n int, size func(i int) cost) []int {
		starts := []int{0}
		var in cost
		for i := range n {
			c := size(i)
			if in.cells > 0 && (in.cells+c.cells > compareCellsPerPart || in.nodes+c.nodes > compareNodesPerPart || in.bytes+c.bytes > compareBytesPerPart) {
				starts = append(starts, i)
				in = cost{}
			}
			in = cost{in.cells + c.cells, in.nodes + c.nodes, in.bytes + c.bytes}
		}
		return starts
	}
	pairCost := func(p *align.Pair) cost {
		spans := len(p.SpansA) + len(p.SpansB)
		return cost{2, pairNodes + 2*cellNodes + 2*spans*spanNodes, pairBytes + 2*cellBytes + 2*spans*spanBytes + text(v.sa, p.A) + text(v.sb, p.B)}
	}
	v.parts = cut(len(v.blocks), func(i int) cost {
		b := v.blocks[i]
		if b.pair != nil {
			return pairCost(b.pair)
		}
		c := cost{cells: len(b.a) + len(b.b)}
		for _, rows := range [][]align.Row{b.a, b.b} {
			for _, r := range rows {
				id, refs := r.A, v.sa
				if r.A == "" {
					id, refs = r.B, v.sb
				}
				c.nodes += cellNodes
				c.bytes += cellBytes + text(refs, id)
				if p := v.c.PairByN(r.Pair); p != nil { // half of a pair told in another order
					c.nodes += pairNodes + 2*len(p.SpansA)*spanNodes
					c.bytes += pairBytes + 2*len(p.SpansA)*spanBytes
				}
			}
		}
		return c
	})
	v.pairParts = cut(len(v.c.Pairs), func(i int) cost { return pairCost(&v.c.Pairs[i]) })
	v.pairBlock = map[int]int{}
	for i, b := range v.blocks {
		if b.pair != nil {
			v.pairBlock[b.pair.N] = i
			continue
		}
		for _, r := range b.a {
			if r.Pair > 0 {
				v.pairBlock[r.Pair] = i
			}
		}
	}
}

// part returns the index of the part to show in the full view (pairs false) or the pairs-only
// view: the focused pair's when there is one, else the 1-based URL part n (clamped; 0 for
// none).
func (v *compareView) part(pairs bool, focus, n int) int {
	starts := v.parts
	if pairs {
		starts = v.pairParts
	}
	if focus > 0 {
		if pairs {
			return corpus.PartOf(starts, focus-1) // pairs are numbered from 1 in their order
		}
		if b, ok := v.pairBlock[focus]; ok {
			return corpus.PartOf(starts, b)
		}
	}
	return min(max(n, 1), len(starts)) - 1
}

// partRange returns the first index of part k of starts and the first after it, with n items.
func partRange(starts []int, k, n int) (int, int) {
	if len(starts) == 0 {
		return 0, n
	}
	k = min(max(k, 0), len(starts)-1)
	end := n
	if k+1 < len(starts) {
		end = starts[k+1]
	}
	return starts[k], min(end, n)
}

// partsNav links to the other parts of a long comparison; link(n) is the address of part n,
// 1-based. what names the items ("sentences" or "pairs"), first and end the items shown and
// total their number.
func partsNav(id string, k, parts int, link func(n int) string, what string, first, end, total int) app.UI {
	if parts <= 1 {
		return app.Text("")
	}
	cur := k + 1
	items := pagerItems(cur, parts, "part", link)
	// The two pagers are landmarks of their own, so they need names of their own.
	label := "Parts of the comparison"
	if id == "compare-parts-bottom" {
		label = "Parts of the comparison, at the end of this one"
	}
	return app.Nav().ID(attrText(id)).Class("pager compare-parts").Aria("label", attrText(label)).Body(
		app.P().Class("pager-of").Text(fmt.Sprintf("Part %d of %d: %s %s–%s of %s. The comparison is long, so it is shown a part at a time.",
			cur, parts, what, thousands(first+1), thousands(end), thousands(total))),
		// On paper the links go (see print.css) and this says what the printout leaves out.
		app.P().Class("print-only compare-parts-print").Text(printPartNote(cur, parts)),
		app.Ul().Body(items...),
	)
}

// printPartNote says, on a printed part of a long comparison, which part the paper holds and
// how to get the rest: a page prints only the part it shows.
func printPartNote(cur, parts int) string {
	return fmt.Sprintf("This printout holds part %d of %d; print each part, or use Export Markdown for the whole comparison.", cur, parts)
}
