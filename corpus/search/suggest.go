package search

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// suggest returns the vocabulary terms nearest to the query words (within two edits), for a
// query that found nothing: the likeliest intended words, most frequent first.
func (e *Engine) suggest(words []wordMatch) []string {
	type near struct {
		id   uint32
		dist int
	}
	var found []near
	var trs []rune
	for _, w := range words {
		rs := []rune(w.word)
		if len(rs) > maxTermRunes {
			continue
		}
		for id, t := range e.terms {
			n := utf8.RuneCountInString(t)
			if n < len(rs)-2 || n > len(rs)+2 || n < 3 {
				continue
			}
			trs = append(trs[:0], []rune(t)...)
			if d := osa(rs, trs, 2); d <= 2 && d > 0 {
				found = append(found, near{uint32(id), d})
			}
		}
	}
	slices.SortFunc(found, func(a, b near) int {
		if a.dist != b.dist {
			return a.dist - b.dist
		}
		if e.freq[a.id] != e.freq[b.id] {
			return int(e.freq[b.id]) - int(e.freq[a.id])
		}
		return int(a.id) - int(b.id)
	})
	var out []string
	for _, f := range found {
		if d := e.display[f.id]; !slices.Contains(out, d) && len(out) < maxSuggestTerms {
			out = append(out, d)
		}
	}
	return out
}

// stem strips the commonest English inflections from a folded word, so that forms of one word
// share a stem: "bids", "bid"; "appeals", "appealed", "appealing", "appeal"; "closes", "closed",
// "close"; "banned", "ban"; "policies", "policy". It is deliberately light (no derivations,
// no irregular forms): a false conflation costs precision on every query.
func stem(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 5 && strings.HasSuffix(w, "ing"):
		w = undouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ed"):
		w = undouble(w[:n-2])
	case n > 4 && strings.HasSuffix(w, "es"):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:n-1]
	}
	if len(w) > 3 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}

// undouble drops a doubled final consonant left by a suffix: "bann" → "ban", "bidd" → "bid".
func undouble(w string) string {
	n := len(w)
	if n >= 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}

// maxFormScan bounds the vocabulary terms read for other forms of a word.
const maxFormScan = 64

// forms offers the other inflected forms of word in the vocabulary (see stem), for a word that
// is not itself a term: "bids" finds "bid", "appeals" finds "appealed".
func (e *Engine) forms(word string, offer func(uint32, int32, MatchKind)) {
	st := stem(word)
	if st == word && !strings.HasSuffix(word, "e") || utf8.RuneCountInString(st) < 3 {
		return
	}
	lo, hi := e.prefixRange(st)
	for _, id := range e.byTerm[lo:min(hi, lo+maxFormScan)] {
		if stem(e.terms[id]) == st {
			offer(id, qualForm, MatchForm)
		}
	}
}
