// Package seed loads the project's own corpus from the index embedded in package corpus.
package seed

import (
	"fmt"
	"sync"

	"parallax/corpus"
	"parallax/corpus/index"
)

var load = sync.OnceValues(func() (*corpus.Corpus, error) {
	arts, err := index.Decode(corpus.Embedded)
	if err != nil {
		return nil, fmt.Errorf("loading the embedded corpus: %w", err)
	}
	c, err := corpus.New(arts)
	if err != nil {
		return nil, fmt.Errorf("loading the embedded corpus: %w", err)
	}
	return c, nil
})

// Load decodes the embedded index once and returns the corpus. Every call returns the same
// value, shared by all callers, which must treat it as read-only.
func Load() (*corpus.Corpus, error) { return load() }
