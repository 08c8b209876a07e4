package app

import (
	"fmt"
	"sync"

	"parallax/corpus/search"
)

var (
	searchOnce   sync.Once
	theEngine    *search.Engine
	searchEngErr error
)

// searchEngine indexes the corpus on first use: a few milliseconds for the seed corpus, and the
// index lives as long as the app, so keystrokes only pay for the query.
func searchEngine() (*search.Engine, error) {
	searchOnce.Do(func() {
		c, err := loadCorpus()
		if err != nil {
			searchEngErr = err
			return
		}
		searchEngErr = guard("indexing the corpus for search", func() { theEngine = search.New(c) })
	})
	return theEngine, searchEngErr
}

// runSearch runs q and never panics: the engine reports its own failures in Results.Err, and
// anything else is turned into one too.
func runSearch(q search.Query) (res *search.Results) {
	defer func() {
		if r := recover(); r != nil {
			res = &search.Results{Query: q, Err: fmt.Errorf("search failed: %v", r)}
		}
	}()
	e, err := searchEngine()
	if err != nil {
		return &search.Results{Query: q, Err: err}
	}
	return e.Search(q)
}

// searchOutlets lists the corpus's outlets for the filter, empty if the corpus failed to load.
func searchOutlets() []string {
	e, err := searchEngine()
	if err != nil {
		return nil
	}
	return e.Outlets()
}
