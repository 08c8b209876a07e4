package timeline

import (
	"strings"

	"parallax/corpus"
)

// tense is the grammatical time of the verb that governs a date expression.
type tense uint8

const (
	tNone tense = iota
	tPast
	tPresent
	tFuture
)

// cue classifies token k as a tense marker. expect reports an expectation or plan ("is
// anticipated", "plans to", "could"). Tokens inside date expressions are never cues.
func cue(toks []token, k int) (t tense, expect bool) {
	tk := toks[k]
	if !tk.word {
		return tNone, false
	}
	w := tk.lower
	prev := func(n int) string {
		if k-n < 0 {
			return ""
		}
		return toks[k-n].lower
	}
	next := ""
	if k+1 < len(toks) {
		next = toks[k+1].lower
	}
	switch {
	case futureWords[w]:
		return tFuture, false
	case w == "going" && next == "to":
		return tFuture, false
	case w == "must" || w == "should":
		return tFuture, false // an obligation: a deadline when a date follows "by"
	case modalWords[w] && !tk.upper:
		return tFuture, true
	case prev(1) == "-" && k >= 2 && toks[k-2].end == toks[k-1].start:
		return tNone, false // "Chinese-owned" is an adjective; a spaced dash ends a clause
	case setHas(prev(1), "if", "unless"):
		return tNone, false // "if sold": a condition, not a report
	case w == "set" && (next == "to" || next == "for"), (w == "takes" || w == "take") && next == "effect":
		return tFuture, true
	case w == "due" && next == "to":
		// "is due to report", "fees, due to start in 2006": a plan, after a copula or a comma
		// and before a verb; "a fall in profits due to tough competition", "was due to bad
		// weather": a cause.
		if k+2 < len(toks) && toks[k+2].word && !toks[k+2].upper && !determiners[toks[k+2].lower] && toks[k+2].num < 0 &&
			(dueToLeaders[prev(1)] || prev(1) == ",") && !causeStarts[toks[k+2].lower] && !strings.HasSuffix(toks[k+2].lower, "ing") && !isRegularPast(toks[k+2]) {
			return tFuture, true
		}
		return tNone, false
	case scheduleVerbs[w] && !tk.upper && !setHas(prev(1), "the", "a", "an", "to", "its", "their"):
		return tFuture, true // "takes office on Monday", "the trial begins": a timetable
	case w == "due" && deadlinePreps[next]:
		return tFuture, false // "due by": a deadline
	case expectWords[w] && (nounDeterminers[prev(1)] || isPossessive(prev(1))):
		return tNone, false // "a plan", "the forecast", "Ford's plans": a noun
	case (w == "forecasts" || w == "forecast") && (periodNouns[prev(1)] || forecastModifiers[prev(1)]):
		return tNone, false // "its 2005 profit forecasts": a noun, which forecastFor reads
	case expectWords[w] && setHas(prev(1), "than", "as"):
		return tNone, false // "faster than predicted", "as expected": measured against a forecast
	case (presentAux[w] || w == "was" || w == "were") && expectWords[next]:
		// "is projecting", "were forecasting": the forecast, not the present or past of the aux.
		return cue(toks, k+1)
	case expectWords[w]:
		if setHas(prev(1), "was", "were", "had") {
			return tPast, true
		}
		return tFuture, true
	case irregularPast[w] && (nounDeterminers[prev(1)] || isPossessive(prev(1))):
		// "their bid", "the beat", "a wound": a noun. A regular form there is an adjective that
		// still tells of the past ("the revised convention of June 2003").
		return tNone, false
	case irregularPast[w], isRegularPast(tk):
		switch p := prev(1); {
		case w == "was" || w == "were" || w == "had" || w == "did":
			return tPast, false
		case setHas(p, "is", "are", "am", "'s"):
			return tPresent, false
		case p == "been":
			if futureWords[prev(2)] || modalWords[prev(2)] {
				return tFuture, modalWords[prev(2)] && prev(2) != "must"
			}
			return tPast, false // "has been signed": perfect, done before the writing
		case p == "be":
			if setHas(prev(2), "to", "not") || futureWords[prev(2)] || modalWords[prev(2)] {
				return tFuture, modalWords[prev(2)] && !setHas(prev(2), "must", "should")
			}
		}
		return tPast, false
	case setHas(w, "is", "are", "'s") && next == "to" && k+2 < len(toks) && toks[k+2].word && !toks[k+2].upper &&
		!determiners[toks[k+2].lower] && toks[k+2].num < 0 && !setHas(prev(1), "that", "this", "what") &&
		!setHas(toks[k+2].lower, "blame", "say"):
		return tFuture, true // "Universal is to start producing films": a plan
	case presentAux[w]:
		return tPresent, false
	}
	return tNone, false
}

// nounDeterminers come before a noun, never before a verb of which they would be the subject:
// "their bid", "the planned merger" (where "it" in "it said" is a subject).
var nounDeterminers = setOf("the", "a", "an", "its", "his", "their", "our", "your", "my", "this",
	"these", "those", "every", "each")

// isPossessive reports whether w ends in a possessive "'s": "Ford's proposed sale".
func isPossessive(w string) bool {
	return len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))
}

// dueToLeaders come just before "due to" when it announces a plan: a copula ("is due to
// report") or an adverb after one ("is not due to", "is now due to", "was still due to").
var dueToLeaders = setOf("is", "are", "was", "were", "'s", "be", "been", "being", "not", "now", "also", "still")

// causeStarts begin the cause after "due to" ("due to bad weather", "due to rising costs"), where
// a verb would begin a plan.
var causeStarts = setOf("bad", "poor", "high", "higher", "low", "lower", "strong", "stronger", "weak",
	"weaker", "heavy", "tough", "fierce", "lack", "ill", "illness", "injury", "weather", "demand",
	"pressure", "competition", "concerns", "fears", "problems", "delays", "difficulties", "technical",
	"financial", "increased", "reduced", "falling", "rising", "security", "safety", "health", "personal",
	"lower-than-expected", "higher-than-expected", "unforeseen", "continued", "ongoing", "recent")

// scheduleVerbs in the simple present announce what is timetabled: "the trial begins on
// Wednesday", "voters go to the polls on December 12".
var scheduleVerbs = setOf("takes", "begins", "starts", "opens", "reopens", "closes", "ends",
	"resumes", "goes", "go", "meets", "hears", "votes", "arrives", "launches", "expires", "kicks",
	"flies", "leaves", "returns", "premieres", "debuts", "begin", "start", "open", "close",
	"resume", "meet", "vote", "arrive", "expire", "fly", "leave", "return", "runs", "run")

// isRegularPast reports whether t looks like a regular past form ("signed", "announced").
func isRegularPast(t token) bool {
	w := t.lower
	return !t.upper && len(w) >= 5 && strings.HasSuffix(w, "ed") && !notPast[w]
}

// isInfinitive reports whether token k is "to" before a verb: "to divest", not "to the market".
func isInfinitive(toks []token, k int, inExpr []bool) bool {
	if toks[k].lower != "to" || k+1 >= len(toks) || inExpr[k+1] {
		return false
	}
	n := toks[k+1]
	return n.word && !n.upper && n.num < 0 && !determiners[n.lower]
}

// clauseMarks end a clause: the verb of "who takes office on Thursday, named" is in it.
var clauseMarks = setOf(",", ";", ":", "“", "”", "\"", "(", ")", "—", "–")

// nearestTense finds the tense cue nearest to tokens [t0, t1), left first on a tie: first
// within the clause, then anywhere in the sentence.
func nearestTense(toks []token, t0, t1 int, inExpr []bool) (tense, bool) {
	lo, hi := t0, t1
	for lo > 0 && !clauseBreak(toks, lo-1) {
		lo--
	}
	for hi < len(toks) && !clauseBreak(toks, hi) {
		hi++
	}
	if t, e := nearestIn(toks, t0, t1, inExpr, lo, hi); t != tNone {
		return t, e
	}
	return nearestIn(toks, t0, t1, inExpr, 0, len(toks))
}

// clauseBreak reports whether token k ends a clause: a clause mark (not the comma inside a number,
// "500,000"), a dash written as a spaced hyphen ("Dr Greenspan - who became chairman in 1987 -
// will step down"), or a conjunction that starts another clause ("had a transplant in July 2004
// but will play").
func clauseBreak(toks []token, k int) bool {
	t := toks[k]
	switch {
	case t.text == "," && k > 0 && k+1 < len(toks) && toks[k-1].digits > 0 && toks[k+1].digits > 0 &&
		toks[k-1].end == t.start && t.end == toks[k+1].start:
		return false
	case clauseMarks[t.text]:
		return true
	case t.text == "-":
		return k > 0 && k+1 < len(toks) && toks[k-1].end < t.start && t.end < toks[k+1].start
	}
	return clauseConjunctions[t.lower] && !t.upper
}

// clauseConjunctions start a clause of their own, with a verb of its own.
var clauseConjunctions = setOf("but", "although", "though", "whereas", "yet")

func nearestIn(toks []token, t0, t1 int, inExpr []bool, lo, hi int) (tense, bool) {
	for d := 1; t0-d >= lo || t1-1+d < hi; d++ {
		for _, k := range [2]int{t0 - d, t1 - 1 + d} {
			if k < lo || k >= hi || inExpr[k] {
				continue
			}
			if t, e := cue(toks, k); t != tNone {
				return t, e
			}
		}
	}
	return tNone, false
}

// roleOf decides whether m is a deadline, an expectation or something that happened, and the
// direction in which a year-less date is placed.
func roleOf(toks []token, m match, inExpr []bool) (corpus.DateRole, int) {
	if m.kind == kUnresolved {
		t, e := nearestTense(toks, m.t0, m.t1, inExpr)
		if e || t == tFuture {
			return corpus.RoleExpected, dirFuture
		}
		return corpus.RoleHappened, dirPast
	}
	if !m.deadline && (prevWithin(toks, m.t0, 6, "deadline") && setHas(m.prep, "to", "of", "is", "for", "as", ":", "was")) {
		// "extended the deadline for returns to April 18": the new deadline, which may lie on
		// either side of the writing.
		if pastBefore(toks, m.t0, inExpr) {
			return corpus.RoleDeadline, dirNearest
		}
		return corpus.RoleDeadline, dirFuture
	}
	if m.deadline || nextIs(toks, m.t1, "deadline") || prevWithin(toks, m.t0, 3, "deadline") {
		return deadlineRole(toks, m, inExpr)
	}
	t, e := nearestTense(toks, m.t0, m.t1, inExpr)
	if (m.kind == kOffset && !m.span || m.kind == kRelDays && m.off > 0) && t != tPast {
		return corpus.RoleExpected, dirFuture // "in 30 days", "tomorrow": ahead of the writing
	}
	switch {
	case e && t == tPast:
		return corpus.RoleExpected, dirPast
	case e || t == tFuture:
		return corpus.RoleExpected, dirFuture
	case t == tPast:
		return corpus.RoleHappened, dirPast
	}
	return corpus.RoleHappened, dirNearest
}

// deadlineRole handles "by January 19": an expectation when a plan or a modal governs it
// ("plans to finalize … by September 15", "is anticipated by early December"), something that
// happened when a past verb close by governs it ("By 2019, Amazon had closed"), and otherwise a
// deadline, placed in the future of the writing.
func deadlineRole(toks []token, m match, inExpr []bool) (corpus.DateRole, int) {
	future := false
	for k := m.t0 - 1; k >= 0 && k >= m.t0-8; k-- {
		if inExpr[k] {
			continue
		}
		if isInfinitive(toks, k, inExpr) {
			// The date belongs to the infinitive; a plan just before it makes it an expectation,
			// and a verb in the past ("required firms to file by February 1", "were told to
			// leave by") puts the deadline on either side of the writing.
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				t, e := cue(toks, j)
				if e {
					return corpus.RoleExpected, dirFuture
				}
				if t == tPast {
					return corpus.RoleDeadline, dirNearest
				}
			}
			return corpus.RoleDeadline, dirFuture
		}
		if (m.prep == "until" || m.prep == "till") && k == m.t0-1 && setHas(toks[k].lower, "have", "has", "had") {
			// "Applicants had until January 31 to register."
			if toks[k].lower == "had" {
				return corpus.RoleDeadline, dirNearest
			}
			return corpus.RoleDeadline, dirFuture
		}
		t, e := cue(toks, k)
		if e {
			return corpus.RoleExpected, dirFuture
		}
		if t == tPast && k >= m.t0-6 && !future {
			return corpus.RoleHappened, dirPast
		}
		// A future or an obligation ("must respond by") leaves the date a deadline unless a plan
		// governs it further left.
		future = future || t == tFuture || t == tPresent
	}
	// A fronted "By the end of 2004," dates the main clause after it, however long its subject
	// ("By the end of 2004, almost three-quarters of messages were junk"); a future anywhere in
	// it keeps the deadline ("By 2008, 95% of all mobiles sold there will have cameras").
	if fronted(toks, m.t0) && m.t1 < len(toks) && toks[m.t1].text == "," && !future {
		past := false
		for k := m.t1 + 1; k < len(toks) && k < m.t1+24 && toks[k].text != "."; k++ {
			if inExpr[k] {
				continue
			}
			t, e := cue(toks, k)
			if e || t == tFuture || t == tPresent {
				return corpus.RoleDeadline, dirFuture
			}
			past = past || t == tPast
		}
		if past {
			return corpus.RoleHappened, dirPast
		}
	}
	for k := m.t1; !future && k < len(toks) && k < m.t1+6; k++ {
		if inExpr[k] || toks[k].text == "." {
			break
		}
		if t, _ := cue(toks, k); t == tPast {
			return corpus.RoleHappened, dirPast
		} else if t != tNone {
			break
		}
	}
	return corpus.RoleDeadline, dirFuture
}

// fronted reports whether the tokens before t0 open the sentence: none, or a conjunction ("But
// by the end of 2004, …").
func fronted(toks []token, t0 int) bool {
	for k := range t0 {
		if !setHas(toks[k].lower, "but", "and", "so", "yet", "\"", "“") {
			return false
		}
	}
	return true
}

// forecastNouns name a forecast; what follows "forecasts for" or "the outlook for" up to the
// date is the forecast's content, whatever verb then acts on the forecast ("Forecasts for growth
// were cut to 1.2% in 2005": the growth of 2005 is expected).
var forecastNouns = setOf("forecast", "forecasts", "outlook", "projection", "projections",
	"prediction", "predictions", "estimate", "estimates", "guidance")

// forecastModifiers before "forecasts" make it a noun: "growth forecasts", "official forecasts".
var forecastModifiers = setOf("growth", "demand", "price", "prices", "official", "economic",
	"latest", "earlier", "previous", "new", "revised", "gloomy", "analysts'", "analysts’", "budget",
	"inflation", "traffic", "weather")

// forecastPast are forecast verbs in the past: the verb dates the forecasting ("Last month the
// minister predicted"), and a later date in its clause is what was forecast ("predicted growth
// of 5% in 2006").
var forecastPast = setOf("predicted", "forecast", "projected", "forecasted")

// comparisonWords make the date after them a period of reference: "lower than in 2004",
// "compared with 8.2% in 2003".
var comparisonWords = setOf("than", "compared", "comparison", "against", "versus", "vs")

// periodNouns follow a year that names the period figures cover: "2004 earnings".
var periodNouns = setOf("earnings", "results", "figures", "profits", "profit", "sales", "accounts",
	"revenue", "revenues", "losses", "turnover", "numbers")

// disclosureVerbs publish figures, after the period they cover: "is due to reveal 2004 earnings
// on 19 January" expects the revealing, not 2004.
var disclosureVerbs = setOf("reveal", "reveals", "revealing", "report", "reports", "reporting",
	"publish", "publishes", "publishing", "announce", "announces", "announcing", "post", "posts",
	"posting", "release", "releases", "releasing", "unveil", "unveils", "unveiling", "present",
	"presents", "presenting", "issue", "issues", "issuing", "file", "files", "filing")

// referenceRole corrects the role roleOf gives a date by what the date is to its sentence: the
// year a forecast is for is expected even when a past verb acts on the forecast ("Forecasts for
// 2005 were cut"), and a year that is only a period of reference (the year a figure is compared
// with, the year whose earnings are to be revealed) is not the date of what is expected. A
// reference year is reported as past only when it lies before the publication year, or when
// that year is unknown: comparisons and disclosures look back.
func referenceRole(toks []token, m match, inExpr []bool, role corpus.DateRole, dir, pubYear int) (corpus.DateRole, int) {
	if m.kind == kUnresolved || m.deadline || role == corpus.RoleDeadline {
		return role, dir
	}
	if role == corpus.RoleHappened && forecastFor(toks, m, inExpr) {
		return corpus.RoleExpected, dir
	}
	if role != corpus.RoleExpected || m.kind != kAbsolute || pubYear != 0 && m.d.Year >= pubYear {
		return role, dir
	}
	if comparedWith(toks, m) || disclosedPeriod(toks, m) {
		return corpus.RoleHappened, dirPast
	}
	return role, dir
}

// forecastFor reports whether m is the period of a forecast: after "forecasts for", "the
// outlook for" or a forecast verb in the past ("predicted growth of 5% in 2006"), in m's clause,
// with no comparison and no past verb dating m directly between ("the outlook for 2005 is good
// after investments made in 2004"); or before a forecast noun ("its 2006 profit forecasts").
func forecastFor(toks []token, m match, inExpr []bool) bool {
	for k := m.t1; k < len(toks) && k < m.t1+2; k++ {
		if forecastNouns[toks[k].lower] {
			return true
		}
	}
	for k := m.t0 - 1; k >= 0 && k >= m.t0-24; k-- {
		w := toks[k].lower
		// A forecast in another clause forecasts something else: "The government predicted a
		// surplus, but the deficit in 2004 reached £30bn."
		if comparisonWords[w] || toks[k].text == ";" || clauseBreak(toks, k) && toks[k].text != "," {
			return false
		}
		if k >= m.t0-3 && !inExpr[k] {
			if t, _ := cue(toks, k); t == tPast {
				return false
			}
		}
		// "forecasts for 2005", "the outlook for growth in 2005"; "of" only before the date itself
		// ("estimates of 2005"), since "estimates of the damage from the tsunami in December
		// 2004" measure what happened.
		if forecastNouns[w] && k+1 < len(toks) && (toks[k+1].lower == "for" || toks[k+1].lower == "of" && k+2 == m.t0) ||
			forecastPast[w] && !toks[k].upper {
			return true
		}
	}
	return false
}

// comparedWith reports whether m follows a comparison: "than 2004", "than in 2004", "compared
// with 8.2% in 2003".
func comparedWith(toks []token, m match) bool {
	for k := m.t0 - 1; k >= 0 && k >= m.t0-8; k-- {
		w := toks[k].lower
		if comparisonWords[w] {
			return true
		}
		if clauseMarks[toks[k].text] || toks[k].word && toks[k].num < 0 && !setHas(w, "in", "with", "to", "the", "same", "period", "of", "levels", "bn", "m", "million", "billion", "per", "cent", "percent") {
			return false
		}
	}
	return m.t1 < len(toks) && toks[m.t1].lower == "levels"
}

// disclosedPeriod reports whether m names the period of figures a disclosure verb publishes:
// "reveal 2004 earnings", "publish its 2004 figures".
func disclosedPeriod(toks []token, m match) bool {
	if m.t1 >= len(toks) || !periodNouns[toks[m.t1].lower] && !(m.t1+1 < len(toks) && periodNouns[toks[m.t1+1].lower] && toks[m.t1].word) {
		return false
	}
	for k := m.t0 - 1; k >= 0 && k >= m.t0-3; k-- {
		if disclosureVerbs[toks[k].lower] {
			return true
		}
		if !setHas(toks[k].lower, "its", "the", "their", "his", "her", "full", "-", "year", "annual") {
			return false
		}
	}
	return false
}

func nextIs(toks []token, k int, w string) bool { return k < len(toks) && toks[k].lower == w }

func prevWithin(toks []token, k, n int, w string) bool {
	for j := k - 1; j >= 0 && j >= k-n; j-- {
		if toks[j].lower == w {
			return true
		}
	}
	return false
}
