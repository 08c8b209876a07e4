package index_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"parallax/corpus"
	"parallax/corpus/index"
)

// handBuilt exercises every field, including values ingestion never produces (a custom sentence
// ID, negative numbers, every enum's largest value).
func handBuilt() []*corpus.Article {
	return []*corpus.Article{{
		ID: "hand-built", File: "x.txt", Title: "T", TitleNote: "supplied", Outlet: "O", OutletNote: "on",
		Author: "A", AuthorNote: "an", URL: "https://example.org/a",
		Published: corpus.PubDate{Date: corpus.Date{Year: 2024, Month: 11, Part: corpus.PartLate, Precision: corpus.PrecisionPartOfMonth}, Basis: corpus.BasisEstimated, Note: "why"},
		Paragraphs: []corpus.Paragraph{
			{Heading: true, Sentences: []corpus.Sentence{{ID: "p1s1", Text: "Heading?"}}},
			{Sentences: []corpus.Sentence{
				{ID: "p2s1", Text: "Joe Biden met Amazon.", Mentions: []corpus.Mention{
					{Start: 0, End: 9, Entity: "Joe Biden", Kind: corpus.KindPerson},
					{Start: 14, End: 20, Entity: "Amazon", Kind: corpus.KindOrganization},
				}},
				{ID: "custom", Text: "Ünïcödé — “quotes”."},
				{ID: "", Text: ""},
			}},
		},
		Removed: []corpus.Removed{{Line: 1, Before: 0, Text: "ADVERTISEMENT", Rule: "advertisement"}, {Line: -1, Before: 2, Text: "", Rule: ""}},
		Dates: []corpus.DateMention{{Sentence: "p2s1", Start: 3, End: 8, Text: "by January 19",
			Date: corpus.Date{Year: -44, Quarter: 4, Month: 12, Day: 31, Precision: corpus.PrecisionDay}, Anchor: corpus.AnchorEstimated, Role: corpus.RoleExpected}},
	}, {ID: "empty"}}
}

func TestRoundTrip(t *testing.T) {
	seed := index.FixtureArticles(t)
	tests := []struct {
		name string
		arts []*corpus.Article
	}{
		{"none", []*corpus.Article{}},
		{"hand-built", handBuilt()},
		{"seed", seed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := index.Encode(&buf, tt.arts); err != nil {
				t.Fatal(err)
			}
			got, err := index.Decode(buf.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			// Section and provenance are build-time facts that the index does not carry yet.
			if diff := cmp.Diff(tt.arts, got, cmpopts.IgnoreFields(corpus.Article{}, "Section", "Provenance")); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
		})
	}
}

func BenchmarkDecode(b *testing.B) {
	data := index.FixtureIndex(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := index.Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncode(b *testing.B) {
	arts := index.FixtureArticles(b)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := index.Encode(&buf, arts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeJSON is the peer of BenchmarkDecode: the same articles as encoding/json would
// carry them, which is what the index format replaces.
func BenchmarkDecodeJSON(b *testing.B) {
	arts := index.FixtureArticles(b)
	data, err := json.Marshal(arts)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		var out []*corpus.Article
		if err := json.Unmarshal(data, &out); err != nil {
			b.Fatal(err)
		}
	}
}
