//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"os"

	"parallax/corpus"
	"parallax/corpus/ingest"
	"parallax/internal/corpusdata"
)

// readCorpus checks that c.corpus is a folder, ingests it and returns its data file and article
// count; with c.catalog set it also writes what was found there as a catalog for review.
func readCorpus(c config) ([]byte, int, error) {
	if c.data != nil {
		return c.data, -1, nil
	}
	dir := c.corpus
	st, err := os.Stat(dir)
	if err != nil {
		return nil, 0, fmt.Errorf("-corpus %s: %w", dir, err)
	}
	if !st.IsDir() {
		return nil, 0, fmt.Errorf("-corpus %s: not a folder of articles", dir)
	}
	report := c.report
	if report == nil {
		report = os.Stderr
	}
	data, arts, err := corpusdata.FromFolder(os.DirFS(dir), ingest.Options{Strict: c.strict, Exclude: c.exclude}, nil, report)
	if err != nil {
		return nil, 0, fmt.Errorf("corpus %s: %w", dir, err)
	}
	if c.catalog != "" {
		if err := writeCatalog(c.catalog, arts); err != nil {
			return nil, 0, err
		}
	}
	return data, len(arts), nil
}

// writeCatalog writes the metadata found in the articles as a catalog, for review.
func writeCatalog(name string, arts []*corpus.Article) error {
	var buf bytes.Buffer
	if err := ingest.WriteCatalog(&buf, arts); err != nil {
		return fmt.Errorf("-catalog %s: %w", name, err)
	}
	if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("-catalog: %w", err)
	}
	return nil
}
