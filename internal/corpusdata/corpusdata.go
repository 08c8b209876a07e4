// Package corpusdata turns a folder of articles into the data file the app fetches: ingestion,
// temporal expressions, the timeline's merged events, the search index, all encoded in the format of package index.
// It runs natively, at build time; app.wasm never imports it.
package corpusdata

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"

	"parallax/corpus"
	"parallax/corpus/index"
	"parallax/corpus/ingest"
	"parallax/corpus/search"
	"parallax/corpus/timeline"
)

// An Encoder gives texts their binary sentence embeddings: for each text, corpus.EmbeddingBytes
// bytes (see corpus.Sentence.Embedding and corpus.BinaryEmbedding), or nil for none. The build's
// is corpus/encoder's Model behind a cache.
type Encoder interface {
	Embed(texts []string) [][]byte
}

// FromFolder ingests the folder fsys (any of ingest's formats, walked recursively, with an
// optional catalog.json), gives its sentences their embeddings with enc (none when enc is nil; see
// Embed) and encodes it. Every problem of every file is written to report (nil:
// discarded) as ingest.Report.WriteTo writes it. Only an unreadable folder, a folder with no usable
// article, or any problem under o.Strict is an error. It returns the data file and the articles.
func FromFolder(fsys fs.FS, o ingest.Options, enc Encoder, report io.Writer) ([]byte, []*corpus.Article, error) {
	res, err := ingest.Folder(fsys, o)
	if res != nil && res.Report != nil && report != nil {
		if _, werr := res.Report.WriteTo(report); werr != nil && err == nil {
			err = werr
		}
	}
	if err != nil {
		return nil, nil, fmt.Errorf("reading the corpus: %w", err)
	}
	if enc != nil {
		Embed(res.Articles, enc)
	}
	data, err := Encode(res.Articles)
	if err != nil {
		return nil, nil, err
	}
	return data, res.Articles, nil
}

// Embed sets the Embedding of every sentence of arts to enc's embedding of its text, one call of enc for all; an embedding missing or of another length than
// corpus.EmbeddingBytes leaves its sentence without one, and the aligner pairs it by its words
// alone.
func Embed(arts []*corpus.Article, enc Encoder) {
	var texts []string
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				texts = append(texts, s.Text)
			}
		}
	}
	embs := enc.Embed(texts)
	k := 0
	for _, a := range arts {
		for p := range a.Paragraphs {
			for s := range a.Paragraphs[p].Sentences {
				if k < len(embs) && len(embs[k]) == corpus.EmbeddingBytes {
					a.Paragraphs[p].Sentences[s].Embedding = embs[k]
				}
				k++
			}
		}
	}
}

// Encode dates the articles' temporal expressions (setting each article's Dates), merges the
// timeline's events, builds the search index and encodes all three as one data file.
func Encode(arts []*corpus.Article) ([]byte, error) {
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
	if err := index.Encode(&buf, arts,
		index.Section{Name: index.TimelineSection, Data: events},
		index.Section{Name: index.SearchSection, Data: search.EncodeIndex(search.New(c))},
	); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Library returns the library file of a data file written by Encode: each article's metadata
// and summary without its text (index.EncodeLibrary), which the app fetches first. The data
// file is the one source of both, so the two always describe the same articles.
func Library(data []byte) ([]byte, error) {
	arts, err := index.Decode(data)
	if err != nil {
		return nil, fmt.Errorf("writing the library file: %w", err)
	}
	var buf bytes.Buffer
	if err := index.EncodeLibrary(&buf, arts); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
