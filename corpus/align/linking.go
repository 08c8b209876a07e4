package align

import (
	"cmp"
	"slices"
)

// linked returns the anchors of pairUp, in order of A: the pairs whose sentences are each other's
// best match, and then, by competitive linking (best score first, each sentence in one pair at
// most), the pairs of two sentences whose best matches stronger pairs took, where such a pair sits
// within nearBy sentences on both sides of a first-round anchor: "the extra money would pay for
// more films" has its best match in "subscribers will pay $11.99", which another sentence holds,
// and is then the best left for "the higher fees will fund new shows", beside it. Far from any
// anchor, a leftover is as likely an echo of a fact told elsewhere as a fact of its own (in two
// unrelated long articles, competitive linking doubled the pairs found). Ties go to the earlier
// sentences.
func linked(sm *sparse, n, m int) []cell {
	bestA, bestB := bests(sm, n, m)
	usedA, usedB := make([]bool, n), make([]bool, m)
	var first []cell
	for i, j := range bestA {
		if j >= 0 && bestB[j] == i {
			first = append(first, cell{int32(i), int32(j), sm.at(i, j)})
			usedA[i], usedB[j] = true, true
		}
	}
	near := func(c cell) bool {
		// first is sorted by i: look at the anchors whose i is within nearBy.
		k, _ := slices.BinarySearchFunc(first, c.i-nearBy, func(a cell, i int32) int { return cmp.Compare(a.i, i) })
		for ; k < len(first) && first[k].i <= c.i+nearBy; k++ {
			if d := first[k].j - c.j; d >= -nearBy && d <= nearBy {
				return true
			}
		}
		return false
	}
	order := slices.Clone(sm.cells)
	slices.SortStableFunc(order, func(x, y cell) int { return cmp.Compare(y.s, x.s) })
	out := slices.Clone(first)
	for _, c := range order {
		if usedA[c.i] || usedB[c.j] || !near(c) {
			continue
		}
		usedA[c.i], usedB[c.j] = true, true
		out = append(out, c)
	}
	slices.SortFunc(out, func(x, y cell) int { return cmp.Compare(x.i, y.i) })
	return out
}

// nearBy is how many sentences from a first-round anchor, on each side, a leftover pair may sit.
const nearBy = 2
