package align

// Counts and units from the words around a number: which noun "the number of X" gives a bare
// number, when "11.4m" is a length and "245p" a price, what a partitive ("300 of its staff") and
// "the last quarter" count. figures (figures.go) asks these.

import (
	"strings"
	"sync"
)

// numberOfNoun returns the index of X in "the number of X" (or "the total of X") before the bare
// number at i, when the number follows "at" or "to" (with at most one word of a hedge between,
// see hedgeWords) and is the first number after X, within maxNumberOfReach words: "put the
// number of displaced at over 2,100", "the number of confirmed cases rose to 14". In "The number
// of flights cancelled rose to 300 and delays grew to 450", 450 counts delays, not flights. -1
// when there is none.
func numberOfNoun(toks []token, i int) int {
	k := i - 1
	if k >= 1 && hedgeWords[toks[k].lower] {
		k--
	}
	if k < 0 || toks[k].lower != "at" && toks[k].lower != "to" {
		return -1
	}
	for j := k - 2; j >= 1 && j >= i-maxNumberOfReach; j-- {
		if toks[j].number || toks[j].lower == "and" || toks[j].lower == "but" {
			return -1 // another number or clause comes between
		}
		if (toks[j].lower == "number" || toks[j].lower == "total") && toks[j-1].lower == "the" && toks[j+1].lower == "of" &&
			j+2 < k && !toks[j+2].number && !toks[j+2].upper {
			// "the number of confirmed cases rose": a participle before the noun says which;
			// in "the number of displaced rose" it is the noun.
			if w := toks[j+2].lower; (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) &&
				j+4 < k && !toks[j+3].number && !toks[j+3].stop && !toks[j+3].upper && !levelVerbs[toks[j+3].lower] &&
				(levelVerbs[toks[j+4].lower] || toks[j+4].stop) {
				return j + 3
			}
			if !toks[j+2].stop {
				return j + 2
			}
		}
	}
	return -1
}

// gatheringOf reports whether the number at toks[i] follows a noun for people gathered or counted
// together and "of", with at most two words of a hedge between: "a crowd of 31,204", "a turnout
// of about 40,000", "an attendance of more than 31,000". Such a number counts people, whatever
// word follows it ("a crowd of 31,204 watched").
func gatheringOf(toks []token, i int) bool {
	k := i - 1
	for n := 0; n < 2 && k >= 0 && boundWords[toks[k].lower]; n++ {
		k--
	}
	return k >= 1 && toks[k].lower == "of" && gatherings[toks[k-1].lower]
}

// gatherings are the nouns for people gathered or counted together that news gives a number
// after ("a crowd of", "a turnout of").
var gatherings = map[string]bool{
	"crowd": true, "attendance": true, "turnout": true, "audience": true, "gathering": true,
	"workforce": true, "congregation": true,
}

// boundWords are the words of a hedge of one or two words before a number ("more than",
// "nearly", "at least", "up to"): hedgeWords and those that bound.
var boundWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range hedgeWords {
		m[w] = true
	}
	for _, w := range strings.Fields("more less fewer than under at least approximately up to") {
		m[w] = true
	}
	return m
}()

// levelVerbs say where a count stands or went: the verbs of a change by a share (changeVerbs) and
// "stands", "reached", "hit", "topped", "passed", "exceeded".
var levelVerbs = func() map[string]bool {
	m := map[string]bool{}
	for w := range changeVerbs {
		m[w] = true
	}
	for _, w := range strings.Fields("stand stands stood reach reached reaches hit hits top topped tops pass passed passes exceed exceeded exceeds") {
		m[w] = true
	}
	return m
}()

// maxNumberOfReach is how many words before its number "the number of" may stand: the look-back
// stays bounded however long the sentence.
const maxNumberOfReach = 16

// metres reports whether a number written with the suffix "m" at toks[i] (ending before toks[j])
// is in metres rather than millions: no currency comes before it ("£5m", "US$5m", "EUR 5m"), no
// count or scale after it ("5m people", "3m tonnes"), and a word of length or height stands near
// it ("the river reached 11.4m", "a 2m wall", "the 400m hurdles"). Anything else is millions, the
// commoner reading in news: "watched by 8.5m", "made 40m last year".
func metres(text string, toks []token, i, j int) bool {
	before := strings.TrimRight(text[:toks[i].start], " ")
	if strings.HasSuffix(before, "$") || strings.HasSuffix(before, "€") || strings.HasSuffix(before, "£") ||
		i > 0 && currencyCodes[text[toks[i-1].start:toks[i-1].end]] != "" {
		return false
	}
	if j < len(toks) {
		next := toks[j]
		if next.number || unitOf(next) != "" || currencies[next.lower] != "" || scales[next.lower] > 0 ||
			!next.stop && strings.HasSuffix(next.lower, "s") && !strings.HasSuffix(next.lower, "ss") {
			return false
		}
	}
	for k := max(0, i-lengthReach); k < min(len(toks), j+lengthReach); k++ {
		if lengthCues()[toks[k].key] {
			return true
		}
	}
	return false
}

// lengthReach is how many words on either side of a number with the suffix "m" are read for a
// word of length (see metres).
const lengthReach = 6

// lengthCues are the keys of the words that make a number with the suffix "m" a length: what is
// measured ("river", "wall", "wave"), the measure ("height", "deep"), and the races run in metres
// ("the 100m sprint", "the 400m hurdles").
var lengthCues = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`river flood water sea wave waves tide wall tower building bridge
		cliff mountain height depth level deep high tall long wide length width metre metres above below
		sprint race hurdles relay freestyle backstroke breaststroke butterfly medley`) {
		m[stem(w)] = true
	}
	return m
})

// pence reports whether a number written with the suffix "p" at toks[i] is a price in pence: a
// price or a change of one stands before it ("at 245p", "rose 3p to 248p", "pay 245p") or a
// share, a unit or "each" after it ("245p a share", "99p each"). "1080p video" is no price.
func pence(toks []token, i int) bool {
	if i > 0 && priceBefore[toks[i-1].lower] {
		return true
	}
	if i+1 < len(toks) {
		switch toks[i+1].lower {
		case "a", "an", "per", "each", "for":
			return true
		}
	}
	return false
}

// priceBefore are the words after which a number in pence is a price.
var priceBefore = map[string]bool{"at": true, "to": true, "from": true, "by": true, "of": true,
	"pay": true, "paid": true, "pays": true, "paying": true, "cost": true, "costs": true, "costing": true,
	"price": true, "priced": true, "worth": true, "valued": true, "offer": true, "offered": true,
	"offering": true, "rose": true, "fell": true, "up": true, "down": true, "gained": true,
	"lost": true, "added": true, "shed": true, "charge": true, "charged": true, "just": true,
	"only": true, "about": true, "around": true, "nearly": true, "almost": true, "over": true,
	"under": true, "than": true}

// ownDeterminers are the possessive determiners of a partitive count ("300 of its staff").
var ownDeterminers = map[string]bool{"its": true, "their": true, "our": true, "his": true, "her": true}

// quarterBefore are the words before "quarter" that make it the three months just ended ("the
// last quarter", "the previous quarter"), which "the past three months" also tell. An ordinal
// quarter ("the third quarter") is a date, not a span: the second and the third would share
// their three months. "A quarter of the staff" is a share, and "the Latin Quarter" a district.
var quarterBefore = map[string]bool{"last": true, "previous": true, "latest": true, "past": true, "recent": true}

// quarterPeriod reports whether toks[i] is "quarter" as the three months just ended.
func quarterPeriod(toks []token, i int) bool {
	t := toks[i]
	if t.lower != "quarter" || t.upper || i == 0 || !quarterBefore[toks[i-1].lower] {
		return false
	}
	return i+1 == len(toks) || toks[i+1].lower != "of" && toks[i+1].lower != "century"
}
