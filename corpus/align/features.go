package align

import (
	"math"
	"slices"

	"parallax/corpus"
)

// Feature kinds, as key prefixes; their weights reflect how much a shared one says.
const (
	kindWord   = 'w'
	kindEntity = 'e'
	kindDate   = 'd'
	kindFigure = 'f' // a number with a unit
	kindNumber = 'n' // a bare number, such as a list's "2." or a year the date reader missed
)

// kindWeight says how much a shared feature of a kind says, relative to a shared word.
func kindWeight(kind byte) float64 {
	switch kind {
	case kindEntity, kindDate:
		return 1.5
	case kindFigure:
		return 1.5
	case kindNumber, kindNegation:
		return 0.5
	}
	return 1
}

// key is a feature: its kind and its normalised text.
type key struct {
	kind byte
	text string
}

// space interns feature keys across both articles and weighs them by rarity.
type space struct {
	ids  map[key]int32
	keys []key
	// df counts, for each side, the sentences that carry each feature.
	df [2][]int32
	// rare is, for each side, how many sentences at most carry a rare word.
	rare [2]int32
	// sents is, for each side, how many sentences were compared.
	sents [2]int32
	// class holds, for each word feature, the kinds of word it is that say no fact (wordTime
	// and the others), looked up once rather than on every candidate pair.
	class  []uint8
	weight []float64
	// proper marks the words written with a capital inside a sentence somewhere (names the
	// tagger does not know, "ShopCo", and the adjectives of names, "Chinese") and the epithets
	// that stand for a name ("tech giant", "YouTube's owner"): they say who or where, not what
	// happened.
	proper []bool
	// ent is, for each feature, the index into names of an entity feature's name, or -1 for
	// any other feature.
	ent []int32
	// names holds the entity features' names: see nameMatch.
	names []entityName
	// abbr maps the abbreviations either article introduces ("Valmora Dockers Union (VDU)") to
	// the name they stand for.
	abbr map[string]corpus.Mention
	// stems caches the keys of the words seen, lower-case word → key.
	stems map[string]string
	// wn holds, for each word feature, its concepts: WordNet's, then those of its pairs of
	// distributional neighbours (see relatedWords and relatedShared).
	wn [][]uint16
}

func newSpace() *space {
	return &space{ids: make(map[key]int32, 512), abbr: map[string]corpus.Mention{},
		stems: make(map[string]string, 512)}
}

func (sp *space) id(k key) int32 {
	if id, ok := sp.ids[k]; ok {
		return id
	}
	id := int32(len(sp.keys))
	sp.ids[k] = id
	sp.keys = append(sp.keys, k)
	sp.proper = append(sp.proper, k.kind == kindWord && epithets[k.text])
	sp.ent = append(sp.ent, -1)
	return id
}

// sentences analyses the first limit sentences of a for side (0 or 1), adding their features to
// sp, and returns them with the total number of sentences; the sentences past limit are laid out
// but not compared.
func (sp *space) sentences(a *corpus.Article, side, limit int) ([]*sent, int) {
	r := newReader(a, side, limit)
	for sp.next(r) {
	}
	return r.out, r.total
}

// reader is sentences in steps: each call of next analyses one sentence.
type reader struct {
	a           *corpus.Article
	side, limit int
	byID        map[string][]corpus.DateMention
	p, i        int     // the next sentence: a.Paragraphs[p].Sentences[i]
	out         []*sent // the sentences analysed
	total       int     // the sentences passed, analysed or not
	// quoting says that the sentence before, in paragraph quotingIn, left a quotation open.
	quoting   bool
	quotingIn int
}

func newReader(a *corpus.Article, side, limit int) *reader {
	byID := make(map[string][]corpus.DateMention)
	for _, d := range a.Dates {
		byID[d.Sentence] = append(byID[d.Sentence], d)
	}
	return &reader{a: a, side: side, limit: limit, byID: byID}
}

// next analyses r's next sentence, adding its features to sp, or, once limit sentences are
// analysed, counts the rest; it reports whether sentences remain.
func (sp *space) next(r *reader) bool {
	a := r.a
	for r.p < len(a.Paragraphs) && r.i >= len(a.Paragraphs[r.p].Sentences) {
		r.p, r.i = r.p+1, 0
	}
	if r.p >= len(a.Paragraphs) {
		return false
	}
	if len(r.out) >= r.limit {
		r.total += len(a.Paragraphs[r.p].Sentences) - r.i
		r.p, r.i = r.p+1, 0
		return true
	}
	p := r.p
	s := withValidMentions(&a.Paragraphs[p].Sentences[r.i])
	r.i++
	r.total++
	st := &sent{s: s, side: r.side, index: len(r.out), para: p, dates: r.byID[s.ID],
		heading: a.Paragraphs[p].Heading, stems: sp.stems}
	toks := tokenizeCached(s.Text, sp.stems)
	st.figures = figures(s, toks)
	st.yearParts = yearPartsOf(st.dates)
	st.quotes, r.quoting = quotesFrom(s.Text, toks, r.quoting && r.quotingIn == p)
	r.quotingIn = p
	sp.describe(st, toks)
	st.persons = persons(s, toks)
	r.out = append(r.out, st)
	return true
}

// weigh counts on each side how many sentences carry each feature and sets each feature's weight
// from its kind and how few sentences carry it (inverse sentence frequency over both articles),
// so "TikTok" in a TikTok story says little.
func (sp *space) weigh(as, bs []*sent) {
	sp.df = [2][]int32{make([]int32, len(sp.keys)), make([]int32, len(sp.keys))}
	for side, ss := range [2][]*sent{as, bs} {
		for _, st := range ss {
			for _, f := range st.feats {
				sp.df[side][f]++
			}
		}
	}
	sp.sents = [2]int32{int32(len(as)), int32(len(bs))}
	sp.class = make([]uint8, len(sp.keys))
	for i, k := range sp.keys {
		if k.kind == kindWord {
			sp.class[i] = wordClass(k.text)
		}
	}
	sp.rare = [2]int32{int32(max(1, len(as)/rarePer)), int32(max(1, len(bs)/rarePer))}
	n := float64(len(as) + len(bs))
	sp.weight = make([]float64, len(sp.keys))
	for i, k := range sp.keys {
		df := float64(max(sp.df[0][i]+sp.df[1][i], 1))
		sp.weight[i] = kindWeight(k.kind) * math.Log(1+n/df)
	}
	sp.relatedConcepts()
}

// withValidMentions returns s, or when some of its mentions lie outside its text or end before
// they start (a data file may carry such offsets), a copy of s without them: the comparison reads
// text at every mention's offsets. The article itself keeps them.
func withValidMentions(s *corpus.Sentence) *corpus.Sentence {
	bad := func(m corpus.Mention) bool { return m.Start < 0 || m.Start > m.End || m.End > len(s.Text) }
	if !slices.ContainsFunc(s.Mentions, bad) {
		return s
	}
	c := *s
	c.Mentions = slices.DeleteFunc(slices.Clone(s.Mentions), bad)
	return &c
}
