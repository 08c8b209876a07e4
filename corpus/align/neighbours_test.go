package align

import (
	"slices"
	"strings"
	"testing"
)

// TestNeighbourRelations checks relations of the table of distributional neighbours: words that
// mean alike in news are related, WordNet's antonyms are not, and a word is not its own
// neighbour.
func TestNeighbourRelations(t *testing.T) {
	for _, p := range [][2]string{{"sea", "ocean"}, {"painting", "portrait"}} {
		if !related(stem(p[0]), stem(p[1])) {
			t.Errorf("related(%q, %q) = false, want true", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"rise", "fall"}, {"win", "lose"}, {"high", "low"}, {"sea", "sea"}} {
		if related(stem(p[0]), stem(p[1])) {
			t.Errorf("related(%q, %q) = true, want false", p[0], p[1])
		}
	}
}

func TestAddNeighbours(t *testing.T) {
	m := map[string][]uint16{"a": {0, 3}, "b": {1}}
	first := addNeighbours(m, "a b c\nb c\n\nbad\n")
	if first != 4 {
		t.Errorf("first = %d, want 4", first)
	}
	want := map[string][]uint16{"a": {0, 3, 4, 5}, "b": {1, 4, 6}, "c": {5, 6}}
	for k, ids := range want {
		if !slices.Equal(m[k], ids) {
			t.Errorf("%s: %v, want %v", k, m[k], ids)
		}
	}
	if _, ok := m["bad"]; ok {
		t.Errorf("a key with no neighbour got concepts: %v", m["bad"])
	}
	// Past the range of uint16, the rest is left out rather than wrapped round.
	full := map[string][]uint16{"x": {65534}}
	addNeighbours(full, "p q r s\n")
	if got := full["p"]; !slices.Equal(got, []uint16{65535}) {
		t.Errorf("at the end of the range: p has %v, want [65535]", got)
	}
	// The last concept relates its pair as any other does.
	if !overlap(full["p"], full["q"]) {
		t.Errorf("p %v and q %v: not related by the last concept", full["p"], full["q"])
	}
	if len(full["r"]) > 0 || len(full["s"]) > 0 {
		t.Errorf("past the range: r %v, s %v; want none", full["r"], full["s"])
	}
}

// TestNeighboursTableShape: every line of the committed table is a key and its neighbours after
// it, sorted, with no key twice; so the concepts it adds fit in uint16 with WordNet's.
func TestNeighboursTableShape(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(neighboursData, "\n"), "\n")
	seen := map[string]bool{}
	pairs := 0
	for i, line := range lines {
		fs := strings.Fields(line)
		if len(fs) < 2 {
			t.Fatalf("line %d: %q: want a key and its neighbours", i+1, line)
		}
		if seen[fs[0]] {
			t.Errorf("line %d: key %q twice", i+1, fs[0])
		}
		seen[fs[0]] = true
		if i > 0 && strings.Fields(lines[i-1])[0] >= fs[0] {
			t.Errorf("line %d: keys out of order", i+1)
		}
		for _, n := range fs[1:] {
			if n <= fs[0] {
				t.Errorf("line %d: neighbour %q not after key %q", i+1, n, fs[0])
			}
		}
		if !slices.IsSorted(fs[1:]) {
			t.Errorf("line %d: neighbours not sorted", i+1)
		}
		pairs += len(fs) - 1
	}
	wn := 0
	for _, ids := range parseRelated(wordnetData) {
		if len(ids) > 0 {
			wn = max(wn, int(ids[len(ids)-1])+1)
		}
	}
	if wn+pairs > 1<<16 {
		t.Errorf("%d WordNet concepts and %d neighbour pairs do not fit in uint16", wn, pairs)
	}
}
