package align

// Figures that two accounts write differently: one rounded ("about 500", "480"), converted ("12
// miles", "20 km") or bounded by a hedge ("more than four million"), an order of magnitude
// ("hundreds of homes"), or one count under two nouns ("38,000 runners", "38,000 people").

import (
	"math"
	"strconv"
	"strings"
)

// roundedFigure finds a figure on each side, of one unit (see unitClass) or both counting
// things or people (see counted), where one is the other rounded to fewer significant digits,
// within maxRounding of it (see roundingOf), and written as a rounded figure (see
// roughlyWritten): "more than 84,000" of "84,300", "nine in ten" of "89 percent", "about 500
// jobs" of "480 jobs". News rounds the figure another account gives exactly; "15,000" and
// "20,000" are two figures, and so are "40 per cent" and "41 per cent". It returns the two
// figures' features.
func (sp *space) roundedFigure(x, y *sent) (fx, fy int32, ok bool) {
	return sp.figurePair(x, y, func(a, b figure) bool { return scoredRounding(x.s.Text, y.s.Text, a, b) })
}

// scoredRounding reports whether figures a and b are one figure, one of them rounded, in a way
// that tells a fact: not an order of magnitude ("hundreds of people" were evacuated, "about 300
// people" were injured), which only keeps the pair from a veto (see otherFigures).
func scoredRounding(xt, yt string, a, b figure) bool {
	return !a.vague() && !b.vague() && roundedPair(xt, yt, a, b)
}

// roundedPair reports whether figure a of text xt and figure b of text yt are one figure, one of
// them rounded (see roundedFigure).
func roundedPair(xt, yt string, a, b figure) bool {
	if a.value == b.value || unitClass(a.unit) != unitClass(b.unit) && !(counted(a.unit) && counted(b.unit)) {
		return false
	}
	if a.vague() || b.vague() {
		// "Hundreds of homes" and "about 400 households": a count within the order.
		if b.vague() {
			a, b = b, a
		}
		v, err := strconv.ParseFloat(b.value, 64)
		return !b.vague() && err == nil && v >= a.lo && v <= a.hi
	}
	if unitClass(a.unit) == "money" && a.unit != b.unit {
		return false // two currencies: the rate, not the rounding, sets the difference
	}
	return roundedAs(xt, a, b) || roundedAs(yt, b, a)
}

// roundedAs reports whether figure r of text is written as a rounding of figure e: after a hedge
// that rounds ("about 500" of 480), e's value rounded to r's digits; after one that bounds ("more
// than four million" of 4.3 million, "almost 500" of 460), within maxBoundedRounding of e's on the
// side it bounds.
func roundedAs(text string, r, e figure) bool {
	// What needs no look at the words first: a rounding has fewer digits than the figure it
	// rounds and lies within maxBoundedRounding of it, unless it is a share in words.
	if !wordsAt(text, r) && significantDigits(r.value) >= significantDigits(e.value) {
		return false
	}
	rv, err1 := strconv.ParseFloat(r.value, 64)
	ev, err2 := strconv.ParseFloat(e.value, 64)
	if err1 != nil || err2 != nil || rv <= 0 || ev <= 0 || math.Abs(ev-rv) > maxBoundedRounding*max(rv, ev) {
		return false
	}
	h, rough, share := hedge(text, r)
	if !rough {
		// Unhedged, a sum of money or a count is a rounding when it keeps two significant digits
		// or more and lies within unhedgedRounding of the exact one, as business news writes
		// "$2.4 billion" of "$2.41 billion" and "31,000 fans" of 31,204. A share or a measure
		// so written is another figure ("2.35%" and "2.4%", "40 miles" and 42).
		moneyOrCount := unitClass(r.unit) == "money" || counted(r.unit) || strings.HasPrefix(r.unit, genericUnit)
		return moneyOrCount && significantDigits(r.value) >= 2 && math.Abs(ev-rv) <= unhedgedRounding*ev &&
			roundingOf(r.value, e.value)
	}
	dir := hedgeBound[h]
	if dir == 0 {
		return roundingOf(r.value, e.value)
	}
	// A bound holds on its side only: "almost 500" is not 520. A share in words is rounded
	// whatever its digits: "almost two-thirds" (67) of 63 per cent.
	if !share && significantDigits(r.value) >= significantDigits(e.value) {
		return false
	}
	// A count of something ("2,000 stores") may be a year misread; a measure ("2,000 people",
	// "$2,000") is not.
	generic := strings.HasPrefix(r.unit, genericUnit) || strings.HasPrefix(e.unit, genericUnit)
	if generic && (yearLike(r.value) || yearLike(e.value)) {
		return false
	}
	return float64(dir)*(ev-rv) > 0
}

// unhedgedRounding is how far, as a share of the exact figure, a sum or a count written without a
// hedge may be from it and still be its rounding.
const unhedgedRounding = 0.01

// maxBoundedRounding is how far, as a share of the larger, a figure written with a hedge that
// bounds it ("more than", "almost") may be from the exact one: a writer rounds "4.3 million" down
// to "more than four million", a tenth off, where "about" would round it to the nearest.
const maxBoundedRounding = 0.1

// hedgeBound says which way a hedge bounds the figure after it: +1 when the figure is a lower
// bound ("more than 4 million"), -1 when it is an upper bound ("almost 500"), 0 for "about".
var hedgeBound = map[string]int{
	"over": 1, "more than": 1, "upwards of": 1, "just over": 1, "well over": 1, "just above": 1, "at least": 1,
	"under": -1, "less than": -1, "fewer than": -1, "almost": -1, "nearly": -1, "just under": -1,
	"just below": -1, "up to": -1, "close to": -1, "at most": -1,
}

// convertedFigure finds a measure on each side, in one unit, one of them written in another
// system of units ("40 miles", "65 kilometres"; "12 miles", "20 km"), whose values are within
// maxRounding of each other: a conversion rounds, so that the two differ in their last digits.
func (sp *space) convertedFigure(x, y *sent) (fx, fy int32, ok bool) {
	return sp.figurePair(x, y, convertedPair)
}

// convertedPair reports whether figures a and b are one measure, one of them converted (see
// convertedFigure).
func convertedPair(a, b figure) bool {
	if b.mayWeigh {
		a, b = b, a
	}
	if a.mayWeigh && b.unit == "kg" {
		// "about 31 pounds" and "nearly 14 kilograms": pounds of weight, converted here.
		return math.Abs(a.exact*measures["lb"].factor-b.exact) <= maxRounding*max(a.exact*measures["lb"].factor, b.exact)
	}
	// One side converted, the other not: two figures written in one system ("40 miles", "42
	// miles") differ as written.
	if a.value == b.value || a.unit != b.unit || a.converted == b.converted ||
		math.IsInf(a.exact, 0) || math.IsInf(b.exact, 0) || math.IsNaN(a.exact) || math.IsNaN(b.exact) {
		return false // "9e307 miles" overflows: +Inf is within any share of +Inf
	}
	tol := maxRounding * max(math.Abs(a.exact), math.Abs(b.exact))
	if a.unit == "°C" {
		// A temperature's zero is arbitrary: a share of it means nothing. A converted one is
		// written to the whole degree.
		tol = 0.5 + 1e-9
	}
	return math.Abs(a.exact-b.exact) <= tol
}

// figurePair returns the features of the first figure of x and figure of y that match, both
// features of the comparison.
func (sp *space) figurePair(x, y *sent, match func(a, b figure) bool) (fx, fy int32, ok bool) {
	for _, a := range x.figures {
		for _, b := range y.figures {
			if !match(a, b) {
				continue
			}
			fx, okx := sp.ids[figureKey(a)]
			fy, oky := sp.ids[figureKey(b)]
			if okx && oky {
				return fx, fy, true
			}
		}
	}
	return 0, 0, false
}

// figureKey returns the key of figure f's feature, as the sentence's features give it.
func figureKey(f figure) key {
	if f.vague() {
		return key{kindNumber, f.value + " " + f.unit}
	}
	return key{figureKind(f), f.value + " " + f.unit}
}

// figureKind is the kind of figure f's feature: kindFigure, or kindNumber for a count of fewer
// than ten things ("two companies"), which is not specific enough to be a fact.
func figureKind(f figure) byte {
	if strings.HasPrefix(f.unit, genericUnit) {
		if v, err := strconv.ParseFloat(f.value, 64); err == nil && v < 10 {
			return kindNumber
		}
	}
	return kindFigure
}

// hedgeWindow is how many bytes before a figure hedge reads: the longest hedge ("approximately",
// 13 bytes), the spaces and currency signs it trims ("about £", "£" is 2 bytes), and room to
// spare.
const hedgeWindow = 32

// hedges are the words before a figure that say it is rounded: "about 500", "more than 84,000".
var hedges = []string{"about", "around", "almost", "nearly", "roughly", "approximately", "some", "at least", "at most",
	"over", "under", "more than", "less than", "fewer than", "up to", "close to", "an estimated",
	"upwards of", "just over", "just under", "just below", "just above", "well over"}

// roughlyWritten reports whether figure f of sentence text is written as a rounded figure: after
// a hedge ("about 500 jobs", "more than 84,000 patients") or as a share in words ("nine in ten",
// "a third of"). "The Greens won 40 per cent" is not: it may be exact, and 41 per cent is another
// figure.
func roughlyWritten(text string, f figure) bool {
	_, rough, _ := hedge(text, f)
	return rough
}

// wordsAt reports whether figure f of text is written in words ("a third of", "nine in ten"):
// whether it starts with a letter.
func wordsAt(text string, f figure) bool {
	if f.start < 0 || f.start >= len(text) {
		return false
	}
	c := text[f.start]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// hedge returns the hedge before figure f of text ("" when there is none), whether f is written
// as a rounded figure (see roughlyWritten), and whether it is a share in words ("nine in ten",
// "a third of"), which is rounded with or without a hedge.
func hedge(text string, f figure) (h string, rough, share bool) {
	if f.start < 0 || f.start >= len(text) {
		return "", false, false
	}
	share = f.unit == "percent" && f.end <= len(text) && f.start < f.end && wordsAt(text, f) && shareInWords(text[f.start:f.end])
	lo := max(0, f.start-hedgeWindow)
	before := strings.ToLower(strings.TrimRight(text[lo:f.start], " $£€"))
	for _, h := range hedges {
		if p := len(before) - len(h); strings.HasSuffix(before, h) && (p == 0 && lo == 0 || p > 0 && before[p-1] == ' ') {
			if h == "up to" && movedUp(before[:p]) {
				// "edged up to $2.4 billion": where a figure moved to, not a bound.
				return "", share, share
			}
			return h, true, share
		}
	}
	return "", share, share
}

// movedUp reports whether the words before "up to" end with a verb of movement ("edged",
// "went", "climbed", "moved", "shot"), which makes "up to" the figure's new level.
func movedUp(before string) bool {
	words := strings.Fields(before)
	if len(words) == 0 {
		return false
	}
	switch w := words[len(words)-1]; w {
	case "edged", "edges", "edge", "went", "goes", "gone", "moved", "moves", "shot", "crept", "creeps", "ticked", "ticks", "inched", "inches", "crawled", "jumped", "climbed", "rose", "rises", "risen", "came", "comes", "added", "adds", "stepped", "ramped", "scaled", "revised", "marked", "bumped", "pushed", "pushes", "driven", "drove", "sent", "lifted", "lifts", "raised", "raises":
		return true
	}
	return false
}

// shareInWords reports whether a percentage's text is a share written in words ("nine in ten",
// "1 in 4", "a third of", "half of"), which news writes for a rounded figure, and not a number
// in words ("twelve per cent"), which may be exact.
func shareInWords(s string) bool {
	s = strings.ToLower(s)
	if strings.Contains(s, " in ") {
		return true
	}
	for w := range fractions {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// maxRounding is how far, as a share of the larger, a rounded figure may be from the exact one.
const maxRounding = 0.05

// roundingOf reports whether round is exact written to fewer significant digits, and within
// maxRounding of it: "84000" of "84300", "90" of "89"; not "2000" of "1500".
func roundingOf(round, exact string) bool {
	// The digits first: most pairs of figures differ there, and parsing costs more.
	d := significantDigits(round)
	if d >= significantDigits(exact) {
		return false
	}
	r, err1 := strconv.ParseFloat(round, 64)
	e, err2 := strconv.ParseFloat(exact, 64)
	if err1 != nil || err2 != nil || r <= 0 || e <= 0 || yearLike(round) || yearLike(exact) {
		return false
	}
	if math.Abs(r-e) > maxRounding*max(r, e) {
		return false
	}
	w, err := strconv.ParseFloat(strconv.FormatFloat(e, 'g', d, 64), 64)
	return err == nil && w == r
}

// significantDigits counts the significant digits of a number written in decimal: 2 for
// "84000" and "0.25", 3 for "84300".
func significantDigits(v string) int {
	if !strings.Contains(v, ".") {
		v = strings.TrimRight(v, "0") // "84000": the zeros only place the digits
	}
	v = strings.TrimLeft(strings.Replace(v, ".", "", 1), "0")
	return max(len(v), 1)
}

// peopleCount finds a figure that counts people on one side ("38,000 people", "480 jobs") and a
// kind of person, or people in other words, on the other ("38,000 runners", "480 workers") with
// the same value, and returns their features. Two kinds of person ("80,000 passengers", "80,000
// members") are not one figure.
func (sp *space) peopleCount(x, y *sent) (fx, fy int32, ok bool) {
	return sp.figurePair(x, y, func(a, b figure) bool {
		return a.value == b.value && (unitClass(a.unit) == "people" && personUnit(b.unit) || unitClass(b.unit) == "people" && personUnit(a.unit) ||
			a.unit != b.unit && unitClass(a.unit) == "people" && unitClass(b.unit) == "people")
	})
}

// precise reports whether figure f, of value v, is a whole count of three significant digits
// or more that counts people (see sameCount): "112 patients", "137 inpatients".
func precise(f figure, v float64) bool {
	return v == math.Trunc(v) && significantDigits(f.value) >= 3 && countsPeople(f.unit)
}

// personUnit reports whether a figure's unit is a kind of person: a counted noun ("~runner") or
// a unit word ("passenger") among personNouns.
func personUnit(u string) bool {
	return personNouns()[strings.TrimPrefix(u, genericUnit)]
}

// sameCount reports whether both sentences count something by the same number of at least a
// thousand, under any units ("14,000 signatures" and "signed by 14,000 people"), or by the same
// whole number of three significant digits, both counting people or things ("treating 112
// patients" and "112 inpatients", not "137 beds"). Such a number is specific to one fact of a
// story even where the nouns differ. With small, a smaller number
// that is specific (see specificNumber) counts too: the caller allows it when something else
// corroborates it, a second specific number or a word both sentences give ("passed by 23 votes
// to 17" / "Seventeen councillors opposed the plan, but 23 backed it").
// It returns the two figures' features (-1 for one a sentence does not carry as a feature).
func (sp *space) sameCount(x, y *sent, small bool) (fx, fy int32, ok bool) {
	for _, a := range x.figures {
		v, err := strconv.ParseFloat(a.value, 64)
		// A year-like value written with a thousands separator ("2,100 people") is no year.
		if err != nil || yearLike(a.value) && !strings.Contains(x.s.Text[a.start:a.end], ",") || v < 1000 && !(small && specificNumber(a.value)) && !precise(a, v) {
			continue
		}
		for _, b := range y.figures {
			if a.value == b.value && (v >= 1000 || small && specificNumber(a.value) || precise(b, v)) {
				fx, okx := sp.ids[key{kindFigure, a.value + " " + a.unit}]
				fy, oky := sp.ids[key{kindFigure, b.value + " " + b.unit}]
				if !okx {
					fx = -1
				}
				if !oky {
					fy = -1
				}
				return fx, fy, true
			}
		}
	}
	return -1, -1, false
}
