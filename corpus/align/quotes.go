package align

import (
	"slices"
	"strings"
)

// A sentence of each side that carries the same quotation of at least minPairQuoteWords words
// reports the same statement, however differently the rest is worded ("According to the author
// the minister said: …" and "…, the book claims the minister told him"): quoteScore is the least
// score such a pair gets, high enough to make it each sentence's best match unless another
// shares more. The summary lists the quotation under "Quotes both carry"; the alignment must not
// then leave its sentences apart.
const (
	minPairQuoteWords = 6
	quoteScore        = 0.6
)

// withQuotes raises to quoteScore the score of every sentence pair that shares a quotation of
// minPairQuoteWords words or more, adding the pair to sim when it was below Threshold, and
// returns the new matrix (sim itself when nothing changes). n is the number of A's sentences.
func withQuotes(sim *sparse, n int, quotes []quoteMatch) *sparse {
	type ij struct{ i, j int32 }
	raised := make(map[ij]bool)
	for _, q := range quotes {
		if q.r.n >= minPairQuoteWords && sim.at(int(q.i), int(q.j)) < quoteScore {
			raised[ij{q.i, q.j}] = true
		}
	}
	if len(raised) == 0 {
		return sim
	}
	cells := make([]cell, 0, len(sim.cells)+len(raised))
	for _, c := range sim.cells {
		if !raised[ij{c.i, c.j}] {
			cells = append(cells, c)
		}
	}
	for k := range raised {
		cells = append(cells, cell{k.i, k.j, quoteScore})
	}
	return newSparse(cells, n)
}

// newSparse sorts cells by i then j and indexes their rows, for n sentences of A.
func newSparse(cells []cell, n int) *sparse {
	slices.SortFunc(cells, func(x, y cell) int {
		if x.i != y.i {
			return int(x.i - y.i)
		}
		return int(x.j - y.j)
	})
	out := &sparse{cells: cells, row: make([]int32, n+1)}
	k := 0
	for i := 0; i < n; i++ {
		for k < len(cells) && int(cells[k].i) == i {
			k++
		}
		out.row[i+1] = int32(k)
	}
	return out
}

// quotes finds the quoted stretches of a sentence read on its own (see quotesFrom).
func quotes(text string, toks []token) []quote {
	out, _ := quotesFrom(text, toks, false)
	return out
}

// quotesFrom finds the quoted stretches of text: curly pairs, or straight quotes taken in pairs,
// in order. inside says that the sentence before, in the same paragraph, left a quotation open;
// open reports that this one does, so that a quotation spanning sentences is read as one.
//
// A sentence that starts inside a quotation has its words before the first closing mark quoted,
// not those after it: in `He has dealt with this," Mr Blair told reporters.` the quoted words are
// "He has dealt with this", never "Mr Blair told reporters". Curly marks say their direction. A
// straight mark is taken by its place when an odd number of them leaves one unpaired: one after
// a word and before a space or the end closes a quotation opened before the sentence, one after
// a space and before a word opens one; otherwise the sentence before decides. A sentence without
// marks inside a quotation is quoted whole.
func quotesFrom(text string, toks []token, inside bool) (out []quote, open bool) {
	straight, first := 0, -1
	for i := 0; i < len(text); i++ {
		if text[i] == '"' {
			straight++
		}
		if first < 0 && (text[i] == '"' || strings.HasPrefix(text[i:], "“") || strings.HasPrefix(text[i:], "”")) {
			first = i
		}
	}
	switch {
	case first < 0:
	case strings.HasPrefix(text[first:], "”"):
		inside = true
	case strings.HasPrefix(text[first:], "“"):
		inside = false
	case straight%2 == 1 && closingMark(text, first) && !openingMark(text, first):
		inside = true
	case openingMark(text, first) && !closingMark(text, first):
		inside = false
	}
	start := -1
	if inside {
		start = 0
	}
	for i := 0; i < len(text); {
		var r rune
		n := 1
		switch {
		case strings.HasPrefix(text[i:], "“"):
			r, n = '“', len("“")
		case strings.HasPrefix(text[i:], "”"):
			r, n = '”', len("”")
		case text[i] == '"':
			r = '"'
		}
		switch {
		case r == '“' || (r == '"' && start < 0):
			if start < 0 {
				start = i + n
			}
		case (r == '”' || r == '"') && start >= 0:
			out = append(out, quote{start: start, end: i})
			start = -1
		}
		i += n
	}
	if start >= 0 && start < len(text) {
		out = append(out, quote{start: start, end: len(text)})
	}
	open = start >= 0
	for qi := range out {
		q := &out[qi]
		// The quote's words are a run of the sentence's tokens: share them, don't copy.
		i := 0
		for i < len(toks) && toks[i].start < q.start {
			i++
		}
		j := i
		for j < len(toks) && toks[j].end <= q.end {
			j++
		}
		q.toks = toks[i:j:j]
	}
	return slices.DeleteFunc(out, func(q quote) bool { return len(q.toks) == 0 }), open
}

// closingMark reports whether the straight quote at byte i of text stands where a closing mark
// does: after a word or a stop, and before a space, a stop or the end.
func closingMark(text string, i int) bool {
	if i == 0 || text[i-1] == ' ' {
		return false
	}
	return i+1 == len(text) || strings.IndexByte(" ,.;:!?)", text[i+1]) >= 0
}

// openingMark reports whether the straight quote at byte i of text stands where an opening mark
// does: at the start or after a space or a bracket, and before a word.
func openingMark(text string, i int) bool {
	if i > 0 && strings.IndexByte(" ([", text[i-1]) < 0 {
		return false
	}
	return i+1 < len(text) && text[i+1] != ' '
}
