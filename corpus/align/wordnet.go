package align

import (
	"slices"
	"strconv"
	"strings"
	"sync"
)

// relatedWords maps a word key to its WordNet concepts (see wordnetData), sorted, parsed on first
// use: only a comparison needs it, and the app starts without paying for it.
var relatedWords = sync.OnceValue(func() map[string][]uint16 { return parseRelated(wordnetData) })

// parseRelated reads the table's text (see wordnetData) into key → sorted concepts; a line it
// cannot read relates nothing.
func parseRelated(data string) map[string][]uint16 {
	m := make(map[string][]uint16, strings.Count(data, "\n"))
	for data != "" {
		line, rest, _ := strings.Cut(data, "\n")
		data = rest
		fs := strings.Fields(line)
		if len(fs) < 2 {
			continue
		}
		ids := make([]uint16, 0, len(fs)-1)
		for _, f := range fs[1:] {
			if n, err := strconv.ParseUint(f, 36, 16); err == nil {
				ids = append(ids, uint16(n))
			}
		}
		slices.Sort(ids)
		m[fs[0]] = ids
	}
	return m
}

// related reports whether two word keys name one concept in WordNet's first senses ("fight" and
// "oppose", "injure" and "suffer"): related words, weaker evidence than the same word.
func related(a, b string) bool {
	if a == b {
		return false
	}
	m := relatedWords()
	return overlap(m[a], m[b])
}

// relatedWeight is how much a pair of related words counts, relative to a shared word of the
// same weights: less than the same word, since a concept of WordNet's is looser than a word.
const relatedWeight = 0.5

// relatable reports whether word feature f may be related to another: a word (not a name, an
// epithet, nor a word of the story's time, setting, frame or topic) that WordNet relates.
func (sp *space) relatable(f int32) bool {
	return len(sp.wn[f]) > 0 && !sp.proper[f] && sp.class[f] == 0 && !sp.topic(f)
}

// relatedShared finds the words of x and of y, not shared as such, that name one concept
// ("hurt" and "suffer", "fight" and "oppose"), each word in one pair at most. It returns
// the pairs' weight for the Dice numerator (relatedWeight of both words' weights) and how many
// pairs there are.
func (sp *space) relatedShared(x, y *sent) (weight float64, n int) {
	var bx, by [16]int32
	ox, oy := bx[:0], by[:0]
	i, j := 0, 0
	for i < len(x.feats) || j < len(y.feats) {
		switch {
		case j == len(y.feats) || i < len(x.feats) && x.feats[i] < y.feats[j]:
			if f := x.feats[i]; sp.relatable(f) {
				ox = append(ox, f)
			}
			i++
		case i == len(x.feats) || x.feats[i] > y.feats[j]:
			if f := y.feats[j]; sp.relatable(f) {
				oy = append(oy, f)
			}
			j++
		default:
			i++
			j++
		}
	}
	if len(ox) == 0 || len(oy) == 0 {
		return 0, 0
	}
	used := uint64(0)
	for _, fx := range ox {
		for k, fy := range oy {
			if k < 64 && used&(1<<k) == 0 && overlap(sp.wn[fx], sp.wn[fy]) {
				used |= 1 << k
				weight += relatedWeight * (sp.weight[fx] + sp.weight[fy])
				n++
				break
			}
		}
	}
	return weight, n
}

// overlap reports whether two sorted lists of concepts share one.
func overlap(x, y []uint16) bool {
	for len(x) > 0 && len(y) > 0 {
		switch {
		case x[0] == y[0]:
			return true
		case x[0] < y[0]:
			x = x[1:]
		default:
			y = y[1:]
		}
	}
	return false
}

// relatedConcepts sets sp.wn, each word feature's concepts.
func (sp *space) relatedConcepts() {
	m := relatedWords()
	sp.wn = make([][]uint16, len(sp.keys))
	for i, k := range sp.keys {
		if k.kind == kindWord {
			sp.wn[i] = m[k.text]
		}
	}
}

// markRelated adds SpanRelated spans for the words of each side that the other side does not
// share as such (wx and wy are each side's word keys) but relates through WordNet, the words the
// score may count (see relatedShared; it also leaves out the story's topic words, which a
// highlight does not know): the reader sees why a pair that shares few words was paired.
func markRelated(tx, ty []token, wx, wy map[string]bool, cx, cy *[]Span) {
	ok := func(t token, other map[string]bool) bool {
		return !t.stop && !t.number && len(t.key) > 1 && !other[t.key] && len(relatedWords()[t.key]) > 0
	}
	for _, a := range tx {
		if !ok(a, wy) {
			continue
		}
		for _, b := range ty {
			if ok(b, wx) && related(a.key, b.key) {
				*cx = append(*cx, Span{Start: a.start, End: a.end, Kind: SpanRelated})
				*cy = append(*cy, Span{Start: b.start, End: b.end, Kind: SpanRelated})
			}
		}
	}
}
