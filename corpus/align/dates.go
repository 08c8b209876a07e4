package align

// Dates as the aligner keys them: a resolved date mention at its granularity, and a day of a month
// written without a year.

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"parallax/corpus"
)

// dayMonth returns the date key ("06-24") of the day of a month that the number toks[i] writes,
// with the month's name before or after it ("June 24", "24 June", "October 2nd", "2nd of
// October") or as the other number of a day/month pair that reads one way only ("24/6", "6/24");
// "" otherwise.
func dayMonth(text string, toks []token, i int) string {
	day := func(k string) int {
		num, suffix := splitNumber(k)
		if suffix != "" && ordinalKey(k) == "" {
			return 0
		}
		d, err := strconv.Atoi(num)
		if err != nil || d < 1 || d > 31 {
			return 0
		}
		return d
	}
	t := toks[i]
	d := day(t.key)
	if d == 0 {
		if i > 0 && months[toks[i-1].lower] > 0 && (i < 2 || day(toks[i-2].key) == 0) {
			// "March 2025": a month of a year; in "24 June 2025" the year is the day's.
			return fmt.Sprintf("%02d-%s", months[toks[i-1].lower], t.key)
		}
		return ""
	}
	switch {
	case dayMonthAt(toks, i-1) > 0:
		return fmt.Sprintf("%02d-%02d", dayMonthAt(toks, i-1), d)
	case dayMonthAt(toks, i+1) > 0:
		return fmt.Sprintf("%02d-%02d", dayMonthAt(toks, i+1), d)
	case i+2 < len(toks) && toks[i+1].lower == "of" && months[toks[i+2].lower] > 0:
		return fmt.Sprintf("%02d-%02d", months[toks[i+2].lower], d)
	case i+1 < len(toks) && toks[i+1].number && text[t.end:toks[i+1].start] == "/" && t.key == splitFirst(t.key):
		if i > 0 && text[toks[i-1].end:t.start] == "/" {
			return "" // the middle of "1/2/3"
		}
		e, err := strconv.Atoi(toks[i+1].key)
		if err != nil {
			return ""
		}
		switch {
		case d > 12 && e >= 1 && e <= 12:
			return fmt.Sprintf("%02d-%02d", e, d)
		case d <= 12 && e > 12 && e <= 31:
			return fmt.Sprintf("%02d-%02d", d, e)
		}
	}
	return ""
}

// dateKeys returns the alignment features of a resolved date mention: a day also counts as its
// month, so that "by January 19" and "by January 2025" share the deadline's month. (The summary's
// shared dates are stricter: see common.)
func dateKeys(d corpus.DateMention) []string {
	if d.Anchor == corpus.AnchorUnresolved {
		return nil
	}
	x := d.Date
	switch x.Precision {
	case corpus.PrecisionDay:
		return []string{fmt.Sprintf("%04d-%02d", x.Year, x.Month), x.ISO()}
	case corpus.PrecisionMonth, corpus.PrecisionPartOfMonth:
		return []string{fmt.Sprintf("%04d-%02d", x.Year, x.Month)}
	case corpus.PrecisionQuarter:
		return []string{fmt.Sprintf("%04d-q%d", x.Year, x.Quarter)}
	case corpus.PrecisionYear:
		return []string{fmt.Sprintf("%04d", x.Year)}
	}
	return nil
}

// samePartOfYear reports whether x and y both name one part of one year ("at the end of 2027",
// "by late 2027"): a fact, as a month is, where the year alone is the story's time. It weighs
// nothing of its own, so that a side that names the part ("in the spring of 2024") shares the
// year with one that does not ("in 2024") as before.
func samePartOfYear(x, y *sent) bool {
	for _, a := range x.yearParts {
		if slices.Contains(y.yearParts, a) {
			return true
		}
	}
	return false
}

// yearPartsOf returns the parts of a year that resolved dates of a year's precision name, as
// "2027/late" (see partOfYear).
func yearPartsOf(dates []corpus.DateMention) []string {
	var out []string
	for _, d := range dates {
		if d.Date.Precision != corpus.PrecisionYear || d.Anchor == corpus.AnchorUnresolved {
			continue
		}
		if part := partOfYear(d.Text); part != "" {
			out = append(out, fmt.Sprintf("%04d/%s", d.Date.Year, part))
		}
	}
	return out
}

// partOfYear returns the part of the year a temporal expression of a year's precision names
// ("the end of 2027", "late 2027": "late"; "early 2027", "the start of 2027": "early";
// "mid-2027": "mid"; "the first half of 2027": "h1"; "spring 2027": "spring"), or "".
func partOfYear(expr string) string {
	e := strings.ToLower(expr)
	for _, p := range yearParts {
		for _, w := range p.words {
			if strings.Contains(e, w) {
				return p.part
			}
		}
	}
	return ""
}

// yearParts are the words of each part of a year, in the order partOfYear tries them: the halves
// before "mid" and "late", which their words do not hold but a longer expression might.
var yearParts = []struct {
	part  string
	words []string
}{
	{"h1", []string{"first half"}},
	{"h2", []string{"second half"}},
	{"late", []string{"end of", "late", "close of"}},
	{"early", []string{"early", "start of", "beginning of", "turn of"}},
	{"mid", []string{"mid", "middle of"}},
	{"spring", []string{"spring"}},
	{"summer", []string{"summer"}},
	{"autumn", []string{"autumn", "fall "}},
	{"winter", []string{"winter"}},
}
