package timeline

import (
	"strings"

	"parallax/corpus"
)

// kind says what a matched expression needs to become a date.
type kind uint8

const (
	// kAbsolute: the text gives the year.
	kAbsolute kind = iota
	// kYearless: a month, day, part of month or quarter without a year; the tense picks the year.
	kYearless
	// kRelYear: a date whose year is the publication year plus off ("in April this year").
	kRelYear
	// kRelMonth: the month of publication plus off ("last month").
	kRelMonth
	// kRelWeek: the calendar week of publication plus off ("next week").
	kRelWeek
	// kRelDays: the days from off to off2 around the publication day ("yesterday", "the next week").
	kRelDays
	// kWeekday: a day of the week near publication; off forces the direction (-1 last, +1 next).
	kWeekday
	// kSeason: a season near publication; off is -1 (last), 0 (this) or +1 (next).
	kSeason
	// kWeekend: a Saturday and Sunday near publication; off as for kWeekday.
	kWeekend
	// kOffset: a duration counted from publication ("in 30 days", "five days from now"); n units
	// of unit, a range from publication when span is set ("within six months").
	kOffset
	// kUnresolved: relative to another event ("hours after", "six years later"): never placed.
	kUnresolved
)

// match is one temporal expression found in a sentence, before resolution.
type match struct {
	start, end int // byte offsets in the sentence
	t0, t1     int // token range [t0, t1)
	kind       kind
	// d holds what the text says; for kYearless its Year is 0. d.Precision is the precision of
	// the expression itself.
	d        corpus.Date
	off      int
	off2     int
	weekday  int
	season   int // first month of the season, for kSeason
	prep     string
	deadline bool // introduced by a deadline preposition, included in the text
	// until ends a range the expression states in full ("Sept. 13-15, 2023"), at d's kind.
	until corpus.Date
	// to is the second end of a range joined from two expressions ("from May to November").
	to *match
	// alt is the day-first reading of a numeric date that reads both ways; d is month-first.
	alt corpus.Date
	// n and unit give a duration of kOffset: unit is 'd' (days), 'm' (months) or 'y' (years);
	// weeks and fortnights are counted in days. span makes it a range from publication, and
	// fromNow says the text anchors it to the writing ("from now", "from today").
	n       int
	unit    byte
	span    bool
	fromNow bool
}

// scanner walks the tokens of one sentence.
type scanner struct {
	toks []token
	// pubYear is the publication year, 0 when unknown, for two-digit years.
	pubYear int
	// conv is the outlet's convention for numeric dates: convUnknown, convMonthFirst or
	// convDayFirst.
	conv int
}

func (s *scanner) tok(i int) token {
	if i < 0 || i >= len(s.toks) {
		return token{num: -1}
	}
	return s.toks[i]
}

func (s *scanner) is(i int, words ...string) bool {
	l := s.tok(i).lower
	for _, w := range words {
		if l == w {
			return true
		}
	}
	return false
}

// findAll returns the expressions of a sentence in order, without overlaps.
func (s *scanner) findAll() []match {
	toks := s.toks
	var out []match
	for i := 0; i < len(toks); {
		m, ok := s.at(i)
		if !ok {
			i++
			continue
		}
		m.start, m.end = toks[m.t0].start, toks[m.t1-1].end
		out = append(out, m)
		i = m.t1
	}
	return s.joinRanges(out)
}

// at tries every pattern at token i, a leading deadline preposition included.
func (s *scanner) at(i int) (match, bool) {
	prep := s.tok(i - 1).lower
	if s.is(i, "within") {
		if m, ok := s.duration(i + 1); ok {
			m.t0, m.deadline, m.prep, m.span = i, true, "within", true
			return m, true
		}
	}
	if deadlinePreps[s.tok(i).lower] {
		if m, ok := s.core(i + 1); ok {
			m.t0, m.deadline, m.prep = i, true, s.tok(i).lower
			return m, true
		}
	}
	if s.is(i, "no", "not") && s.is(i+1, "later") && s.is(i+2, "than") {
		if m, ok := s.core(i + 3); ok {
			m.t0, m.deadline, m.prep = i, true, "by"
			return m, true
		}
	}
	m, ok := s.core(i)
	if ok && m.prep == "" {
		m.prep = prep
	}
	return m, ok
}

// core tries the patterns that do not start with a deadline preposition.
func (s *scanner) core(i int) (match, bool) {
	if !s.mayStart(i) {
		return match{}, false
	}
	if m, ok := s.iso(i); ok {
		return m, true
	}
	if m, ok := s.numeric(i); ok {
		return m, true
	}
	if m, ok := s.dashed(i); ok {
		return m, true
	}
	if m, ok := s.offset(i); ok {
		return m, true
	}
	if m, ok := s.partOfMonth(i); ok {
		return m, true
	}
	if m, ok := s.monthFirst(i); ok {
		return m, true
	}
	if m, ok := s.dayFirst(i); ok {
		return m, true
	}
	if m, ok := s.quarter(i); ok {
		return m, true
	}
	if m, ok := s.season(i); ok {
		return m, true
	}
	if m, ok := s.relative(i); ok {
		return m, true
	}
	if m, ok := s.ago(i); ok {
		return m, true
	}
	if m, ok := s.weekday(i); ok {
		return m, true
	}
	if m, ok := s.weekend(i); ok {
		return m, true
	}
	if m, ok := s.decade(i); ok {
		return m, true
	}
	if m, ok := s.unresolved(i); ok {
		return m, true
	}
	return s.year(i)
}

// starters are the lower-case words an expression can start with besides numbers, month and
// weekday names; checking them first keeps the scan of ordinary words cheap.
var starters = setOf("the", "early", "mid", "late", "beginning", "start", "middle", "end",
	"this", "last", "next", "past", "coming", "current", "previous", "earlier", "later",
	"yesterday", "today", "tomorrow", "tonight", "q1", "q2", "q3", "q4", "first", "second",
	"third", "fourth", "spring", "summer", "autumn", "fall", "winter", "hours", "days", "weeks",
	"months", "years", "minutes", "in", "after", "within", "a", "one", "two", "three", "four",
	"five", "six", "seven", "eight", "nine", "ten", "several", "few", "for", "an", "eleven",
	"twelve", "fifteen", "twenty", "thirty", "ninety", "fortnight", "over", "weekend")

func (s *scanner) mayStart(i int) bool {
	t := s.tok(i)
	if !t.word {
		_, ok := s.shortYear(i)
		return ok
	}
	if t.digits > 0 || starters[t.lower] {
		return true
	}
	if !t.upper {
		return false
	}
	_, wd := weekdays[t.lower]
	return wd || monthNums[t.lower] > 0 || monthAbbrevs[t.lower] > 0
}

// iso reads 2024-11-17 written without spaces.
func (s *scanner) iso(i int) (match, bool) {
	y, ok := s.yearAt(i)
	if !ok {
		return match{}, false
	}
	adj := func(k int) bool { return s.tok(k).start == s.tok(k-1).end }
	dt := s.tok(i + 4)
	// "2015-05-25T10:00:00Z": the day runs into the time of day.
	timed := dt.digits == 2 && len(dt.lower) > 3 && dt.lower[2] == 't' && dt.lower[3] >= '0' && dt.lower[3] <= '9'
	if !(s.tok(i+1).text == "-" && adj(i+1) && adj(i+2) && s.tok(i+2).isPlainNumber() && s.tok(i+2).digits == 2 &&
		s.tok(i+3).text == "-" && adj(i+3) && adj(i+4) && (dt.isPlainNumber() || timed) && dt.digits == 2) {
		return match{}, false
	}
	m, d := s.tok(i+2).num, atoi(dt.text[:2])
	if !validDay(y, m, d) {
		return match{}, false
	}
	end := i + 5
	for timed && end < len(s.toks) && adj(end) && (s.tok(end).digits > 0 || strings.Contains(":+-zZ", s.tok(end).text) || s.tok(end).text == "." && s.tok(end+1).digits > 0 && s.adjacent(end+1)) {
		end++
	}
	return match{t0: i, t1: end, kind: kAbsolute,
		d: corpus.Date{Year: y, Month: m, Day: d, Precision: corpus.PrecisionDay}}, true
}

// monthFirst reads "November 17, 2024", "November 17", "November 2024", "April this year" and
// "April".
func (s *scanner) monthFirst(i int) (match, bool) {
	mon, j, ok := s.monthAt(i)
	if !ok {
		return match{}, false
	}
	if day, ok := s.dayAt(j); ok {
		k := j + 1
		// "Sept. 13-15": a range of days in one month.
		last, lastOK := 0, false
		if isDash(s.tok(k).text) && s.tok(k).start == s.tok(j).end && s.tok(k+1).start == s.tok(k).end {
			if d2, ok := s.dayAt(k + 1); ok && d2 > day {
				last, lastOK = d2, true
				k += 2
			}
		}
		dayEnd := k
		if s.tok(k).text == "," {
			k++
		}
		if y, ok := s.yearAt(k); ok && validDay(y, mon, day) && (!lastOK || validDay(y, mon, last)) {
			m := match{t0: i, t1: k + 1, kind: kAbsolute,
				d: corpus.Date{Year: y, Month: mon, Day: day, Precision: corpus.PrecisionDay}}
			if lastOK {
				m.until = corpus.Date{Year: y, Month: mon, Day: last, Precision: corpus.PrecisionDay}
			}
			return m, true
		}
		if validDay(0, mon, day) && (!lastOK || validDay(0, mon, last)) {
			m := match{t0: i, t1: dayEnd, kind: kYearless,
				d: corpus.Date{Month: mon, Day: day, Precision: corpus.PrecisionDay}}
			if lastOK {
				m.until = corpus.Date{Month: mon, Day: last, Precision: corpus.PrecisionDay}
			}
			return m, true
		}
	}
	d := corpus.Date{Month: mon, Precision: corpus.PrecisionMonth}
	return s.monthTail(i, j, d)
}

// monthTail completes a month (or part of month) that starts at token i and whose name ends
// before token j: with a year, a relative year, or none.
func (s *scanner) monthTail(i, j int, d corpus.Date) (match, bool) {
	k := j
	if s.tok(k).text == "," || s.is(k, "of") {
		k++
	}
	if y, ok := s.yearAt(k); ok {
		d.Year = y
		return match{t0: i, t1: k + 1, kind: kAbsolute, d: d}, true
	}
	if y, ok := s.shortYear(k); ok {
		d.Year = y
		return match{t0: i, t1: k + 2, kind: kAbsolute, d: d}, true
	}
	if t := s.tok(j); t.text == "'" || t.text == "’" {
		return match{}, false // a year we cannot read is never the publication year
	}
	// "in August of that year", "that May", "the following March": the year is another event's.
	k2 := j
	if s.is(k2, "of") || s.tok(k2).text == "," {
		k2++
	}
	if s.is(k2, "that", "the") && s.is(k2+1, "year") || s.is(k2, "the") && s.is(k2+1, "same", "following", "previous") && s.is(k2+2, "year") {
		end := k2 + 2
		if s.is(k2+1, "same", "following", "previous") {
			end++
		}
		return match{t0: i, t1: end, kind: kUnresolved}, true
	}
	if s.is(i-1, "that", "following", "previous") && !s.is(i, "may", "march") && !s.tok(j).upper {
		return match{t0: i, t1: j, kind: kUnresolved}, true
	}
	if isDash(s.tok(j).text) {
		if _, _, ok := s.monthAt(j + 1); ok {
			// "Nov.-Dec. 2023": the start of a range, which joinRanges completes.
			return match{t0: i, t1: j, kind: kYearless, d: d}, true
		}
	}
	k = j
	if s.is(k, "of") {
		k++
	}
	if off, ok := s.relYearAt(k); ok {
		return match{t0: i, t1: k + 2, kind: kRelYear, d: d, off: off}, true
	}
	if _, found := monthNums[s.tok(j-1).lower]; !found {
		return match{}, false // a bare abbreviation is too ambiguous
	}
	if d.Precision == corpus.PrecisionMonth && !s.bareMonthOK(i, j) {
		return match{}, false
	}
	return match{t0: i, t1: j, kind: kYearless, d: d}, true
}

// relYearAt reads "this year", "last year" or "next year".
func (s *scanner) relYearAt(k int) (int, bool) {
	if !s.is(k+1, "year") {
		return 0, false
	}
	switch s.tok(k).lower {
	case "this":
		return 0, true
	case "last":
		return -1, true
	case "next":
		return 1, true
	}
	return 0, false
}

// bareMonthOK rejects a lone month name that is likely another word: "may" the verb, "March"
// the verb, "April" or "June" as a first name before a surname.
func (s *scanner) bareMonthOK(i, j int) bool {
	prev := s.tok(i - 1).lower
	temporalPrev := setHas(prev, "in", "since", "until", "till", "by", "from", "of", "during",
		"before", "after", "through", "early", "mid", "late", "last", "next", "this", "-", "on",
		"between", "and", "or", "to", "end", "beginning", "middle", "start")
	if s.tok(i).lower == "may" || s.tok(i).lower == "march" {
		return temporalPrev
	}
	if n := s.tok(j); n.word && n.upper && !temporalPrev {
		return false
	}
	return true
}

func setHas(w string, words ...string) bool {
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// dayFirst reads "6 November 2024" and "6 November".
func (s *scanner) dayFirst(i int) (match, bool) {
	day, ok := s.dayAt(i)
	if !ok {
		return match{}, false
	}
	j := i + 1
	// "12-14 November 2019": a range of days in one month.
	if isDash(s.tok(j).text) && s.tok(j).start == s.tok(i).end && s.tok(j+1).start == s.tok(j).end {
		if last, ok := s.dayAt(j + 1); ok && last > day {
			m, ok := s.dayFirst(j + 1)
			if ok && validDay(m.d.Year, m.d.Month, day) {
				m.until, m.d.Day, m.t0 = m.d, day, i
				return m, true
			}
		}
	}
	if s.is(j, "of") {
		j++
	}
	mon, k, ok := s.monthAt(j)
	if !ok || s.tok(j).lower != "may" && monthNums[s.tok(j).lower] == 0 && monthAbbrevs[s.tok(j).lower] == 0 {
		return match{}, false
	}
	// An abbreviation must be followed by a year here, which monthAt checked as a number.
	if s.tok(k).text == "," {
		if y, ok := s.yearAt(k + 1); ok && validDay(y, mon, day) {
			return match{t0: i, t1: k + 2, kind: kAbsolute,
				d: corpus.Date{Year: y, Month: mon, Day: day, Precision: corpus.PrecisionDay}}, true
		}
	}
	if y, ok := s.yearAt(k); ok && validDay(y, mon, day) {
		return match{t0: i, t1: k + 1, kind: kAbsolute,
			d: corpus.Date{Year: y, Month: mon, Day: day, Precision: corpus.PrecisionDay}}, true
	}
	if _, full := monthNums[s.tok(j).lower]; !full || !validDay(0, mon, day) {
		return match{}, false
	}
	return match{t0: i, t1: k, kind: kYearless,
		d: corpus.Date{Month: mon, Day: day, Precision: corpus.PrecisionDay}}, true
}

// partOfMonth reads "early December", "mid-December", "late November 2024" and "the end of
// May"; before a year alone ("early 2024") it keeps the year's precision.
func (s *scanner) partOfMonth(i int) (match, bool) {
	j, part := i, 0
	if s.is(j, "the") {
		j++
	}
	switch {
	case s.is(j, "early", "mid", "late") && j == i:
		part = parts[s.tok(j).lower]
		j++
		if s.tok(j).text == "-" {
			j++
		}
	case s.is(j, "beginning", "start", "middle", "end") && s.is(j+1, "of"):
		part = parts[s.tok(j).lower]
		j += 2
	default:
		return match{}, false
	}
	if y, ok := s.yearAt(j); ok {
		return match{t0: i, t1: j + 1, kind: kAbsolute, d: corpus.Date{Year: y, Precision: corpus.PrecisionYear}}, true
	}
	// "the end of the year", "the beginning of this month": a part of the year keeps the year.
	if j > i+1 && s.is(j, "the", "this") {
		switch s.tok(j + 1).lower {
		case "year":
			return match{t0: i, t1: j + 2, kind: kRelYear, d: corpus.Date{Precision: corpus.PrecisionYear}}, true
		case "month":
			return match{t0: i, t1: j + 2, kind: kRelMonth, d: corpus.Date{Part: part, Precision: corpus.PrecisionPartOfMonth}}, true
		}
	}
	mon, k, ok := s.monthAt(j)
	if !ok || monthNums[s.tok(j).lower] == 0 {
		return match{}, false
	}
	d := corpus.Date{Month: mon, Part: part, Precision: corpus.PrecisionPartOfMonth}
	return s.monthTail(i, k, d)
}
