//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"

	"parallax/corpus"
	"parallax/corpus/index"
	"parallax/corpus/ingest"
	"parallax/corpus/timeline"

	ui "parallax/app"
)

// corpusData ingests the corpus folder fsys (catalog.json and articles/), extracts each article's
// dates, and encodes everything the browser needs as one data file (the format of package index).
// The heavy work happens here, natively and once, never in the browser.
func corpusData(fsys fs.FS) ([]byte, int, error) {
	arts, err := ingest.Corpus(fsys)
	if err != nil {
		return nil, 0, fmt.Errorf("reading the corpus: %w", err)
	}
	for _, a := range arts {
		a.Dates = timeline.Extract(a)
	}
	c, err := corpus.New(arts)
	if err != nil {
		return nil, 0, fmt.Errorf("reading the corpus: %w", err)
	}
	events, err := timeline.EncodeEvents(arts, timeline.Build(c))
	if err != nil {
		return nil, 0, err
	}
	var buf bytes.Buffer
	if err := index.Encode(&buf, arts, index.Section{Name: TimelineSection, Data: events}); err != nil {
		return nil, 0, err
	}
	return buf.Bytes(), len(arts), nil
}

// TimelineSection names the index section with the merged timeline events (see
// timeline.EncodeEvents), which the app reads instead of running timeline.Build.
const TimelineSection = ui.TimelineSection

// readCorpus checks that dir is a corpus folder and returns its data file.
func readCorpus(dir string) ([]byte, int, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, 0, fmt.Errorf("-corpus %s: %w", dir, err)
	}
	if !st.IsDir() {
		return nil, 0, fmt.Errorf("-corpus %s: not a folder (want a folder with catalog.json and articles/)", dir)
	}
	data, n, err := corpusData(os.DirFS(dir))
	if err != nil {
		return nil, 0, fmt.Errorf("corpus %s: %w", dir, err)
	}
	return data, n, nil
}
