package align

import (
	"slices"

	"parallax/corpus"
)

// layout fills c.Rows and c.Pairs: both articles in their own reading order, pairs side by side,
// and between two pairs the sentences only one side has (A's first, then B's).
// Sentences past MaxSentences follow at the end, without counterparts.
func (c *Comparison) layout(a, b *corpus.Article, as, bs []*sent, match, cross []int, sim *sparse, gapped, meant []cell) {
	m := len(bs)
	crossB := make([]int, m) // crossing partner in A of each sentence of B, or -1
	for j := range crossB {
		crossB[j] = -1
	}
	for i, j := range cross {
		if j >= 0 {
			crossB[j] = i
		}
	}
	// number gives each crossing pair its number the first time one of its halves is laid out.
	crossN := make(map[int]int) // index in A → pair number
	number := func(i, j int) int {
		if n, ok := crossN[i]; ok {
			return n
		}
		n := c.addPair(as[i], bs[j], sim.at(i, j), true, holds(gapped, i, j), holds(meant, i, j))
		crossN[i] = n
		return n
	}
	rowA := func(i int) {
		r := Row{A: as[i].s.ID, ParaA: startsPara(as, i)}
		if j := cross[i]; j >= 0 {
			r.Pair = number(i, j)
		}
		c.Rows = append(c.Rows, r)
	}
	rowB := func(j int) {
		r := Row{B: bs[j].s.ID, ParaB: startsPara(bs, j)}
		if i := crossB[j]; i >= 0 {
			r.Pair = number(i, j)
		}
		c.Rows = append(c.Rows, r)
	}
	i, j := 0, 0
	for pi, pj := range match {
		if pj < 0 {
			continue
		}
		for ; i < pi; i++ {
			rowA(i)
		}
		for ; j < pj; j++ {
			rowB(j)
		}
		n := c.addPair(as[pi], bs[pj], sim.at(pi, pj), false, holds(gapped, pi, pj), holds(meant, pi, pj))
		c.Rows = append(c.Rows, Row{A: as[pi].s.ID, B: bs[pj].s.ID, Pair: n,
			ParaA: startsPara(as, pi), ParaB: startsPara(bs, pj)})
		i, j = pi+1, pj+1
	}
	for ; i < len(as); i++ {
		rowA(i)
	}
	for ; j < len(bs); j++ {
		rowB(j)
	}
	rest(a, len(as), func(id string, para bool) { c.Rows = append(c.Rows, Row{A: id, ParaA: para}) })
	rest(b, len(bs), func(id string, para bool) { c.Rows = append(c.Rows, Row{B: id, ParaB: para}) })
}

// rest calls row for each sentence of a after the first skip, with whether it starts a
// paragraph.
func rest(a *corpus.Article, skip int, row func(id string, para bool)) {
	k := 0
	for p := range a.Paragraphs {
		for s := range a.Paragraphs[p].Sentences {
			if k >= skip {
				row(a.Paragraphs[p].Sentences[s].ID, s == 0 || k == skip)
			}
			k++
		}
	}
}

// relate sets Row.Also: a sentence left without a counterpart whose best match, above the
// threshold, is already paired points to that pair.
func (c *Comparison) relate(as, bs []*sent, sim *sparse) {
	bestA, bestB := bests(sim, len(as), len(bs))
	pairOfA, pairOfB := make(map[string]int), make(map[string]int)
	for _, p := range c.Pairs {
		pairOfA[p.A], pairOfB[p.B] = p.N, p.N
	}
	index := func(ss []*sent) map[string]int {
		m := make(map[string]int, len(ss))
		for i, s := range ss {
			m[s.s.ID] = i
		}
		return m
	}
	ia, ib := index(as), index(bs)
	for k := range c.Rows {
		r := &c.Rows[k]
		switch {
		case r.Pair != 0 || (r.A != "" && r.B != ""):
		case r.A != "":
			if j := bestA[ia[r.A]]; j >= 0 {
				r.Also = pairOfB[bs[j].s.ID]
			}
		case r.B != "":
			if i := bestB[ib[r.B]]; i >= 0 {
				r.Also = pairOfA[as[i].s.ID]
			}
		}
	}
}

// addPair adds the pair of x and y; placed says that fillGaps paired them in a gap between two
// pairs, where distributional neighbours count as related words (see relatedShared).
func (c *Comparison) addPair(x, y *sent, score float64, crossing, placed, meant bool) int {
	p := Pair{N: len(c.Pairs) + 1, A: x.s.ID, B: y.s.ID, Score: score, Crossing: crossing, Meaning: meant}
	p.SpansA, p.SpansB = highlight(x, y, placed)
	c.Pairs = append(c.Pairs, p)
	return p.N
}

// holds reports whether cells holds the cell of i and j.
func holds(cells []cell, i, j int) bool {
	return slices.ContainsFunc(cells, func(c cell) bool { return int(c.i) == i && int(c.j) == j })
}

func startsPara(ss []*sent, i int) bool { return i == 0 || ss[i].para != ss[i-1].para }

// PairByN returns the pair numbered n, or nil.
func (c *Comparison) PairByN(n int) *Pair {
	if n < 1 || n > len(c.Pairs) {
		return nil
	}
	return &c.Pairs[n-1]
}
