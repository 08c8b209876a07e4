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
// internal/site.DataFile), set by LoadData in the browser and by SetData in the server and the
// static-site generator. Pages read it synchronously through loadCorpus.
//
// A small library file beside it (index.EncodeLibrary) holds each article's metadata without
// its text. When the first page needs only that (the library), LoadData starts the app as soon
// as the library file is decoded (setLibrary) and loads the data file in the background: until
// it is set, loadCorpus reports errTextLoading, loadLibrary the articles' metadata, and the
// views that need the text show textLoadingPage and re-derive themselves when it arrives
// (awaitText).
var (
	theCorpus *corpus.Corpus
	corpusErr = errNoData

	// theLibrary is the corpus of the library file's articles (corpus.NewMeta), or theCorpus
	// once that is set; nil when neither was loaded. summaries holds the library file's
	// summaries by article ID, for the cards of articles that have no text yet.
	theLibrary *corpus.Corpus
	summaries  map[string]index.Summary

	// textDone is closed once theCorpus and corpusErr are final: set, or failed to load. It is
	// open only between setLibrary and the data file's arrival. textStatus is the progress to
	// show meanwhile. Both are only touched on the browser's one thread (or at the server's
	// start), but awaitText reads textDone from other goroutines.
	textMu     sync.Mutex
	textDone   = closedChan()
	textStatus string
)

// libraryHref is the site path of the library file ("/web/data/library.<hash>.bin"), which the
// library's prerendered page asks the browser to preload; empty for none.
var libraryHref string

// PreloadLibrary names the library file for the library's prerendered page, which asks the
// browser to fetch it while app.wasm loads: the app starts there from it (see LoadData). The
// server and the static-site generator call it with the path under the site's root, e.g.
// "/web/data/library.0123456789abcdef.bin"; go-app adds the sub-path of a site hosted under one.
func PreloadLibrary(path string) { libraryHref = path }

// errNoData is what the views show when no corpus was loaded at all.
var errNoData = errors.New("this site was built without a corpus: build it with make run or make dist (go run ./build -corpus FOLDER)")

// errTextLoading is loadCorpus's error while the articles' text is still on its way, after the
// library file: the views that need the text show textLoadingPage instead of an error.
var errTextLoading = errors.New("the articles' text is still loading")

func closedChan() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}

// loadCorpus returns the corpus with every article's text, or the error that kept it from
// loading for the view to show (errTextLoading while it is on its way): a panic would kill the
// whole app.
func loadCorpus() (*corpus.Corpus, error) {
	return theCorpus, corpusErr
}

// loadLibrary returns the corpus as far as the views that need only the articles' metadata
// (titles, outlets, dates) are concerned: the library file's articles, without text, until the
// data file is there, then the whole corpus. The articles' Paragraphs, Removed and Dates may be
// empty: use articleWords and openingLine, never the text.
func loadLibrary() (*corpus.Corpus, error) {
	if theLibrary != nil {
		return theLibrary, nil
	}
	return loadCorpus()
}

// textPending reports whether err is loadCorpus's while the text is on its way.
func textPending(err error) bool { return errors.Is(err, errTextLoading) }

// textLoaded returns a channel that is closed once the text has loaded or failed to.
func textLoaded() <-chan struct{} {
	textMu.Lock()
	defer textMu.Unlock()
	return textDone
}

// quarterDone rounds done down to a quarter of total, for the views' status line: a live region
// that changed with every percent would have screen readers queue "12%", "13%"… (the banner at
// the foot of the window, not a live region, shows every percent).
func quarterDone(done, total int64) int64 {
	if total <= 0 || done <= 0 {
		return 0
	}
	return min(done, total) * 4 / total * total / 4
}

func currentTextStatus() string {
	textMu.Lock()
	defer textMu.Unlock()
	if textStatus == "" {
		return "Loading the articles' text…"
	}
	return textStatus
}

// SetLibrary decodes a library file (index.EncodeLibrary) and makes its articles those of the
// views that need only metadata, with the text to follow through SetData (or a failure through
// SetTextError); until then loadCorpus reports errTextLoading. The browser's LoadData does this;
// tests call it to see the views in that state.
func SetLibrary(lib []byte) error {
	var err error
	if gerr := guard("decoding the library file", func() {
		var arts []*corpus.Article
		var sums []index.Summary
		arts, sums, err = index.DecodeLibrary(lib)
		if err == nil {
			err = setLibrary(arts, sums)
		}
	}); gerr != nil {
		err = gerr
	}
	return err
}

// setLibrary makes arts, known by their metadata and summaries only, the library's articles
// and marks the text as on its way.
func setLibrary(arts []*corpus.Article, sums []index.Summary) error {
	c, err := corpus.NewMeta(arts)
	if err != nil {
		return fmt.Errorf("the library file: %w", err)
	}
	if len(sums) != len(arts) {
		return fmt.Errorf("the library file: %d summaries for %d articles", len(sums), len(arts))
	}
	byID := make(map[string]index.Summary, len(arts))
	for i, a := range arts {
		byID[a.ID] = sums[i]
	}
	setCorpus(nil, errTextLoading)
	theLibrary, summaries = c, byID
	textMu.Lock()
	textDone, textStatus = make(chan struct{}), ""
	textMu.Unlock()
	return nil
}

// SetTextError records that the text failed to load after the library file: the views that need
// it show err, the library keeps working.
func SetTextError(err error) {
	setCorpus(nil, err)
}

// summaryOf is what a library card shows of a's text: the library file's summary before the
// text is loaded, else the same summary computed from the text (index.SummaryOf, which the build
// wrote into the library file), so that a card reads the same before and after.
func summaryOf(a *corpus.Article) index.Summary {
	if len(a.Paragraphs) == 0 {
		if s, ok := summaries[a.ID]; ok {
			return s
		}
	}
	return index.SummaryOf(a)
}

// TimelineSection names the data file's section with the timeline's merged events, derived at
// build time (timeline.EncodeEvents).
const TimelineSection = index.TimelineSection

// SetData decodes a corpus data file (the format of package index) and makes it the corpus of
// every page, replacing any earlier one. Call it before the pages render: the server and the
// static-site generator call it at start. The error is also kept for the views.
func SetData(data []byte) error {
	// A new data file is a new corpus: the library of an earlier one must not outlive it.
	theLibrary, summaries = nil, nil
	err := guard("decoding the corpus", func() {
		x, err := index.NewDecoder(data)
		if err == nil {
			_, err = x.Step(int(^uint(0) >> 1))
		}
		if err != nil {
			setCorpus(nil, err)
			return
		}
		setDecoded(x, func() {})
	})
	if err != nil {
		setCorpus(nil, err)
	}
	return corpusErr
}

// setDecoded makes the corpus of a fully decoded data file current, with the events derived at
// build time, or records why it cannot be. pause runs between its steps, each of which takes
// tens of milliseconds at 10,000 articles: the browser yields there.
func setDecoded(x *index.Decoder, pause func()) {
	c, err := corpus.New(x.Articles())
	if err != nil {
		setCorpus(nil, fmt.Errorf("loading the corpus: %w", err))
		return
	}
	pause()
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
	// Only now that everything is set may the views waiting for the text look.
	textFinal()
}

// setCorpus replaces the corpus and drops what was derived from the old one. A corpus becomes
// the library's too; a failure leaves the library file's articles, if any, to the library.
// A failure other than errTextLoading is final: the views waiting for the text re-derive and
// show it. A corpus is final once setDecoded has set what goes with it.
func setCorpus(c *corpus.Corpus, err error) {
	theCorpus, corpusErr = c, err
	if c != nil {
		theLibrary = c
	}
	searchOnce, theEngine, searchEngErr = sync.Once{}, nil, nil
	timelineEvents, timelineNames, timelineNamesOf = nil, nil, nil
	if c == nil && !textPending(err) {
		textFinal()
	}
}

// textFinal wakes the views waiting for the text (awaitText): theCorpus or corpusErr is final.
func textFinal() {
	textMu.Lock()
	defer textMu.Unlock()
	select {
	case <-textDone:
	default:
		close(textDone)
	}
}

// Corpus returns the corpus set by SetData, for the static-site generator's list of pages.
func Corpus() (*corpus.Corpus, error) { return loadCorpus() }
