package timeline

import (
	"fmt"
	"hash/fnv"
	"os"
	"slices"
	"strings"
	"testing"

	"parallax/corpus"
	"parallax/corpus/internal/benchfolder"
)

// TestBareNumbersCorpus measures, on a folder of plain-text articles named by the environment
// variable PARALLAX_BENCH_FOLDER (e.g. a public corpus kept outside the repository), how many
// temporal expressions and timeline events come from a number standing alone ("1900" in "1900
// GMT", "2046", "the 1800s"), and logs a fixed sample of 40 of them with their sentences for
// checking by hand. It asserts nothing: it is a measurement, skipped without the variable.
func TestBareNumbersCorpus(t *testing.T) {
	dir := os.Getenv("PARALLAX_BENCH_FOLDER")
	if dir == "" {
		t.Skip("set PARALLAX_BENCH_FOLDER to a corpus folder")
	}
	arts := loadFolder(t, dir)
	sentText := map[string]string{}
	type hit struct {
		key, line string
	}
	var hits []hit
	mentions, bare := 0, 0
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				sentText[s.ID] = s.Text
			}
		}
		a.Dates = Extract(a)
		mentions += len(a.Dates)
		for _, d := range a.Dates {
			if !bareNumber(d.Text) {
				continue
			}
			bare++
			h := fnv.New32a()
			fmt.Fprintf(h, "%s|%d", d.Sentence, d.Start)
			hits = append(hits, hit{fmt.Sprintf("%08x", h.Sum32()),
				fmt.Sprintf("%q → %s..%s in %s: %q", d.Text, d.Date, d.Until, d.Sentence, sentText[d.Sentence])})
		}
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	events, bareEvents := 0, 0
	years := map[int]bool{}
	for _, e := range Build(c) {
		if e.Lane != LaneReported {
			continue
		}
		events++
		if slices.ContainsFunc(e.Sources, func(s Source) bool { return bareNumber(s.Text) }) {
			bareEvents++
			years[e.Date.Year] = true
		}
	}
	t.Logf("%d articles, %d mentions, %d from a bare number; %d reported events, %d with a bare-number source, over %d distinct years",
		len(arts), mentions, bare, events, bareEvents, len(years))
	// A sample fixed by a hash of each mention's place, so that the same mentions come up before
	// and after a change when they are still found.
	slices.SortFunc(hits, func(a, b hit) int { return strings.Compare(a.key, b.key) })
	for _, h := range hits[:min(40, len(hits))] {
		t.Log("sample ", h.line)
	}
	if os.Getenv("PARALLAX_BENCH_ALL") != "" {
		for _, h := range hits {
			t.Log("all ", h.line)
		}
	}
}

// bareNumber reports whether an expression is a number standing alone, with at most a leading
// preposition and "the": "2046", "in 1900", "the 1800s".
func bareNumber(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	for len(f) > 1 && (deadlinePreps[f[0]] || f[0] == "the" || f[0] == "no" || f[0] == "not" || f[0] == "later" || f[0] == "than") {
		f = f[1:]
	}
	if len(f) != 1 {
		return false
	}
	w := strings.TrimSuffix(f[0], "s")
	if len(w) != 4 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// loadFolder ingests the folder as benchfolder.Load does, failing the test on a walk's error.
func loadFolder(t *testing.T, dir string) []*corpus.Article {
	t.Helper()
	arts, refused, err := benchfolder.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if refused > 0 {
		t.Logf("%d files refused by ingest", refused)
	}
	return arts
}
