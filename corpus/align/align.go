// Package align pairs the sentences of two articles that report the same thing and sums up
// how the two accounts differ.
package align

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"parallax/corpus"
)

// Threshold is the similarity score (a weighted Dice coefficient between 0 and 1) a pair needs
// at least, set on the development half of the gold list in the tests.
const Threshold = 0.27

// ThresholdRare is the lower score that suffices for two sentences that share at least two rare
// words; such a pair is reported with Threshold as its score.
const ThresholdRare = 0.2

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

// Compare aligns a and b. Either may be nil or empty; the result is then empty, never nil. Its
// work and memory are bounded by MaxSentences and MaxWork, not by the product of the articles'
// sentence counts.
func Compare(a, b *corpus.Article) *Comparison {
	c := &Comparison{A: a, B: b}
	if a == nil || b == nil {
		return c
	}
	sp := newSpace()
	abbreviations(a, sp.abbr)
	abbreviations(b, sp.abbr)
	as, na := sp.sentences(a, 0, limitSentences)
	bs, nb := sp.sentences(b, 1, limitSentences)
	sp.weigh(as, bs)
	g := candidates(sp, as, bs)
	c.Candidates = g.scored
	var notes []string
	if na > len(as) || nb > len(bs) {
		notes = append(notes, fmt.Sprintf("only the first %d sentences of each article were compared (A has %d, B has %d)", limitSentences, na, nb))
	}
	if g.capped {
		notes = append(notes, fmt.Sprintf("the search for pairs stopped after %d candidate sentence pairs; %d shared terms were not followed", limitWork, g.skipped))
	}
	match, cross := pairUp(g.sim, len(as), len(bs))
	c.layout(a, b, as, bs, match, cross, g.sim)
	c.relate(as, bs, g.sim)
	var qcapped bool
	c.Summary, qcapped = summarize(as, bs, c.Pairs)
	if qcapped {
		notes = append(notes, fmt.Sprintf("the search for shared quotations stopped after %d pairs of quotes", maxQuotePairs))
	}
	c.Capped, c.CapNote = len(notes) > 0, strings.Join(notes, "; ")
	return c
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
	// postings[f] lists the sentences of B that carry a proposing feature f, as one array.
	start := make([]int32, len(sp.keys)+1)
	for _, y := range bs {
		for _, f := range y.feats {
			if use[f] {
				start[f+1]++
			}
		}
	}
	for f := 1; f < len(start); f++ {
		start[f] += start[f-1]
	}
	post := make([]int32, start[len(start)-1])
	fill := slices.Clone(start[:len(start)-1])
	for j, y := range bs {
		for _, f := range y.feats {
			if use[f] {
				post[fill[f]] = int32(j)
				fill[f]++
			}
		}
	}
	sm := &sparse{row: make([]int32, len(as)+1)}
	seen := make([]int32, len(bs)) // seen[j] == i+1 once (i, j) is a candidate
	var touched []int32
	for i, x := range as {
		touched = touched[:0]
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
		g.scored += len(touched)
		for _, j := range touched {
			y := bs[j]
			if x.heading != y.heading {
				continue
			}
			if s := similarity(sp, x, y); s >= Threshold {
				sm.cells = append(sm.cells, cell{int32(i), j, s})
			}
		}
		sm.row[i+1] = int32(len(sm.cells))
	}
	g.sim = sm
	return g
}

// similarity is the weighted Dice coefficient of the two sentences' features, where a name
// written another way on the other side ("Harwick" and "Lena Harwick") counts as shared, or 0
// when they do not share enough to report the same fact: at least minShared features, one of
// them specific and not a name, and no figures that measure different things.
func similarity(sp *space, x, y *sent) float64 {
	var shared, total float64
	n, rare := 0, 0
	fact := false
	// ux and uy are the names of each side the other does not share as such (see nameMatch).
	var bx, by [8]int32
	ux, uy := bx[:0], by[:0]
	isName := func(f int32, s *sent) bool { return sp.ent[f] >= 0 || sp.proper[f] || f == s.lead }
	i, j := 0, 0
	for i < len(x.feats) || j < len(y.feats) {
		switch {
		case j == len(y.feats) || i < len(x.feats) && x.feats[i] < y.feats[j]:
			if isName(x.feats[i], x) {
				ux = append(ux, x.feats[i])
			}
			i++
		case i == len(x.feats) || x.feats[i] > y.feats[j]:
			if isName(y.feats[j], y) {
				uy = append(uy, y.feats[j])
			}
			j++
		default:
			f := x.feats[i]
			shared += sp.weight[f]
			n++
			switch sp.keys[f].kind {
			case kindFigure:
				// A number and its unit are two shared facts: "30 million users".
				fact = true
				n++
			case kindNumber:
				// A number that is neither small nor round nor a year ("1,200", "9.1") is
				// specific, whatever it counts.
				fact = fact || specificNumber(sp.keys[f].text)
			case kindDate:
				switch k := sp.keys[f].text; len(k) {
				case len("06-24"), len("2025-06-24"):
					fact = true
					n++ // a day and its month, as a figure's number and unit
				case len("2025-06"):
					// A month is a fact unless both give days of it, and so differ.
					fact = fact || !sp.hasDayIn(x, k) || !sp.hasDayIn(y, k)
				default:
					fact = true
				}
			case kindWord:
				// A month alone is not a fact: "24 June" and "June 28" differ, and the date's
				// key says when they agree.
				if !sp.proper[f] && !monthWords[sp.keys[f].text] && sp.df[0][f] <= sp.rare[0] && sp.df[1][f] <= sp.rare[1] {
					rare++
				}
			}
			i++
			j++
		}
	}
	// A name written another way counts as shared, each side's feature with its own weight.
	var partial float64
	// A match needs an entity on one side: skip the loop when neither has one left.
	entity := func(f int32) bool { return sp.ent[f] >= 0 }
	if len(ux) > 0 && len(uy) > 0 && (slices.ContainsFunc(ux, entity) || slices.ContainsFunc(uy, entity)) {
		matchedY := uint64(0) // bit k: uy[k] is matched (names past 64 stay unmatched)
		for _, fx := range ux {
			hit := false
			for k, fy := range uy {
				if sp.nameMatch(fx, fy, x, y) {
					hit = true
					if k < 64 && matchedY&(1<<k) == 0 {
						matchedY |= 1 << k
						partial += sp.weight[fy]
					}
				}
			}
			if hit {
				partial += sp.weight[fx]
				n++
			}
		}
	}
	fact = fact || rare >= minRare
	if n < minShared || otherFigures(x, y) || otherNames(sp, x, y) {
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
	dice := min((2*shared+partial)/total, 1)
	// Two sentences that say nearly the same words report the same thing, however common
	// their words.
	if !fact && dice < sameWords {
		return 0
	}
	// Two or more rare words in common, with no name to lean on, are strong evidence of one
	// fact told in otherwise different words ("advertising to children").
	if rare >= 2 && dice >= ThresholdRare {
		return max(dice, Threshold)
	}
	return dice
}

// specificNumber reports whether a bare number's key is specific enough to be a fact: not a
// year, and either a fraction or at least 100 and not a round hundred.
func specificNumber(k string) bool {
	v, err := strconv.ParseFloat(k, 64)
	if err != nil || yearLike(k) {
		return false
	}
	if v != math.Trunc(v) {
		return true
	}
	return v >= 100 && math.Mod(v, 100) != 0
}

// hasDayIn reports whether s gives a day of month m ("2025-06").
func (sp *space) hasDayIn(s *sent, m string) bool {
	for _, f := range s.feats {
		if k := sp.keys[f]; k.kind == kindDate && len(k.text) == len("2025-06-24") && strings.HasPrefix(k.text, m) {
			return true
		}
	}
	return false
}

// otherNames reports whether both sentences name people (by surname, tagged or after a title
// such as "Mr"), or places, and no one of them in common:
// "the US raised concerns" and "Canada ordered TikTok out over concerns", or "Biden signed the
// law" and "Trump signed the law", tell different facts in the same words. A place is in common
// when the other sentence names it at all, under any kind or as an untagged word: the
// recogniser's kinds are guesses ("Shares in Halden" makes the carmaker a place), its names
// are not.
func otherNames(sp *space, x, y *sent) bool {
	if len(x.persons) > 0 && len(y.persons) > 0 &&
		!slices.ContainsFunc(x.persons, func(p string) bool { return slices.Contains(y.persons, p) }) {
		return true
	}
	if !x.place || !y.place {
		return false
	}
	return !sp.namesPlaceOf(x, y) && !sp.namesPlaceOf(y, x)
}

// namesPlaceOf reports whether y names one of the places x names: as a mention of any kind
// whose name's words are among the place's or the reverse (see sameName), or in its words.
func (sp *space) namesPlaceOf(x, y *sent) bool {
	for k, mx := range x.s.Mentions {
		if mx.Kind != corpus.KindPlace || x.names[k] < 0 {
			continue
		}
		f := x.names[k]
		for _, g := range y.names {
			if g >= 0 && sp.sameName(f, g) {
				return true
			}
		}
		words := sp.name(f).words
		if len(words) > 0 && !slices.ContainsFunc(words, func(w int32) bool {
			_, ok := slices.BinarySearch(y.feats, w)
			return !ok
		}) {
			return true
		}
	}
	return false
}

// otherFigures reports whether both sentences give figures and no two of them measure the same
// thing (the same value and unit, or at least the same unit): "90 days to sell" and "close to
// selling for $25 billion" tell two facts about one story. Only units of measure count: a count
// of things ("40 hospitals") is too loose a unit to set two sentences apart.
func otherFigures(x, y *sent) bool {
	if len(x.figures) == 0 || len(y.figures) == 0 {
		return false
	}
	typed := func(f figure) bool { return !strings.HasPrefix(f.unit, genericUnit) }
	if !slices.ContainsFunc(x.figures, typed) || !slices.ContainsFunc(y.figures, typed) {
		return false
	}
	for _, fx := range x.figures {
		for _, fy := range y.figures {
			if unitClass(fx.unit) == unitClass(fy.unit) {
				return false
			}
		}
	}
	return true
}

// unitClass groups the units that count the same things in a report: "900 jobs" go with "900
// workers".
func unitClass(u string) string {
	if u == "job" {
		return "people"
	}
	return u
}

// pairUp chooses the pairs. A pair whose sentences are each other's best match is an anchor:
// the anchors that keep both reading orders are forced into the alignment, and those that
// cross it are kept as crossing pairs, since an account that tells the same facts in another
// order should still show them paired; being each other's best match is what justifies the
// jump, where a pair that is not would only be a weaker echo of another. The monotone alignment
// then fills in the rest around the anchors. It returns, for each sentence of A, the index of
// its partner in B or -1, in order (match) and crossing (cross).
func pairUp(sm *sparse, n, m int) (match, cross []int) {
	bestA, bestB := bests(sm, n, m)
	var anchors []cell // in order of A
	for i, j := range bestA {
		if j >= 0 && bestB[j] == i {
			anchors = append(anchors, cell{int32(i), int32(j), sm.at(i, j)})
		}
	}
	kept := chain(anchors, m)
	isKept := make([]bool, len(anchors))
	for _, k := range kept {
		isKept[k] = true
	}
	cross = make([]int, n)
	for i := range cross {
		cross[i] = -1
	}
	// gain holds the cells the monotone pass may choose: a kept anchor outweighs every other
	// choice together, and the rows and columns of anchors allow nothing else.
	blockA, blockB := make([]bool, n), make([]bool, m)
	for _, a := range anchors {
		blockA[a.i], blockB[a.j] = true, true
	}
	big := float64(n + m + 1)
	var gain []cell
	k := 0
	for _, c := range sm.cells {
		for k < len(anchors) && (anchors[k].i < c.i || anchors[k].i == c.i && anchors[k].j < c.j) {
			k++
		}
		switch {
		case k < len(anchors) && anchors[k].i == c.i && anchors[k].j == c.j:
			if isKept[k] {
				gain = append(gain, cell{c.i, c.j, c.s + big})
			} else {
				cross[c.i] = int(c.j)
			}
		case !blockA[c.i] && !blockB[c.j]:
			gain = append(gain, c)
		}
	}
	match = make([]int, n)
	for i := range match {
		match[i] = -1
	}
	for _, k := range chain(gain, m) {
		match[gain[k].i] = int(gain[k].j)
	}
	return match, cross
}

// bests returns, for each sentence of A, the index of its best match in B, and for each of B
// its best in A; -1 for none above Threshold. Ties go to the earlier sentence.
func bests(sm *sparse, n, m int) (bestA, bestB []int) {
	bestA, bestB = make([]int, n), make([]int, m)
	sA, sB := make([]float64, n), make([]float64, m)
	for i := range bestA {
		bestA[i] = -1
	}
	for j := range bestB {
		bestB[j] = -1
	}
	for _, c := range sm.cells {
		if c.s > sA[c.i] {
			bestA[c.i], sA[c.i] = int(c.j), c.s
		}
		if c.s > sB[c.j] {
			bestB[c.j], sB[c.j] = int(c.i), c.s
		}
	}
	return bestA, bestB
}

// chain returns the indices of the heaviest subset of cells (sorted by i, then j) that is
// strictly increasing in both i and j, in order: the monotone alignment, as in sequence
// alignment, where a pair gains its score and a sentence left unpaired costs nothing, since most
// sentences of one account have no counterpart in the other. It runs in O(k log m) over the k
// cells with a Fenwick tree of prefix maxima over j.
func chain(cells []cell, m int) []int {
	type best struct {
		total float64
		at    int // index into cells, -1 for none
	}
	tree := make([]best, m+1)
	for i := range tree {
		tree[i].at = -1
	}
	query := func(j int) best { // best over columns < j
		b := best{at: -1}
		for ; j > 0; j -= j & -j {
			if t := tree[j]; t.at >= 0 && t.total > b.total {
				b = t
			}
		}
		return b
	}
	update := func(j int, v best) { // at column j
		for j++; j <= m; j += j & -j {
			if tree[j].at < 0 || v.total > tree[j].total {
				tree[j] = v
			}
		}
	}
	total := make([]float64, len(cells))
	prev := make([]int, len(cells))
	top := best{at: -1}
	for lo := 0; lo < len(cells); {
		hi := lo
		for hi < len(cells) && cells[hi].i == cells[lo].i {
			hi++
		}
		// A row's cells see only earlier rows: compute them all before adding any.
		for k := lo; k < hi; k++ {
			b := query(int(cells[k].j))
			total[k], prev[k] = b.total+cells[k].s, b.at
		}
		for k := lo; k < hi; k++ {
			v := best{total[k], k}
			update(int(cells[k].j), v)
			if top.at < 0 || v.total > top.total {
				top = v
			}
		}
		lo = hi
	}
	var out []int
	for k := top.at; k >= 0; k = prev[k] {
		out = append(out, k)
	}
	slices.Reverse(out)
	return out
}
