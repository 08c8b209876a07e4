package entity

import (
	"sort"

	"golang.org/x/text/unicode/norm"

	"parallax/corpus"
)

// normalized is a text in Unicode normal form C with a way back to the byte offsets of the
// original: mentions are found in the NFC text (the gazetteer and lexicon are NFC) but reported
// in the caller's text, which may hold decomposed accents ("Bruye\u0300re").
type normalized struct {
	text string
	// segs holds, for each normalisation segment that changed, its start in text and in the
	// original; nil when the original was already NFC, the common case.
	segs []segment
	// origLen is the original's length in bytes.
	origLen int
}

type segment struct{ norm, orig, normEnd, origEnd int }

func normalize(s string) normalized {
	if norm.NFC.IsNormalString(s) {
		return normalized{text: s, origLen: len(s)}
	}
	out := make([]byte, 0, len(s))
	var segs []segment
	for i := 0; i < len(s); {
		// Segments break at starters, so a mention edge (a word edge) is always a segment edge.
		n := norm.NFC.NextBoundaryInString(s[i:], true)
		if n <= 0 {
			n = len(s) - i
		}
		start := len(out)
		out = norm.NFC.AppendString(out, s[i:i+n])
		segs = append(segs, segment{norm: start, orig: i, normEnd: len(out), origEnd: i + n})
		i += n
	}
	return normalized{text: string(out), segs: segs, origLen: len(s)}
}

// orig maps offset off of the NFC text back to the original. An offset inside a segment that
// normalisation rewrote maps to the segment's start (for a start) or end (for an end), so a
// mention never cuts a character in two.
func (n normalized) orig(off int, end bool) int {
	if n.segs == nil {
		return off
	}
	i := sort.Search(len(n.segs), func(i int) bool { return n.segs[i].normEnd > off })
	if i == len(n.segs) {
		return n.origLen
	}
	sg := n.segs[i]
	switch {
	case off == sg.norm:
		return sg.orig
	case sg.normEnd-sg.norm == sg.origEnd-sg.orig && off > sg.norm:
		// A segment NFC left as it was: offsets inside it carry over.
		return sg.orig + off - sg.norm
	case end:
		return sg.origEnd
	}
	return sg.orig
}

// origMentions maps the offsets of mentions found in the NFC text back to the original, in place.
func (n normalized) origMentions(ms []corpus.Mention) []corpus.Mention {
	if n.segs == nil {
		return ms
	}
	for i := range ms {
		ms[i].Start = n.orig(ms[i].Start, false)
		ms[i].End = n.orig(ms[i].End, true)
	}
	return ms
}
