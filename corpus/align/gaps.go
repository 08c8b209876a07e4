package align

import (
	"cmp"
	"slices"
	"strings"
)

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
	// maxGap is how many free sentences a gap may hold on each side for GapThreshold to
	// suffice. A wider gap, of at most maxWideGap on each side, places its pair less surely: its
	// best pair needs wideGapStep more for each sentence past maxGap on the wider side. Past
	// maxWideGap, position confirms nothing.
	maxGap      = 2
	maxWideGap  = 5
	wideGapStep = 0.04
	// A gap wider than maxGap, of at most maxClearGap free sentences on each side, places a
	// pair that stands out with less: the gap's best at clearMargin above GapThreshold when no
	// other pair of its row or column in the gap comes within clearMargin of it. An account
	// that shares few sentences with the other leaves wide gaps ("\"We were not looking for
	// this at all,\" said lead author Priya Raman" / "The find was an accident, said Priya
	// Raman", six sentences from any pair), and there the rising threshold of a wide gap
	// misses the one pair that its neighbours and its rivals both single out.
	maxClearGap = 7
	clearMargin = 0.03
)

// gapThreshold is the score a pair needs in a gap whose wider side holds size free sentences.
func gapThreshold(size int) float64 {
	return GapThreshold + wideGapStep*float64(max(size-maxGap, 0))
}

// fillGaps pairs, in each gap between consecutive pairs of match (and before the first and after
// the last) that holds at most maxGap free sentences on each side, the best-scoring pair above
// GapThreshold, and adds it to match and sim with the score Threshold; then, beside each pair,
// a free sentence of A and a free sentence of B on its other side (told in swapped order) above
// GapThreshold, added to cross; then, in each wider gap of at most maxWideGap free sentences on
// each side, with a pair on at least one side of it, the best pair above the gap's
// gapThreshold, again until no gap yields one; then, in each gap of at most maxClearGap, a best
// pair that stands out (see maxClearGap); last, the swaps near a pair (see nearSwaps). A
// sentence of a crossing pair (cross) is not free. Then it pairs free sentences by meaning (see
// meaningPairs). It returns the new sim, the pairs it added, and those of them paired by meaning.
// Its work is linear in the sentences.
func fillGaps(sp *space, as, bs []*sent, match, cross []int, sim *sparse) (*sparse, []cell, []cell) {
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
	// try pairs the best pair of the gap before (ni, nj), if it holds at most widest free
	// sentences on each side; in a clear sweep, of a gap wider than maxGap, the best pair must
	// stand out (see maxClearGap).
	try := func(ni, nj, widest int, clear bool) bool {
		var fa, fb [maxClearGap]int
		na, nb := 0, 0
		for i := pi + 1; i < ni; i++ {
			if match[i] < 0 && cross[i] < 0 {
				if na == widest {
					return false
				}
				fa[na] = i
				na++
			}
		}
		for j := pj + 1; j < nj; j++ {
			if !takenB[j] {
				if nb == widest {
					return false
				}
				fb[nb] = j
				nb++
			}
		}
		wide := max(na, nb)
		if wide > maxGap && pi < 0 && ni == n {
			// No pair at all: the two articles' edges alone place nothing that wide.
			return false
		}
		if clear && wide <= maxGap {
			return false
		}
		least := gapThreshold(wide)
		if clear {
			least = min(GapThreshold+clearMargin, least)
		}
		best, bx, by := cell{i: -1}, 0, 0
		var score [maxClearGap][maxClearGap]float64
		for x, i := range fa[:na] {
			for y, j := range fb[:nb] {
				if as[i].heading != bs[j].heading {
					continue
				}
				s := similarityIn(sp, as[i], bs[j], inGap)
				score[x][y] = s
				if s >= least && s > best.s {
					best, bx, by = cell{int32(i), int32(j), s}, x, y
				}
			}
		}
		if clear && best.i >= 0 && (!standsOut(&score, na, nb, bx, by) || tensesClash(as[best.i], bs[best.j])) {
			return false
		}
		if best.i >= 0 {
			match[best.i] = int(best.j)
			takenB[best.j] = true
			if best.s < Threshold {
				best.s = Threshold
			}
			added = append(added, best)
			return true
		}
		return false
	}
	// sweep tries each gap of at most widest free sentences on each side once, and reports
	// whether it paired any.
	sweep := func(widest int, clear bool) bool {
		found := false
		pi, pj = -1, -1
		for i, j := range match {
			if j < 0 {
				continue
			}
			found = try(i, j, widest, clear) || found
			pi, pj = i, j
		}
		return try(n, m, widest, clear) || found
	}
	sweep(maxGap, false)
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
	// Wide gaps last, once the narrow gaps and the swaps, which position surer, have taken
	// their sentences. A pair found in a wide gap splits it into two narrower ones, each tried
	// again; a gap holds at most maxWideGap pairs, so that many sweeps suffice.
	sweepWide := func() {
		for range maxWideGap {
			if !sweep(maxWideGap, false) {
				break
			}
		}
	}
	sweepWide()
	// Clear gaps after them; a pair found in one may leave gaps narrow enough for the sweeps
	// before.
	for range maxClearGap {
		if !sweep(maxClearGap, true) {
			break
		}
		sweepWide()
	}
	added = append(added, nearSwaps(sp, as, bs, match, cross, takenB)...)
	meant := meaningPairs(sp, as, bs, match, cross, takenB)
	added = append(added, meant...)
	if len(added) == 0 {
		return sim, nil, nil
	}
	// Rebuild sim with the new cells in place, sorted by i then j.
	cells := make([]cell, 0, len(sim.cells)+len(added))
	for _, c := range sim.cells {
		if !slices.ContainsFunc(added, func(a cell) bool { return a.i == c.i && a.j == c.j }) {
			cells = append(cells, c)
		}
	}
	cells = append(cells, added...)
	return newSparse(cells, n), added, meant
}

// A free sentence of A and a free sentence of B told in swapped order around a pair, but not
// beside it (up to maxSwapReach sentences away on either side), are placed less surely than a
// swap beside the pair: such a pair needs SwapThreshold ("She said she checked the images
// three times before believing what she was seeing" / "\"I looked at the pictures again and
// again, three times, because I was sure I had made a mistake,\" she said", two sentences apart).
const (
	SwapThreshold = 0.35
	maxSwapReach  = 3
)

// nearSwaps pairs, around each pair of match, a free sentence of A on one side and a free
// sentence of B on the other, at most maxSwapReach sentences from the pair and more than one on
// at least one side, that score SwapThreshold or more as in a gap, the best first; the pairs
// join cross. It returns them, with their scores. Its work is linear in the sentences.
func nearSwaps(sp *space, as, bs []*sent, match, cross []int, takenB []bool) []cell {
	n, m := len(as), len(bs)
	var cands []cell
	for i, j := range match {
		if j < 0 {
			continue
		}
		for dx := -maxSwapReach; dx <= maxSwapReach; dx++ {
			for dy := -maxSwapReach; dy <= maxSwapReach; dy++ {
				x, y := i+dx, j+dy
				if dx*dy >= 0 || max(dx, -dx, dy, -dy) < 2 || x < 0 || x >= n || y < 0 || y >= m {
					continue
				}
				if match[x] >= 0 || cross[x] >= 0 || takenB[y] || as[x].heading != bs[y].heading {
					continue
				}
				if s := similarityIn(sp, as[x], bs[y], inGap); s >= SwapThreshold {
					cands = append(cands, cell{int32(x), int32(y), s})
				}
			}
		}
	}
	slices.SortStableFunc(cands, func(p, q cell) int { return cmp.Compare(q.s, p.s) })
	var added []cell
	for _, c := range cands {
		if cross[c.i] >= 0 || takenB[c.j] {
			continue
		}
		cross[c.i] = int(c.j)
		takenB[c.j] = true
		added = append(added, cell{c.i, c.j, max(c.s, Threshold)})
	}
	return added
}

// standsOut reports whether the cell (bx, by) of a gap's na×nb scores is clearMargin or more
// above every other cell of its row and column.
func standsOut(score *[maxClearGap][maxClearGap]float64, na, nb, bx, by int) bool {
	for x := range na {
		for y := range nb {
			if (x == bx) != (y == by) && score[x][y] > score[bx][by]-clearMargin {
				return false
			}
		}
	}
	return true
}

// tensesClash reports whether one sentence tells of the future ("will", "shall") and the other
// of the past only ("was", "had", a verb in "-ed"): "The rebuilt baths will open to schools
// first" does not retell "Local schools used the baths until they closed", however alike their
// words. A pair that stands out in a gap (see maxClearGap) has too little evidence to override
// that.
func tensesClash(x, y *sent) bool {
	fx, px := tenses(x.s.Text)
	fy, py := tenses(y.s.Text)
	return fx && !fy && py || fy && !fx && px
}

// tenses reports whether text has a word of the future tense, and one of the past: "was",
// "were", "had", "did", or a word in "-ed" (most past verbs; participles too, which a future
// sentence rules out first).
func tenses(text string) (future, past bool) {
	for _, t := range tokenize(text) {
		switch {
		case t.lower == "will" || t.lower == "shall" || t.lower == "won't" || t.lower == "'ll":
			future = true
		case t.lower == "was" || t.lower == "were" || t.lower == "had" || t.lower == "did":
			past = true
		case len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed"):
			past = true
		}
	}
	return future, past
}
