//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"

	"parallax/corpus/index"
	"parallax/corpus/ingest"
	"parallax/corpus/timeline"
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
	var buf bytes.Buffer
	if err := index.Encode(&buf, arts); err != nil {
		return nil, 0, err
	}
	return buf.Bytes(), len(arts), nil
}

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
