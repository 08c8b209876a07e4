package align

import (
	"cmp"
	"slices"
)

// linked returns the anchors of pairUp, in order of A: the pairs chosen by competitive linking,
// best score first, each sentence in one at most. They hold every pair whose sentences are each
// other's best match, and also the pair of two sentences whose best matches were taken by
// stronger pairs: "the extra money would pay for more films" has its best match in "subscribers
// will pay $11.99", which another sentence holds, and is then the best left for "the higher fees
// will fund new shows". Ties go to the earlier sentences.
func linked(sm *sparse, n, m int) []cell {
	order := slices.Clone(sm.cells)
	slices.SortStableFunc(order, func(x, y cell) int { return cmp.Compare(y.s, x.s) })
	usedA, usedB := make([]bool, n), make([]bool, m)
	var out []cell
	for _, c := range order {
		if usedA[c.i] || usedB[c.j] {
			continue
		}
		usedA[c.i], usedB[c.j] = true, true
		out = append(out, c)
	}
	slices.SortFunc(out, func(x, y cell) int { return cmp.Compare(x.i, y.i) })
	return out
}
