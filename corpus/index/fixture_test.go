package index

import (
	"bytes"
	"testing"

	"parallax/corpus"
	"parallax/corpus/ingest"
	"parallax/corpus/timeline"
	"parallax/internal/fixture"
)

// FixtureArticles ingests the fixed seed corpus of package fixture with its dates, as a build
// does, so that the tests hold whatever corpus the project ships.
func FixtureArticles(t testing.TB) []*corpus.Article {
	t.Helper()
	arts, err := ingest.Corpus(fixture.Seed())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		a.Dates = timeline.Extract(a)
	}
	return arts
}

// FixtureIndex is the index of FixtureArticles.
func FixtureIndex(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Encode(&buf, FixtureArticles(t)); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
