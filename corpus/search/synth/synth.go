// Package synth generates a deterministic synthetic corpus from a seed corpus's vocabulary, for
// benchmarks at a scale the real corpus does not reach.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"parallax/corpus"
)

// Seed fixes the generator, so that every run and every benchmark sees the same corpus.
const Seed = 20241117

// Generate returns n articles: the seed articles first, unchanged, so that queries with known
// answers keep them, then synthetic ones whose sentences are drawn from the seed's words (see model),
// about 30 sentences each. Synthetic articles say so in their
// notes; their titles, outlets and dates are made up for load, not facts.
func Generate(seed []*corpus.Article, n int) []*corpus.Article {
	m := newModel(seed)
	rng := rand.New(rand.NewPCG(Seed, Seed>>1))
	out := make([]*corpus.Article, 0, max(n, len(seed)))
	out = append(out, seed...)
	if len(m.tokens) == 0 {
		return out
	}
	for i := len(out); i < n; i++ {
		a := &corpus.Article{
			ID:         fmt.Sprintf("synthetic-%05d", i),
			Title:      strings.TrimRight(m.sentence(rng, 5, 11), ".!?”\""),
			TitleNote:  "synthetic",
			Outlet:     fmt.Sprintf("Synthetic Outlet %d", 1+rng.IntN(40)),
			OutletNote: "synthetic",
			AuthorNote: "synthetic",
			Published: corpus.PubDate{
				Date: corpus.Date{Year: 2019 + rng.IntN(6), Month: 1 + rng.IntN(12), Day: 1 + rng.IntN(28),
					Precision: corpus.PrecisionDay},
				Basis: corpus.BasisEstimated,
				Note:  "synthetic benchmark article",
			},
		}
		sentences := 20 + rng.IntN(21)
		for s := 0; s < sentences; {
			p := corpus.Paragraph{}
			for k := 1 + rng.IntN(4); k > 0 && s < sentences; k-- {
				p.Sentences = append(p.Sentences, corpus.Sentence{
					ID:   fmt.Sprintf("p%ds%d", len(a.Paragraphs)+1, len(p.Sentences)+1),
					Text: m.sentence(rng, 8, 36),
				})
				s++
			}
			a.Paragraphs = append(a.Paragraphs, p)
		}
		out = append(out, a)
	}
	return out
}

// model draws words with their frequency in the seed sentences (a unigram model) and sentence
// lengths from the seed's. Unlike a chain of word pairs it does not copy the seed's phrases, so
// a query for a seed sentence's words has a right answer and not a dozen stitched near-copies.
type model struct {
	tokens  []string // every word of the seed, with its punctuation, repeats included
	lengths []int    // the word count of every seed sentence
}

func newModel(seed []*corpus.Article) *model {
	m := &model{}
	for _, a := range seed {
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				ws := strings.Fields(s.Text)
				if len(ws) == 0 {
					continue
				}
				m.tokens = append(m.tokens, ws...)
				m.lengths = append(m.lengths, len(ws))
			}
		}
	}
	return m
}

// sentence draws a seed sentence length, kept within lo and hi words, and that many words.
func (m *model) sentence(rng *rand.Rand, lo, hi int) string {
	n := min(max(m.lengths[rng.IntN(len(m.lengths))], lo), hi)
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(m.tokens[rng.IntN(len(m.tokens))])
	}
	return b.String()
}
