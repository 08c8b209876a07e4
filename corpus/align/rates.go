package align

// Rates: an amount or a count given for a period ("£92 a year"), and one rate given for two
// periods ("£1.77 a week"), which figures.go reads and the score and highlights compare.

import "math"

// periods are the words that give the period of a rate after an amount or a count: "a year",
// "per week", "each month", and the adverbs alone ("annually", "weekly").
// A price "a share" is a rate of its own kind: "530 pence a share" is not an amount to set
// against "£1.35bn", the whole offer.
var periods = map[string]string{
	"year": "year", "annum": "year", "month": "month", "week": "week", "day": "day", "share": "share",
	"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day",
}

// timeAfter are the words after "a year" or "a week" that make it a time: "a year ago".
var timeAfter = map[string]bool{"ago": true, "earlier": true, "later": true, "before": true, "after": true, "on": true}

// periodsPerYear is how many of each period a year has, to compare rates given for two.
var periodsPerYear = map[string]float64{"year": 1, "month": 12, "week": 52, "day": 365}

// period reads the period of a rate at toks[j] ("a year", "per month", "each week", "weekly"),
// returning it and the index after it; "" and j when there is none.
func period(toks []token, j int) (string, int) {
	if j < len(toks) && !toks[j].upper {
		switch w := toks[j].lower; w {
		case "annually", "yearly", "monthly", "weekly", "daily":
			return periods[w], j + 1
		case "a", "an", "per", "each", "every":
			// "per annum", never "an annum"
			if j+1 < len(toks) && (w == "per" || toks[j+1].lower != "annum") {
				// "a year ago", "a week later": a time, not a rate
				if p := periods[toks[j+1].lower]; p != "" && (j+2 == len(toks) || !timeAfter[toks[j+2].lower]) {
					return p, j + 2
				}
			}
		}
	}
	return "", j
}

// ratedFigure finds a rate on each side, in one unit, given for two periods ("£92 a year", "£1.77
// a week"), whose values for a year are within maxRounding of each other.
func (sp *space) ratedFigure(x, y *sent) (fx, fy int32, ok bool) {
	return sp.figurePair(x, y, ratePair)
}

// ratePair reports whether figures a and b are one rate given for two periods (see ratedFigure).
func ratePair(a, b figure) bool {
	if a.per == "" || b.per == "" || a.per == b.per || a.unit != b.unit || a.vague() || b.vague() {
		return false
	}
	ya, yb := a.exact*periodsPerYear[a.per], b.exact*periodsPerYear[b.per]
	if ya <= 0 || yb <= 0 || math.IsInf(ya, 0) || math.IsInf(yb, 0) {
		return false
	}
	return math.Abs(ya-yb) <= maxRounding*max(ya, yb)
}
