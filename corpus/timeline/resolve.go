package timeline

import (
	"time"

	"parallax/corpus"
)

// Directions in which a year-less or relative expression is placed from the reference date.
const (
	dirPast    = -1
	dirNearest = 0
	dirFuture  = 1
)

// span is a range of days, both ends included.
type span struct{ lo, hi time.Time }

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC) }

// pubSpan returns the days a publication date can mean; false when it is unknown.
func pubSpan(p corpus.PubDate) (span, bool) {
	d := p.Date
	if p.Basis == corpus.BasisUnknown || d.Year < 1 || d.Year > 9999 {
		return span{}, false
	}
	month := func(m int) bool { return m >= 1 && m <= 12 }
	switch d.Precision {
	case corpus.PrecisionDay:
		if !month(d.Month) || !validDay(d.Year, d.Month, d.Day) {
			return span{}, false
		}
		return span{day(d.Year, d.Month, d.Day), day(d.Year, d.Month, d.Day)}, true
	case corpus.PrecisionPartOfMonth:
		if !month(d.Month) || d.Part < 1 || d.Part > 3 {
			return span{}, false
		}
		lo, hi := [...]int{0, 1, 11, 21}[d.Part], [...]int{0, 10, 20, corpus.DaysIn(d.Year, d.Month)}[d.Part]
		return span{day(d.Year, d.Month, lo), day(d.Year, d.Month, hi)}, true
	case corpus.PrecisionMonth:
		if !month(d.Month) {
			return span{}, false
		}
		return span{day(d.Year, d.Month, 1), day(d.Year, d.Month, corpus.DaysIn(d.Year, d.Month))}, true
	case corpus.PrecisionQuarter:
		if d.Quarter < 1 || d.Quarter > 4 {
			return span{}, false
		}
		last := d.Quarter * 3
		return span{day(d.Year, last-2, 1), day(d.Year, last, corpus.DaysIn(d.Year, last))}, true
	case corpus.PrecisionYear:
		return span{day(d.Year, 1, 1), day(d.Year, 12, 31)}, true
	}
	return span{}, false
}

// result is an expression resolved from one reference day: an exact date at the expression's
// own precision, or a range of days when the expression does not fit a calendar unit.
type result struct {
	d     corpus.Date
	exact bool
	days  span
	// until ends a range counted from the reference day ("within six months"); exact only.
	until corpus.Date
}

// resolveRange places m from the publication date, trying the earliest and the latest day that
// date can mean; where the two disagree, only what they share is kept, so that an estimate never
// yields a date more precise than it supports. until is the last end of a range counted from
// the reference day ("within six months"), unknown for a single date.
func resolveRange(m match, pub corpus.PubDate, dir int) (d, until corpus.Date, anchor corpus.Anchor) {
	switch m.kind {
	case kAbsolute:
		return m.d, m.until, corpus.AnchorAbsolute
	case kUnresolved:
		return corpus.Date{}, corpus.Date{}, corpus.AnchorUnresolved
	}
	sp, ok := pubSpan(pub)
	if !ok {
		return corpus.Date{}, corpus.Date{}, corpus.AnchorUnresolved
	}
	r1, r2 := resolveAt(m, sp.lo, dir), resolveAt(m, sp.hi, dir)
	switch {
	case r1.exact && r2.exact && r1.d == r2.d && r1.until == r2.until:
		d, until = r1.d, r1.until
	case r1.exact && r2.exact && r1.until.Precision != corpus.PrecisionUnknown:
		// A range from an imprecise publication date: each end holds what both readings share.
		d = coarsen(dateSpan(r1.d).lo, dateSpan(r2.d).hi)
		until = coarsen(dateSpan(r1.until).lo, dateSpan(r2.until).hi)
		if until.Precision == corpus.PrecisionUnknown {
			d = corpus.Date{}
		}
	default:
		d = coarsen(minTime(r1.days.lo, r2.days.lo), maxTime(r1.days.hi, r2.days.hi))
	}
	if d.Precision == corpus.PrecisionUnknown {
		return corpus.Date{}, corpus.Date{}, corpus.AnchorUnresolved
	}
	return d, until, pubAnchor(pub.Basis)
}

// placeAfter gives a year-less end of a range the year that puts it after start (or before end):
// "from December 20 until January 6" ends in the next year.
func placeAfter(d, start corpus.Date) corpus.Date {
	d.Year = start.Year
	if d.Start() < start.Start() {
		d.Year++
	}
	return d
}

func placeBefore(d, end corpus.Date) corpus.Date {
	d.Year = end.Year
	if d.Start() > end.End() {
		d.Year--
	}
	return d
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// coarsen returns the finest of day, month and year that holds every day from a to b.
func coarsen(a, b time.Time) corpus.Date {
	switch {
	case a.Equal(b):
		return corpus.Date{Year: a.Year(), Month: int(a.Month()), Day: a.Day(), Precision: corpus.PrecisionDay}
	case a.Year() == b.Year() && a.Month() == b.Month():
		return corpus.Date{Year: a.Year(), Month: int(a.Month()), Precision: corpus.PrecisionMonth}
	case a.Year() == b.Year():
		return corpus.Date{Year: a.Year(), Precision: corpus.PrecisionYear}
	}
	return corpus.Date{}
}

// dateSpan returns the days of an exact date.
func dateSpan(d corpus.Date) span {
	lo, hi := d.Start(), d.End()
	end := day(hi/10000, hi/100%100, 1)
	last := min(hi%100, corpus.DaysIn(end.Year(), int(end.Month())))
	return span{day(lo/10000, lo/100%100, lo%100), day(hi/10000, hi/100%100, last)}
}

func exact(d corpus.Date) result { return result{d: d, exact: true, days: dateSpan(d)} }

// yearFor picks the year of a year-less period (a month, or a quarter with period 4) from the
// reference period: HeidelTime's rule, with the tense of the nearest verb deciding the
// direction and the nearest occurrence when there is no tense.
func yearFor(refYear, refUnit, unit, period, dir int) int {
	switch dir {
	case dirPast:
		if unit <= refUnit {
			return refYear
		}
		return refYear - 1
	case dirFuture:
		if unit >= refUnit {
			return refYear
		}
		return refYear + 1
	}
	diff := unit - refUnit
	switch {
	case diff >= period/2:
		return refYear - 1
	case diff < -period/2:
		return refYear + 1
	}
	return refYear
}

// resolveAt places m from one reference day.
func resolveAt(m match, ref time.Time, dir int) result {
	y, mo := ref.Year(), int(ref.Month())
	d := m.d
	switch m.kind {
	case kYearless:
		if d.Precision == corpus.PrecisionQuarter {
			d.Year = yearFor(y, (mo-1)/3+1, d.Quarter, 4, dir)
		} else {
			d.Year = yearFor(y, mo, d.Month, 12, dir)
		}
		if d.Precision == corpus.PrecisionDay && !validDay(d.Year, d.Month, d.Day) {
			return result{days: span{day(d.Year, 1, 1), day(d.Year+1, 1, 1)}} // 29 February
		}
		return exact(d)
	case kRelYear:
		d.Year = y + m.off
		if d.Precision == corpus.PrecisionDay && !validDay(d.Year, d.Month, d.Day) {
			return result{days: span{day(d.Year, 1, 1), day(d.Year+1, 1, 1)}}
		}
		return exact(d)
	case kRelMonth:
		t := day(y, mo+m.off, 1)
		d := corpus.Date{Year: t.Year(), Month: int(t.Month()), Precision: corpus.PrecisionMonth}
		if m.d.Part != 0 {
			d.Part, d.Precision = m.d.Part, corpus.PrecisionPartOfMonth
		}
		return exact(d)
	case kRelWeek:
		monday := ref.AddDate(0, 0, -((int(ref.Weekday())+6)%7)+7*m.off)
		return result{days: span{monday, monday.AddDate(0, 0, 6)}}
	case kOffset:
		var end corpus.Date
		switch m.unit {
		case 'd':
			end = dayOf(ref.AddDate(0, 0, m.n))
		case 'm':
			t := day(y, mo+m.n, 1)
			end = corpus.Date{Year: t.Year(), Month: int(t.Month()), Precision: corpus.PrecisionMonth}
		default:
			end = corpus.Date{Year: y + m.n, Precision: corpus.PrecisionYear}
		}
		if m.span {
			r := exact(dayOf(ref))
			r.until = end
			return r
		}
		return exact(end)
	case kRelDays:
		lo, hi := ref.AddDate(0, 0, m.off), ref.AddDate(0, 0, m.off2)
		if m.off == m.off2 {
			return exact(corpus.Date{Year: lo.Year(), Month: int(lo.Month()), Day: lo.Day(), Precision: corpus.PrecisionDay})
		}
		return result{days: span{lo, hi}}
	case kWeekday:
		t := weekdayFrom(ref, m.weekday, m.off, dir)
		return exact(corpus.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: corpus.PrecisionDay})
	case kSeason:
		yr := y
		switch {
		case m.off < 0 && mo < m.season+3:
			yr = y - 1
		case m.off > 0 && mo >= m.season:
			yr = y + 1
		}
		return exact(corpus.Date{Year: yr, Precision: corpus.PrecisionYear})
	case kWeekend:
		sat := weekdayFrom(ref, 6, m.off, dir)
		if m.off == 0 && ref.Weekday() == time.Sunday {
			sat = ref.AddDate(0, 0, -1) // "this weekend", written on a Sunday
		}
		r := exact(dayOf(sat))
		r.until = dayOf(sat.AddDate(0, 0, 1))
		return r
	}
	return result{}
}

// weekdayFrom finds the weekday wd near ref: strictly before for "last", strictly after for
// "next", otherwise on or before in the past tense, on or after in the future, and the nearest
// (the past on a tie) without a tense.
func weekdayFrom(ref time.Time, wd, off, dir int) time.Time {
	back := (int(ref.Weekday()) - wd + 7) % 7
	fwd := (wd - int(ref.Weekday()) + 7) % 7
	switch {
	case off < 0:
		if back == 0 {
			back = 7
		}
		return ref.AddDate(0, 0, -back)
	case off > 0:
		if fwd == 0 {
			fwd = 7
		}
		return ref.AddDate(0, 0, fwd)
	case dir == dirPast:
		return ref.AddDate(0, 0, -back)
	case dir == dirFuture:
		return ref.AddDate(0, 0, fwd)
	case fwd < back:
		return ref.AddDate(0, 0, fwd)
	}
	return ref.AddDate(0, 0, -back)
}

func dayOf(t time.Time) corpus.Date {
	return corpus.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: corpus.PrecisionDay}
}
