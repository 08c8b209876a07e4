package ingest

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
	"parallax/corpus/entity"
)

// titles are abbreviations that stand before a name and so never end a sentence.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "lt": true, "col": true, "capt": true, "sgt": true, "st": true,
	"rev": true, "hon": true, "pres": true, "no": true, "vs": true, "v": true, "mt": true,
	"ft": true, "e.g": true, "i.e": true, "cf": true, "approx": true, "fig": true,
}

// ambiguous are abbreviations that often end a sentence too ("… by Foo Inc. The deal …"): they
// end one only when a typical sentence opener follows.
var ambiguous = map[string]bool{
	"inc": true, "ltd": true, "co": true, "corp": true, "jr": true, "sr": true, "etc": true,
	"bros": true, "llc": true, "plc": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "a.m": true, "p.m": true,
}

// openers are words that commonly start a sentence; after an ambiguous abbreviation ("U.S.",
// "Inc.") they decide for a break, any other capitalised word ("the U.S. Senate") against one.
var openers = map[string]bool{
	"The": true, "This": true, "That": true, "These": true, "Those": true, "It": true,
	"Its": true, "He": true, "She": true, "They": true, "We": true, "I": true, "In": true,
	"On": true, "At": true, "But": true, "And": true, "However": true, "A": true, "An": true,
	"Meanwhile": true, "Also": true, "There": true, "If": true, "When": true, "While": true,
	"As": true, "After": true, "Before": true, "According": true, "His": true, "Her": true,
	"Their": true, "Our": true, "Some": true, "Many": true, "Yet": true, "So": true,
}

// Sentences splits a paragraph into sentences, trimmed of surrounding space. A break needs a
// terminator (. ! ?), optional closing quotes or brackets, space, and then a capital letter, a
// digit or an opening quote; abbreviations, initials, decimals and list markers do not break.
func Sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(text) && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
			j++
		}
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isCloser(r) {
				break
			}
			j += size
		}
		k := j
		for k < len(text) {
			r, size := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsSpace(r) {
				break
			}
			k += size
		}
		if k == j || k == len(text) {
			// No space after it (a decimal, "Amazon.com", "Ltd.,") or the end of the text.
			i = j - 1
			continue
		}
		if !startsSentence(text[k:]) || (c == '.' && !breaksAfter(text[start:i], text[k:])) {
			i = j - 1
			continue
		}
		if s := strings.TrimSpace(text[start:j]); s != "" {
			out = append(out, s)
		}
		start = k
		i = k - 1
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// breaksAfter decides whether a full stop ends the sentence before it, given the text before the
// stop and the text after the space that follows.
func breaksAfter(before, after string) bool {
	ws := strings.LastIndexFunc(before, unicode.IsSpace) + 1
	word := strings.TrimLeftFunc(before[ws:], func(r rune) bool { return isOpener(r) || r == '(' || r == '[' })
	if word == "" {
		return true
	}
	// "1. Expand …" at the start of a paragraph is a list marker, not a sentence.
	if ws == 0 && isListItem(before+". ") {
		return false
	}
	r, size := utf8.DecodeRuneInString(word)
	if size == len(word) && unicode.IsUpper(r) {
		return false // an initial: "Donald J. Trump"
	}
	lower := strings.ToLower(word)
	if titles[lower] {
		return false
	}
	// Dotted abbreviations ("U.S", "D.C", "U.S.-China" ends in a word, so it is not one).
	if ambiguous[lower] || strings.Contains(word, ".") && isDotted(word) {
		return openers[firstWord(after)]
	}
	return true
}

// isDotted reports whether w is letters separated by dots, like "U.S" or "a.m".
func isDotted(w string) bool {
	for _, part := range strings.Split(w, ".") {
		if n := utf8.RuneCountInString(part); n == 0 || n > 2 {
			return false
		}
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

func firstWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}

// startsSentence reports whether s can open a sentence: a capital, a digit, or an opening quote
// or bracket.
func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(r) || r == '(' || r == '['
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»', '›':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '‹':
		return true
	}
	return false
}

// paragraphs builds the paragraphs of an article from its text blocks, with sentence IDs and
// mentions, and moves each removed piece's position along when a block is cut in two.
func paragraphs(blocks []block, removed []corpus.Removed, tagger *entity.Tagger) []corpus.Paragraph {
	var out []corpus.Paragraph
	first := make([]int, len(blocks)+1) // paragraph index where each block starts
	for bi, b := range blocks {
		first[bi] = len(out)
		texts := Sentences(b.text)
		// A title-case question inside a block is a subheading whose line break was lost
		// ("… the platform. Why Is the TikTok Partnership Causing Concern? The House …").
		start := 0
		for i, t := range texts {
			if len(texts) > 1 && isInlineHeading(t) {
				if i > start {
					out = append(out, paragraph(len(out)+1, texts[start:i], false, tagger))
				}
				out = append(out, paragraph(len(out)+1, texts[i:i+1], i+1 < len(texts) || bi+1 < len(blocks), tagger))
				start = i + 1
			}
		}
		if start < len(texts) {
			heading := start == 0 && b.lines == 1 && len(texts) == 1 && bi+1 < len(blocks) && isHeading(b.text)
			out = append(out, paragraph(len(out)+1, texts[start:], heading, tagger))
		}
	}
	first[len(blocks)] = len(out)
	for i := range removed {
		removed[i].Before = first[min(max(removed[i].Before, 0), len(blocks))]
	}
	return out
}

// paragraph builds paragraph number n (1-based) from its sentences, with IDs and mentions.
func paragraph(n int, texts []string, heading bool, tagger *entity.Tagger) corpus.Paragraph {
	p := corpus.Paragraph{Heading: heading, Sentences: make([]corpus.Sentence, len(texts))}
	prefix := "p" + strconv.Itoa(n) + "s"
	for i, t := range texts {
		s := corpus.Sentence{ID: prefix + strconv.Itoa(i+1), Text: t}
		if tagger != nil {
			s.Mentions = tagger.Tag(t)
		}
		p.Sentences[i] = s
	}
	return p
}

// isInlineHeading reports whether a sentence inside a paragraph is a subheading run into it: a
// short question in title case, every word of four letters or more capitalised.
func isInlineHeading(s string) bool {
	if !strings.HasSuffix(s, "?") || len(s) > 100 {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 3 || len(words) > 14 {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if i == 0 && !unicode.IsUpper(r) {
			return false
		}
		if utf8.RuneCountInString(strings.TrimRight(w, "?")) >= 4 && !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isHeading reports whether a one-line paragraph is a subheading: short, not a list item, and not
// ending like prose or a lead-in ("said:"); a question such as "What's Next?" can be one.
func isHeading(t string) bool {
	if len(t) > 120 || isListItem(t) || len(strings.Fields(t)) > 16 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if isOpener(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return last == '?' || last == ')' || unicode.IsLetter(last) || unicode.IsDigit(last)
}
