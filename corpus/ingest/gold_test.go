package ingest

import (
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// lineRule classifies one line the way the parser does when it is read in a header: a date line,
// a byline, furniture, or text.
func lineRule(t string) string {
	if _, ok, _ := dateLineOf(t); ok {
		return RuleDate
	}
	if _, _, ok := bylineOf(t); ok {
		return RuleByline
	}
	if r := furniture(t); r != "" {
		return r
	}
	return "text"
}

// TestFurnitureGold scores the line rules on the gold lines of testdata/furniture/gold.txtar:
// precision and recall of removal (a line removed when it is furniture), and exact rule accuracy,
// on the dev half (tuned on) and the test half (never tuned on).
func TestFurnitureGold(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/furniture/gold.txtar")
	if err != nil {
		t.Fatal(err)
	}
	floors := map[string]float64{"dev": 1, "test": 0.7}
	for _, f := range ar.Files {
		var tp, fp, fn, exact, n int
		for _, ln := range strings.Split(strings.TrimSpace(string(f.Data)), "\n") {
			want, line, ok := strings.Cut(ln, "\t")
			if !ok {
				t.Fatalf("%s: bad gold line %q", f.Name, ln)
			}
			got := lineRule(line)
			n++
			if got == want {
				exact++
			} else {
				t.Logf("%s: %q: got %s, want %s", f.Name, line, got, want)
			}
			switch {
			case want != "text" && got != "text":
				tp++
			case want == "text" && got != "text":
				fp++
			case want != "text" && got == "text":
				fn++
			}
		}
		precision := float64(tp) / float64(max(tp+fp, 1))
		recall := float64(tp) / float64(max(tp+fn, 1))
		accuracy := float64(exact) / float64(n)
		t.Logf("%s: %d lines, removal precision %.2f, recall %.2f, rule accuracy %.2f", f.Name, n, precision, recall, accuracy)
		if floor := floors[f.Name]; accuracy < floor {
			t.Errorf("%s: rule accuracy %.2f below %.2f", f.Name, accuracy, floor)
		}
	}
}
