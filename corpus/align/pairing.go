package align

import (
	"slices"
)

// pairUp chooses the pairs. The anchors are the pairs of sentences that are each other's best
// match, and, beside them, the best pairs left once stronger ones took their sentences (see
// linked). The anchors that keep both reading orders are forced into the alignment, and those
// that cross it are kept as crossing pairs, since an account that tells the same facts in another
// order should still show them paired; being the best match left is what justifies the jump. The
// monotone alignment then fills in the rest around the anchors. It returns, for each sentence of
// A, the index of its partner in B or -1, in order (match) and crossing (cross).
func pairUp(sm *sparse, n, m int) (match, cross []int) {
	anchors := linked(sm, n, m) // in order of A
	kept := chain(anchors, m)
	isKept := make([]bool, len(anchors))
	for _, k := range kept {
		isKept[k] = true
	}
	cross = make([]int, n)
	for i := range cross {
		cross[i] = -1
	}
	// gain holds the cells the monotone pass may choose: a kept anchor outweighs every other
	// choice together, and the rows and columns of anchors allow nothing else.
	blockA, blockB := make([]bool, n), make([]bool, m)
	for _, a := range anchors {
		blockA[a.i], blockB[a.j] = true, true
	}
	big := float64(n + m + 1)
	var gain []cell
	k := 0
	for _, c := range sm.cells {
		for k < len(anchors) && (anchors[k].i < c.i || anchors[k].i == c.i && anchors[k].j < c.j) {
			k++
		}
		switch {
		case k < len(anchors) && anchors[k].i == c.i && anchors[k].j == c.j:
			if isKept[k] {
				gain = append(gain, cell{c.i, c.j, c.s + big})
			} else {
				cross[c.i] = int(c.j)
			}
		case !blockA[c.i] && !blockB[c.j]:
			gain = append(gain, c)
		}
	}
	match = make([]int, n)
	for i := range match {
		match[i] = -1
	}
	for _, k := range chain(gain, m) {
		match[gain[k].i] = int(gain[k].j)
	}
	return match, cross
}

// bests returns, for each sentence of A, the index of its best match in B, and for each of B
// its best in A; -1 for none above Threshold. Ties go to the earlier sentence.
func bests(sm *sparse, n, m int) (bestA, bestB []int) {
	bestA, bestB = make([]int, n), make([]int, m)
	sA, sB := make([]float64, n), make([]float64, m)
	for i := range bestA {
		bestA[i] = -1
	}
	for j := range bestB {
		bestB[j] = -1
	}
	for _, c := range sm.cells {
		if c.s > sA[c.i] {
			bestA[c.i], sA[c.i] = int(c.j), c.s
		}
		if c.s > sB[c.j] {
			bestB[c.j], sB[c.j] = int(c.i), c.s
		}
	}
	return bestA, bestB
}

// chain returns the indices of the heaviest subset of cells (sorted by i, then j) that is
// strictly increasing in both i and j, in order: the monotone alignment, as in sequence
// alignment, where a pair gains its score and a sentence left unpaired costs nothing, since most
// sentences of one account have no counterpart in the other. It runs in O(k log m) over the k
// cells with a Fenwick tree of prefix maxima over j.
func chain(cells []cell, m int) []int {
	type best struct {
		total float64
		at    int // index into cells, -1 for none
	}
	tree := make([]best, m+1)
	for i := range tree {
		tree[i].at = -1
	}
	query := func(j int) best { // best over columns < j
		b := best{at: -1}
		for ; j > 0; j -= j & -j {
			if t := tree[j]; t.at >= 0 && t.total > b.total {
				b = t
			}
		}
		return b
	}
	update := func(j int, v best) { // at column j
		for j++; j <= m; j += j & -j {
			if tree[j].at < 0 || v.total > tree[j].total {
				tree[j] = v
			}
		}
	}
	total := make([]float64, len(cells))
	prev := make([]int, len(cells))
	top := best{at: -1}
	for lo := 0; lo < len(cells); {
		hi := lo
		for hi < len(cells) && cells[hi].i == cells[lo].i {
			hi++
		}
		// A row's cells see only earlier rows: compute them all before adding any.
		for k := lo; k < hi; k++ {
			b := query(int(cells[k].j))
			total[k], prev[k] = b.total+cells[k].s, b.at
		}
		for k := lo; k < hi; k++ {
			v := best{total[k], k}
			update(int(cells[k].j), v)
			if top.at < 0 || v.total > top.total {
				top = v
			}
		}
		lo = hi
	}
	var out []int
	for k := top.at; k >= 0; k = prev[k] {
		out = append(out, k)
	}
	slices.Reverse(out)
	return out
}
