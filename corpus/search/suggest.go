package search

import (
	"slices"
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
