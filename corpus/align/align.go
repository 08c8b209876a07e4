// Package align pairs the sentences of two articles that report the same thing and sums up
// how the two accounts differ.
package align

import (
	"slices"

	"parallax/corpus"
)

// Threshold is the similarity score (a weighted Dice coefficient between 0 and 1) a pair needs
// at least, set on the gold pairs in the tests.
const Threshold = 0.27

const (
	// minShared and minInfo are how many features, and how much weight, a pair must share at
	// least: two short sentences that share only "TikTok" and "U.S." score high but report
	// different things. A pair must also share something specific: a figure, a date, or a word
	// or name that no other sentence of either article has, such as "campaign" or "Joe Biden";
	// the story's common vocabulary alone ("national security", "China") makes a theme, not a
	// fact.
	minShared = 2
	minInfo   = 7.0
)

// Comparison is the alignment of two articles and its summary.
type Comparison struct {
	A, B *corpus.Article
	// Pairs are the aligned sentence pairs, numbered 1… in the order of Rows.
	Pairs []Pair
	// Rows lay both articles out side by side, each in its own reading order.
	Rows    []Row
	Summary Summary
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
)

func (k SpanKind) String() string {
	return [...]string{"word", "entity", "figure", "date", "quote"}[min(int(k), 4)]
}

// Span is a highlighted stretch of a sentence, [Start, End) in bytes.
type Span struct {
	Start, End int
	Kind       SpanKind
}

// Compare aligns a and b. Either may be nil or empty; the result is then empty, never nil.
func Compare(a, b *corpus.Article) *Comparison {
	c := &Comparison{A: a, B: b}
	if a == nil || b == nil {
		return c
	}
	sp := newSpace()
	as, bs := sp.sentences(a, 0), sp.sentences(b, 1)
	sp.weigh(as, bs)
	sim := matrix(sp, as, bs)
	match, cross := pairUp(sim, len(as), len(bs))
	c.layout(as, bs, match, cross, sim)
	c.relate(as, bs, sim)
	c.Summary = summarize(as, bs, c.Pairs)
	return c
}

// Score returns the similarity of two sentences, for tests and tools; the weights are computed
// over the two sentences alone, so it is only comparable between calls of the same kind.
func Score(x, y *corpus.Sentence) float64 {
	a := &corpus.Article{Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{*x}}}}
	b := &corpus.Article{Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{*y}}}}
	sp := newSpace()
	as, bs := sp.sentences(a, 0), sp.sentences(b, 1)
	sp.weigh(as, bs)
	return similarity(sp, as[0], bs[0])
}

// matrix returns the similarity of every sentence of as with every one of bs, row-major, with
// scores below Threshold (or too few shared features) set to 0.
func matrix(sp *space, as, bs []*sent) []float64 {
	sim := make([]float64, len(as)*len(bs))
	for i, x := range as {
		for j, y := range bs {
			if x.heading != y.heading {
				continue
			}
			if s := similarity(sp, x, y); s >= Threshold {
				sim[i*len(bs)+j] = s
			}
		}
	}
	return sim
}

// similarity is the weighted Dice coefficient of the two sentences' features.
func similarity(sp *space, x, y *sent) float64 {
	var shared, total float64
	n := 0
	specific := false
	i, j := 0, 0
	for i < len(x.feats) && j < len(y.feats) {
		switch {
		case x.feats[i] < y.feats[j]:
			i++
		case x.feats[i] > y.feats[j]:
			j++
		default:
			f := x.feats[i]
			shared += sp.weight[f]
			n++
			specific = specific || sp.df[f] == 2 || sp.keys[f].kind == kindDate || sp.keys[f].kind == kindNumber
			i++
			j++
		}
	}
	if n < minShared || shared < minInfo || !specific {
		return 0
	}
	for _, f := range x.feats {
		total += sp.weight[f]
	}
	for _, f := range y.feats {
		total += sp.weight[f]
	}
	if total == 0 {
		return 0
	}
	return min(2*shared/total, 1)
}

// monotone finds the pairs in reading order with the greatest total score, as in sequence
// alignment: a pair gains its score, a sentence left unpaired costs nothing, since most
// sentences of one account have no counterpart in the other. It returns for each sentence of A
// the index of its partner in B, or -1.
func monotone(sim []float64, n, m int) []int {
	// best[i][j]: the best total for the first i sentences of A and the first j of B.
	best := make([]float64, (n+1)*(m+1))
	w := m + 1
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			v := max(best[(i-1)*w+j], best[i*w+j-1])
			if s := sim[(i-1)*m+j-1]; s > 0 {
				v = max(v, best[(i-1)*w+j-1]+s)
			}
			best[i*w+j] = v
		}
	}
	match := make([]int, n)
	for i := range match {
		match[i] = -1
	}
	for i, j := n, m; i > 0 && j > 0; {
		switch s := sim[(i-1)*m+j-1]; {
		case s > 0 && best[i*w+j] == best[(i-1)*w+j-1]+s:
			match[i-1] = j - 1
			i--
			j--
		case best[i*w+j] == best[(i-1)*w+j]:
			i--
		default:
			j--
		}
	}
	return match
}

// pairUp chooses the pairs. A pair whose sentences are each other's best match is an anchor:
// the anchors that keep both reading orders are forced into the alignment, and those that
// cross it are kept as crossing pairs, since an account that tells the same facts in another
// order should still show them paired; being each other's best match is what justifies the
// jump, where a pair that is not would only be a weaker echo of another. The monotone alignment then fills in the rest
// around the anchors. It returns, for each sentence of A, the index of its partner in B or -1,
// in order (match) and crossing (cross).
func pairUp(sim []float64, n, m int) (match, cross []int) {
	bestA, bestB := bests(sim, n, m)
	var anchors [][2]int // in order of A
	for i, j := range bestA {
		if j >= 0 && bestB[j] == i {
			anchors = append(anchors, [2]int{i, j})
		}
	}
	kept := inOrder(anchors, sim, m)
	cross = make([]int, n)
	for i := range cross {
		cross[i] = -1
	}
	// gain is the score of each cell for the monotone pass: a kept anchor outweighs every
	// other choice together, and the rows and columns of anchors allow nothing else.
	gain := slices.Clone(sim)
	block := func(i, j int) {
		for jj := 0; jj < m; jj++ {
			gain[i*m+jj] = 0
		}
		for ii := 0; ii < n; ii++ {
			gain[ii*m+j] = 0
		}
	}
	for k, a := range anchors {
		i, j := a[0], a[1]
		switch {
		case kept[k]:
			block(i, j)
			gain[i*m+j] = sim[i*m+j] + float64(n+m+1)
		default:
			block(i, j)
			cross[i] = j
		}
	}
	return monotone(gain, n, m), cross
}

// bests returns, for each sentence of A, the index of its best match in B, and for each of B
// its best in A; -1 for none above Threshold.
func bests(sim []float64, n, m int) (bestA, bestB []int) {
	bestA, bestB = make([]int, n), make([]int, m)
	for i := range bestA {
		bestA[i] = -1
	}
	for j := range bestB {
		bestB[j] = -1
	}
	for i := 0; i < n; i++ {
		for j := 0; j < m; j++ {
			s := sim[i*m+j]
			if s == 0 {
				continue
			}
			if bestA[i] < 0 || s > sim[i*m+bestA[i]] {
				bestA[i] = j
			}
			if bestB[j] < 0 || s > sim[bestB[j]*m+j] {
				bestB[j] = i
			}
		}
	}
	return bestA, bestB
}

// inOrder returns which anchors (sorted by A) form the heaviest subset that is ordered in B too.
func inOrder(anchors [][2]int, sim []float64, m int) []bool {
	k := len(anchors)
	total := make([]float64, k)
	prev := make([]int, k)
	best := -1
	for x := range anchors {
		total[x], prev[x] = sim[anchors[x][0]*m+anchors[x][1]], -1
		for y := 0; y < x; y++ {
			if anchors[y][1] < anchors[x][1] {
				if t := total[y] + sim[anchors[x][0]*m+anchors[x][1]]; t > total[x] {
					total[x], prev[x] = t, y
				}
			}
		}
		if best < 0 || total[x] > total[best] {
			best = x
		}
	}
	kept := make([]bool, k)
	for x := best; x >= 0; x = prev[x] {
		kept[x] = true
	}
	return kept
}
