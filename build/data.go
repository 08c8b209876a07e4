//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"

	"parallax/corpus"
	"parallax/corpus/index"
	"parallax/corpus/ingest"
	"parallax/corpus/timeline"

	ui "parallax/app"
)

// corpusData ingests the corpus folder fsys, extracts each article's dates, and encodes
// everything the browser needs as one data file (the format of package index). The heavy work
// happens here, natively and once, never in the browser. Every problem of every file is written
// to report (file:line: what — what was done, then the counts); only an unreadable folder, a
// folder with no usable article, or any problem under strict stops the build.
func corpusData(fsys fs.FS, o ingest.Options, report io.Writer) ([]byte, []*corpus.Article, error) {
	res, err := ingest.Folder(fsys, o)
	if res != nil && res.Report != nil && report != nil {
		if _, werr := res.Report.WriteTo(report); werr != nil && err == nil {
			err = werr
		}
	}
	if err != nil {
		return nil, nil, fmt.Errorf("reading the corpus: %w", err)
	}
	data, err := encodeData(res.Articles)
	if err != nil {
		return nil, nil, err
	}
	return data, res.Articles, nil
}

// encodeData dates the articles' temporal expressions, merges the timeline's events and encodes
// both as one data file.
func encodeData(arts []*corpus.Article) ([]byte, error) {
	for _, a := range arts {
		a.Dates = timeline.Extract(a)
	}
	c, err := corpus.New(arts)
	if err != nil {
		return nil, fmt.Errorf("reading the corpus: %w", err)
	}
	events, err := timeline.EncodeEvents(arts, timeline.Build(c))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := index.Encode(&buf, arts, index.Section{Name: TimelineSection, Data: events}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// TimelineSection names the index section with the merged timeline events (see
// timeline.EncodeEvents), which the app reads instead of running timeline.Build.
const TimelineSection = ui.TimelineSection

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
	data, arts, err := corpusData(os.DirFS(dir), ingest.Options{Strict: c.strict}, report)
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
