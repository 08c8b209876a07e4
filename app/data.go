package app

import (
	"errors"
	"fmt"
	"sync"

	"parallax/corpus"
	"parallax/corpus/index"
)

// The corpus is not compiled into the app: it is a data file beside app.wasm (see
// internal/site.DataFile), set once before any page renders — by LoadData in the browser, by
// SetData in the server and the static-site generator. Pages read it synchronously through
// loadCorpus.
var (
	theCorpus *corpus.Corpus
	corpusErr = errNoData
)

// errNoData is what the views show when no corpus was loaded at all.
var errNoData = errors.New("this site was built without a corpus: build it with make run or make dist (go run ./build -corpus FOLDER)")

// loadCorpus returns the corpus, or the error that kept it from loading for the view to show:
// a panic would kill the whole app.
func loadCorpus() (*corpus.Corpus, error) {
	return theCorpus, corpusErr
}

// SetData decodes a corpus data file (the format of package index) and makes it the corpus of
// every page, replacing any earlier one. Call it before the pages render: the server and the
// static-site generator call it at start. The error is also kept for the views.
func SetData(data []byte) error {
	var arts []*corpus.Article
	err := guard("decoding the corpus", func() {
		var err error
		if arts, err = index.Decode(data); err != nil {
			setCorpus(nil, err)
			return
		}
		setArticles(arts)
	})
	if err != nil {
		setCorpus(nil, err)
	}
	return corpusErr
}

// setArticles makes a corpus of decoded articles current, or records why it cannot be.
func setArticles(arts []*corpus.Article) {
	c, err := corpus.New(arts)
	if err != nil {
		err = fmt.Errorf("loading the corpus: %w", err)
	}
	setCorpus(c, err)
}

// setCorpus replaces the corpus and drops what was derived from the old one.
func setCorpus(c *corpus.Corpus, err error) {
	theCorpus, corpusErr = c, err
	searchOnce, theEngine, searchEngErr = sync.Once{}, nil, nil
	timelineOnce, timelineEvents = sync.Once{}, nil
}

// Corpus returns the corpus set by SetData, for the static-site generator's list of pages.
func Corpus() (*corpus.Corpus, error) { return loadCorpus() }
