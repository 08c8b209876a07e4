package app

import (
	"errors"
	"fmt"
	"sync"

	"parallax/corpus"
	"parallax/corpus/index"
	"parallax/corpus/timeline"
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

// TimelineSection names the data file's section with the timeline's merged events, derived at
// build time (timeline.EncodeEvents).
const TimelineSection = index.TimelineSection

// SetData decodes a corpus data file (the format of package index) and makes it the corpus of
// every page, replacing any earlier one. Call it before the pages render: the server and the
// static-site generator call it at start. The error is also kept for the views.
func SetData(data []byte) error {
	err := guard("decoding the corpus", func() {
		x, err := index.NewDecoder(data)
		if err == nil {
			_, err = x.Step(int(^uint(0) >> 1))
		}
		if err != nil {
			setCorpus(nil, err)
			return
		}
		setDecoded(x)
	})
	if err != nil {
		setCorpus(nil, err)
	}
	return corpusErr
}

// setDecoded makes the corpus of a fully decoded data file current, with the events derived at
// build time, or records why it cannot be.
func setDecoded(x *index.Decoder) {
	c, err := corpus.New(x.Articles())
	if err != nil {
		setCorpus(nil, fmt.Errorf("loading the corpus: %w", err))
		return
	}
	// The browser never runs timeline.Build: its cost grows faster than the corpus, and leaving
	// it out keeps its code out of app.wasm.
	sec := x.Section(TimelineSection)
	if sec == nil {
		setCorpus(nil, fmt.Errorf("the corpus data has no timeline events: rebuild it from the corpus folder (make data, make dist)"))
		return
	}
	events, err := timeline.DecodeEvents(sec, c.Articles)
	if err != nil {
		setCorpus(nil, fmt.Errorf("the corpus data's timeline: %w (make data, make dist)", err))
		return
	}
	setCorpus(c, nil)
	timelineEvents = events
	// The search index was built with the data; the engine decodes it on first use.
	useSearchIndex(c, x.Section(index.SearchSection))
}

// setCorpus replaces the corpus and drops what was derived from the old one.
func setCorpus(c *corpus.Corpus, err error) {
	theCorpus, corpusErr = c, err
	searchOnce, theEngine, searchEngErr = sync.Once{}, nil, nil
	timelineEvents, timelineNames, timelineNamesOf = nil, nil, nil
}

// Corpus returns the corpus set by SetData, for the static-site generator's list of pages.
func Corpus() (*corpus.Corpus, error) { return loadCorpus() }
