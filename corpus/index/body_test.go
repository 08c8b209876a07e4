package index

import (
	"bytes"
	"strings"
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

// TestEmbeddingDamage: an embedding of another length, or cut short, is damage the decoder names;
// the encoder refuses to write one of another length.
func TestEmbeddingDamage(t *testing.T) {
	emb := bytes.Repeat([]byte{0xa5}, corpus.EmbeddingBytes)
	art := &corpus.Article{ID: "a", Title: "T", Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: "One.", Embedding: emb}}}}}
	var buf bytes.Buffer
	if err := Encode(&buf, []*corpus.Article{art}); err != nil {
		t.Fatal(err)
	}
	body := buf.Bytes()[len(Magic)+1+4:]
	at := bytes.Index(body, append([]byte{corpus.EmbeddingBytes}, emb...))
	if at < 0 {
		t.Fatal("embedding not found in the body")
	}
	got, err := decodeBody(body)
	if err != nil || !bytes.Equal(got[0].Paragraphs[0].Sentences[0].Embedding, emb) {
		t.Fatalf("round trip: %v, %v", got, err)
	}
	short := bytes.Clone(body)
	short[at] = corpus.EmbeddingBytes - 1
	if _, err := decodeBody(short); err == nil || !strings.Contains(err.Error(), "an embedding of 63 bytes, want 64") {
		t.Errorf("embedding of 63 bytes: %v", err)
	}
	if _, err := decodeBody(body[:at+10]); err == nil || !strings.Contains(err.Error(), "embedding truncated") {
		t.Errorf("truncated embedding: %v", err)
	}
	art.Paragraphs[0].Sentences[0].Embedding = emb[:10]
	if err := Encode(&buf, []*corpus.Article{art}); err == nil || !strings.Contains(err.Error(), "sentence p1s1: an embedding of 10 bytes, want 64") {
		t.Errorf("encoding a 10-byte embedding: %v", err)
	}
}
