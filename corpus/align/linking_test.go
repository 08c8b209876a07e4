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

// TestLinkedExchange: an anchor that alone blocks two pairs, each of whose sentences has its
// best match in the anchor, gives way to them when together they score more (the heavier
// matching); when they score less, or one of them has a better match of its own, it stays.
func TestLinkedExchange(t *testing.T) {
	for _, c := range []struct {
		name  string
		cells []cell
		want  []cell
	}{
		{"two pairs outweigh the anchor",
			// A0–B0 0.30 is each other's best; A0–B1 0.27 (B1's best is A0) and A1–B0 0.27
			// (A1's best is B0).
			[]cell{{0, 0, 0.30}, {0, 1, 0.27}, {1, 0, 0.27}},
			[]cell{{0, 1, 0.27}, {1, 0, 0.27}}},
		{"the anchor outweighs them",
			[]cell{{0, 0, 0.60}, {0, 1, 0.27}, {1, 0, 0.27}},
			[]cell{{0, 0, 0.60}}},
		{"B1 has a better match of its own",
			// B1's best is A2 (0.5), so the exchange would take it from a better pair.
			[]cell{{0, 0, 0.30}, {0, 1, 0.27}, {1, 0, 0.27}, {2, 1, 0.5}},
			[]cell{{0, 0, 0.30}, {2, 1, 0.5}}},
		{"no second sentence of A wants B0",
			[]cell{{0, 0, 0.30}, {0, 1, 0.27}},
			[]cell{{0, 0, 0.30}}},
	} {
		sm := newSparse(c.cells, 3)
		got := linked(sm, 3, 3)
		if len(got) != len(c.want) {
			t.Errorf("%s: linked = %v, want %v", c.name, got, c.want)
			continue
		}
		for k := range got {
			if got[k] != c.want[k] {
				t.Errorf("%s: linked = %v, want %v", c.name, got, c.want)
				break
			}
		}
	}
}

// TestExchangeStory: the two opening sentences share the scheme and its place, but each tells its
// own fact, which a later sentence of the other account tells too; the alignment pairs each fact.
func TestExchangeStory(t *testing.T) {
	a := article("a",
		[]string{"Plans for 640 flats on the site of the old Carrow gasworks have been approved by councillors after a long meeting.", "Work could begin next spring."},
		[]string{"The planning committee voted nine to four in favour, with two abstentions.", "Residents had objected to the height of the towers."})
	b := article("b",
		[]string{"Councillors narrowly backed a disputed housing scheme at the former Carrow gasworks on Tuesday night, voting 9-4.", "The decision clears the way for 640 flats on the site, the biggest development in the town for decades."},
		[]string{"Neighbours fear the towers will block their light."})
	c := Compare(a, b)
	checkInvariants(t, c)
	for _, w := range [][2]string{{"p1s1", "p1s2"}, {"p2s1", "p1s1"}} {
		if got, _ := partner(c, w[0]); got != w[1] {
			t.Errorf("A %s paired with %q, want B %s\n%s", w[0], got, w[1], dump(c))
		}
	}
}
