package timeline

import (
	"strings"

	"parallax/corpus"
)

// Conventions for numeric dates such as 8/10/2012.
const (
	convUnknown = iota
	convMonthFirst
	convDayFirst
)

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" }

// adjacent reports whether token k starts where token k-1 ends.
func (s *scanner) adjacent(k int) bool {
	return k > 0 && k < len(s.toks) && s.toks[k].start == s.toks[k-1].end
}

// numeric reads 8/10/2012 and 25.05.2015. A slashed date that reads both ways takes the outlet's
// convention; without one it keeps both readings (d month-first, alt day-first). Dots are the
// day-first notation of most of the world.
func (s *scanner) numeric(i int) (match, bool) {
	a, sep, b, sep2, y := s.tok(i), s.tok(i+1), s.tok(i+2), s.tok(i+3), s.tok(i+4)
	if !(a.isPlainNumber() && a.digits <= 2 && b.isPlainNumber() && b.digits <= 2 &&
		y.isPlainNumber() && y.digits == 4 && y.num >= 1900 && y.num <= 2100 &&
		(sep.text == "/" || sep.text == ".") && sep2.text == sep.text &&
		s.adjacent(i+1) && s.adjacent(i+2) && s.adjacent(i+3) && s.adjacent(i+4)) {
		return match{}, false
	}
	if n := s.tok(i + 5); s.adjacent(i+5) && (n.num >= 0 || n.text == "/" || n.text == ".") && s.tok(i+6).num >= 0 && s.adjacent(i+6) {
		return match{}, false // a longer run of numbers: a version or an address
	}
	day := func(m, d int) corpus.Date {
		return corpus.Date{Year: y.num, Month: m, Day: d, Precision: corpus.PrecisionDay}
	}
	mf, df := validDay(y.num, a.num, b.num), validDay(y.num, b.num, a.num)
	m := match{t0: i, t1: i + 5, kind: kAbsolute}
	switch {
	case sep.text == "." && df:
		m.d = day(b.num, a.num)
	case mf && !df:
		m.d = day(a.num, b.num)
	case df && !mf:
		m.d = day(b.num, a.num)
	case !mf:
		return match{}, false
	case a.num == b.num || s.conv == convMonthFirst:
		m.d = day(a.num, b.num)
	case s.conv == convDayFirst:
		m.d = day(b.num, a.num)
	default:
		m.d, m.alt = day(a.num, b.num), day(b.num, a.num)
	}
	return m, true
}

// dashed reads 10-Aug-2012.
func (s *scanner) dashed(i int) (match, bool) {
	d, ok := s.dayAt(i)
	if !ok || !isDash(s.tok(i+1).text) || !isDash(s.tok(i+3).text) {
		return match{}, false
	}
	t := s.tok(i + 2)
	mon := monthNums[t.lower]
	if mon == 0 {
		mon = monthAbbrevs[t.lower]
	}
	y := s.tok(i + 4)
	if mon == 0 || !y.isPlainNumber() || y.digits != 4 || !validDay(y.num, mon, d) ||
		!s.adjacent(i+1) || !s.adjacent(i+2) || !s.adjacent(i+3) || !s.adjacent(i+4) {
		return match{}, false
	}
	return match{t0: i, t1: i + 5, kind: kAbsolute, d: corpus.Date{Year: y.num, Month: mon, Day: d, Precision: corpus.PrecisionDay}}, true
}

// shortYear reads a two-digit year written with an apostrophe ("'96"), in the century that puts
// it at most ten years after publication (or, undated, between 1931 and 2030). "'90s", a decade,
// is not a year.
func (s *scanner) shortYear(i int) (int, bool) {
	q, n := s.tok(i), s.tok(i+1)
	if q.text != "'" && q.text != "’" || !n.isPlainNumber() || n.digits != 2 || !s.adjacent(i+1) {
		return 0, false
	}
	if i > 0 && s.adjacent(i) && s.tok(i-1).word {
		return 0, false // an apostrophe inside a word
	}
	if nn := s.tok(i + 2); s.adjacent(i+2) && nn.word {
		return 0, false
	}
	ref := s.pubYear
	if ref == 0 {
		ref = 2020
	}
	y := ref - ref%100 + n.num
	if y > ref+10 {
		y -= 100
	}
	return y, true
}

// countNumbers are the words that count units in a duration.
var countNumbers = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"fifteen": 15, "twenty": 20, "thirty": 30, "ninety": 90}

// duration reads "30 days", "six months", "a fortnight" at token i: the count in units of days,
// months or years. Hours and vague counts ("a few weeks") are not durations the calendar can
// place.
func (s *scanner) duration(i int) (match, bool) {
	t := s.tok(i)
	n := 0
	switch {
	case t.isPlainNumber() && t.num > 0 && t.num <= 1000:
		n = t.num
	case countNumbers[t.lower] > 0:
		n = countNumbers[t.lower]
	default:
		return match{}, false
	}
	u := s.tok(i + 1).lower
	if n != 1 && (u == "day" || u == "week" || u == "month" || u == "year" || u == "fortnight") {
		return match{}, false
	}
	if (t.lower == "a" || t.lower == "an" || n == 1) && strings.HasSuffix(u, "s") {
		return match{}, false
	}
	m := match{t0: i, t1: i + 2, kind: kOffset, n: n}
	switch strings.TrimSuffix(u, "s") {
	case "day":
		m.unit = 'd'
	case "week":
		m.unit, m.n = 'd', 7*n
	case "fortnight":
		m.unit, m.n = 'd', 14*n
	case "month":
		m.unit = 'm'
	case "year":
		m.unit = 'y'
	default:
		return match{}, false
	}
	return m, true
}

// offset reads a duration counted from the writing: "in 30 days", "in a week", "five days from
// now", "a week from today", and "for 60 days from today" (a range from publication).
func (s *scanner) offset(i int) (match, bool) {
	if s.is(i, "in") {
		if m, ok := s.duration(i + 1); ok && !s.is(m.t1, "after", "later", "before", "earlier", "ago") {
			m.t0 = i
			if k, ok := s.fromNow(m.t1); ok {
				m.t1, m.fromNow = k, true
			}
			return m, true
		}
		return match{}, false
	}
	j, span := i, false
	if s.is(i, "for") {
		j, span = i+1, true
	}
	m, ok := s.duration(j)
	if !ok {
		return match{}, false
	}
	k, ok := s.fromNow(m.t1)
	if !ok {
		return match{}, false
	}
	m.t0, m.t1, m.span, m.fromNow = i, k, span, true
	return m, true
}

// fromNow reads "from now", "from today" or "hence" at k and returns the token after it.
func (s *scanner) fromNow(k int) (int, bool) {
	switch {
	case s.is(k, "from") && s.is(k+1, "now", "today"):
		return k + 2, true
	case s.is(k, "hence"):
		return k + 1, true
	}
	return 0, false
}

// changeVerbs move a date: "moved the vote from May 3 to May 10" gives two dates, not a range.
var changeVerbs = setOf("moved", "moves", "move", "extended", "extends", "extend", "extending",
	"postponed", "postpones", "postpone", "delayed", "delays", "delay", "pushed", "push", "brought",
	"rescheduled", "reschedule", "shifted", "shift", "changed", "change", "advanced", "pushing", "moving")

// joinRanges joins two expressions into a range: "from May to November", "from 2019 through
// 2021", "from December 20 until January 6", "Nov.-Dec. 2023", "2019–2021".
func (s *scanner) joinRanges(ms []match) []match {
	if len(ms) < 2 {
		return ms
	}
	out := ms[:0:0]
	for k := 0; k < len(ms); k++ {
		a := ms[k]
		if k+1 < len(ms) && a.to == nil && a.until.Precision == corpus.PrecisionUnknown && s.joins(a, ms[k+1]) {
			b := ms[k+1]
			if b.deadline {
				b.deadline, b.prep = false, ""
			}
			if s.is(a.t0-1, "from") && a.prep == "from" {
				a.t0--
				a.prep = s.tok(a.t0 - 1).lower
			}
			a.t1, a.end = b.t1, b.end
			if a.t0 < len(s.toks) {
				a.start = s.toks[a.t0].start
			}
			a.to = &b
			out = append(out, a)
			k++
			continue
		}
		out = append(out, a)
	}
	return out
}

// joins reports whether a and b are the two ends of one range.
func (s *scanner) joins(a, b match) bool {
	if !rangeEnd(a) || !rangeEnd(b) || b.until.Precision != corpus.PrecisionUnknown {
		return false
	}
	switch {
	case b.deadline && (b.prep == "until" || b.prep == "till") && b.t0 == a.t1:
	case b.t0 == a.t1+1 && s.is(a.t1, "to", "through", "thru"):
	case b.t0 == a.t1+1 && isDash(s.tok(a.t1).text):
		// A dash joins only what it touches or what is spaced evenly: "Nov.-Dec.", "2019 – 2021".
		return s.adjacent(a.t1) == s.adjacent(a.t1+1)
	default:
		return false
	}
	// "to", "through" and "until" make a range only after "from", and not when the date moves.
	if a.prep != "from" {
		return false
	}
	for k := a.t0 - 2; k >= 0 && k >= a.t0-9; k-- {
		if changeVerbs[s.tok(k).lower] {
			return false
		}
	}
	return true
}

// rangeEnd reports whether m can be an end of a range: a calendar date, not a relative span.
func rangeEnd(m match) bool {
	return (m.kind == kAbsolute || m.kind == kYearless) && m.alt.Precision == corpus.PrecisionUnknown && m.to == nil
}

// holidayWords name days that are not the nearest weekday: "Super Tuesday", "Good Friday".
var holidayWords = setOf("super", "good", "black", "cyber", "ash", "easter", "holy", "maundy",
	"palm", "shrove", "fat", "giving", "bloody", "blue", "business", "spy", "whit", "plough")

// countNouns follow a number that counts rather than dates: "2020 employees", "1999 stores". A
// plural after a number is a count unless a word that introduces a year comes before it ("in
// 2019 elections", "the 2024 polls").
func (s *scanner) isCount(i int) bool {
	n := s.tok(i + 1)
	if !n.word || n.upper || n.digits > 0 || len(n.lower) < 4 || !strings.HasSuffix(n.lower, "s") ||
		strings.HasSuffix(n.lower, "ss") || yearFollowers[n.lower] {
		return false
	}
	return !yearIntro[s.tok(i-1).lower]
}

// yearFollowers end in "s" but follow a year as it is: "2020 was", "2019 has".
var yearFollowers = setOf("was", "has", "does", "goes", "comes", "saw", "brings", "marks", "sees",
	"begins", "ends", "this", "thus", "sales", "earnings", "results", "elections", "polls",
	"games", "olympics", "accounts", "figures", "numbers", "levels", "rates", "prices", "profits",
	"revenues", "losses", "forecasts", "estimates", "plans", "budgets", "rules", "laws", "talks")

// yearIntro are words after which a number is a year even before a plural.
var yearIntro = setOf("in", "since", "of", "by", "from", "for", "the", "its", "his", "her",
	"their", "our", "'s", "’s", "and", "to", "until", "till", "before", "after", "during",
	"through", "between", "early", "late", "mid", "-", "this", "that", "circa", "around")

// weekend reads "this weekend", "last weekend", "next weekend", "over the weekend" and "at the
// weekend": a range from Saturday to Sunday.
func (s *scanner) weekend(i int) (match, bool) {
	j, off := i, 0
	switch {
	case s.is(i, "last", "past", "previous"):
		j, off = i+1, -1
	case s.is(i, "next", "coming"):
		j, off = i+1, 1
	case s.is(i, "this"):
		j = i + 1
	case s.is(i, "over", "at") && s.is(i+1, "the"):
		j = i + 2
	default:
		return match{}, false
	}
	if !s.is(j, "weekend") {
		return match{}, false
	}
	return match{t0: i, t1: j + 1, kind: kWeekend, off: off, d: corpus.Date{Precision: corpus.PrecisionDay}}, true
}

// decade reads "the 1990s" and "the late 1990s": the ten years, which hold any part of them;
// "the 1800s" and "the early 1900s" are centuries.
func (s *scanner) decade(i int) (match, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	if s.is(j, "early", "mid", "late") {
		j++
		if isDash(s.tok(j).text) {
			j++
		}
	}
	t := s.tok(j)
	if t.digits != 4 || t.lower[4:] != "s" || len(t.lower) != 5 {
		return match{}, false
	}
	y := atoi(t.text[:4])
	if y%10 != 0 || y < 1000 || y > 2090 {
		return match{}, false
	}
	last := y + 9
	if y%100 == 0 && y < 2000 {
		// "the 1800s" names a hundred years: a writer rarely means the decade 1800–1809, which
		// has no name of its own. "the 2000s" is the exception: written in this century it is
		// mostly the decade so far ("growth in the 2000s"), and the decade is the narrower,
		// safer reading.
		last = y + 99
	}
	return match{t0: i, t1: j + 1, kind: kAbsolute, d: corpus.Date{Year: y, Precision: corpus.PrecisionYear},
		until: corpus.Date{Year: last, Precision: corpus.PrecisionYear}}, true
}
