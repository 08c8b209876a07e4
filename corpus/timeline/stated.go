package timeline

import (
	"fmt"

	"parallax/corpus"
)

// Stated is a temporal expression as its own words give it, before any publication date places
// it: "7 September" and "on September 7" are the same stated day, "next Tuesday" is not the same
// as "Tuesday". It lets two articles be compared on what they say when their publication dates
// are too vague (or unknown) to resolve the expression; it never carries a year the text does
// not give.
type Stated struct {
	// Key is equal for two expressions that state the same thing: "--09-07", "weekday+1:2".
	Key string
	// Label is the expression in a normal form for display: "7 September", "next Tuesday",
	// "yesterday".
	Label string
	// Precision is the precision the expression states: a day for "7 September" and "Monday",
	// a month for "September" and "last month".
	Precision corpus.Precision
}

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
			return Stated{fmt.Sprintf("--%02d-%02d", d.Month, d.Day), fmt.Sprintf("%d %s", d.Day, corpus.MonthName(d.Month)), d.Precision}, true
		case corpus.PrecisionPartOfMonth:
			part := [...]string{"", "early", "mid", "late"}[min(max(d.Part, 0), 3)]
			return Stated{fmt.Sprintf("--%02d-%s", d.Month, part), part + " " + corpus.MonthName(d.Month), d.Precision}, true
		case corpus.PrecisionMonth:
			return Stated{fmt.Sprintf("--%02d", d.Month), corpus.MonthName(d.Month), d.Precision}, true
		case corpus.PrecisionQuarter:
			return Stated{fmt.Sprintf("--q%d", d.Quarter), fmt.Sprintf("Q%d", d.Quarter), d.Precision}, true
		}
	case kWeekday:
		label := weekdayNames[m.weekday]
		switch {
		case m.off < 0:
			label = "last " + label
		case m.off > 0:
			label = "next " + label
		}
		return Stated{fmt.Sprintf("weekday%+d:%d", m.off, m.weekday), label, corpus.PrecisionDay}, true
	case kRelDays:
		if m.off != m.off2 || m.off < -2 || m.off > 2 {
			return Stated{}, false
		}
		label := [...]string{"the day before yesterday", "yesterday", "today", "tomorrow", "the day after tomorrow"}[m.off+2]
		return Stated{fmt.Sprintf("day%+d", m.off), label, corpus.PrecisionDay}, true
	case kRelWeek:
		return Stated{fmt.Sprintf("week%+d", m.off), rel(m.off, "week"), corpus.PrecisionDay}, true
	case kRelMonth:
		if d.Part != 0 || m.off < -1 || m.off > 1 {
			return Stated{}, false
		}
		return Stated{fmt.Sprintf("month%+d", m.off), rel(m.off, "month"), corpus.PrecisionMonth}, true
	case kRelYear:
		if d.Precision != corpus.PrecisionYear || m.off < -1 || m.off > 1 {
			return Stated{}, false
		}
		return Stated{fmt.Sprintf("year%+d", m.off), rel(m.off, "year"), corpus.PrecisionYear}, true
	}
	return Stated{}, false
}
