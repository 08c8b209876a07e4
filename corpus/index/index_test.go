package index_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
	"parallax/corpus/index"
	"parallax/corpus/index/nonzero"
)

// handBuilt exercises every field, including values ingestion never produces (a custom sentence
// ID, negative numbers, every enum's largest value).
func handBuilt() []*corpus.Article {
	return []*corpus.Article{{
		ID: "hand-built", File: "x.txt", Title: "T", TitleNote: "supplied", Outlet: "O", OutletNote: "on",
		Author: "A", AuthorNote: "an", URL: "https://example.org/a", Section: "business",
		Provenance: corpus.Provenance{
			Title:     corpus.Origin{Basis: corpus.BasisStated, From: "line 1"},
			Outlet:    corpus.Origin{Basis: corpus.BasisCurated, From: "catalog.json:7"},
			Published: corpus.Origin{Basis: corpus.BasisEstimated, Note: "from the content"},
			URL:       corpus.Origin{Note: "not given"},
			Encoding:  "Windows-1252",
		},
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
			Date: corpus.Date{Year: -44, Quarter: 4, Month: 12, Day: 31, Precision: corpus.PrecisionDay}, Anchor: corpus.AnchorEstimated, Role: corpus.RoleExpected,
			Stated: corpus.Stated{Key: "--12-31", Label: "31 December", Precision: corpus.PrecisionDay}},
			{Sentence: "p2s1", Text: "from May to November 2024", Date: corpus.Date{Year: 2024, Month: 5, Precision: corpus.PrecisionMonth},
				Until: corpus.Date{Year: 2024, Month: 11, Precision: corpus.PrecisionMonth}},
			{Sentence: "custom", Text: "8/10/2012", Date: corpus.Date{Year: 2012, Month: 8, Day: 10, Precision: corpus.PrecisionDay},
				Alt: corpus.Date{Year: 2012, Month: 10, Day: 8, Precision: corpus.PrecisionDay}, Anchor: corpus.AnchorAbsolute},
			// Fields finer than the precision are not meant to be set, but the index keeps them.
			{Until: corpus.Date{Day: -1}, Alt: corpus.Date{Part: corpus.PartMid, Precision: corpus.PrecisionUnknown}}},
	}, {ID: "empty"}, {ID: "provenance-only", Provenance: corpus.Provenance{Section: corpus.Origin{Basis: corpus.BasisStated, From: "folder"}}}}
}

// filled is an article with every exported field, however deep, set to a non-zero value, the
// strings and signed numbers all distinct.
func filled(t *testing.T) *corpus.Article {
	t.Helper()
	a := new(corpus.Article)
	if err := nonzero.Fill(a); err != nil {
		t.Fatal(err)
	}
	if z := nonzero.Zeros(a); len(z) > 0 {
		t.Fatalf("fields left zero: %v", z)
	}
	// An embedding has one length; Fill's two bytes are not one.
	for p := range a.Paragraphs {
		for s := range a.Paragraphs[p].Sentences {
			e := make([]byte, corpus.EmbeddingBytes)
			for k := range e {
				e[k] = byte(p + s + k)
			}
			a.Paragraphs[p].Sentences[s].Embedding = e
		}
	}
	return a
}

// TestRoundTripEveryField guards against a field added to corpus.Article or the types it holds
// without a change to the index format: the field comes back zero and the diff names it. When it
// fails, encode the field, decode it and bump Version.
func TestRoundTripEveryField(t *testing.T) {
	want := []*corpus.Article{filled(t), filled(t)}
	want[1].ID = "second"
	got, err := index.Decode(encoded(t, want))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fields lost or changed by the index (-want +got); encode them and bump index.Version:\n%s", diff)
	}
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
			if diff := cmp.Diff(tt.arts, got); diff != "" {
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
