package app

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/align"
	"parallax/corpus/cite"
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
	// meaning is whether a pair was found by meaning (align.Pair.Meaning): the legend then
	// names their note.
	meaning bool
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

// lines is how many lines b takes in the rows, as cutBlocks counts them: a pair one, a run of
// sentences without a counterpart as many as its longer side.
func (b compareBlock) lines() int {
	if b.pair != nil {
		return 1
	}
	return max(len(b.a), len(b.b), 1)
}

// cutBlocks returns the first limit lines of blocks, cutting a run of sentences without a
// counterpart to its first sentences on each side, and whether that is all of them; a limit of
// 0 or less is no limit.
func cutBlocks(blocks []compareBlock, limit int) ([]compareBlock, bool) {
	if limit <= 0 {
		return blocks, true
	}
	out := make([]compareBlock, 0, len(blocks))
	for k, b := range blocks {
		if limit <= 0 {
			return out, k == len(blocks)
		}
		n := b.lines()
		if n > limit {
			b.a, b.b = b.a[:min(len(b.a), limit)], b.b[:min(len(b.b), limit)]
			return append(out, b), false
		}
		limit -= n
		out = append(out, b)
	}
	return out, true
}

func newCompareView(c *align.Comparison) *compareView {
	v := &compareView{c: c, sa: sentenceRefs(c.A), sb: sentenceRefs(c.B)}
	for _, p := range c.Pairs {
		v.meaning = v.meaning || p.Meaning
	}
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

// renderRows shows part k of the blocks, only its first limit lines (see cutBlocks) when limit
// is above 0 and less than the part's (then without the part navigation below them); link(n) is
// the address of part n, 1-based.
func (v *compareView) renderRows(focus, k int, link func(n int) string, limit int) app.UI {
	first, end := partRange(v.parts, k, len(v.blocks))
	blocks := v.blocks[first:end]
	blocks, whole := cutBlocks(blocks, limit)
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
			app.Mark().Class("hl hl-date").Text("dates and times"), app.Text(", "),
			app.Mark().Class("hl hl-figure").Text("figures"), app.Text(", "),
			app.Mark().Class("hl hl-quote").Text("quoted words"), app.Text(", "),
			app.Mark().Class("hl hl-synonym").Text("synonyms"), app.Text(", "),
			app.Mark().Class("hl hl-related").Text("related words"), app.Text(" and "),
			app.Mark().Class("hl hl-word").Text("other words"), app.Text(". Sentences in a dashed box have no counterpart on the other side."),
			app.If(v.meaning, func() app.UI {
				return app.Text(" A pair noted “Similar meaning” shares few words but was paired by what its two sentences mean.")
			}),
		),
		app.If(len(v.c.Pairs) == 0, func() app.UI {
			return app.P().Class("notice").Text("No sentence of one article reports the same thing as a sentence of the other: they are laid out side by side, each in its own order.")
		}),
		app.Div().Class("align-head").Aria("hidden", "true").Body(
			app.Div().Class("align-head-a").Body(app.Span().Class("side-tag side-tag-a").Text("A"), app.Text(" "), app.Bdi().Lang(articleLang(v.c.A)).Text(v.c.A.Title)),
			app.Div().Class("align-head-b").Body(app.Span().Class("side-tag side-tag-b").Text("B"), app.Text(" "), app.Bdi().Lang(articleLang(v.c.B)).Text(v.c.B.Title)),
		),
		nav("compare-parts-top"),
		app.Ol().Class("align-list").Body(app.Range(blocks).Slice(func(i int) app.UI {
			return v.renderBlock(blocks[i], focus)
		})),
		app.If(whole, func() app.UI { return nav("compare-parts-bottom") }),
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
			pairWhy(v.sa[p.A], v.c.A, p.SpansA, "a"),
			pairWhy(v.sb[p.B], v.c.B, p.SpansB, "b"), // shown instead of A's when a phone shows B
			app.If(cite.Basis(p) == cite.BasisMeaning, meaningNote).ElseIf(cite.Basis(p) == cite.BasisLoose, func() app.UI {
				return app.P().Class("pair-loose").Text("A loose match: " + cite.LooseReason + ". " + cite.CheckBoth)
			}),
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
		pairWhy(ref, art, spans, ""),
		app.If(p.Meaning, meaningNote),
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
		app.Span().Class("cell-text").Dir("auto").Lang(articleLang(art)).Body(highlighted(ref.s.Text, spans)...),
		app.A().Class("cell-link").Href(readerURL(art.ID, ref.s.ID)).
			Aria("label", attrText("Open sentence "+ref.s.ID+" in the reader")).Text(ref.s.ID),
	)
}
