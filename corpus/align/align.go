// Package align pairs the sentences of two articles that report the same thing and sums up
// how the two accounts differ.
package align

import (
	"slices"

	"parallax/corpus"
)

// Threshold is the similarity score (a weighted Dice coefficient between 0 and 1) a pair needs
// at least, set on the development half of the gold list in the tests.
const Threshold = 0.27

// ThresholdRare is the lower score that suffices for two sentences that share at least two rare
// words; such a pair is reported with Threshold as its score.
const ThresholdRare = 0.2

// LoosePair is the score under which a pair is loose: its sentences share a few telling words
// but not their wording, and a reader should check that both report the same thing. On real
// articles (40 same-story pairs of the BBC News dataset, judged by hand) 36 of the 63 pairs under
// it did, against nearly all above it.
const LoosePair = 0.45

// A pair must share at least minShared features, and among them something specific that is not
// a name: a figure, a date, or a rare word, one that no other sentence of either side carries
// (in a long article, at most one sentence in rarePer of a side). Names say who a sentence is
// about, not what it reports; the story's common vocabulary ("national security", "China",
// "sell") makes a theme, not a fact.
const (
	minShared = 2
	rarePer   = 500
	sameWords = 0.7
	minRare   = 1
)

// Limits that bound the work of a comparison whatever the articles' sizes. A comparison past a
// limit still lays out every sentence, but may miss pairs; Comparison.Capped says so.
const (
	// MaxSentences is how many sentences of each article are compared; the rest are laid out
	// without a counterpart.
	MaxSentences = 20000
	// maxFeaturePairs: a feature that more than this many sentence pairs share (say, a name in
	// 100 sentences of each side) is the story's topic and does not propose candidates, though
	// it still counts in a candidate's score.
	maxFeaturePairs = 4096
	// MaxWork is how many sentence pairs the candidate search may visit, summed over the
	// features that propose candidates, rarest first.
	MaxWork = 4_000_000
)

// limitSentences and limitWork are the limits in force, lowered by tests.
var (
	limitSentences = MaxSentences
	limitWork      = MaxWork
)

// Comparison is the alignment of two articles and its summary.
type Comparison struct {
	A, B *corpus.Article
	// Pairs are the aligned sentence pairs, numbered 1… in the order of Rows.
	Pairs []Pair
	// Rows lay both articles out side by side, each in its own reading order.
	Rows    []Row
	Summary Summary
	// Candidates is how many sentence pairs were scored: those that share a rare feature.
	Candidates int
	// Capped is true when a limit (MaxSentences, MaxWork) cut the comparison short, so that
	// some pairs may be missing; CapNote says which, for the reader.
	Capped  bool
	CapNote string
}

// Pair is a sentence of A and a sentence of B that report the same thing.
type Pair struct {
	// N is the 1-based number used in links ("#pair-3").
	N    int
	A, B string // sentence IDs
	// Score is the similarity, from Threshold to 1.
	Score float64
	// Crossing marks a pair out of reading order: its sentences sit in separate rows.
	Crossing bool
	// Meaning marks a pair the sentence embeddings found (see MeaningAgreement): the two
	// sentences mean the same by the encoder and share some specific content (SpansA, SpansB),
	// though too few words for the word-based score.
	Meaning bool
	// SpansA and SpansB mark what the two sentences share, by byte offsets into their texts.
	SpansA, SpansB []Span
}

// Row is one line of the side-by-side layout: a pair, or a sentence only one side has. A
// crossing pair's two sentences appear in separate rows, each with the pair's number.
type Row struct {
	A, B string // sentence IDs; one may be empty
	// Pair is the number of the pair the row shows, 0 for a sentence with no counterpart.
	Pair int
	// Also, on a row of a sentence with no counterpart of its own, is the number of the pair that
	// holds its best match: a second account of the same thing, which a one-to-one alignment
	// cannot pair (0 for none).
	Also int
	// ParaA and ParaB are true when the row's sentence starts a paragraph on that side.
	ParaA, ParaB bool
}

// SpanKind says what a highlighted span shares with the other side.
type SpanKind uint8

// Kinds of shared spans.
const (
	SpanWord SpanKind = iota
	SpanEntity
	SpanFigure
	SpanDate
	SpanQuote
	// SpanSynonym is a word whose counterpart on the other side is another word of the same
	// meaning ("bought" and "took over", "shoppers" and "customers"), not the same word.
	SpanSynonym
	// SpanRelated is a word whose counterpart is a related word in WordNet ("fight" and
	// "oppose"): weaker than a synonym, it counts for less in the score.
	SpanRelated
)

func (k SpanKind) String() string {
	return [...]string{"word", "entity", "figure", "date", "quote", "synonym", "related"}[min(int(k), 6)]
}

// rank orders the kinds for overlapping spans, the more telling first: a quote over a date over
// a figure over an entity over a synonym over a related word over a word.
func (k SpanKind) rank() int {
	switch k {
	case SpanWord:
		return 0
	case SpanRelated:
		return 1
	case SpanSynonym:
		return 2
	}
	return int(k) + 2
}

// Span is a highlighted stretch of a sentence, [Start, End) in bytes.
type Span struct {
	Start, End int
	Kind       SpanKind
}

// Compare aligns a and b. Either may be nil or empty; the result is then empty, never nil. Its
// work and memory are bounded by MaxSentences and MaxWork, not by the product of the articles'
// sentence counts.
func Compare(a, b *corpus.Article) *Comparison {
	al := NewAlignment(a, b)
	for al.Step() {
	}
	return al.Result()
}

// Score returns the similarity of two sentences, for tests and tools; the weights are computed
// over the two sentences alone, so it is only comparable between calls of the same kind.
func Score(x, y *corpus.Sentence) float64 {
	a := &corpus.Article{Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{*x}}}}
	b := &corpus.Article{Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{*y}}}}
	sp := newSpace()
	abbreviations(a, sp.abbr)
	abbreviations(b, sp.abbr)
	as, _ := sp.sentences(a, 0, 1)
	bs, _ := sp.sentences(b, 1, 1)
	sp.weigh(as, bs)
	return similarity(sp, as[0], bs[0])
}

// groupBy returns the items that each calls put with, grouped by bucket (0 to n-1) in one array:
// items[start[b]:start[b+1]] are bucket b's, in the order put met them. each is called twice,
// once to count and once to fill, and must put the same items both times.
func groupBy(n int, each func(put func(bucket, item int32))) (start, items []int32) {
	start = make([]int32, n+1)
	each(func(b, _ int32) { start[b+1]++ })
	for b := 1; b < len(start); b++ {
		start[b] += start[b-1]
	}
	items = make([]int32, start[n])
	fill := slices.Clone(start[:n])
	each(func(b, item int32) {
		items[fill[b]] = item
		fill[b]++
	})
	return start, items
}

// cell is a scored sentence pair: sentence i of A, j of B.
type cell struct {
	i, j int32
	s    float64
}

// sparse holds the pairs above Threshold, sorted by i then j, with each row's start.
type sparse struct {
	cells []cell
	row   []int32 // cells[row[i]:row[i+1]] are row i's
}

// at returns the score of (i, j), 0 when it is not above Threshold.
func (sm *sparse) at(i, j int) float64 {
	r := sm.cells[sm.row[i]:sm.row[i+1]]
	k, ok := slices.BinarySearchFunc(r, j, func(c cell, j int) int { return int(c.j) - j })
	if !ok {
		return 0
	}
	return r[k].s
}

// found is the outcome of the candidate search: the pairs above Threshold, how many sentence
// pairs were scored, and whether MaxWork cut the search short (skipped features unfollowed).
type found struct {
	sim     *sparse
	scored  int
	skipped int
	capped  bool
}

// candidates finds the sentence pairs worth scoring through an inverted index of B's features:
// a pair is scored only when it shares a feature rare enough to propose it (see
// maxFeaturePairs), and the candidate search visits at most MaxWork sentence pairs, rarest
// features first. A pair whose shared rare word, figure or date makes it a fact shares such a
// feature, so outside the cap it is found; a pair that shares only topic features (each shared
// by more than maxFeaturePairs sentence pairs) is not scored, even when it would pass on nearly
// identical wording. Memory is linear in the articles' features and the pairs found.
func candidates(sp *space, as, bs []*sent) found {
	cs := newSearch(sp, as, bs)
	for i := range as {
		cs.row(i)
	}
	return cs.g
}

// search is candidates in steps: newSearch chooses the proposing features and indexes B by
// them, then row scores the candidates of each sentence of A, in order.
type search struct {
	sp      *space
	as, bs  []*sent
	g       found
	use     []bool  // the features that propose candidates
	start   []int32 // post[start[f]:start[f+1]] are the sentences of B that carry feature f
	post    []int32
	seen    []int32 // seen[j] == i+1 once (i, j) is a candidate
	touched []int32
}

func newSearch(sp *space, as, bs []*sent) *search {
	var g found
	// The features that propose candidates, rarest first, within the budget.
	type prop struct {
		f     int32
		pairs int
	}
	var props []prop
	for f := range sp.keys {
		p := int(sp.df[0][f]) * int(sp.df[1][f])
		if p > 0 && p <= maxFeaturePairs {
			props = append(props, prop{int32(f), p})
		}
	}
	slices.SortFunc(props, func(x, y prop) int {
		if x.pairs != y.pairs {
			return x.pairs - y.pairs
		}
		return int(x.f - y.f)
	})
	use := make([]bool, len(sp.keys))
	work := 0
	for k, p := range props {
		if work+p.pairs > limitWork {
			g.capped, g.skipped = true, len(props)-k
			break
		}
		work += p.pairs
		use[p.f] = true
	}
	// post[start[f]:start[f+1]] are the sentences of B that carry a proposing feature f.
	start, post := groupBy(len(sp.keys), func(put func(f, j int32)) {
		for j, y := range bs {
			for _, f := range y.feats {
				if use[f] {
					put(f, int32(j))
				}
			}
		}
	})
	g.sim = &sparse{row: make([]int32, len(as)+1)}
	return &search{sp: sp, as: as, bs: bs, g: g, use: use, start: start, post: post,
		seen: make([]int32, len(bs))}
}

// row scores the candidates of sentence i of A; rows must be scored in order, 0 first.
func (cs *search) row(i int) {
	sp, x, use, start, post, seen, sm := cs.sp, cs.as[i], cs.use, cs.start, cs.post, cs.seen, cs.g.sim
	touched := cs.touched[:0]
	for _, f := range x.feats {
		if !use[f] {
			continue
		}
		for _, j := range post[start[f]:start[f+1]] {
			if seen[j] != int32(i+1) {
				seen[j] = int32(i + 1)
				touched = append(touched, j)
			}
		}
	}
	slices.Sort(touched)
	cs.g.scored += len(touched)
	for _, j := range touched {
		y := cs.bs[j]
		if x.heading != y.heading {
			continue
		}
		if s := similarity(sp, x, y); s >= Threshold {
			sm.cells = append(sm.cells, cell{int32(i), j, s})
		}
	}
	sm.row[i+1] = int32(len(sm.cells))
	cs.touched = touched
}
