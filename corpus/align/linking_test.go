package align

import "testing"

// TestLinkedAnchors: a sentence whose best match is held by a stronger pair still pairs with the
// best one left, out of order, as in the gold list's "the extra money would pay for more
// original films" (best match: "subscribers will pay $11.99", held by the first sentence) and
// "the higher fees will fund new shows and movies", told before the price history on one side
// and after it on the other.
func TestLinkedAnchors(t *testing.T) {
	// A0–B0 0.6 (each other's best); A1–B2 0.5 (each other's best); A2's best is B0 (0.4),
	// taken, and B1's best is A2 (0.3): the best pair left, crossing A1–B2.
	sm := newSparse([]cell{{0, 0, 0.6}, {1, 2, 0.5}, {2, 0, 0.4}, {2, 1, 0.3}}, 3)
	match, cross := pairUp(sm, 3, 3)
	got := func(i int) int {
		if match[i] >= 0 {
			return match[i]
		}
		return cross[i]
	}
	for i, want := range []int{0, 2, 1} {
		if got(i) != want {
			t.Errorf("A%d paired with B%d, want B%d (match %v, cross %v)", i, got(i), want, match, cross)
		}
	}
	// Competitive linking takes the best pair first, each sentence once.
	if l := linked(sm, 3, 3); len(l) != 3 || l[0] != (cell{0, 0, 0.6}) || l[1] != (cell{1, 2, 0.5}) || l[2] != (cell{2, 1, 0.3}) {
		t.Errorf("linked = %v", l)
	}
}

// TestLinkedFar: a leftover pair far from every first-round anchor is not an anchor: in two long
// unrelated articles, such pairs were echoes, and competitive linking without the limit doubled
// the pairs found in the synthetic benchmark.
func TestLinkedFar(t *testing.T) {
	// A0–B0 0.6 (each other's best); A9's best is B0 (0.4), taken; A9–B8 0.3 is the best left,
	// but seven sentences from the only anchor.
	sm := newSparse([]cell{{0, 0, 0.6}, {9, 0, 0.4}, {9, 8, 0.3}}, 10)
	if l := linked(sm, 10, 10); len(l) != 1 || l[0] != (cell{0, 0, 0.6}) {
		t.Errorf("linked = %v, want only the anchor A0–B0", l)
	}
	// Within nearBy of it, the same leftover is one.
	sm = newSparse([]cell{{0, 0, 0.6}, {2, 0, 0.4}, {2, 1, 0.3}}, 10)
	if l := linked(sm, 10, 10); len(l) != 2 || l[1] != (cell{2, 1, 0.3}) {
		t.Errorf("linked = %v, want A0–B0 and A2–B1", l)
	}
}
