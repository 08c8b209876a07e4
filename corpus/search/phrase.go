package search

import (
	"slices"
	"unicode/utf8"
)

// maxPhraseChecks bounds the units whose text is read to check that a chain's parts stand in
// sequence, so that a keystroke stays cheap when the parts are common words: past it, further
// units are not matched through the parts (the chain's joined form still matches them all).
// Such a chain then finds its parts in sequence in the first units of the corpus only.
const maxPhraseChecks = 400

// seqToken is a word of a text, kept to find a chain's parts in sequence. Its slices point into
// the tokenizer's buffers, valid until it reads another text.
type seqToken struct {
	term       []byte
	start, end int
	ends       []int
}

// inSequence reports whether toks start with parts, the last part possibly only begun (a word
// being typed), and returns the rune offset where the run ends.
func inSequence(toks []seqToken, parts []string) (int, bool) {
	if len(toks) < len(parts) {
		return 0, false
	}
	for k, p := range parts {
		t := toks[k]
		if string(t.term) == p {
			continue
		}
		if k == len(parts)-1 && len(p) < len(t.term) && string(t.term[:len(p)]) == p {
			n := utf8.RuneCountInString(p)
			return t.ends[min(n, len(t.ends))-1], true
		}
		return 0, false
	}
	return toks[len(parts)-1].end, true
}

// phraseUnits returns the units, ascending, that hold the parts of a chain in sequence. It needs
// at least one indexed part besides the last (which may be half typed): stop words and single
// letters are not indexed, and are checked in the text only.
func (e *Engine) phraseUnits(parts []string) []uint32 {
	if len(parts) < 2 {
		return nil
	}
	var lists [][]uint32
	for k, p := range parts {
		if !indexable([]byte(p)) {
			continue
		}
		id, ok := e.ids[p]
		if !ok {
			if k == len(parts)-1 {
				continue
			}
			return nil
		}
		lists = append(lists, e.post[e.postOff[id]:e.postOff[id+1]])
	}
	if len(lists) == 0 {
		return nil
	}
	slices.SortFunc(lists, func(a, b []uint32) int { return len(a) - len(b) })
	var out []uint32
	var z tokenizer
	var seq []seqToken
	checked := 0
	for _, u := range lists[0] {
		all := true
		for _, l := range lists[1:] {
			if _, ok := slices.BinarySearch(l, u); !ok {
				all = false
				break
			}
		}
		if !all {
			continue
		}
		if checked++; checked > maxPhraseChecks {
			break
		}
		found := false
		for _, text := range e.unitTexts(u) {
			seq = seq[:0]
			z.each(text, func(t token) {
				if t.parts == 0 {
					seq = append(seq, seqToken{term: t.term, start: t.start, end: t.end, ends: t.ends})
				}
			})
			for i := range seq {
				if _, ok := inSequence(seq[i:], parts); ok {
					found = true
					break
				}
			}
			if found {
				break
			}
		}
		if found {
			out = append(out, u)
		}
	}
	return out
}

// unitTexts returns the texts indexed for unit u: a sentence, or an article's title, outlet and
// author.
func (e *Engine) unitTexts(u uint32) []string {
	un := e.units[u]
	a := e.arts[un.art]
	if un.sent < 0 {
		return []string{a.Title, a.Outlet, a.Author}
	}
	return []string{a.Paragraphs[un.para].Sentences[un.sent].Text}
}

// maxSplits bounds the ways one query word is tried as two words.
const maxSplits = 2

// splits returns the ways term may be two words of the vocabulary written apart ("bytedance" as
// "byte dance", "tiktok" as "tik tok"): both halves indexed terms of at least two runes, at most
// maxSplits of them, the most even first. Only words of six runes or more are split: shorter
// ones split into too many chance pairs.
func (e *Engine) splits(term string) [][]string {
	rs := []rune(term)
	if len(rs) < 6 || len(rs) > maxTermRunes {
		return nil
	}
	at := make([]int, 0, len(rs))
	for i := 2; i <= len(rs)-2; i++ {
		at = append(at, i)
	}
	mid := len(rs) / 2
	slices.SortStableFunc(at, func(a, b int) int { return abs(a-mid) - abs(b-mid) })
	var out [][]string
	for _, i := range at {
		a, b := string(rs[:i]), string(rs[i:])
		if !indexable([]byte(a)) || !indexable([]byte(b)) {
			continue
		}
		if _, ok := e.ids[a]; !ok {
			continue
		}
		if _, ok := e.ids[b]; !ok {
			continue
		}
		if out = append(out, []string{a, b}); len(out) == maxSplits {
			break
		}
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// unionSorted merges two ascending lists of units into one, without repeats.
func unionSorted(a, b []uint32) []uint32 {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	out := make([]uint32, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			out = append(out, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}
