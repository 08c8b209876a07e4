package ingest

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
	"parallax/corpus/entity"
)

// An abbreviation's kind decides whether a full stop after it may end a sentence.
type abbrKind uint8

const (
	// notAbbr is an ordinary word: a full stop after it ends the sentence.
	notAbbr abbrKind = iota
	// titleAbbr stands before what it abbreviates ("Mr. Smith", "No. 5", "e.g. this"), so the
	// sentence always goes on after it.
	titleAbbr
	// properAbbr is a name or part of one ("U.S.", "U.K.", "Jan."), often followed by more of a
	// name ("the U.S. Senate"): it ends a sentence only before a word that cannot be part of a
	// name.
	properAbbr
	// endAbbr often closes a phrase ("etc.", "5 p.m.", "Foo Inc.", "Jr."): it ends a sentence
	// before a capitalised word unless that word starts a run of capitalised words, which
	// continues the name ("Foo Inc. Chief Executive Jane Roe", "5 p.m. Eastern Time").
	endAbbr
)

// abbreviations maps known abbreviations, lower case and without their final stop, to their kind.
// Other dotted letter groups are read by their case: "U.S" is a name, "a.m" ends a phrase.
var abbreviations = map[string]abbrKind{
	"mr": titleAbbr, "mrs": titleAbbr, "ms": titleAbbr, "dr": titleAbbr, "prof": titleAbbr,
	"sen": titleAbbr, "rep": titleAbbr, "gov": titleAbbr, "gen": titleAbbr, "lt": titleAbbr,
	"col": titleAbbr, "capt": titleAbbr, "sgt": titleAbbr, "st": titleAbbr, "rev": titleAbbr,
	"hon": titleAbbr, "pres": titleAbbr, "no": titleAbbr, "vs": titleAbbr, "v": titleAbbr,
	"mt": titleAbbr, "ft": titleAbbr, "e.g": titleAbbr, "i.e": titleAbbr, "cf": titleAbbr,
	"approx": titleAbbr, "fig": titleAbbr, "supt": titleAbbr, "cmdr": titleAbbr, "adm": titleAbbr,

	"jan": properAbbr, "feb": properAbbr, "mar": properAbbr, "apr": properAbbr, "jun": properAbbr,
	"jul": properAbbr, "aug": properAbbr, "sep": properAbbr, "sept": properAbbr, "oct": properAbbr,
	"nov": properAbbr, "dec": properAbbr,

	"inc": endAbbr, "ltd": endAbbr, "co": endAbbr, "corp": endAbbr, "jr": endAbbr, "sr": endAbbr,
	"etc": endAbbr, "bros": endAbbr, "llc": endAbbr, "plc": endAbbr, "a.m": endAbbr, "p.m": endAbbr,
	"al": endAbbr, // "et al."
}

// functionWords are the closed classes of English (articles, pronouns, conjunctions,
// prepositions): capitalised after an abbreviation, such a word cannot be part of a name, so
// it starts a sentence.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"it": true, "its": true, "he": true, "she": true, "they": true, "we": true, "i": true,
	"you": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true,
	"there": true, "but": true, "and": true, "or": true, "nor": true, "so": true, "yet": true,
	"if": true, "when": true, "while": true, "as": true, "after": true, "before": true,
	"in": true, "on": true, "at": true, "for": true, "from": true, "with": true, "by": true,
	"of": true, "to": true, "since": true, "although": true, "because": true, "what": true,
	"who": true, "which": true, "where": true, "how": true, "why": true, "no": true, "some": true,
}

// ellipsis is the one-character ellipsis, a terminator like "...".
const ellipsis = "…"

// terminatorAt returns the length of the terminator (. ! ? …) at text[i:], or 0.
func terminatorAt(text string, i int) int {
	switch text[i] {
	case '.', '!', '?':
		return 1
	}
	if strings.HasPrefix(text[i:], ellipsis) {
		return len(ellipsis)
	}
	return 0
}

// Sentences splits a paragraph into sentences, trimmed of surrounding space. A break needs a
// terminator (. ! ? …), optional closing quotes or brackets, space, and then a capital letter, a
// digit or an opening quote; initials, decimals, list markers and abbreviations that the next
// word shows to go on do not break (see abbrKind).
func Sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		n := terminatorAt(text, i)
		if n == 0 {
			continue
		}
		stop := text[i] == '.' // a full stop may follow an abbreviation
		j := i + n
		for j < len(text) {
			m := terminatorAt(text, j)
			if m == 0 {
				break
			}
			j += m
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
		if !startsSentence(text[k:]) || (stop && !breaksAfter(text[start:i], text[k:])) {
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
// stop and the text after the space that follows, by the kind of the word before the stop and
// by the next word.
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
	kind, ok := abbreviations[strings.ToLower(word)]
	if !ok {
		kind = notAbbr
	}
	if !ok && strings.Contains(word, ".") && isDotted(word) {
		// "U.S", "U.K" name places and bodies; "a.m"-like lower-case ones close a phrase.
		kind = endAbbr
		if unicode.IsUpper(r) {
			kind = properAbbr
		}
	}
	next, rest := firstWord(after), ""
	if len(next) < len(after) {
		rest = strings.TrimLeftFunc(after[len(next):], func(r rune) bool { return r == ' ' })
	}
	function := functionWords[strings.ToLower(next)]
	switch kind {
	case titleAbbr:
		return false
	case properAbbr:
		return function
	case endAbbr:
		if strings.HasPrefix(after, "(") || strings.HasPrefix(after, "[") {
			return false // "etc. (apart from …)" goes on in brackets
		}
		if next == "" || function {
			return true // a digit, a quote, or a word that cannot continue a name
		}
		// A run of capitalised words continues the name; one capitalised word followed by
		// lower case opens a sentence.
		nr, _ := utf8.DecodeRuneInString(rest)
		return !unicode.IsUpper(nr)
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
					out = append(out, paragraph(len(out)+1, texts[start:i], false))
				}
				out = append(out, paragraph(len(out)+1, texts[i:i+1], i+1 < len(texts) || bi+1 < len(blocks)))
				start = i + 1
			}
		}
		if start < len(texts) {
			heading := start == 0 && b.lines == 1 && len(texts) == 1 && bi+1 < len(blocks) && isHeading(b.text)
			out = append(out, paragraph(len(out)+1, texts[start:], heading))
		}
	}
	first[len(blocks)] = len(out)
	if tagger != nil {
		tagDocument(out, tagger)
	}
	for i := range removed {
		removed[i].Before = first[min(max(removed[i].Before, 0), len(blocks))]
	}
	return out
}

// tagDocument tags the sentences of all paragraphs as one document, so that what the article
// says of a name in one sentence ("Howard Lutnick") settles it in another ("Lutnick said").
func tagDocument(paras []corpus.Paragraph, tagger *entity.Tagger) {
	var texts []string
	for _, p := range paras {
		for _, s := range p.Sentences {
			texts = append(texts, s.Text)
		}
	}
	mentions := tagger.TagDocument(texts)
	i := 0
	for pi := range paras {
		for si := range paras[pi].Sentences {
			if i < len(mentions) {
				paras[pi].Sentences[si].Mentions = mentions[i]
			}
			i++
		}
	}
}

// paragraph builds paragraph number n (1-based) from its sentences, with IDs; mentions are
// added for the whole document by tagDocument.
func paragraph(n int, texts []string, heading bool) corpus.Paragraph {
	p := corpus.Paragraph{Heading: heading, Sentences: make([]corpus.Sentence, len(texts))}
	prefix := "p" + strconv.Itoa(n) + "s"
	for i, t := range texts {
		p.Sentences[i] = corpus.Sentence{ID: prefix + strconv.Itoa(i+1), Text: t}
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
