package index

import (
	"bytes"
	"testing"

	"parallax/corpus"
)

// FuzzDecodeBody feeds the body decoder directly, past the checksum, so that mutations reach
// every count, index and enum check.
func FuzzDecodeBody(f *testing.F) {
	var buf bytes.Buffer
	if err := Encode(&buf, []*corpus.Article{{ID: "a", Title: "T", Section: "world",
		Provenance: corpus.Provenance{Title: corpus.Origin{Basis: corpus.BasisStated, From: "line 1"}, Encoding: "UTF-8"}, Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{
			{ID: "p1s1", Text: "Joe Biden spoke.", Mentions: []corpus.Mention{{Start: 0, End: 9, Entity: "Joe Biden", Kind: corpus.KindPerson}}},
		}}}, Removed: []corpus.Removed{{Line: 1, Text: "Link", Rule: "stray-link"}},
		Dates: []corpus.DateMention{{Sentence: "p1s1", Text: "2024", Date: corpus.Date{Year: 2024, Precision: corpus.PrecisionYear},
			Until: corpus.Date{Year: 2025, Precision: corpus.PrecisionYear}, Alt: corpus.Date{Month: 3, Precision: corpus.PrecisionMonth}}}}}); err != nil {
		f.Fatal(err)
	}
	header := len(Magic) + 1 + 4
	// Small seeds only (not the shipped index): each mutation then reaches a check quickly.
	f.Add(buf.Bytes()[header:])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, body []byte) {
		arts, err := decodeBody(body)
		if err != nil {
			return
		}
		for _, a := range arts {
			if a == nil {
				t.Fatal("nil article")
			}
		}
	})
}
