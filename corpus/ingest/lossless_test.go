package ingest_test

import (
	"bytes"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
	"parallax/corpus/ingest"
	"parallax/internal/fixture"
)

// words returns the words of an article's text and removed pieces, sorted: ingestion may move
// words between paragraphs and removed pieces, but must not drop or change any.
func words(a *corpus.Article) []string {
	var w []string
	for _, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			w = append(w, strings.Fields(s.Text)...)
		}
	}
	for _, r := range a.Removed {
		w = append(w, strings.Fields(r.Text)...)
	}
	slices.Sort(w)
	return w
}

func rawWords(raw []byte) []string {
	w := strings.Fields(string(bytes.TrimPrefix(raw, []byte("\ufeff"))))
	slices.Sort(w)
	return w
}

// TestNothingLost checks on the seed corpus that every word of each raw file is either in the
// text or among the removed pieces.
func TestNothingLost(t *testing.T) {
	arts, err := ingest.Corpus(fixture.Seed())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		raw, err := fs.ReadFile(fixture.Seed(), "articles/"+a.File)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(rawWords(raw), words(a)); diff != "" {
			t.Errorf("%s: words lost or changed (-raw +ingested):\n%s", a.ID, diff)
		}
	}
}
