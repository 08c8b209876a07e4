package align

// Dates as the aligner keys them: a resolved date mention at its granularity, and a day of a month
// written without a year.

import (
	"fmt"
	"strconv"

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
