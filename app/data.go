package app

import (
	"sync"

	"parallax/corpus"
	"parallax/corpus/seed"
)

var (
	corpusOnce sync.Once
	theCorpus  *corpus.Corpus
	corpusErr  error
)

// loadCorpus decodes the embedded index once. A corrupt or stale index is reported as an error
// for the view to show, because a panic would kill the whole app.
func loadCorpus() (*corpus.Corpus, error) {
	corpusOnce.Do(func() {
		if err := guard("loading the corpus", func() { theCorpus, corpusErr = seed.Load() }); err != nil {
			theCorpus, corpusErr = nil, err
		}
	})
	return theCorpus, corpusErr
}
