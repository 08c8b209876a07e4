package app

import (
	"fmt"
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
		defer func() {
			if r := recover(); r != nil {
				corpusErr = fmt.Errorf("loading the corpus: %v", r)
			}
		}()
		theCorpus, corpusErr = seed.Load()
	})
	return theCorpus, corpusErr
}
