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
// answers keep them, then synthetic ones whose sentences are random walks over the word pairs of
// the seed sentences (a bigram chain), about 30 sentences each. Synthetic articles say so in their
// notes; their titles, outlets and dates are made up for load, not facts.
func Generate(seed []*corpus.Article, n int) []*corpus.Article {
	m := newModel(seed)
	rng := rand.New(rand.NewPCG(Seed, Seed>>1))
	out := make([]*corpus.Article, 0, max(n, len(seed)))
	out = append(out, seed...)
	if len(m.starts) == 0 {
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

// model is a bigram chain over the words (with their punctuation) of the seed sentences.
type model struct {
	words  []string
	next   [][]int32 // word → the words that follow it in the seed, with repeats for frequency
	starts []int32   // words that begin a sentence
	ends   []bool    // word → it ended a sentence
}

func newModel(seed []*corpus.Article) *model {
	m := &model{}
	ids := make(map[string]int32)
	id := func(w string) int32 {
		if i, ok := ids[w]; ok {
			return i
		}
		i := int32(len(m.words))
		ids[w] = i
		m.words = append(m.words, w)
		m.next = append(m.next, nil)
		m.ends = append(m.ends, false)
		return i
	}
	for _, a := range seed {
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				ws := strings.Fields(s.Text)
				if len(ws) < 2 {
					continue
				}
				prev := id(ws[0])
				m.starts = append(m.starts, prev)
				for _, w := range ws[1:] {
					cur := id(w)
					m.next[prev] = append(m.next[prev], cur)
					prev = cur
				}
				m.ends[prev] = true
			}
		}
	}
	return m
}

// sentence walks the chain from a random start for lo to hi words, stopping early at a word
// that ended a seed sentence once lo words are out.
func (m *model) sentence(rng *rand.Rand, lo, hi int) string {
	var b strings.Builder
	w := m.starts[rng.IntN(len(m.starts))]
	for n := 1; ; n++ {
		b.WriteString(m.words[w])
		nx := m.next[w]
		if n >= hi || len(nx) == 0 || n >= lo && m.ends[w] {
			break
		}
		b.WriteByte(' ')
		w = nx[rng.IntN(len(nx))]
	}
	return b.String()
}
