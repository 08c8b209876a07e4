package align

// Counts and units from the words around a number: which noun "the number of X" gives a bare
// number, when "11.4m" is a length and "245p" a price, what a partitive ("300 of its staff") and
// "the last quarter" count, when a number is an age ("she is 71"), a share ("a turnout of 64%")
// or a span ("for a decade"), and when pounds are money. figures (figures.go) asks these.

import (
	"strings"
	"sync"

	"parallax/corpus"
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

// placingWords place a span of time rather than qualify a noun a number counts: "up from nine
// last week" counts no weeks.
var placingWords = map[string]bool{"last": true, "next": true, "this": true, "that": true, "every": true, "each": true, "per": true}

// countUnit reports whether u, a unit that unitOf gives, counts things or people, not time.
func countUnit(u string) bool {
	switch u {
	case "", "year", "month", "week", "day", "hour", "minute", "second", "fortnight", "percent", "thousand", "million", "billion", "trillion":
		return false
	}
	return true
}

// statedAge reports whether the number at toks[i] (ending before toks[j]) is a person's age
// stated with "is" or "was": "She is 71 and has held the job for 22 years", "Okafor, who is 61,",
// "he was 19 when". The subject is "he", "she" or "who", or a person's name the sentence's
// mentions give; nothing but a clause's end follows the number ("the rate is 71 points" is no
// age).
func statedAge(s *corpus.Sentence, toks []token, i, j int) bool {
	text := s.Text
	if i < 2 || toks[i-1].lower != "is" && toks[i-1].lower != "was" || !adjacent(text, toks[i-2], toks[i-1]) || !adjacent(text, toks[i-1], toks[i]) {
		return false
	}
	subj := toks[i-2]
	switch {
	case subj.lower == "he" || subj.lower == "she" || subj.lower == "who":
	case personAt(s, subj):
		// A name the tagger read as a person's: "The high in Kelby was 31" is no age.
	default:
		return false
	}
	rest := strings.TrimLeft(text[toks[j-1].end:], " ")
	if rest == "" || strings.IndexByte(",.;", rest[0]) >= 0 {
		return true
	}
	return j < len(toks) && (toks[j].lower == "and" || toks[j].lower == "when" || toks[j].lower == "but")
}

// personAt reports whether token t lies in a mention of a person in s.
func personAt(s *corpus.Sentence, t token) bool {
	for _, m := range s.Mentions {
		if m.Kind == corpus.KindPerson && m.Start <= t.start && t.end <= m.End {
			return true
		}
	}
	return false
}

// percentAfter reports whether the number ending at byte end (before toks[j]) is a percentage:
// "%", "per cent", "percent" or "pc" follows it.
func percentAfter(text string, toks []token, end, j int) bool {
	if strings.HasPrefix(strings.TrimLeft(text[end:], " "), "%") {
		return true
	}
	if j >= len(toks) {
		return false
	}
	switch toks[j].lower {
	case "percent", "pc":
		return true
	case "per":
		return j+1 < len(toks) && toks[j+1].lower == "cent"
	}
	return false
}

// spanYears are the spans of years with a name of their own, which news writes with an article
// for the number ("for a decade", "a century on").
var spanYears = map[string]float64{"decade": 10, "century": 100}

// talksMoney reports whether a sentence has a word of paying or costing, with which pounds are
// money: "He was fined 14,000 pounds".
func talksMoney(toks []token) bool {
	for _, t := range toks {
		if moneyWords[t.lower] {
			return true
		}
	}
	return false
}

// moneyWords are words of paying, costing and owing.
var moneyWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`fine fined fines cost costs costing paid pay pays paying worth price prices priced
		bill bills charge charged charges spent spend spending raised raise donated donation salary wage wages
		compensation damages award awarded prize fee fees sold sell bought buy bid loan debt debts tax taxes
		earn earned earns owed owe budget funding fund grant payout bonus`) {
		m[w] = true
	}
	return m
}()

// spanOfTime reports whether "a century" at toks[i] is a span of time: after a word that measures
// one ("for a century", "more than a century", "in a century") or before "of" ("a century of
// service"), where "he made a century" in cricket is a hundred runs.
func spanOfTime(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i+1].lower == "of" {
		return true
	}
	if i < 2 {
		return false
	}
	switch toks[i-2].lower {
	case "for", "than", "over", "nearly", "almost", "about", "around", "within", "in", "some", "past", "last", "quarter", "half":
		return true
	}
	return false
}

// oneOf reports whether w writes the number one before a noun: "a", "an" or "one".
func oneOf(w string) bool { return w == "a" || w == "an" || w == "one" }
