package entity

import (
	"unicode"
	"unicode/utf8"
)

// node is a trie state; edges are few per node, so a short slice beats a map.
type node struct {
	edges []edge
	// entity is the index of the entity whose spelling ends here, or -1.
	entity int32
	// ambiguous marks a spelling that is an everyday word when written in capitals.
	ambiguous bool
}

type edge struct {
	r    rune
	next int32
}

func newTagger() *Tagger {
	t := &Tagger{
		nodes:  []node{{entity: -1}},
		byName: make(map[string]int32),
		byFold: make(map[string]int32),
	}
	for i := range t.rootASCII {
		t.rootASCII[i] = -1
	}
	return t
}

// unit maps a rune of a spelling or of text to the trie alphabet: white space becomes one
// space and curly apostrophes become straight ones, so "Hong\u00a0Kong" and "People’s" match.
func unit(r rune) rune {
	switch {
	case r == ' ':
		return ' '
	case r == '’' || r == '‘':
		return '\''
	case r >= 0x80 && unicode.IsSpace(r), r == '\t', r == '\n', r == '\r', r == '\v', r == '\f':
		return ' '
	}
	return r
}

func (t *Tagger) child(n int32, r rune) int32 {
	if n == 0 && r < 0x80 {
		return t.rootASCII[r]
	}
	for _, e := range t.nodes[n].edges {
		if e.r == r {
			return e.next
		}
	}
	return -1
}

// insert adds spelling s of entity idx; s has passed checkSpelling.
func (t *Tagger) insert(s string, idx int32, ambiguous bool) {
	n := int32(0)
	for _, r := range s {
		r = unit(r)
		c := t.child(n, r)
		if c < 0 {
			c = int32(len(t.nodes))
			t.nodes = append(t.nodes, node{entity: -1})
			if n == 0 && r < 0x80 {
				t.rootASCII[r] = c
			} else {
				t.nodes[n].edges = append(t.nodes[n].edges, edge{r, c})
			}
		}
		n = c
	}
	t.nodes[n].entity = idx
	t.nodes[n].ambiguous = ambiguous
}

// walk returns the node reached by spelling s, or -1.
func (t *Tagger) walk(s string) int32 {
	n := int32(0)
	for _, r := range s {
		if n = t.child(n, unit(r)); n < 0 {
			return -1
		}
	}
	return n
}

// decode returns the rune at text[i] and its size, with an ASCII fast path.
func decode(text string, i int) (rune, int) {
	if b := text[i]; b < utf8.RuneSelf {
		return rune(b), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// asciiWord is isWordRune for ASCII bytes, as a table for the scanning loop.
var asciiWord = func() (w [utf8.RuneSelf]bool) {
	for b := range w {
		w[b] = isWordRune(rune(b))
	}
	return w
}()

func isHyphen(r rune) bool {
	return r == '-' || r == '‐' || r == '‑'
}

// gazMatch is a spelling of the gazetteer found in a text: bytes [start, end), entity index.
type gazMatch struct {
	start, end int
	ent        int32
}

// scan finds the gazetteer's spellings in text, ordered and non-overlapping: scanning goes left
// to right and at each word start the longest known spelling wins.
func (t *Tagger) scan(text string, out []gazMatch) []gazMatch {
	upper, lower := -1, -1 // word counts, taken when a spelling first needs them
	prevWord := false
	for i := 0; i < len(text); {
		if b := text[i]; b < utf8.RuneSelf {
			// ASCII fast path: most bytes of news text are ASCII and most words start with a
			// letter no spelling starts with.
			word := asciiWord[b]
			if !word || prevWord || t.rootASCII[b] < 0 {
				prevWord = word
				i++
				continue
			}
		}
		r, size := decode(text, i)
		word := isWordRune(r)
		if !word || prevWord {
			prevWord = word
			i += size
			continue
		}
		end, ent, single, ambiguous := t.longest(text, i)
		if ent >= 0 && ambiguous {
			if upper < 0 {
				upper, lower = caseCounts(text)
			}
			// Most other words in capitals: "FOLLOW US ON X" says "us".
			if upper-1 > lower {
				ent = -1
			}
		}
		if ent >= 0 && single && hyphenated(text, i, end) {
			// A one-letter name joined by a hyphen is a word like "X-ray", not the name.
			ent = -1
		}
		if ent < 0 {
			prevWord = true
			i += size
			continue
		}
		out = append(out, gazMatch{i, end, ent})
		last, _ := utf8.DecodeLastRuneInString(text[i:end])
		prevWord = isWordRune(last)
		i = end
	}
	return out
}

// longest finds the longest spelling that starts at text[i] and ends on a word edge. It returns
// the end offset, the entity (or -1), whether the spelling is a single rune and whether it is
// marked ambiguous.
func (t *Tagger) longest(text string, i int) (end int, ent int32, single, ambiguous bool) {
	ent = -1
	n := int32(0)
	runes := 0
	for j := i; j < len(text); {
		r, size := decode(text, j)
		u := unit(r)
		next := j + size
		if u == ' ' {
			// One space in a spelling stands for any run of white space in the text.
			for next < len(text) {
				r2, s2 := decode(text, next)
				if unit(r2) != ' ' {
					break
				}
				next += s2
			}
		}
		if n = t.child(n, u); n < 0 {
			break
		}
		j = next
		runes++
		nd := &t.nodes[n]
		if nd.entity < 0 {
			continue
		}
		if isWordRune(r) && j < len(text) {
			// A spelling ending in a letter must end where the word does ("US" not in "USB");
			// one ending in a period ("U.S.") ends the word itself.
			if after, _ := decode(text, j); isWordRune(after) {
				continue
			}
		}
		end, ent, single, ambiguous = j, nd.entity, runes == 1, nd.ambiguous
	}
	return end, ent, single, ambiguous
}

func hyphenated(text string, start, end int) bool {
	if start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); isHyphen(r) {
			return true
		}
	}
	if end < len(text) {
		if r, _ := decode(text, end); isHyphen(r) {
			return true
		}
	}
	return false
}

// caseCounts counts the words of two letters or more in text that are all capitals (upper) or
// have a lower-case letter (lower), to tell an acronym from a shouted everyday word.
func caseCounts(text string) (upper, lower int) {
	letters, hasLower := 0, false
	flush := func() {
		if letters >= 2 {
			if hasLower {
				lower++
			} else {
				upper++
			}
		}
		letters, hasLower = 0, false
	}
	for _, r := range text {
		if !unicode.IsLetter(r) {
			flush()
			continue
		}
		letters++
		if unicode.IsLower(r) {
			hasLower = true
		}
	}
	flush()
	return upper, lower
}
