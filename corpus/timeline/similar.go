package timeline

import (
	"slices"
	"strings"

	"parallax/corpus"
)

// stopwords are too common to say two sentences report the same thing.
var stopwords = setOf("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by",
	"for", "with", "from", "as", "that", "this", "these", "those", "it", "its", "is", "are", "was",
	"were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
	"could", "should", "may", "might", "must", "can", "not", "no", "he", "she", "they", "we",
	"you", "i", "his", "her", "their", "our", "your", "him", "them", "us", "who", "whom",
	"which", "what", "when", "where", "while", "if", "than", "then", "there", "here", "also",
	"so", "such", "into", "about", "after", "before", "over", "under", "up", "down", "out",
	"more", "most", "some", "any", "all", "each", "both", "other", "only", "own", "same", "too",
	"very", "just", "said", "says", "say", "according", "report", "reports", "reported", "notes",
	"note", "noted", "year", "month", "week", "day", "days", "early", "late", "mid", "last",
	"next", "earlier", "later", "s", "t", "mr", "ms")

// wordsAndVerbs returns the lower-cased, crudely stemmed content words of a sentence's tokens,
// without date words, plus the entity names prefixed with "@"; and the stems of its verbs that
// name what happened or is timetabled ("signed", "passed", "takes"), without auxiliaries and
// verbs of saying, each once. It reads the tokens once.
func wordsAndVerbs(toks []token, entities []string) (map[string]bool, []string) {
	out := make(map[string]bool)
	var verbs []string
	for _, t := range toks {
		if !t.word || t.digits > 0 {
			continue
		}
		if !t.upper && !auxiliaries[t.lower] && !sayingVerbs[t.lower] &&
			(irregularPast[t.lower] || isRegularPast(t) || scheduleVerbs[t.lower]) {
			if v := stem(t.lower); !slices.Contains(verbs, v) {
				verbs = append(verbs, v)
			}
		}
		if stopwords[t.lower] || monthNums[t.lower] > 0 || isWeekday(t.lower) {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(t.lower, "’s"), "'s")
		if w = stem(w); len(w) > 1 && !stopwords[w] {
			out[w] = true
		}
	}
	for _, e := range entities {
		out["@"+strings.ToLower(e)] = true
	}
	return out, verbs
}

// specifics returns what names a particular happening in a sentence: its names, each run of
// capitalised words read as one ("general motors", "lvmh"), and its figures ("9.5",
// "440700"), not years; either may repeat. Two accounts that share only common words and a year ("growth",
// "sales", "2004") tell different stories; a year holds too many for its words to decide. A
// sentence's first word is a name only when the entity tagger found it ("Airbus overtook"), not
// when it is any capitalised word ("Sales rose").
func specifics(toks []token, entities []string) (names, figures []string) {
	var parts []string
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.word && t.upper && t.digits == 0 {
			j := k
			parts = parts[:0]
			for ; j < len(toks) && toks[j].word && toks[j].upper && toks[j].digits == 0; j++ {
				w := strings.TrimSuffix(strings.TrimSuffix(toks[j].lower, "’s"), "'s")
				if len(parts) == 0 && (stopwords[w] || monthNums[w] > 0 || isWeekday(w)) {
					continue // "The", "In", "March" before a name
				}
				parts = append(parts, w)
				if w != toks[j].lower {
					j++
					break // "Japan's trade": the possessive ends the name
				}
			}
			name := ""
			if len(parts) == 1 {
				name = parts[0]
			} else if len(parts) > 1 {
				name = strings.Join(parts, " ")
			}
			first := k == 0 || sentenceStart(toks[k-1].text)
			if name != "" && len(name) > 1 && (!first || len(parts) > 1 || slices.ContainsFunc(entities, func(e string) bool { return strings.EqualFold(e, name) })) {
				names = append(names, name)
			}
			k = j - 1
			continue
		}
		if !t.isPlainNumber() {
			continue
		}
		// "9.5", "440,700": one figure written over several tokens.
		fig, j := t.text, k
		for j+2 < len(toks) && (toks[j+1].text == "." || toks[j+1].text == ",") && toks[j+2].isPlainNumber() &&
			toks[j+1].start == toks[j].end && toks[j+2].start == toks[j+1].end {
			if toks[j+1].text == "." {
				fig += "."
			}
			fig += toks[j+2].text
			j += 2
		}
		if j == k && t.digits == 4 && t.num >= 1900 && t.num <= 2100 {
			continue // a year: the date, which the accounts already share
		}
		figures = append(figures, fig)
		k = j
	}
	return names, figures
}

// sentenceStart marks may stand before a sentence's (or a quotation's) first word.
func sentenceStart(s string) bool {
	return s == "." || s == "“" || s == "\"" || s == ":" || s == "‘" || s == "(" || s == "!" || s == "?"
}

// specificEnough reports whether two accounts that share only a date as coarse as prec share
// enough specific content to be one happening. Within a year or a quarter they must share a
// name and a second name or figure, or two figures; within a month a name, two figures or an event verb that
// names a happening ("voted").
func specificEnough(prec corpus.Precision, sharedNames, sharedFigures int, sameVerb bool) bool {
	switch {
	case prec >= corpus.PrecisionPartOfMonth:
		return true
	case prec == corpus.PrecisionMonth:
		return sharedNames > 0 || sharedFigures >= 2 || sameVerb
	}
	return sharedNames+sharedFigures >= 2 && (sharedNames > 0 || sharedFigures >= 2)
}

// sharedVerb reports whether two lists of event verbs share one that names a happening:
// "voted", "signed", not "rose" or "fell", which any figure of the month does.
func sharedVerb(a, b []string) bool {
	for _, v := range a {
		if !movementVerbs[v] && slices.Contains(b, v) {
			return true
		}
	}
	return false
}

// movementVerbs are the stems of the verbs that move a figure.
var movementVerbs = setOf("rose", "fell", "grew", "rise", "ris", "fall", "increas", "declin", "drop",
	"climb", "slip", "jump", "soar", "plung", "slid", "surg", "gain", "lost", "doubl", "halv",
	"shrank", "expand", "contract", "boost", "cut", "push", "lift", "rais")

func isWeekday(w string) bool { _, ok := weekdays[w]; return ok }

// stem strips the commonest English inflections, enough for "signed" to meet "signing".
func stem(w string) string {
	for _, suf := range [...]string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			// "banned" → "bann" → "ban", to meet "ban".
			if n := len(w); suf != "s" && suf != "es" && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
				w = w[:n-1]
			}
			return w
		}
	}
	return w
}

// similarity is the overlap coefficient of two word sets, 0 when they share fewer than
// minShared words.
func similarity(a, b map[string]bool) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	if n < minShared || len(a) == 0 {
		return 0
	}
	s := float64(n) / float64(len(a))
	if s < minSimilarity {
		return 0
	}
	return s
}

// auxiliaries carry tense, not the happening.
var auxiliaries = setOf("was", "were", "had", "did", "been", "got", "became", "went", "came", "made")

// verbsAgree reports whether two accounts can report one happening: when both name event verbs,
// they share one.
func verbsAgree(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, v := range a {
		if slices.Contains(b, v) {
			return true
		}
	}
	return false
}
