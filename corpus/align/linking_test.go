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
