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

// quotes finds the quoted stretches of text: curly pairs, or straight quotes taken in pairs. A
// quote left open runs to the end of the sentence, as when a quotation spans sentences.
func quotes(text string, toks []token) []quote {
	var out []quote
	open := -1
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
		case r == '“' || (r == '"' && open < 0):
			if open < 0 {
				open = i + n
			}
		case (r == '”' || r == '"') && open >= 0:
			out = append(out, quote{start: open, end: i})
			open = -1
		}
		i += n
	}
	if open >= 0 && open < len(text) {
		out = append(out, quote{start: open, end: len(text)})
	}
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
	return slices.DeleteFunc(out, func(q quote) bool { return len(q.toks) == 0 })
}
