package timeline

import (
	"fmt"

	"parallax/corpus"
)

// Stated is corpus.Stated: Extract stores it in each DateMention at build time, so that the
// browser compares stated dates without linking this package's scanner into app.wasm.
type Stated = corpus.Stated

var weekdayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// StatedForm reads text, one temporal expression as Extract returns it in DateMention.Text,
// and returns its stated form when it lacks a year: a month or day without one, a weekday, or
// a day, week, month or year counted from the writing ("yesterday", "next week"). It returns
// false for an expression that states its year (compared by its date instead), for one
// relative to another event, and for text that is not exactly one expression.
func StatedForm(text string) (Stated, bool) {
	s := &scanner{toks: tokenize(text)}
	ms := s.findAll()
	if len(ms) != 1 || ms[0].to != nil || ms[0].until.Precision != corpus.PrecisionUnknown {
		return Stated{}, false
	}
	m := ms[0]
	rel := func(off int, unit string) string {
		switch {
		case off < 0:
			return "last " + unit
		case off > 0:
			return "next " + unit
		}
		return "this " + unit
	}
	d := m.d
	switch m.kind {
	case kYearless:
		switch d.Precision {
		case corpus.PrecisionDay:
			return Stated{Key: fmt.Sprintf("--%02d-%02d", d.Month, d.Day), Label: fmt.Sprintf("%d %s", d.Day, corpus.MonthName(d.Month)), Precision: d.Precision}, true
		case corpus.PrecisionPartOfMonth:
			part := [...]string{"", "early", "mid", "late"}[min(max(d.Part, 0), 3)]
			return Stated{Key: fmt.Sprintf("--%02d-%s", d.Month, part), Label: part + " " + corpus.MonthName(d.Month), Precision: d.Precision}, true
		case corpus.PrecisionMonth:
			return Stated{Key: fmt.Sprintf("--%02d", d.Month), Label: corpus.MonthName(d.Month), Precision: d.Precision}, true
		case corpus.PrecisionQuarter:
			return Stated{Key: fmt.Sprintf("--q%d", d.Quarter), Label: fmt.Sprintf("Q%d", d.Quarter), Precision: d.Precision}, true
		}
	case kWeekday:
		label := weekdayNames[m.weekday]
		switch {
		case m.off < 0:
			label = "last " + label
		case m.off > 0:
			label = "next " + label
		}
		return Stated{Key: fmt.Sprintf("weekday%+d:%d", m.off, m.weekday), Label: label, Precision: corpus.PrecisionDay}, true
	case kRelDays:
		if m.off != m.off2 || m.off < -2 || m.off > 2 {
			return Stated{}, false
		}
		label := [...]string{"the day before yesterday", "yesterday", "today", "tomorrow", "the day after tomorrow"}[m.off+2]
		return Stated{Key: fmt.Sprintf("day%+d", m.off), Label: label, Precision: corpus.PrecisionDay}, true
	case kRelWeek:
		return Stated{Key: fmt.Sprintf("week%+d", m.off), Label: rel(m.off, "week"), Precision: corpus.PrecisionDay}, true
	case kRelMonth:
		if d.Part != 0 || m.off < -1 || m.off > 1 {
			return Stated{}, false
		}
		return Stated{Key: fmt.Sprintf("month%+d", m.off), Label: rel(m.off, "month"), Precision: corpus.PrecisionMonth}, true
	case kRelYear:
		if d.Precision != corpus.PrecisionYear || m.off < -1 || m.off > 1 {
			return Stated{}, false
		}
		return Stated{Key: fmt.Sprintf("year%+d", m.off), Label: rel(m.off, "year"), Precision: corpus.PrecisionYear}, true
	}
	return Stated{}, false
}
