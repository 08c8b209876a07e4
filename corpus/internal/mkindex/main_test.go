package main

import (
	"bytes"
	"testing"

	"parallax/corpus"
)

// TestIndexFresh fails when the committed index no longer matches the catalog, the articles or
// the code that builds it.
func TestIndexFresh(t *testing.T) {
	fresh, err := Build(corpus.Source)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fresh, corpus.Embedded) {
		t.Fatalf("corpus/index.bin is stale: run go generate ./corpus (committed %d bytes, fresh %d bytes)", len(corpus.Embedded), len(fresh))
	}
}
