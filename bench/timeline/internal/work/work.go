// Package work defines the timeline benchmark's workloads, shared by the native and the wasm
// sides so that both time exactly the same calls on the same data.
package work

import (
	"fmt"

	"parallax/corpus"
	"parallax/corpus/timeline"
)

// Workload is one timed operation. Batch calls of Run make one sample, so that operations
// shorter than the browser's timer resolution are still measured.
type Workload struct {
	Name  string
	What  string
	Batch int
	Run   func()
}

// All returns the workloads on corpus c (the embedded seed corpus).
func All(c *corpus.Corpus) ([]Workload, error) {
	evs := timeline.Build(c)
	q := timeline.Query{Entity: "TikTok", From: corpus.Date{Year: 2024, Precision: corpus.PrecisionYear}}
	big, err := copies(c, 20)
	if err != nil {
		return nil, err
	}
	return []Workload{
		{"Extract", fmt.Sprintf("timeline.Extract on the %d seed articles (what the index generator does)", len(c.Articles)), 1, func() {
			for _, a := range c.Articles {
				timeline.Extract(a)
			}
		}},
		{"Build", fmt.Sprintf("timeline.Build of the seed corpus (%d events; once per page load)", len(evs)), 1, func() { timeline.Build(c) }},
		{"Build×20", fmt.Sprintf("timeline.Build of %d articles (20 copies of the seeds: every event merges 20 ways)", len(big.Articles)), 1, func() { timeline.Build(big) }},
		{"Filter", "timeline.Filter by entity TikTok from 2024 (on every navigation)", 100, func() { timeline.Filter(c, evs, q) }},
	}, nil
}

// copies returns a corpus of n copies of c's articles under new IDs.
func copies(c *corpus.Corpus, n int) (*corpus.Corpus, error) {
	var arts []*corpus.Article
	for i := range n {
		for _, a := range c.Articles {
			cp := *a
			cp.ID = fmt.Sprintf("%s-%d", a.ID, i)
			arts = append(arts, &cp)
		}
	}
	return corpus.New(arts)
}
