package align

import (
	"reflect"
	"slices"
	"testing"
)

// TestWarmStepsChangeNoResult: the comparisons of the seed articles are the same before and
// after WarmSteps, its steps run in any order (here last first) and more than once. Run alone
// (go test -run WarmSteps), the first comparisons build the tables themselves, on first use.
func TestWarmStepsChangeNoResult(t *testing.T) {
	arts := seedCorpus(t).Articles
	var before []*Comparison
	for i := 1; i < len(arts); i++ {
		before = append(before, Compare(arts[i-1], arts[i]))
	}
	steps := WarmSteps()
	if len(steps) < 2 {
		t.Fatalf("%d steps, want the tables in several", len(steps))
	}
	for _, step := range slices.Backward(steps) {
		step()
	}
	for _, step := range steps {
		step()
	}
	for i := 1; i < len(arts); i++ {
		if got := Compare(arts[i-1], arts[i]); !reflect.DeepEqual(got, before[i-1]) {
			t.Errorf("Compare(%s, %s) differs after WarmSteps", arts[i-1].ID, arts[i].ID)
		}
	}
}

// TestConceptStemsAhead: whichever way conceptStems was built (from the stems WarmSteps computed
// ahead in parts, or alone), every concept word's stem leads to a concept, and the parts cover
// every word once.
func TestConceptStemsAhead(t *testing.T) {
	for _, step := range WarmSteps() {
		step()
	}
	m := conceptStems()
	for k, v := range concepts() {
		if surfaceOnly[k] {
			continue
		}
		if m[porter2(k)] == "" {
			t.Errorf("concept word %q (%s): its stem %q leads to no concept", k, v, porter2(k))
		}
	}
	keys, seen := conceptKeys(), 0
	for i := range 4 {
		seen += len(keys[i*len(keys)/4 : (i+1)*len(keys)/4])
	}
	if seen != len(keys) {
		t.Errorf("the parts hold %d words of %d", seen, len(keys))
	}
}
