package timeline

import "parallax/corpus"

// quarter reads "the third quarter of 2024", "Q3 2024", "the fourth quarter", and spans of
// quarters or halves ("the first three quarters of 2024", "the first half of 2024"), which keep
// only their year because the model has no date ranges and a year never pretends.
func (s *scanner) quarter(i int) (match, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	q, span := 0, false
	switch t := s.tok(j); {
	case len(t.lower) == 2 && t.lower[0] == 'q' && t.lower[1] >= '1' && t.lower[1] <= '4':
		q = int(t.lower[1] - '0')
		j++
	case ordinals[t.lower] > 0 && s.is(j+1, "quarter"):
		q = ordinals[t.lower]
		j += 2
	case s.is(j, "first", "last") && countWords[s.tok(j+1).lower] > 1 && s.is(j+2, "quarters"):
		span = true
		j += 3
	case s.is(j, "first", "second") && s.is(j+1, "half"):
		span = true
		j += 2
	default:
		return match{}, false
	}
	k := j
	if s.is(k, "of") || s.tok(k).text == "," {
		k++
	}
	if y, ok := s.yearAt(k); ok {
		d := corpus.Date{Year: y, Quarter: q, Precision: corpus.PrecisionQuarter}
		if span {
			d = corpus.Date{Year: y, Precision: corpus.PrecisionYear}
		}
		return match{t0: i, t1: k + 1, kind: kAbsolute, d: d}, true
	}
	if span {
		return match{}, false
	}
	d := corpus.Date{Quarter: q, Precision: corpus.PrecisionQuarter}
	if off, ok := s.relYearAt(j + boolInt(s.is(j, "of"))); ok {
		return match{t0: i, t1: j + boolInt(s.is(j, "of")) + 2, kind: kRelYear, d: d, off: off}, true
	}
	return match{t0: i, t1: j, kind: kYearless, d: d}, true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

var seasonStart = map[string]int{"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}

// season reads "summer 2024", "the summer of 2024" (a year: seasons are not calendar units of
// the model) and "this summer", "last winter", "next spring" (resolved to their year).
func (s *scanner) season(i int) (match, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	if s.is(j, "early", "late") {
		j++
	}
	if seasons[s.tok(j).lower] {
		k := j + 1
		if s.is(k, "of") {
			k++
		}
		if y, ok := s.yearAt(k); ok {
			return match{t0: i, t1: k + 1, kind: kAbsolute, d: corpus.Date{Year: y, Precision: corpus.PrecisionYear}}, true
		}
		return match{}, false
	}
	if s.is(i, "this", "last", "next") && seasons[s.tok(i+1).lower] {
		off := map[string]int{"this": 0, "last": -1, "next": 1}[s.tok(i).lower]
		return match{t0: i, t1: i + 2, kind: kSeason, off: off, season: seasonStart[s.tok(i+1).lower],
			d: corpus.Date{Precision: corpus.PrecisionYear}}, true
	}
	return match{}, false
}

// showTitle reports whether token i, "Today", "Tonight" or "Tomorrow" written with a capital,
// names a programme or a paper, not a day: after a word, where a capital is no sentence's
// start ("told Today", "Radio 4's Today", "USA Today", "on the Today programme"), or before a
// word for a programme ("Today programme", "Tonight show"). Read as a day, 49 sentences of the
// BBC corpus citing Radio 4's Today became one event.
func (s *scanner) showTitle(i int) bool {
	if !s.tok(i).upper || !s.is(i, "today", "tonight", "tomorrow") {
		return false
	}
	return i > 0 && s.tok(i-1).word ||
		s.is(i+1, "programme", "programmes", "program", "programs", "show", "shows", "presenter", "presenters", "broadcast", "interview")
}

var relUnits = map[string]kind{"week": kRelWeek, "month": kRelMonth, "year": kRelYear}

// relative reads "this month", "earlier this month", "last year", "next week", "yesterday",
// "the next week" and "the past month".
func (s *scanner) relative(i int) (match, bool) {
	if s.showTitle(i) {
		return match{}, false
	}
	switch s.tok(i).lower {
	case "yesterday":
		return match{t0: i, t1: i + 1, kind: kRelDays, off: -1, off2: -1, d: corpus.Date{Precision: corpus.PrecisionDay}}, true
	case "today", "tonight":
		return match{t0: i, t1: i + 1, kind: kRelDays, d: corpus.Date{Precision: corpus.PrecisionDay}}, true
	case "tomorrow":
		return match{t0: i, t1: i + 1, kind: kRelDays, off: 1, off2: 1, d: corpus.Date{Precision: corpus.PrecisionDay}}, true
	}
	if s.is(i, "the") && s.is(i+1, "day") {
		switch {
		case s.is(i+2, "before") && s.is(i+3, "yesterday"):
			return match{t0: i, t1: i + 4, kind: kRelDays, off: -2, off2: -2, d: corpus.Date{Precision: corpus.PrecisionDay}}, true
		case s.is(i+2, "after") && s.is(i+3, "tomorrow"):
			return match{t0: i, t1: i + 4, kind: kRelDays, off: 2, off2: 2, d: corpus.Date{Precision: corpus.PrecisionDay}}, true
		}
	}
	j := i
	if s.is(j, "earlier", "later") && s.is(j+1, "this") {
		j++
	}
	if s.is(j, "the") && s.is(j+1, "next", "coming", "past", "last") && s.is(j+2, "week") {
		if s.is(j+1, "next", "coming") {
			return match{t0: i, t1: j + 3, kind: kRelDays, off: 1, off2: 7, d: corpus.Date{Precision: corpus.PrecisionDay}}, true
		}
		return match{t0: i, t1: j + 3, kind: kRelDays, off: -7, off2: -1, d: corpus.Date{Precision: corpus.PrecisionDay}}, true
	}
	off := 0
	switch s.tok(j).lower {
	case "this", "current":
	case "last", "past", "previous":
		off = -1
	case "next", "coming":
		off = 1
	default:
		return match{}, false
	}
	k, found := relUnits[s.tok(j+1).lower]
	if !found {
		return match{}, false
	}
	prec := corpus.PrecisionMonth
	if k == kRelYear {
		prec = corpus.PrecisionYear
	} else if k == kRelWeek {
		prec = corpus.PrecisionDay
	}
	return match{t0: i, t1: j + 2, kind: k, off: off, d: corpus.Date{Precision: prec}}, true
}

// ago reads "three days ago" and "two years ago", counted back from publication.
func (s *scanner) ago(i int) (match, bool) {
	n := s.tok(i).num
	if !s.tok(i).isPlainNumber() {
		n = countWords[s.tok(i).lower]
	}
	if n <= 0 || n > 1000 || !s.is(i+2, "ago") {
		return match{}, false
	}
	switch s.tok(i + 1).lower {
	case "day", "days":
		return match{t0: i, t1: i + 3, kind: kRelDays, off: -n, off2: -n, d: corpus.Date{Precision: corpus.PrecisionDay}}, true
	case "week", "weeks":
		return match{t0: i, t1: i + 3, kind: kRelDays, off: -7*n - 3, off2: -7*n + 3, d: corpus.Date{Precision: corpus.PrecisionDay}}, true
	case "month", "months":
		return match{t0: i, t1: i + 3, kind: kRelMonth, off: -n, d: corpus.Date{Precision: corpus.PrecisionMonth}}, true
	case "year", "years":
		return match{t0: i, t1: i + 3, kind: kRelYear, off: -n, d: corpus.Date{Precision: corpus.PrecisionYear}}, true
	}
	return match{}, false
}

// weekday reads "Monday", "on Wednesday", "last Friday" and "next Tuesday".
func (s *scanner) weekday(i int) (match, bool) {
	j, off := i, 0
	switch s.tok(i).lower {
	case "last":
		j, off = i+1, -1
	case "next":
		j, off = i+1, 1
	case "this":
		j = i + 1
	}
	t := s.tok(j)
	wd, found := weekdays[t.lower]
	if !found || !t.upper || j == i && holidayWords[s.tok(i-1).lower] && s.tok(i-1).upper {
		return match{}, false
	}
	return match{t0: i, t1: j + 1, kind: kWeekday, weekday: wd, off: off, d: corpus.Date{Precision: corpus.PrecisionDay}}, true
}

var durationUnits = setOf("hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "minutes")

// unresolved reads expressions relative to another event, which the text does not date:
// "hours after", "two days later", "in 45 days", "after 45 days".
func (s *scanner) unresolved(i int) (match, bool) {
	if durationUnits[s.tok(i).lower] && s.is(i+1, "after", "later", "before", "earlier") && s.tok(i).lower[len(s.tok(i).lower)-1] == 's' {
		if n := s.tok(i - 1); n.num > 0 || countWords[n.lower] != 0 {
			return match{}, false // the count starts the expression: matched from there
		}
		return match{t0: i, t1: i + 2, kind: kUnresolved}, true
	}
	n := s.tok(i)
	count := n.isPlainNumber() && n.num > 0 || countWords[n.lower] != 0 && n.lower != "a"
	if count && durationUnits[s.tok(i+1).lower] && s.is(i+2, "after", "later", "before", "earlier") {
		return match{t0: i, t1: i + 3, kind: kUnresolved}, true
	}
	if s.is(i, "in", "after", "within") && (s.tok(i+1).isPlainNumber() && s.tok(i+1).num > 0 || countWords[s.tok(i+1).lower] > 1) && durationUnits[s.tok(i+2).lower] {
		return match{t0: i, t1: i + 3, kind: kUnresolved}, true
	}
	return match{}, false
}

// year reads a year on its own: "In 2019", "the 2024 election", "early 2024" (handled by
// partOfMonth), "mid-2024".
func (s *scanner) year(i int) (match, bool) {
	if y, ok := s.shortYear(i); ok {
		return match{t0: i, t1: i + 2, kind: kAbsolute, d: corpus.Date{Year: y, Precision: corpus.PrecisionYear}}, true
	}
	if y, ok := s.yearAt(i); ok && !s.isCount(i) && !s.notYear(i) {
		m := match{t0: i, t1: i + 1, kind: kAbsolute, d: corpus.Date{Year: y, Precision: corpus.PrecisionYear}}
		if s.splitYear(i, y) {
			m.t1, m.until = i+3, corpus.Date{Year: y + 1, Precision: corpus.PrecisionYear}
		}
		return m, true
	}
	return match{}, false
}

// splitYear reports whether the year y at token i is the first of a financial year or a season
// that straddles two calendar years: "2005/06", "2004-05", "2005–6", "2003/2004". Read as its
// first year alone, "by 2005/06" became a deadline at the end of 2005, half the period early;
// read as both years it holds the months it can mean. "2005/06/01", a date, is not one.
func (s *scanner) splitYear(i, y int) bool {
	sep, n := s.tok(i+1), s.tok(i+2)
	if !(sep.text == "/" || isDash(sep.text)) || !s.adjacent(i+1) || !s.adjacent(i+2) || !n.isPlainNumber() {
		return false
	}
	if after := s.tok(i + 3); s.adjacent(i+3) && (after.text == "/" || isDash(after.text) || after.text == ".") && s.tok(i+4).num >= 0 {
		return false
	}
	switch n.digits {
	case 1:
		return n.num == (y+1)%10
	case 2:
		return n.num == (y+1)%100
	case 4:
		return n.num == y+1 && sep.text == "/" // "2003-2004" is a range joinRanges reads
	}
	return false
}
