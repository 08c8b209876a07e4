// Package benchcorpus gives the benchmarks the fixed seed articles of internal/fixture, ingested
// as a build ingests them, so that their figures do not move when the shipped corpus does.
package benchcorpus

import (
	"fmt"
	"sync"

	"parallax/corpus"
	"parallax/corpus/ingest"
	"parallax/corpus/timeline"
	"parallax/internal/fixture"
)

var load = sync.OnceValues(func() (*corpus.Corpus, error) {
	arts, err := ingest.Corpus(fixture.Seed())
	if err != nil {
		return nil, fmt.Errorf("the fixture corpus: %w", err)
	}
	for _, a := range arts {
		a.Dates = timeline.Extract(a)
	}
	return corpus.New(arts)
})

// Load returns the fixture corpus, ingested once; callers share it read-only.
func Load() (*corpus.Corpus, error) { return load() }
