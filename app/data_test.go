package app

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"parallax/corpus/index"
	"parallax/corpus/ingest"
	"parallax/corpus/search"
	"parallax/corpus/timeline"
	"parallax/internal/fixture"
)

// TestMain gives the pages the fixed seed corpus of package fixture, built as `make data` builds
// a data file, so that the tests hold whatever corpus the project ships.
func TestMain(m *testing.M) {
	if err := SetData(fixtureData()); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}

func fixtureData() []byte {
	arts, err := ingest.Corpus(fixture.Seed())
	if err != nil {
		panic(err)
	}
	for _, a := range arts {
		a.Dates = timeline.Extract(a)
	}
	var buf bytes.Buffer
	if err := index.Encode(&buf, arts); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// TestSetDataErrors checks that bad data becomes an error for every view, never a panic, and
// that good data afterwards replaces it together with what was derived from the old corpus.
func TestSetDataErrors(t *testing.T) {
	good := fixtureData()
	defer SetData(good)
	stale := append([]byte(index.Magic), 0x7f)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not a Parallax index"},
		{"stale format", append(stale, good[len(index.Magic)+1:]...), "format version 127, but this build reads version"},
		{"truncated", good[:len(good)/2], "checksum mismatch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := SetData(tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, index.ErrFormat) {
				t.Fatalf("SetData: %v, want an ErrFormat saying %q", err, tt.want)
			}
			if c, err2 := loadCorpus(); c != nil || err2 != err {
				t.Errorf("loadCorpus after bad data: %v, %v; want nil and the same error", c, err2)
			}
			if res := runSearch(search.Query{Text: "tiktok"}); res.Err == nil {
				t.Error("search over bad data: no error")
			}
		})
	}
	if err := SetData(good); err != nil {
		t.Fatal(err)
	}
	if c, err := loadCorpus(); err != nil || len(c.Articles) == 0 {
		t.Fatalf("after good data: %v articles, %v", c, err)
	}
	if res := runSearch(search.Query{Text: "tiktok"}); res.Err != nil || res.Total == 0 {
		t.Errorf("search after good data: %v, %d results", res.Err, res.Total)
	}
}
