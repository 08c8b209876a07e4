package order

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// item is sorted by key only; id tells apart the elements that compare equal, so a test sees
// where each of them ends up.
type item struct{ key, id int }

func byKey(a, b item) int { return a.key - b.key }

// inputs are slices of many lengths (around the insertion-sort cut-off of 12 and the ninther's of
// 50) and shapes (random with many or few ties, sorted, reversed, all equal, sawtooth), which
// take pdqsort through its partial insertion sort, its pattern breaking and its heapsort fallback.
func inputs() map[string][]item {
	r := rand.New(rand.NewPCG(1, 2))
	in := map[string][]item{}
	for _, n := range []int{0, 1, 2, 5, 12, 13, 49, 50, 51, 200, 1000, 5000} {
		for _, shape := range []string{"random", "ties", "sorted", "reversed", "equal", "sawtooth"} {
			s := make([]item, n)
			for i := range s {
				switch shape {
				case "random":
					s[i].key = r.IntN(1 << 20)
				case "ties":
					s[i].key = r.IntN(4)
				case "sorted":
					s[i].key = i / 3
				case "reversed":
					s[i].key = (n - i) / 3
				case "sawtooth":
					s[i].key = i % 17
				}
				s[i].id = i
			}
			in[fmt.Sprintf("%s/%d", shape, n)] = s
		}
	}
	return in
}

func TestSortFuncIsSlicesSortFunc(t *testing.T) {
	for name, in := range inputs() {
		want, got := slices.Clone(in), slices.Clone(in)
		slices.SortFunc(want, byKey)
		SortFunc(got, byKey)
		if d := cmp.Diff(want, got, cmp.AllowUnexported(item{})); d != "" {
			t.Errorf("%s: SortFunc differs from slices.SortFunc (-slices +order):\n%s", name, d)
		}
	}
}

func TestSortStableFuncIsSlicesSortStableFunc(t *testing.T) {
	for name, in := range inputs() {
		want, got := slices.Clone(in), slices.Clone(in)
		slices.SortStableFunc(want, byKey)
		SortStableFunc(got, byKey)
		if d := cmp.Diff(want, got, cmp.AllowUnexported(item{})); d != "" {
			t.Errorf("%s: SortStableFunc differs from slices.SortStableFunc (-slices +order):\n%s", name, d)
		}
		for i := 1; i < len(got); i++ {
			if got[i-1].key == got[i].key && got[i-1].id > got[i].id {
				t.Fatalf("%s: not stable at %d: %v then %v", name, i, got[i-1], got[i])
			}
		}
	}
}

func TestSort(t *testing.T) {
	for name, in := range inputs() {
		ints := make([]uint32, len(in))
		strs := make([]string, len(in))
		for i, it := range in {
			ints[i] = uint32(it.key)
			strs[i] = strings.Repeat("a", it.key%5) + fmt.Sprint(it.key)
		}
		wantI, wantS := slices.Clone(ints), slices.Clone(strs)
		slices.Sort(wantI)
		slices.Sort(wantS)
		Sort(ints)
		Sort(strs)
		if d := cmp.Diff(wantI, ints); d != "" {
			t.Errorf("%s: Sort of uint32 (-slices +order):\n%s", name, d)
		}
		if d := cmp.Diff(wantS, strs); d != "" {
			t.Errorf("%s: Sort of string (-slices +order):\n%s", name, d)
		}
	}
}

// A named slice type sorts in place and keeps its type.
func TestNamedSliceType(t *testing.T) {
	type ids []uint32
	s := ids{3, 1, 2}
	SortFunc(s, func(a, b uint32) int { return int(a) - int(b) })
	if !slices.Equal(s, ids{1, 2, 3}) {
		t.Errorf("got %v", s)
	}
}

func BenchmarkSortFunc(b *testing.B) {
	in := inputs()["random/5000"]
	s := slices.Clone(in)
	b.Run("slices", func(b *testing.B) {
		for b.Loop() {
			copy(s, in)
			slices.SortFunc(s, byKey)
		}
	})
	b.Run("order", func(b *testing.B) {
		for b.Loop() {
			copy(s, in)
			SortFunc(s, byKey)
		}
	})
}
