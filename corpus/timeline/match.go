package timeline

import "parallax/corpus"

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
	// kUnresolved: relative to another event ("hours after", "in 45 days"): never placed.
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
}

// scanner walks the tokens of one sentence.
type scanner struct {
	toks []token
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
func findAll(toks []token) []match {
	s := &scanner{toks: toks}
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
	return out
}

// at tries every pattern at token i, a leading deadline preposition included.
func (s *scanner) at(i int) (match, bool) {
	prep := s.tok(i - 1).lower
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
	"five", "six", "seven", "eight", "nine", "ten", "several", "few")

func (s *scanner) mayStart(i int) bool {
	t := s.tok(i)
	if !t.word {
		return false
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
	if !(s.tok(i+1).text == "-" && adj(i+1) && adj(i+2) && s.tok(i+2).isPlainNumber() && s.tok(i+2).digits == 2 &&
		s.tok(i+3).text == "-" && adj(i+3) && adj(i+4) && s.tok(i+4).isPlainNumber() && s.tok(i+4).digits == 2) {
		return match{}, false
	}
	m, d := s.tok(i+2).num, s.tok(i+4).num
	if !validDay(y, m, d) {
		return match{}, false
	}
	return match{t0: i, t1: i + 5, kind: kAbsolute,
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
		if s.tok(k).text == "," {
			k++
		}
		if y, ok := s.yearAt(k); ok && validDay(y, mon, day) {
			return match{t0: i, t1: k + 1, kind: kAbsolute,
				d: corpus.Date{Year: y, Month: mon, Day: day, Precision: corpus.PrecisionDay}}, true
		}
		if validDay(0, mon, day) {
			return match{t0: i, t1: j + 1, kind: kYearless,
				d: corpus.Date{Month: mon, Day: day, Precision: corpus.PrecisionDay}}, true
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
