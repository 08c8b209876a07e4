package corpusdata

import (
	"bytes"
	"testing"

	"parallax/corpus"
	"parallax/corpus/index"
	"parallax/corpus/ingest"
	"parallax/corpus/search"
	"parallax/internal/fixture"
)

// TestSearchSection checks that the data file carries the search index of its own articles as
// the app decodes them: the index built from the decoded articles is the shipped one, and it
// decodes against them.
func TestSearchSection(t *testing.T) {
	data, _, err := FromFolder(fixture.Seed(), ingest.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	x, err := index.NewDecoder(data)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := x.Step(int(^uint(0) >> 1)); err != nil {
		t.Fatal(err)
	}
	c, err := corpus.New(x.Articles())
	if err != nil {
		t.Fatal(err)
	}
	sec := x.Section(index.SearchSection)
	if len(sec) == 0 {
		t.Fatalf("the data file has no %q section", index.SearchSection)
	}
	if want := search.EncodeIndex(search.New(c)); !bytes.Equal(sec, want) {
		t.Errorf("the shipped index (%d bytes) is not the index of the decoded articles (%d bytes)", len(sec), len(want))
	}
	e, err := search.DecodeIndex(sec, c)
	if err != nil {
		t.Fatal(err)
	}
	if r := e.Search(search.Query{Text: "walmrt microsft"}); r.Err != nil || len(r.Groups) == 0 {
		t.Errorf("the decoded engine finds nothing: %+v", r)
	}
}
