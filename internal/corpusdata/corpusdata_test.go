package corpusdata

import (
	"bytes"
	"strings"
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
	data, _, err := FromFolder(fixture.Seed(), ingest.Options{}, nil, nil)
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

// lengthEncoder embeds a text as the binary form of a vector whose signs spell its length in
// binary, and gives no embedding to a text that mentions "skip".
type lengthEncoder struct{ calls int }

func (e *lengthEncoder) Embed(texts []string) [][]byte {
	e.calls++
	out := make([][]byte, len(texts))
	for i, t := range texts {
		if strings.Contains(t, "skip") {
			continue
		}
		v := make([]float32, 8*corpus.EmbeddingBytes)
		for k := range v {
			v[k] = -1
			if len(t)>>(k%16)&1 == 1 {
				v[k] = 1
			}
		}
		out[i] = corpus.BinaryEmbedding(v)
	}
	return out
}

// TestEmbeddings: with an encoder, every sentence of the data file carries the binary form of its
// embedding, computed in one call; without one, none does.
func TestEmbeddings(t *testing.T) {
	enc := &lengthEncoder{}
	data, arts, err := FromFolder(fixture.Seed(), ingest.Options{}, enc, nil)
	if err != nil {
		t.Fatal(err)
	}
	if enc.calls != 1 {
		t.Errorf("%d calls of the encoder, want 1", enc.calls)
	}
	decoded, err := index.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i, a := range decoded {
		for p, para := range a.Paragraphs {
			for s, x := range para.Sentences {
				n++
				want := enc.Embed([]string{x.Text})[0]
				if !bytes.Equal(x.Embedding, want) || !bytes.Equal(arts[i].Paragraphs[p].Sentences[s].Embedding, want) {
					t.Fatalf("%s %s: embedding %x, want %x", a.ID, x.ID, x.Embedding, want)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no sentences")
	}
	without, _, err := FromFolder(fixture.Seed(), ingest.Options{}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Each sentence costs its 64 bytes; without an encoder, one byte saying it has none.
	if got, want := len(data)-len(without), n*corpus.EmbeddingBytes; got < want || got > want+want/8 {
		t.Errorf("the embeddings add %d bytes for %d sentences, want about %d", got, n, want)
	}
}

// TestEmbedMissingVector: a sentence the encoder gives no vector keeps none.
func TestEmbedMissingVector(t *testing.T) {
	a := &corpus.Article{ID: "a", Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: "Please skip me."}, {ID: "p1s2", Text: "Keep me."}}}}}
	Embed([]*corpus.Article{a}, &lengthEncoder{})
	if e := a.Paragraphs[0].Sentences[0].Embedding; e != nil {
		t.Errorf("skipped sentence: embedding %x, want none", e)
	}
	if e := a.Paragraphs[0].Sentences[1].Embedding; len(e) != corpus.EmbeddingBytes {
		t.Errorf("kept sentence: embedding of %d bytes, want %d", len(e), corpus.EmbeddingBytes)
	}
}
