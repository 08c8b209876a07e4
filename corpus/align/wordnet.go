package align

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// relatedWords maps a word key to its concepts, sorted, parsed on first use: only a comparison
// needs it, and the app starts without paying for it. Two keys are related when they share a
// concept: one of WordNet's (see wordnetData), or one that stands for a pair of distributional
// neighbours (see neighboursData).
var relatedWords = sync.OnceValue(func() map[string][]uint16 {
	m := parseRelated(wordnetData)
	firstNeighbour = addNeighbours(m, neighboursData)
	return m
})

// firstNeighbour is the first concept that stands for a pair of distributional neighbours (see
// addNeighbours); the concepts below it are WordNet's. Set by relatedWords.
var firstNeighbour uint16

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

// addNeighbours adds to m, for each pair of keys the table of distributional neighbours relates
// (see neighboursData: "key neighbour…" a line), a concept of their own, numbered after m's
// highest, and returns the first such concept; it keeps each key's concepts sorted. A pair past
// the range of uint16 is left out.
func addNeighbours(m map[string][]uint16, data string) (first uint16) {
	next := 0
	for _, ids := range m {
		if len(ids) > 0 {
			next = max(next, int(ids[len(ids)-1])+1)
		}
	}
	first = uint16(min(next, math.MaxUint16))
	for data != "" {
		line, rest, _ := strings.Cut(data, "\n")
		data = rest
		fs := strings.Fields(line)
		for _, k := range fs[min(1, len(fs)):] {
			if next > math.MaxUint16 {
				return first
			}
			// next only grows, so appending keeps each list sorted.
			m[fs[0]] = append(m[fs[0]], uint16(next))
			m[k] = append(m[k], uint16(next))
			next++
		}
	}
	return first
}

// related reports whether two word keys name one concept in WordNet's first senses ("fight" and
// "oppose", "injure" and "suffer") or are distributional neighbours ("warning" and "alert"):
// related words, weaker evidence than the same word.
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
// ("hurt" and "suffer", "fight" and "oppose"), each word in one pair at most; with neighbours,
// distributional neighbours count too ("warning" and "alert"), otherwise WordNet's concepts
// alone. It returns the pairs' weight for the Dice numerator (relatedWeight of both words'
// weights) and how many pairs there are.
func (sp *space) relatedShared(x, y *sent, neighbours bool) (weight float64, n int) {
	limit := conceptLimit(neighbours)
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
			if k < 64 && used&(1<<k) == 0 && overlapBelow(sp.wn[fx], sp.wn[fy], limit) {
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
func overlap(x, y []uint16) bool { return overlapBelow(x, y, noLimit) }

// noLimit is past every concept, the last one (math.MaxUint16) included.
const noLimit = math.MaxUint16 + 1

// conceptLimit is the limit for overlapBelow: every concept with neighbours, WordNet's alone
// without.
func conceptLimit(neighbours bool) int {
	if neighbours {
		return noLimit
	}
	return int(firstNeighbour)
}

// overlapBelow reports whether two sorted lists of concepts share one below limit.
func overlapBelow(x, y []uint16, limit int) bool {
	for len(x) > 0 && len(y) > 0 {
		switch {
		case int(x[0]) >= limit || int(y[0]) >= limit:
			return false
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
// share as such (wx and wy are each side's word keys) but relates through WordNet, or, for a pair
// placed in a gap between two pairs, as distributional neighbours: the words the score may count
// (see relatedShared; it also leaves out the story's topic words, which a highlight does not
// know). The reader sees why a pair that shares few words was paired.
func markRelated(tx, ty []token, wx, wy map[string]bool, placed bool, cx, cy *[]Span) {
	m := relatedWords()
	limit := conceptLimit(placed)
	ok := func(t token, other map[string]bool) bool {
		return !t.stop && !t.number && len(t.key) > 1 && !other[t.key] && len(m[t.key]) > 0
	}
	for _, a := range tx {
		if !ok(a, wy) {
			continue
		}
		for _, b := range ty {
			if ok(b, wx) && a.key != b.key && overlapBelow(m[a.key], m[b.key], limit) {
				*cx = append(*cx, Span{Start: a.start, End: a.end, Kind: SpanRelated})
				*cy = append(*cy, Span{Start: b.start, End: b.end, Kind: SpanRelated})
			}
		}
	}
}
