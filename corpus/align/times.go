package align

// Times of day and durations, each in one normal form, so that "8 p.m." meets "20:00" and "an
// hour and a half" meets "90 minutes".

import (
	"fmt"
	"strconv"
	"strings"
)

// timeOfDay returns the normal form ("t20:30") of the time of day that starts at toks[i], a
// number: "8pm", "8 pm", "8 p.m.", "8.30pm", "20:30", "8:30 am"; "" when it is not one. A bare
// "8" or "8.30" is not a time.
func timeOfDay(text string, toks []token, i int) string {
	h, m, ok := clock(text, toks, i)
	if !ok {
		return ""
	}
	return fmt.Sprintf("t%02d:%02d", h, m)
}

// timeEnd returns the index of the last token of the time of day at toks[i] (see timeOfDay).
func timeEnd(text string, toks []token, i int) int {
	j := i
	if num, suffix := splitNumber(toks[i].key); suffix == "" && strings.Count(num, ".") == 0 &&
		i+1 < len(toks) && toks[i+1].number && text[toks[i].end:toks[i+1].start] == ":" {
		j = i + 1
	}
	if _, suffix := splitNumber(toks[j].key); suffix == "" && j+1 < len(toks) && meridiem(toks[j+1].lower) != 0 &&
		adjacent(text, toks[j], toks[j+1]) {
		j++
	}
	return j
}

// meridiem returns 1 for "am", 2 for "pm" (with or without dots), 0 otherwise.
func meridiem(w string) int {
	switch strings.TrimSuffix(w, ".") {
	case "am", "a.m":
		return 1
	case "pm", "p.m":
		return 2
	}
	return 0
}

// clock reads the time of day at toks[i] as hours (0–23) and minutes.
func clock(text string, toks []token, i int) (h, m int, ok bool) {
	num, suffix := splitNumber(toks[i].key)
	hs, ms, dotted := strings.Cut(num, ".")
	h, err := strconv.Atoi(hs)
	if err != nil {
		return 0, 0, false
	}
	colon := false
	if dotted {
		if m, err = strconv.Atoi(ms); err != nil || len(ms) != 2 {
			return 0, 0, false
		}
	} else if suffix == "" && i+1 < len(toks) && toks[i+1].number && text[toks[i].end:toks[i+1].start] == ":" {
		mk := toks[i+1].key
		if m, err = strconv.Atoi(mk); err != nil || len(mk) != 2 {
			return 0, 0, false
		}
		colon = true
	}
	half := meridiem(suffix)
	if suffix == "" {
		if j := timeEnd(text, toks, i); j > i && meridiem(toks[j].lower) != 0 {
			half = meridiem(toks[j].lower)
		}
	} else if half == 0 {
		return 0, 0, false // "8th", "5g"
	}
	switch {
	case m > 59:
		return 0, 0, false
	case half != 0:
		if h < 1 || h > 12 {
			return 0, 0, false
		}
		if h == 12 {
			h = 0
		}
		if half == 2 {
			h += 12
		}
	case colon:
		if h > 23 {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	return h, m, true
}

// spans are the units of time a fraction of which news writes in words, with the smaller unit
// the fraction is counted in: "an hour and a half" is 90 minutes, "half a year" six months.
var spans = map[string]struct {
	small  string
	factor float64
}{
	"hour": {"minute", 60}, "hours": {"minute", 60}, "year": {"month", 12}, "years": {"month", 12},
	"day": {"hour", 24}, "days": {"hour", 24}, "minute": {"second", 60}, "minutes": {"second", 60},
	"second": {"second", 1}, "decade": {"year", 10}, "decades": {"year", 10},
	"century": {"year", 100}, "centuries": {"year", 100},
}

// duration reads a span of time with a fraction written in words at toks[i]: "(a|an|one|N)
// <unit> and a half", "half (a|an) <unit>", "(a|one|N)[-]<fraction> of (a|an) <unit>" ("a
// quarter of an hour", "three-tenths of a second", "half a century"). It returns
// the span in the smaller unit (see spans) and the index past it.
func duration(text string, toks []token, i int) (v float64, unit string, j int, ok bool) {
	tok := func(k int) string {
		if k < len(toks) && (k == i || adjacent(text, toks[k-1], toks[k])) {
			return toks[k].lower
		}
		return ""
	}
	count := func(w string) (float64, bool) {
		switch w {
		case "a", "an", "one":
			return 1, true
		}
		if n, isN := numberWords[w]; isN {
			return n, true
		}
		if !toks[i].number {
			return 0, false // parse only digits: a failed parse allocates its error
		}
		n, err := strconv.ParseFloat(w, 64)
		return n, err == nil
	}
	article := func(w string) bool { return w == "a" || w == "an" }
	if tok(i) == "half" && article(tok(i+1)) {
		if sp, isSpan := spans[tok(i+2)]; isSpan {
			return 0.5 * sp.factor, sp.small, i + 3, true
		}
	}
	n, isN := count(tok(i))
	if _, isF := fractions[tok(i)]; isF && !isN && tok(i) != "half" && tok(i+1) == "of" && article(tok(i+2)) {
		// "the next quarter of a century": the fraction with no count, one of it.
		if sp, isSpan := spans[tok(i+3)]; isSpan {
			return fractions[tok(i)] / 100 * sp.factor, sp.small, i + 4, true
		}
	}
	if !isN {
		return 0, "", 0, false
	}
	// "a quarter of an hour", "three-tenths of a second": the fraction may follow its count
	// after a hyphen.
	q := tok(i + 1)
	if q == "" && i+1 < len(toks) && text[toks[i].end:toks[i+1].start] == "-" {
		q = toks[i+1].lower
	}
	if pc, isF := fractions[q]; isF && q != "half" && tok(i+2) == "of" && article(tok(i+3)) {
		if sp, isSpan := spans[tok(i+4)]; isSpan {
			return n * pc / 100 * sp.factor, sp.small, i + 5, true
		}
	}
	if sp, isSpan := spans[tok(i+1)]; isSpan && tok(i+2) == "and" && article(tok(i+3)) && tok(i+4) == "half" {
		return (n + 0.5) * sp.factor, sp.small, i + 5, true
	}
	return 0, "", 0, false
}

// clockWords returns the normal form ("t03:00") of a time of day written in words at toks[i],
// "three in the morning", "9 in the evening", "midnight", "noon", with the index of its last
// token; "" when there is none. An hour with no part of the day ("at three") is not a time.
func clockWords(text string, toks []token, i int) (string, int) {
	switch toks[i].lower {
	case "midnight":
		return "t00:00", i
	case "noon", "midday":
		return "t12:00", i
	}
	h := 0
	if t := toks[i]; t.number {
		n, err := strconv.Atoi(t.key)
		if err != nil {
			return "", 0
		}
		h = n
	} else if n, ok := numberWords[toks[i].lower]; ok {
		h = int(n)
	}
	if h < 1 || h > 12 || i+3 >= len(toks) {
		return "", 0
	}
	for k := i; k < i+3; k++ {
		if !adjacent(text, toks[k], toks[k+1]) {
			return "", 0
		}
	}
	if toks[i+1].lower != "in" || toks[i+2].lower != "the" {
		return "", 0
	}
	switch toks[i+3].lower {
	case "morning":
		h %= 12 // "twelve in the morning" is midnight
	case "afternoon", "evening":
		if h != 12 {
			h += 12
		}
	default:
		return "", 0
	}
	// "Two in the morning shift were hurt": the part of the day describes a noun after it.
	if n := i + 4; n < len(toks) && adjacent(text, toks[n-1], toks[n]) && !toks[n].stop && !toks[n].number {
		return "", 0
	}
	return fmt.Sprintf("t%02d:00", h), i + 3
}

// timeFrame reports whether the span of time toks[i:j] in unit places a report in time, back from
// when it was written, rather than measuring something: "a fortnight ago", "in the past two
// weeks", "over the last 24 hours". Such a span is the frame of many facts of one story, as "last
// year" is. A span ahead ("for the next 14 days") is often the fact itself: how long something
// will last.
func timeFrame(text string, toks []token, i, j int, unit string) bool {
	switch unit {
	case "minute", "hour", "day", "month", "year": // weeks and fortnights are days by now
	default:
		return false
	}
	if j < len(toks) && toks[j].lower == "ago" && adjacent(text, toks[j-1], toks[j]) {
		return true
	}
	// "the past two weeks": "past" or "last" after "the", so that the verb ("set to last two
	// days") is not read as one.
	k := i - 1
	if k < 1 || !adjacent(text, toks[k], toks[k+1]) || !adjacent(text, toks[k-1], toks[k]) {
		return false
	}
	return (toks[k].lower == "past" || toks[k].lower == "last") && toks[k-1].lower == "the"
}

// zones maps the abbreviations and names of time zones that news writes after a time of day to
// their offsets from UTC in hours: both of a zone's, standard and summer, when its name leaves
// the season open ("Eastern", "ET"). Names that are also common words ("Eastern", "Pacific")
// count only written with a capital or followed by "time".
var zones = map[string][]int{
	"gmt": {0}, "utc": {0}, "bst": {1}, "cet": {1}, "cest": {2}, "eet": {2}, "eest": {3},
	"et": {-5, -4}, "est": {-5}, "edt": {-4}, "eastern": {-5, -4},
	"ct": {-6, -5}, "cst": {-6}, "cdt": {-5}, "central": {-6, -5},
	"mt": {-7, -6}, "mst": {-7}, "mdt": {-6}, "mountain": {-7, -6},
	"pt": {-8, -7}, "pst": {-8}, "pdt": {-7}, "pacific": {-8, -7},
	"jst": {9}, "hkt": {8}, "aest": {10}, "aedt": {11},
}

// zoneAt reads a time of day with its time zone at toks[i] ("9:40 a.m. Eastern time", "14:40
// GMT", Reuters' "(1440 GMT)"): its hours and minutes, the zone's offsets (see zones), and the
// index of the zone's last token; ok is false when there is no zone.
func zoneAt(text string, toks []token, i int) (h, m int, offsets []int, last int, ok bool) {
	h, m, clocked := clock(text, toks, i)
	end := i
	switch {
	case clocked:
		end = timeEnd(text, toks, i)
	case len(toks[i].key) == 4 && toks[i].number:
		// "1440 GMT": four digits, only before a zone.
		n, err := strconv.Atoi(toks[i].key)
		if err != nil || n/100 > 23 || n%100 > 59 {
			return 0, 0, nil, i, false
		}
		h, m = n/100, n%100
	default:
		return 0, 0, nil, i, false
	}
	z := end + 1
	// "9:40 a.m. Eastern": the meridiem's dot may stand between.
	if z >= len(toks) || strings.Trim(text[toks[end].end:toks[z].start], ". ") != "" {
		return 0, 0, nil, i, false
	}
	offsets, named := zones[toks[z].lower], len(toks[z].lower) > 4
	last = z
	if z+1 < len(toks) && toks[z+1].lower == "time" {
		last = z + 1
	} else if named && !toks[z].upper {
		return 0, 0, nil, i, false // "9am eastern": a direction, not a zone
	}
	if len(offsets) == 0 || !clocked && offsets[0] != 0 {
		return 0, 0, nil, i, false
	}
	return h, m, offsets, last, true
}

// sentenceZone returns the offsets of the first time zone the sentence gives after a time of day:
// the zone of its other times too ("between 2 p.m. and 6:30 p.m. ET", "began at 9:40 a.m. Eastern
// time and was resolved before 2:30 p.m."); nil when it gives none.
func sentenceZone(text string, toks []token) []int {
	for i, t := range toks {
		if !t.number {
			continue
		}
		if _, _, offsets, _, ok := zoneAt(text, toks, i); ok {
			return offsets
		}
	}
	return nil
}

// timeKeys returns the normal forms of the time of day at toks[i] and the index of its last
// token, or nil: its own ("t09:40", none for "1440 GMT") and, with its zone or else with the
// sentence's zone (sentenceZone), the same moment in UTC ("t14:40z", one for each of the zone's
// offsets), so that two accounts that give one moment in two zones share it.
func timeKeys(text string, toks []token, i int, zone []int) (keys []string, last int) {
	own := timeOfDay(text, toks, i)
	if own != "" {
		keys = append(keys, own)
	}
	h, m, offsets, last, ok := zoneAt(text, toks, i)
	switch {
	case ok:
	case own != "":
		h, m, _ = clock(text, toks, i)
		offsets, last = zone, timeEnd(text, toks, i)
	default:
		return nil, i
	}
	for _, off := range offsets {
		mins := ((h-off)*60 + m + 24*60) % (24 * 60)
		keys = append(keys, fmt.Sprintf("t%02d:%02dz", mins/60, mins%60))
	}
	return keys, last
}
