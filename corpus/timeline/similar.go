package timeline

import (
	"slices"
	"strings"
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

// contentWords returns the lower-cased, crudely stemmed content words of text, without date
// words, plus the entity names prefixed with "@".
func contentWords(text string, entities []string) map[string]bool {
	w, _ := wordsAndVerbs(tokenize(text), entities)
	return w
}

// wordsAndVerbs returns the content words of a sentence's tokens (see contentWords) and its
// event verbs (see eventVerbs), reading the tokens once.
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

// eventVerbs returns the stems of the verbs of text that name what happened or is timetabled
// ("signed", "passed", "takes"), without auxiliaries and verbs of saying, each once.
func eventVerbs(text string) []string {
	_, v := wordsAndVerbs(tokenize(text), nil)
	return v
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
