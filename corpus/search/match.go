package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// MatchKind says how a query word matched a vocabulary term.
type MatchKind uint8

// Kinds of match, from the strongest.
const (
	MatchExact  MatchKind = iota // the whole word, as typed (case and accents aside)
	MatchPrefix                  // the word being typed is the start of the term
	MatchEdit                    // one transposition, substitution, insertion or deletion away
	MatchFuzzy                   // the word's letters appear in order in the term
	MatchForm                    // another inflected form of the word ("bid" for "bids")
)

func (k MatchKind) String() string {
	return [...]string{"exact", "prefix", "edit", "fuzzy", "form"}[k]
}

// Match qualities. Exact and whole-word matches outrank every fuzzy one, and a sentence's score
// sums its words' best qualities, so two exact words beat an exact and a fuzzy one.
const (
	qualExact     = 100
	qualPrefixMin = 60 // plus up to 30 for how much of the term was typed
	qualForm      = 59 // another form of the word: surer than a typo, below a typed prefix
	qualEdit      = 58
	qualFuzzyMin  = 30 // plus up to 20 from the fuzzy matcher's score
)

// Limits that keep one keystroke cheap whatever the vocabulary.
const (
	maxCandidates   = 32 // terms one query word may resolve to
	maxShortPrefix  = 8  // terms a one-rune word may resolve to, the most frequent
	maxFuzzyRunes   = 32 // longer words only match exactly: the fuzzy matcher's score overflows
	minFuzzyRunes   = 3
	maxWords        = 8 // query words used; the rest are reported as ignored
	maxQueryRunes   = 512
	maxSuggestTerms = 6
)

// candidate is a vocabulary term a query word may stand for.
type candidate struct {
	term    uint32
	quality int32
	kind    MatchKind
}

// candidates returns the terms word may stand for, best first, at most maxCandidates.
func (e *Engine) candidates(word string) []candidate {
	rs := []rune(word)
	best := make(map[uint32]candidate)
	offer := func(id uint32, q int32, k MatchKind) {
		if c, ok := best[id]; !ok || q > c.quality {
			best[id] = candidate{id, q, k}
		}
	}
	id, found := e.ids[word]
	if found {
		offer(id, qualExact, MatchExact)
	}
	if len(rs) >= 4 {
		// Other forms and spellings of the word are the word, typed or not: "elections" finds
		// "election", "labor" "labour".
		e.forms(word, found, offer)
	}
	lo, hi := e.prefixRange(word)
	if len(rs) == 1 && !isCJK(rs[0]) || found && len(rs) == 2 && !isCJK(rs[0]) {
		// A digit (the only word of one rune indexed) stands for itself: as the start of
		// numbers, "1" would find "10" and "1990". So does a word of two letters the corpus
		// has: "EU" found "Europe" in 431 articles of 502, "UN" "until".
		lo = hi
	}
	if n := hi - lo; n > 0 {
		ids := slices.Clone(e.byTerm[lo:hi])
		if len(rs) == 1 {
			// A single CJK character begins many pairs: keep the likeliest.
			slices.SortStableFunc(ids, func(a, b uint32) int { return int(e.freq[b]) - int(e.freq[a]) })
			ids = ids[:min(len(ids), maxShortPrefix)]
		}
		for _, id := range ids {
			if found && crossesJoin(e.display[id], len(rs)) {
				// A whole word does not run on into a compound's next part: "rates" is not
				// the start of "rate-setting", whose "rate-s" it would mark.
				continue
			}
			tl := utf8.RuneCountInString(e.terms[id])
			offer(id, int32(qualPrefixMin+30*len(rs)/max(tl, 1)), MatchPrefix)
		}
	}
	// Close spellings mend a typo. A word the corpus has as typed is no typo: stretched, "wenger"
	// would find "winger" and "o'neill" "one-million", articles that lack the word.
	digits := isFigure(word)
	if !found && !digits && len(rs) >= minEditRunes-1 && len(rs) <= maxTermRunes {
		for _, id := range e.editNeighbours(rs) {
			offer(id, qualEdit, MatchEdit)
		}
	}
	if !found && !digits && len(rs) >= minFuzzyRunes && len(rs) <= maxFuzzyRunes {
		e.fuzzyTerms(word, rs, offer)
	}
	out := make([]candidate, 0, len(best))
	for _, c := range best {
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b candidate) int {
		if a.quality != b.quality {
			return int(b.quality - a.quality)
		}
		if e.freq[a.term] != e.freq[b.term] {
			return int(e.freq[b.term]) - int(e.freq[a.term])
		}
		return int(a.term) - int(b.term)
	})
	return out[:min(len(out), maxCandidates)]
}

// crossesJoin reports whether the first n word runes of spelling run past a hyphen or an
// apostrophe that joins two of its words.
func crossesJoin(spelling string, n int) bool {
	for _, r := range spelling {
		if n <= 0 {
			return false
		}
		if isHyphen(r) || isApostrophe(r) {
			return true
		}
		if isWordRune(r) {
			n--
		}
	}
	return false
}

// prefixRange returns the range of byTerm whose terms start with p.
func (e *Engine) prefixRange(p string) (int, int) {
	lo, _ := slices.BinarySearchFunc(e.byTerm, p, func(id uint32, p string) int {
		return strings.Compare(e.terms[id], p)
	})
	hi := lo
	for hi < len(e.byTerm) && strings.HasPrefix(e.terms[e.byTerm[hi]], p) {
		hi++
	}
	return lo, hi
}

// editNeighbours returns the terms of at least minEditRunes runes within one edit of w.
func (e *Engine) editNeighbours(w []rune) []uint32 {
	var out []uint32
	var trs []rune
	for _, k := range e.deletionKeys(w, true) {
		i, _ := slices.BinarySearch(e.delKeys, k)
		for ; i < len(e.delKeys) && e.delKeys[i] == k; i++ {
			id := e.delTerms[i]
			if slices.Contains(out, id) {
				continue
			}
			// Hashes may collide and a shared deletion may be two edits apart: check the distance.
			trs = append(trs[:0], []rune(e.terms[id])...)
			if osa(w, trs, 1) <= 1 {
				out = append(out, id)
			}
		}
	}
	return out
}

// termSource lets the fuzzy matcher read one bucket of the sorted vocabulary.
type termSource struct {
	e   *Engine
	ids []uint32
}

func (s termSource) String(i int) string { return s.e.terms[s.ids[i]] }
func (s termSource) Len() int            { return len(s.ids) }

// fuzzyTerms offers the terms that hold w's runes in order. It searches only the terms that start
// with w's first rune: readers rarely get the first letter wrong, and the bucket keeps the cost
// to a small slice of the vocabulary. Terms much longer than the word are too loose a match.
func (e *Engine) fuzzyTerms(w string, rs []rune, offer func(uint32, int32, MatchKind)) {
	first := string(rs[0])
	lo, hi := e.prefixRange(first)
	if hi <= lo {
		return
	}
	src := termSource{e, e.byTerm[lo:hi]}
	for _, m := range fuzzy.FindFromNoSort(w, src) {
		id := src.ids[m.Index]
		if utf8.RuneCountInString(e.terms[id]) > 2*len(rs)+2 {
			continue
		}
		// Letters typed in a run score higher; scattered ones hardly count.
		offer(id, int32(qualFuzzyMin+min(max(m.Score, 0), 40)/2), MatchFuzzy)
	}
}
