// Package embedtest gives test articles sentence embeddings (corpus.Sentence.Embedding) without
// the sentence encoder; tests import it, the app does not.
package embedtest

import (
	"hash/fnv"
	"math/rand/v2"

	"parallax/corpus"
)

// Embed gives every sentence of a and b an embedding of its own, drawn from its text, so that two
// unrelated sentences agree on about half their signs (agreement near 0); then it gives each
// sentence of b named in same the embedding of its partner in a (same maps an ID of a to an ID of
// b) with flips of its 8·corpus.EmbeddingBytes signs turned, spread over the vector: agreement
// 1 − 2·flips/512. An ID that names no sentence is ignored.
func Embed(a, b *corpus.Article, same map[string]string, flips int) {
	for _, art := range []*corpus.Article{a, b} {
		for p := range art.Paragraphs {
			for s := range art.Paragraphs[p].Sentences {
				x := &art.Paragraphs[p].Sentences[s]
				h := fnv.New64a()
				h.Write([]byte(x.Text))
				r := rand.New(rand.NewPCG(h.Sum64(), 7))
				x.Embedding = make([]byte, corpus.EmbeddingBytes)
				for k := range x.Embedding {
					x.Embedding[k] = byte(r.UintN(256))
				}
			}
		}
	}
	const bits = 8 * corpus.EmbeddingBytes
	for ia, ib := range same {
		x, y := a.Sentence(ia), b.Sentence(ib)
		if x == nil || y == nil {
			continue
		}
		y.Embedding = append([]byte(nil), x.Embedding...)
		for k := range min(flips, bits) {
			bit := k * bits / max(flips, 1)
			y.Embedding[bit/8] ^= 1 << (bit % 8)
		}
	}
}
