// Package search finds the sentences that match a typed query, forgiving typos, through an index
// from vocabulary terms to the sentences that hold them.
package search

import (
	"cmp"
	"hash/maphash"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"parallax/corpus"
	"parallax/corpus/library"
)

// Engine answers queries over one corpus. It is safe for concurrent use.
//
// The cost of a keystroke is bounded by the vocabulary work (fuzzy matching over one bucket of
// short terms, a deletion-index lookup) plus a walk over the postings of the few terms a query
// word resolves to; it never scans sentence texts except the handful shown as snippets.
type Engine struct {
	arts  []*corpus.Article
	units []unit
	// artFirst[a] is the title unit of article a; its sentences follow, up to artFirst[a+1].
	artFirst []uint32
	unitArt  []int32 // unit → article, compact for the ranking's random reads

	terms   []string          // term ID → folded term
	display []string          // term ID → its first spelling in the corpus, for suggestions
	freq    []uint32          // term ID → number of units holding it
	ids     map[string]uint32 // folded term → term ID
	byTerm  []uint32          // term IDs in term order, for prefix ranges and fuzzy buckets
	postOff []uint32          // postings of term t: post[postOff[t]:postOff[t+1]], ascending units
	post    []uint32

	// The deletion index holds, for every term of at least minEditRunes runes, the hash of the
	// term and of each single-rune deletion of it, sorted, with the term ID alongside. Two words
	// within one edit share a key, so a lookup costs a binary search per deletion of the query word.
	delKeys  []uint64
	delTerms []uint32
	seed     maphash.Seed

	outlets  []string // the outlet menu's names (library.OutletNames)
	titleTop []uint32 // most frequent title terms, for the empty-query suggestions

	mu      sync.Mutex
	scratch scratch
}

// unit is a searchable piece of an article: a sentence, or (sent < 0) its title with outlet and
// author, so that title words count and "whatjobs" finds the WhatJobs article.
type unit struct {
	art, para, sent int32
}

// minEditRunes is the shortest term for which a transposition or substitution is forgiven: in
// shorter words one edit turns most words into other real words.
const minEditRunes = 5

// New indexes the articles of c. A nil corpus gives an engine that finds nothing.
func New(c *corpus.Corpus) *Engine {
	e := &Engine{ids: make(map[string]uint32), seed: maphash.MakeSeed()}
	if c == nil {
		e.artFirst = []uint32{0}
		e.finish(nil, nil)
		return e
	}
	e.arts = c.Articles
	e.outlets = library.OutletNames(e.arts)
	// First pass: term IDs of every unit, in one flat slice, with per-unit ends.
	// Sizing the forward index up front (about one posting per seven bytes of English text)
	// saves most of the copying that growing it would cost on a large corpus.
	units, size := 0, 0
	for _, a := range c.Articles {
		units++
		for _, p := range a.Paragraphs {
			units += len(p.Sentences)
			for _, s := range p.Sentences {
				size += len(s.Text)
			}
		}
	}
	flat := make([]uint32, 0, size/7+units)
	ends := make([]uint32, 0, units)
	e.units = make([]unit, 0, units)
	var z tokenizer
	last := []int32{} // term ID → last unit that got it, to skip repeats within a unit
	// firm[id]: the term's display spelling comes from inside a sentence, not from a title (often
	// in title case), a byline or a sentence's first word, where any word has a capital: a word
	// met first as "Markets Fall" in a headline is "markets", not a name, once a sentence writes
	// it so (see Engine.forms).
	firm := []bool{}
	add := func(text string, body bool) {
		u := int32(len(e.units) - 1)
		z.each(text, func(t token) {
			if !indexable(t.term) {
				return
			}
			inside := body && t.start > 0
			id, ok := e.ids[string(t.term)]
			if !ok {
				id = uint32(len(e.terms))
				term := string(t.term)
				e.ids[term] = id
				e.terms = append(e.terms, term)
				e.display = append(e.display, surface(text, t))
				firm = append(firm, inside)
				e.freq = append(e.freq, 0)
				last = append(last, -1)
			} else if inside && !firm[id] {
				e.display[id], firm[id] = surface(text, t), true
			}
			if last[id] == u {
				return
			}
			last[id] = u
			e.freq[id]++
			flat = append(flat, id)
		})
	}
	for ai, a := range c.Articles {
		e.artFirst = append(e.artFirst, uint32(len(e.units)))
		e.units = append(e.units, unit{art: int32(ai), para: -1, sent: -1})
		add(a.Title, false)
		add(a.Outlet, false)
		add(a.Author, false)
		ends = append(ends, uint32(len(flat)))
		for pi, p := range a.Paragraphs {
			for si, s := range p.Sentences {
				e.units = append(e.units, unit{art: int32(ai), para: int32(pi), sent: int32(si)})
				add(s.Text, true)
				ends = append(ends, uint32(len(flat)))
			}
		}
	}
	// A word met only where any word has a capital is shown, and read, in lower case: whether it
	// is a name no sentence says.
	for id, f := range firm {
		if !f {
			e.display[id] = strings.ToLower(e.display[id])
		}
	}
	e.artFirst = append(e.artFirst, uint32(len(e.units)))
	e.unitArt = make([]int32, len(e.units))
	for i, u := range e.units {
		e.unitArt[i] = u.art
	}
	e.finish(flat, ends)
	return e
}

// surface returns the spelling of token t in text, for display.
func surface(text string, t token) string {
	r := []rune(text)
	if t.end > len(r) {
		return string(t.term)
	}
	return string(r[t.start:t.end])
}

// finish builds the postings, the sorted vocabulary and the deletion index from the forward index.
func (e *Engine) finish(flat, ends []uint32) {
	n := len(e.terms)
	e.postOff = make([]uint32, n+1)
	for _, id := range flat {
		e.postOff[id+1]++
	}
	for i := 1; i <= n; i++ {
		e.postOff[i] += e.postOff[i-1]
	}
	e.post = make([]uint32, len(flat))
	fill := slices.Clone(e.postOff[:n])
	start := uint32(0)
	for u, end := range ends {
		for _, id := range flat[start:end] {
			e.post[fill[id]] = uint32(u)
			fill[id]++
		}
		start = end
	}

	e.byTerm = make([]uint32, n)
	for i := range e.byTerm {
		e.byTerm[i] = uint32(i)
	}
	slices.SortFunc(e.byTerm, func(a, b uint32) int { return strings.Compare(e.terms[a], e.terms[b]) })
	e.deriveDeletions()
	e.titleTop = e.topTitleTerms(12)
}

// deriveDeletions builds the deletion index from the vocabulary. DecodeIndex calls it too: the
// index is keyed by a hash seeded anew in each process, so it is rebuilt rather than shipped.
func (e *Engine) deriveDeletions() {
	var del []delEntry
	var rs []rune
	for id, t := range e.terms {
		rs = append(rs[:0], []rune(t)...)
		if len(rs) < minEditRunes || isFigure(t) {
			continue
		}
		for _, k := range e.deletionKeys(rs, true) {
			del = append(del, delEntry{k, uint32(id)})
		}
	}
	// Entries come in ascending term order, and a radix sort is stable: sorting by key alone
	// orders them by key, then term, several times faster than a comparison sort.
	del = radixSortByKey(del)
	del = slices.Compact(del)
	e.delKeys = make([]uint64, len(del))
	e.delTerms = make([]uint32, len(del))
	for i, d := range del {
		e.delKeys[i], e.delTerms[i] = d.key, d.term
	}
}

// delEntry is a deletion key with its term.
type delEntry struct {
	key  uint64
	term uint32
}

// radixSortByKey sorts del by key, stably, in four passes of 16 bits, returning the sorted slice
// (del or a buffer of its length).
func radixSortByKey(del []delEntry) []delEntry {
	if len(del) < 1<<12 {
		// Below this, clearing the counts costs more than comparing.
		slices.SortStableFunc(del, func(a, b delEntry) int { return cmp.Compare(a.key, b.key) })
		return del
	}
	buf := make([]delEntry, len(del))
	var count [1 << 16]int
	for shift := 0; shift < 64; shift += 16 {
		clear(count[:])
		for _, d := range del {
			count[uint16(d.key>>shift)]++
		}
		pos := 0
		for i, n := range count {
			count[i] = pos
			pos += n
		}
		for _, d := range del {
			k := uint16(d.key >> shift)
			buf[count[k]] = d
			count[k]++
		}
		del, buf = buf, del
	}
	return del
}

// deletionKeys hashes w and every string made by deleting one rune of it (when withSelf, w too).
func (e *Engine) deletionKeys(w []rune, withSelf bool) []uint64 {
	keys := make([]uint64, 0, len(w)+1)
	var b []byte
	if withSelf {
		for _, r := range w {
			b = utf8.AppendRune(b, r)
		}
		keys = append(keys, maphash.Bytes(e.seed, b))
	}
	for skip := range w {
		b = b[:0]
		for i, r := range w {
			if i != skip {
				b = utf8.AppendRune(b, r)
			}
		}
		keys = append(keys, maphash.Bytes(e.seed, b))
	}
	return keys
}

// topTitleTerms returns up to n terms of the titles, the most frequent in the corpus first.
func (e *Engine) topTitleTerms(n int) []uint32 {
	seen := make(map[uint32]bool)
	var ids []uint32
	var z tokenizer
	for _, a := range e.arts {
		z.each(a.Title, func(t token) {
			if id, ok := e.ids[string(t.term)]; ok && !seen[id] && len(t.term) > 2 {
				seen[id] = true
				ids = append(ids, id)
			}
		})
	}
	slices.SortStableFunc(ids, func(a, b uint32) int { return int(e.freq[b]) - int(e.freq[a]) })
	return ids[:min(n, len(ids))]
}

// Outlets returns the outlet filter's choices as the library's menu has them
// (library.OutletNames): spellings the filter takes as one, differing in case only, are one
// choice, under the spelling most of their articles use; most articles first, and
// corpus.UnknownOutlet last when some article has no outlet.
func (e *Engine) Outlets() []string {
	return slices.Clone(e.outlets)
}

// Stats describes the size of the index.
type Stats struct {
	Articles, Units, Terms, Postings, DeletionKeys int
}

// Stats returns the size of the index, for benchmarks and the footer.
func (e *Engine) Stats() Stats {
	return Stats{len(e.arts), len(e.units), len(e.terms), len(e.post), len(e.delKeys)}
}
