package encoder

import (
	"strings"
	"unicode/utf16"

	"golang.org/x/text/unicode/norm"
)

// separator is sentencepiece's word-boundary mark, which stands for a space.
const separator = '\u2581'

// reservedPieces is how many pieces at the start of the vocabulary the tokenizer never matches
// (the unknown piece, <s>, </s> and three extra ids); the unknown piece's id is 0.
const reservedPieces = 6

// tokenizer splits a text into sentencepiece ids the way @energetic-ai/embeddings' Tokenizer
// does (lib/tokenizer.ts): NFKC, every space to "▁" and one "▁" ahead, then a Viterbi path over
// the pieces' scores, with its quirks kept so that the ids are the reference's.
type tokenizer struct {
	// child maps a trie node and the next rune to the child node; node 0 is the root.
	child map[trieEdge]int32
	// end, score and id describe the piece ending at each node: end is false for a node that
	// is only a prefix.
	end   []bool
	score []float64
	id    []int32
	// back is each vocabulary piece's length in UTF-16 code units: the reference walks the
	// best path back by the piece's JavaScript string length.
	back []int
}

type trieEdge struct {
	node int32
	r    rune
}

// vocabEntry is one vocabulary line: a piece and its score (a null score in vocab.json is 0, as
// null is in the reference's arithmetic).
type vocabEntry struct {
	piece string
	score float64
}

func newTokenizer(vocab []vocabEntry) *tokenizer {
	tk := &tokenizer{
		child: make(map[trieEdge]int32, 4*len(vocab)),
		end:   []bool{false},
		score: []float64{0},
		id:    []int32{0},
		back:  make([]int, len(vocab)),
	}
	for i, v := range vocab {
		tk.back[i] = max(1, len(utf16.Encode([]rune(v.piece))))
		if i < reservedPieces || v.piece == "" {
			continue
		}
		node := int32(0)
		for _, r := range v.piece {
			next, ok := tk.child[trieEdge{node, r}]
			if !ok {
				next = int32(len(tk.end))
				tk.child[trieEdge{node, r}] = next
				tk.end = append(tk.end, false)
				tk.score = append(tk.score, 0)
				tk.id = append(tk.id, 0)
			}
			node = next
		}
		// A piece listed twice keeps its last score and id, as the reference's trie does.
		tk.end[node] = true
		tk.score[node] = v.score
		tk.id[node] = int32(i)
	}
	return tk
}

// symbols is the text as the reference's tokenizer sees it: NFKC, each space (U+0020 only)
// replaced by "▁" and one "▁" in front of a text that is not empty, split into code points.
// Invalid UTF-8 bytes become U+FFFD.
func symbols(text string) []rune {
	s := norm.NFKC.String(strings.ToValidUTF8(text, "\uFFFD"))
	if s == "" {
		return nil
	}
	rs := make([]rune, 0, len(s)+1)
	rs = append(rs, separator)
	for _, r := range s {
		if r == ' ' {
			r = separator
		}
		rs = append(rs, r)
	}
	return rs
}

// encode returns the text's piece ids, all of them (the model reads the first maxTokens).
func (tk *tokenizer) encode(text string) []int32 {
	sym := symbols(text)
	n := len(sym)
	if n == 0 {
		return nil
	}
	// best[e] is the best score of a path over sym[:e] and words[e] the id of its last piece; a
	// best of exactly 0 counts as unset, and a tie goes to the later start (the shorter last
	// piece), as in the reference. Starts are taken in increasing order, so best[i] is final
	// before any piece starting at i is scored.
	best := make([]float64, n+1)
	words := make([]int32, n+1)
	relax := func(end int, score float64, id int32) {
		if best[end] == 0 || score >= best[end] {
			best[end] = score
			words[end] = id
		}
	}
	for i := 0; i < n; i++ {
		matched := false
		node := int32(0)
		for j := i; j < n; j++ {
			next, ok := tk.child[trieEdge{node, sym[j]}]
			if !ok {
				break
			}
			node = next
			if tk.end[node] {
				matched = true
				relax(j+1, tk.score[node]+best[i], tk.id[node])
			}
		}
		if !matched {
			// No piece starts here: one symbol as the unknown piece, scored 0.
			relax(i+1, best[i], 0)
		}
	}
	var rev []int32
	for at := n; at > 0; {
		w := words[at]
		rev = append(rev, w)
		at -= tk.back[w]
	}
	// Reverse, folding runs of unknown pieces into one.
	ids := make([]int32, 0, len(rev))
	for i := len(rev) - 1; i >= 0; i-- {
		if rev[i] == 0 && len(ids) > 0 && ids[len(ids)-1] == 0 {
			continue
		}
		ids = append(ids, rev[i])
	}
	return ids
}
