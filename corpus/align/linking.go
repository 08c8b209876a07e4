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
	first = exchange(sm, first, bestA, bestB, usedA, usedB)
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

// exchange replaces a first-round anchor (i, j) by two pairs, (i, j2) and (i2, j), when the
// anchor alone blocked both, as the best match of each (j2's best is i, i2's best is j), both
// are free, and together they score more than the anchor: the heavier matching ("Plans for 2,400
// homes … have been approved" with "… clears the way for 2,400 homes", and "The committee voted
// seven to five" with "Councillors narrowly backed the scheme …, voting 7-5", rather than the two
// opening sentences alone). It updates usedA and usedB and returns first, sorted by i.
func exchange(sm *sparse, first []cell, bestA, bestB []int, usedA, usedB []bool) []cell {
	// wanting[start[j]:start[j+1]] are the free sentences of A whose best match is j.
	start, wanting := groupBy(len(usedB), func(put func(j, i int32)) {
		for i, j := range bestA {
			if j >= 0 && !usedA[i] {
				put(int32(j), int32(i))
			}
		}
	})
	var out []cell
	for _, c := range first {
		i, j := int(c.i), int(c.j)
		best := cell{i: -1}
		for _, i2 := range wanting[start[j]:start[j+1]] {
			if usedA[i2] {
				continue
			}
			s2 := sm.at(int(i2), j)
			for _, d := range sm.cells[sm.row[i]:sm.row[i+1]] {
				j2 := int(d.j)
				if j2 == j || usedB[j2] || bestB[j2] != i || d.s+s2 <= c.s {
					continue
				}
				if best.i < 0 || d.s+s2 > best.s {
					best = cell{i2, d.j, d.s + s2}
				}
			}
		}
		if best.i < 0 {
			out = append(out, c)
			continue
		}
		i2, j2 := int(best.i), int(best.j)
		usedA[i2], usedB[j2] = true, true
		out = append(out, cell{c.i, int32(j2), sm.at(i, j2)}, cell{int32(i2), c.j, sm.at(i2, j)})
	}
	slices.SortFunc(out, func(x, y cell) int { return cmp.Compare(x.i, y.i) })
	return out
}

// nearBy is how many sentences from a first-round anchor, on each side, a leftover pair may sit.
const nearBy = 2
