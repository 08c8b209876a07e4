package app

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/align"
)

// compareView is what the compare page renders, prepared once per comparison in OnNav so that
// Render only lays it out.
type compareView struct {
	c      *align.Comparison
	sa, sb map[string]sentenceRef
	blocks []compareBlock
	// A long comparison is shown a part at a time, so that the page stays bounded however long
	// the articles are: parts holds the index in blocks of each part's first block, pairParts
	// the index in c.Pairs of each part's first pair in the pairs-only view, and pairBlock the
	// block that shows pair N (its A half, for a pair told in another order).
	parts, pairParts []int
	pairBlock        map[int]int
	// onCite returns the handler that copies pair n's citation; nil renders no Cite button.
	onCite func(n int) app.EventHandler
}

type sentenceRef struct {
	s       *corpus.Sentence
	heading bool
}

// compareBlock is an aligned pair, or the run of sentences between two pairs that only one side
// has (or that belong to a pair out of reading order), each side in its own column.
type compareBlock struct {
	pair *align.Pair
	a, b []align.Row
}

func newCompareView(c *align.Comparison) *compareView {
	v := &compareView{c: c, sa: sentenceRefs(c.A), sb: sentenceRefs(c.B)}
	var gap *compareBlock
	flush := func() {
		if gap != nil {
			v.blocks = append(v.blocks, *gap)
			gap = nil
		}
	}
	for _, r := range c.Rows {
		if r.A != "" && r.B != "" {
			flush()
			v.blocks = append(v.blocks, compareBlock{pair: c.PairByN(r.Pair)})
			continue
		}
		if gap == nil {
			gap = &compareBlock{}
		}
		if r.A != "" {
			gap.a = append(gap.a, r)
		} else {
			gap.b = append(gap.b, r)
		}
	}
	flush()
	v.splitGaps()
	v.cutParts()
	return v
}

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
		app.Ul().Body(items...),
	)
}

func sentenceRefs(a *corpus.Article) map[string]sentenceRef {
	m := make(map[string]sentenceRef)
	if a == nil {
		return m
	}
	for i := range a.Paragraphs {
		for j := range a.Paragraphs[i].Sentences {
			s := &a.Paragraphs[i].Sentences[j]
			m[s.ID] = sentenceRef{s: s, heading: a.Paragraphs[i].Heading}
		}
	}
	return m
}

// renderRows shows part k of the blocks; link(n) is the address of part n, 1-based.
func (v *compareView) renderRows(focus, k int, link func(n int) string) app.UI {
	first, end := partRange(v.parts, k, len(v.blocks))
	blocks := v.blocks[first:end]
	nav := func(id string) app.UI {
		// Parts are counted in sentences shown, both sides together.
		before, in, total := 0, 0, 0
		for i, b := range v.blocks {
			n := len(b.a) + len(b.b)
			if b.pair != nil {
				n = 2
			}
			switch {
			case i < first:
				before += n
			case i < end:
				in += n
			}
			total += n
		}
		return partsNav(id, k, len(v.parts), link, "sentences", before, before+in, total)
	}
	return app.Section().Class("compare-align").Aria("labelledby", "compare-align-title").Body(
		app.H2().ID("compare-align-title").Text("Side by side"),
		app.P().Class("compare-legend").Body(
			app.Text("Within a pair, marks show what both sides share: "),
			app.Mark().Class("hl hl-entity").Text("names"), app.Text(", "),
			app.Mark().Class("hl hl-date").Text("dates"), app.Text(", "),
			app.Mark().Class("hl hl-figure").Text("figures"), app.Text(", "),
			app.Mark().Class("hl hl-quote").Text("quoted words"), app.Text(", "),
			app.Mark().Class("hl hl-synonym").Text("words of the same meaning"), app.Text(" and "),
			app.Mark().Class("hl hl-word").Text("other words"), app.Text(". Sentences in a dashed box have no counterpart on the other side."),
		),
		app.If(len(v.c.Pairs) == 0, func() app.UI {
			return app.P().Class("notice").Text("No sentence of one article reports the same thing as a sentence of the other: they are laid out side by side, each in its own order.")
		}),
		app.Div().Class("align-head").Aria("hidden", "true").Body(
			app.Div().Class("align-head-a").Body(app.Span().Class("side-tag side-tag-a").Text("A"), app.Text(" "+v.c.A.Title)),
			app.Div().Class("align-head-b").Body(app.Span().Class("side-tag side-tag-b").Text("B"), app.Text(" "+v.c.B.Title)),
		),
		nav("compare-parts-top"),
		app.Ol().Class("align-list").Body(app.Range(blocks).Slice(func(i int) app.UI {
			return v.renderBlock(blocks[i], focus)
		})),
		nav("compare-parts-bottom"),
	)
}

// renderPairs shows the aligned pairs alone, side by side in their numbered order, including
// those the two sides tell in a different order: part k of them; link(n) is the address of part
// n, 1-based.
func (v *compareView) renderPairs(focus, k int, link func(n int) string) app.UI {
	first, end := partRange(v.pairParts, k, len(v.c.Pairs))
	pairs := v.c.Pairs[first:end]
	nav := func(id string) app.UI {
		return partsNav(id, k, len(v.pairParts), link, "pairs", first, end, len(v.c.Pairs))
	}
	return app.Section().Class("compare-align").Aria("labelledby", "compare-align-title").Body(
		app.H2().ID("compare-align-title").Text("Aligned pairs"),
		app.If(len(pairs) == 0, func() app.UI {
			return app.P().Class("notice").Text("No sentence of one article reports the same thing as a sentence of the other.")
		}),
		nav("compare-parts-top"),
		app.Ol().Class("align-list").Attr("start", first+1).Body(app.Range(pairs).Slice(func(i int) app.UI {
			return v.renderBlock(compareBlock{pair: &pairs[i]}, focus)
		})),
		nav("compare-parts-bottom"),
	)
}

func (v *compareView) renderBlock(b compareBlock, focus int) app.UI {
	if b.pair != nil {
		p := b.pair
		class := "align-pair"
		if p.N == focus {
			class += " is-focus"
		}
		label := fmt.Sprintf("Pair %d", p.N)
		if p.Crossing {
			label += ": the two sides tell it in a different order"
		}
		return app.Li().Class(class).ID(pairID(p.N)).TabIndex(-1).Body(
			app.A().Class("pair-label").Href("#"+pairID(p.N)).Text(label),
			v.citeButton(p.N),
			v.cell("a", v.c.A, v.sa[p.A], p.SpansA, cellPair),
			v.cell("b", v.c.B, v.sb[p.B], p.SpansB, cellPair),
			pairWhy(v.sa[p.A], p.SpansA, "a"),
			pairWhy(v.sb[p.B], p.SpansB, "b"), // shown instead of A's when a phone shows B

		)
	}
	column := func(side string, art *corpus.Article, refs map[string]sentenceRef, rows []align.Row) app.UI {
		if len(rows) == 0 {
			return app.Div().Class("gap-col gap-col-" + side + " is-empty")
		}
		return app.Div().Class("gap-col gap-col-" + side).Body(app.Range(rows).Slice(func(i int) app.UI {
			r := rows[i]
			id := r.A
			if side == "b" {
				id = r.B
			}
			if r.Pair == 0 && r.Also > 0 {
				return app.Div().Class("also").Body(
					app.A().Class("pair-label").Href("#"+pairID(r.Also)).
						Text(fmt.Sprintf("Also reports what pair %d reports", r.Also)),
					v.cell(side, art, refs[id], nil, cellOnly),
				)
			}
			if r.Pair == 0 {
				return v.cell(side, art, refs[id], nil, cellOnly)
			}
			return v.crossing(side, art, refs[id], r.Pair, focus)
		}))
	}
	return app.Li().Class("align-gap").Body(
		column("a", v.c.A, v.sa, b.a),
		column("b", v.c.B, v.sb, b.b),
	)
}

// crossing renders one half of a pair told in a different order by the two sides: it stays in
// its own side's reading order, with a link to its counterpart.
func (v *compareView) crossing(side string, art *corpus.Article, ref sentenceRef, n, focus int) app.UI {
	p := v.c.PairByN(n)
	if p == nil {
		return v.cell(side, art, ref, nil, cellOnly)
	}
	spans, id, other := p.SpansA, pairID(n), pairID(n)+"-b"
	if side == "b" {
		spans, id, other = p.SpansB, pairID(n)+"-b", pairID(n)
	}
	class := "crossing"
	if n == focus {
		class += " is-focus"
	}
	otherSide := "B"
	if side == "b" {
		otherSide = "A"
	}
	return app.Div().Class(class).ID(attrText(id)).TabIndex(-1).Body(
		app.A().Class("pair-label").Href("#"+attrURL(other)).
			Text(fmt.Sprintf("Pair %d: told elsewhere in %s ↕", n, otherSide)),
		v.citeButton(n),
		v.cell(side, art, ref, spans, cellCrossing),
		pairWhy(ref, spans, ""),
	)
}

// citeButton copies the citation of pair n: both sentences, their articles' provenance and
// the links to them and to the pair.
func (v *compareView) citeButton(n int) app.UI {
	if v.onCite == nil {
		return app.Text("")
	}
	return app.Button().Type("button").Class("pair-cite").OnClick(v.onCite(n)).
		Aria("label", fmt.Sprintf("Cite pair %d: copy its citation", n)).Text("Cite")
}

// Kinds of cells.
const (
	cellPair     = iota // one side of an aligned pair
	cellCrossing        // one half of a pair told in another order
	cellOnly            // a sentence the other side has no counterpart for
)

// cell renders one sentence of one side with its highlights and a link to it in the reader.
func (v *compareView) cell(side string, art *corpus.Article, ref sentenceRef, spans []align.Span, kind int) app.UI {
	if ref.s == nil {
		return app.Div().Class("cell cell-" + side)
	}
	letter := "A"
	if side == "b" {
		letter = "B"
	}
	class, label := "cell cell-"+side, letter
	switch kind {
	case cellCrossing:
		class += " cell-crossing"
	case cellOnly:
		class += " cell-only"
		label = "Only in " + letter
	}
	if ref.heading {
		class += " cell-heading"
	}
	return app.Div().Class(class).Body(
		app.Span().Class("cell-side").Text(label),
		app.Span().Class("cell-text").Body(highlighted(ref.s.Text, spans)...),
		app.A().Class("cell-link").Href(readerURL(art.ID, ref.s.ID)).
			Aria("label", attrText("Open sentence "+ref.s.ID+" in the reader")).Text(ref.s.ID),
	)
}

// highlighted splits text into plain runs and marked spans; spans are sorted and disjoint.
func highlighted(text string, spans []align.Span) []app.UI {
	var out []app.UI
	at := 0
	for _, s := range spans {
		if s.Start < at || s.End > len(text) || s.Start >= s.End {
			continue // never trust offsets blindly: a bad span must not cut a rune or panic
		}
		if s.Start > at {
			out = append(out, app.Text(text[at:s.Start]))
		}
		out = append(out, app.Mark().Class("hl hl-"+s.Kind.String()).Text(text[s.Start:s.End]))
		at = s.End
	}
	if at < len(text) {
		out = append(out, app.Text(text[at:]))
	}
	return out
}

// sharedKinds orders and names the kinds of shared spans for the reader, the most telling first.
var sharedKinds = []struct {
	kind  align.SpanKind
	label string
}{
	{align.SpanQuote, "quoted words"},
	{align.SpanEntity, "names"},
	{align.SpanFigure, "figures"},
	{align.SpanDate, "dates"},
	{align.SpanSynonym, "same meaning"},
	{align.SpanWord, "words"},
}

// pairWhy says why two sentences were paired: what the marked spans of one side share with the
// other, grouped by kind ("names: Google, YouTube"). It is the marks' text alternative, so that a
// reader who cannot see the colours learns the same; each term is a text node.
//
// side is "a" or "b" for the words of one side of a pair whose sides show together ("" for
// one half of a pair told elsewhere): the page shows A's, a phone showing B shows B's.
func pairWhy(ref sentenceRef, spans []align.Span, side string) app.UI {
	class := "pair-why"
	if side != "" {
		class += " pair-why-" + side
	}
	if ref.s == nil || len(spans) == 0 {
		return app.P().Class(class).Text("Paired on their overall wording.")
	}
	text := ref.s.Text
	var groups []app.UI
	for _, k := range sharedKinds {
		var terms []string
		seen := make(map[string]bool)
		for _, sp := range spans {
			if sp.Kind != k.kind || sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
				continue
			}
			t := text[sp.Start:sp.End]
			if key := strings.ToLower(t); !seen[key] {
				seen[key] = true
				terms = append(terms, t)
			}
		}
		if len(terms) == 0 {
			continue
		}
		groups = append(groups, app.Span().Class("why-group why-"+k.kind.String()).Body(
			app.Span().Class("why-kind").Text(k.label+": "),
			app.Text(strings.Join(terms, ", ")),
		))
	}
	return app.P().Class(class).Body(
		app.Span().Class("why-title").Text("Shared "),
		app.Range(groups).Slice(func(i int) app.UI { return groups[i] }),
	)
}
