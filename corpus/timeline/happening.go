package timeline

import (
	"slices"

	"parallax/corpus"
)

// Account is one sentence's report of a dated happening: a date mention and the sentence that
// holds it (its text and entity mentions).
type Account struct {
	Mention  corpus.DateMention
	Sentence corpus.Sentence
}

// Agree reports whether two mentions' dates agree at their own precision: one holds the other
// ("May 10" and "May"), or, for ranges and ambiguous numeric dates, they are the same. It
// returns the finer of the two, which is what both support. Unresolved mentions agree with
// nothing.
func Agree(a, b corpus.DateMention) (corpus.Date, bool) {
	x := Source{Date: a.Date, Until: a.Until, Alt: a.Alt}
	y := Source{Date: b.Date, Until: b.Until, Alt: b.Alt}
	if a.Date.Precision == corpus.PrecisionUnknown || b.Date.Precision == corpus.PrecisionUnknown {
		return corpus.Date{}, false
	}
	if exactOnly(x) || exactOnly(y) {
		return a.Date, a.Date == b.Date && a.Until == b.Until && a.Alt == b.Alt
	}
	if !compatible(a.Date, b.Date) {
		return corpus.Date{}, false
	}
	if b.Date.End()-b.Date.Start() < a.Date.End()-a.Date.Start() {
		return b.Date, true
	}
	return a.Date, true
}

// SameHappening reports whether two accounts report one happening, as Build decides when it
// merges them: the same role, dates that Agree, sentences that share at least three content
// words or entity names (at least 0.3 of the shorter's), no two different event verbs ("passed"
// against "signed") and, when the dates share no unit finer than a month, a name or figure
// (specificEnough). The comparison summary of two articles uses it to list the dates
// both report, rather than every pair of dates in the same month. Unlike Build, which sees the
// corpus, it cannot tell a name too common to count ("UK" in British news) and counts every
// name: the summary may list a date that the timeline keeps as two entries.
func SameHappening(a, b Account) bool {
	if a.Mention.Role != b.Mention.Role {
		return false
	}
	if _, ok := Agree(a.Mention, b.Mention); !ok {
		return false
	}
	ea, eb := entityNames(a.Sentence.Mentions, nil), entityNames(b.Sentence.Mentions, nil)
	ta, tb := tokenize(a.Sentence.Text), tokenize(b.Sentence.Text)
	wa, va := wordsAndVerbs(ta, ea)
	wb, vb := wordsAndVerbs(tb, eb)
	if similarity(wa, wb) == 0 || !verbsAgree(va, vb) {
		return false
	}
	na, fa := specifics(ta, ea)
	nb, fb := specifics(tb, eb)
	return specificEnough(min(a.Mention.Date.Precision, b.Mention.Date.Precision), countShared(na, nb), countShared(fa, fb), sharedVerb(va, vb))
}

// countShared counts the distinct strings two lists share.
func countShared(a, b []string) int {
	n := 0
	for i, w := range a {
		if !slices.Contains(a[:i], w) && slices.Contains(b, w) {
			n++
		}
	}
	return n
}
