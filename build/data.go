//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"parallax/corpus"
	"parallax/corpus/encoder"
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
	enc := loadEncoder(c.encoder, c.encoderCache, report)
	data, arts, err := corpusdata.FromFolder(os.DirFS(dir), ingest.Options{Strict: c.strict, Exclude: c.exclude}, enc, report)
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

// defaultEncoder is where `make encoder` puts the sentence encoder's model.
const defaultEncoder = "bin/encoder/package/dist"

// loadEncoder loads the sentence encoder from dir, with its cache of embeddings in cache ("" for
// none), and refuses a model that is not the published one. Without it the build goes on, and
// report says what is lost and how to get it: a missing or damaged model costs the comparison
// its pairs by meaning, not the site.
func loadEncoder(dir, cache string, report io.Writer) corpusdata.Encoder {
	if dir == "" {
		fmt.Fprintln(report, "build: without sentence embeddings (-encoder ''); the comparison will pair paraphrases by their words alone.")
		return nil
	}
	m, err := encoder.Load(dir)
	if err != nil {
		fmt.Fprintf(report, "build: no sentence encoder (%v); the comparison will pair paraphrases by their words alone. `make encoder` fetches it.\n", err)
		return nil
	}
	if m.Digest() != encoder.PublishedDigest {
		fmt.Fprintf(report, "build: the sentence encoder in %s is not the published model (its files differ: damaged, or another version); the comparison will pair paraphrases by their words alone. `make encoder` restores it.\n", dir)
		return nil
	}
	return cachedEncoder{m: m, dir: cache, report: report}
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
