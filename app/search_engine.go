package app

import (
	"fmt"
	"sync"

	"parallax/corpus"
	"parallax/corpus/search"
)

var (
	searchOnce   sync.Once
	theEngine    *search.Engine
	searchEngErr error

	// The data file's search index (index.SearchSection) and the corpus decoded with it: the
	// engine is decoded from it, not rebuilt, when it belongs to the current corpus.
	searchIndex    []byte
	searchIndexFor *corpus.Corpus
	// searchIndexErr says why a shipped index was not used (damaged, or of another format
	// version), for diagnostics; search then falls back to indexing the corpus itself.
	searchIndexErr error
)

// useSearchIndex keeps sec, the search section of the data file c was decoded from (nil when the
// file has none), for the engine's first use. Call it after setCorpus.
func useSearchIndex(c *corpus.Corpus, sec []byte) {
	searchIndex, searchIndexFor, searchIndexErr = sec, c, nil
}

// engineOr returns the engine of f, a view's own (a test's), or else the corpus's (searchEngine).
func engineOr(f func() (*search.Engine, error)) (*search.Engine, error) {
	if f == nil {
		f = searchEngine
	}
	return f()
}

// searchEngine returns the corpus's engine, made on first use and kept as long as the corpus:
// decoded from the data file's search index when it has one (built at build time), else built
// from the articles, which costs seconds in the browser for a corpus of ten thousand articles.
func searchEngine() (*search.Engine, error) {
	searchOnce.Do(func() {
		c, err := loadCorpus()
		if err != nil {
			searchEngErr = err
			return
		}
		searchEngErr = guard("indexing the corpus for search", func() { theEngine = newEngine(c) })
	})
	return theEngine, searchEngErr
}

// newEngine decodes the shipped index of c, or indexes c when there is none or it cannot be read:
// a stale index costs time, never the search.
func newEngine(c *corpus.Corpus) *search.Engine {
	if searchIndexFor == c && len(searchIndex) > 0 {
		e, err := search.DecodeIndex(searchIndex, c)
		// The section is a slice of the whole data file: dropping it lets that be collected.
		searchIndex, searchIndexErr = nil, err
		if err == nil {
			return e
		}
	}
	return search.New(c)
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
