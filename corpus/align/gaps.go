package align

import "slices"

// Sentences between two pairs that keep both reading orders are in the same place of both
// accounts: a pair among them that shares a fact (it passes similarity's checks) needs less
// wording in common than a pair found anywhere, since its neighbours confirm it. This is how
// a paraphrase with few shared words ("the deal would have raised prices for mobile customers"
// / "the tie-up would have led to higher bills for people on mobile contracts") is aligned
// without lowering Threshold for the whole article.
const (
	// GapThreshold is the score that suffices inside a gap; such a pair is reported with
	// Threshold as its score.
	GapThreshold = 0.15
	// maxGap is how many free sentences a gap may hold on each side: in a longer one, position
	// confirms nothing.
	maxGap = 2
)

// fillGaps pairs, in each gap between consecutive pairs of match (and before the first and after
// the last) that holds at most maxGap free sentences on each side, the best-scoring pair above
// GapThreshold, and adds it to match and sim with the score Threshold; then, beside each pair,
// a free sentence of A and a free sentence of B on its other side (told in swapped order) above
// GapThreshold, added to cross. A sentence of a crossing pair (cross) is not free. It returns
// the new sim and the pairs it added. Its work is linear in the sentences.
func fillGaps(sp *space, as, bs []*sent, match, cross []int, sim *sparse) (*sparse, []cell) {
	n, m := len(as), len(bs)
	takenB := make([]bool, m)
	for i, j := range match {
		if j >= 0 {
			takenB[j] = true
		}
		if cross[i] >= 0 {
			takenB[cross[i]] = true
		}
	}
	var added []cell
	pi, pj := -1, -1
	try := func(ni, nj int) {
		var fa, fb [maxGap]int
		na, nb := 0, 0
		for i := pi + 1; i < ni; i++ {
			if match[i] < 0 && cross[i] < 0 {
				if na == maxGap {
					return
				}
				fa[na] = i
				na++
			}
		}
		for j := pj + 1; j < nj; j++ {
			if !takenB[j] {
				if nb == maxGap {
					return
				}
				fb[nb] = j
				nb++
			}
		}
		best := cell{i: -1}
		for _, i := range fa[:na] {
			for _, j := range fb[:nb] {
				if as[i].heading != bs[j].heading {
					continue
				}
				if s := similarityIn(sp, as[i], bs[j], inGap); s >= GapThreshold && s > best.s {
					best = cell{int32(i), int32(j), s}
				}
			}
		}
		if best.i >= 0 {
			match[best.i] = int(best.j)
			takenB[best.j] = true
			if best.s < Threshold {
				best.s = Threshold
			}
			added = append(added, best)
		}
	}
	for i, j := range match {
		if j < 0 {
			continue
		}
		try(i, j)
		pi, pj = i, j
	}
	try(n, m)
	// A free sentence beside a pair and a free sentence beside its partner on the other side,
	// in swapped order ("A landscape painting … has been returned." then "The work … was
	// found in Belgium", told the other way round): the pair between them places them as a
	// gap's neighbours do.
	for i, j := range match {
		if j < 0 {
			continue
		}
		for _, d := range [2]int{-1, 1} {
			x, y := i+d, j-d
			if x < 0 || x >= n || y < 0 || y >= m || match[x] >= 0 || cross[x] >= 0 || takenB[y] || as[x].heading != bs[y].heading {
				continue
			}
			if s := similarityIn(sp, as[x], bs[y], inGap); s >= GapThreshold {
				cross[x] = y
				takenB[y] = true
				added = append(added, cell{int32(x), int32(y), max(s, Threshold)})
			}
		}
	}
	if len(added) == 0 {
		return sim, nil
	}
	// Rebuild sim with the new cells in place, sorted by i then j.
	cells := make([]cell, 0, len(sim.cells)+len(added))
	for _, c := range sim.cells {
		if !slices.ContainsFunc(added, func(a cell) bool { return a.i == c.i && a.j == c.j }) {
			cells = append(cells, c)
		}
	}
	cells = append(cells, added...)
	return newSparse(cells, n), added
}
