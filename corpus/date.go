package corpus

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
)

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// MonthName returns the English name of month m (1–12), or "" when m is out of range.
func MonthName(m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return monthNames[m-1]
}

// String formats d at its own precision, so that a month-precise date never looks like a day:
// "17 November 2024", "early December 2024", "November 2024", "Q3 2024", "2024" or "unknown".
func (d Date) String() string {
	switch d.Precision {
	case PrecisionDay:
		return fmt.Sprintf("%d %s %d", d.Day, MonthName(d.Month), d.Year)
	case PrecisionPartOfMonth:
		part := [...]string{"", "early", "mid", "late"}
		p := ""
		if d.Part >= 1 && d.Part <= 3 {
			p = part[d.Part] + " "
		}
		return fmt.Sprintf("%s%s %d", p, MonthName(d.Month), d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%s %d", MonthName(d.Month), d.Year)
	case PrecisionQuarter:
		return fmt.Sprintf("Q%d %d", d.Quarter, d.Year)
	case PrecisionYear:
		return fmt.Sprintf("%d", d.Year)
	}
	return "unknown"
}

// ISO formats d as the prefix of an ISO 8601 date that its precision supports: "2024-11-17",
// "2024-11", "2024", or "" when unknown. Quarters and parts of months give their month or year.
func (d Date) ISO() string {
	switch d.Precision {
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	case PrecisionMonth, PrecisionPartOfMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecisionQuarter, PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	}
	return ""
}

// Start returns the first day the date can mean, as yyyymmdd, for sorting and range filters;
// 0 for an unknown date.
func (d Date) Start() int {
	if d.Precision == PrecisionUnknown {
		return 0
	}
	m, day := d.Month, d.Day
	switch d.Precision {
	case PrecisionYear:
		m, day = 1, 1
	case PrecisionQuarter:
		m, day = (d.Quarter-1)*3+1, 1
	case PrecisionMonth:
		day = 1
	case PrecisionPartOfMonth:
		day = [...]int{1, 1, 11, 21}[min(max(d.Part, 0), 3)]
	}
	return d.Year*10000 + m*100 + day
}

// End returns the last day the date can mean, as yyyymmdd (days past a month's end are harmless
// for comparisons); 0 for an unknown date.
func (d Date) End() int {
	if d.Precision == PrecisionUnknown {
		return 0
	}
	m, day := d.Month, d.Day
	switch d.Precision {
	case PrecisionYear:
		m, day = 12, 31
	case PrecisionQuarter:
		m, day = d.Quarter*3, 31
	case PrecisionMonth:
		day = 31
	case PrecisionPartOfMonth:
		day = [...]int{31, 10, 20, 31}[min(max(d.Part, 0), 3)]
	}
	return d.Year*10000 + m*100 + day
}

// DaysIn returns the number of days in month (1–12) of year, in the Gregorian calendar.
func DaysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// ParseDate reads "2024", "2024-11" or "2024-11-17" into a date of that precision, rejecting
// months and days that do not exist. The catalog, the article header lines and the views' date
// filters all write dates this way.
func ParseDate(s string) (Date, error) {
	bad := func(why string) (Date, error) {
		shown := s
		if utf8.RuneCountInString(shown) > 20 {
			shown = string([]rune(shown)[:20]) + "…"
		}
		return Date{}, fmt.Errorf("%q: %s; want YYYY, YYYY-MM or YYYY-MM-DD", shown, why)
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 {
		return bad("too many parts")
	}
	var n [3]int
	for i, p := range parts {
		want := 2
		if i == 0 {
			want = 4
		}
		if len(p) != want {
			return bad("wrong number of digits")
		}
		if strings.Trim(p, "0123456789") != "" {
			return bad("not a number")
		}
		n[i], _ = strconv.Atoi(p)
	}
	d := Date{Year: n[0], Precision: PrecisionYear}
	if d.Year < 1 {
		return bad("no year 0")
	}
	if len(parts) > 1 {
		if n[1] < 1 || n[1] > 12 {
			return bad("no such month")
		}
		d.Month, d.Precision = n[1], PrecisionMonth
	}
	if len(parts) > 2 {
		if n[2] < 1 || n[2] > DaysIn(d.Year, d.Month) {
			return bad("no such day")
		}
		d.Day, d.Precision = n[2], PrecisionDay
	}
	return d, nil
}

// ErrRangeSwapped marks, in a view's query error, a "from" date that came after the "to" date:
// the two were swapped and the view shows the range between them. It is a notice, not a fault.
var ErrRangeSwapped = errors.New("the dates were the wrong way round")

// SetDateParams writes a view's date filters as DateParams reads them: "from" and "to", each
// left out when unknown.
func SetDateParams(v url.Values, from, to Date) {
	if s := from.ISO(); s != "" {
		v.Set("from", s)
	}
	if s := to.ISO(); s != "" {
		v.Set("to", s)
	}
}

// DateParams reads a view's date filters, the URL parameters "from" and "to", each written as
// ParseDate reads it; an absent or empty one stays unknown. A malformed one stays unknown too,
// and bad is called with its parameter name and error, for the view to report as it words it.
func DateParams(v url.Values, bad func(name string, err error)) (from, to Date) {
	read := func(name string) Date {
		s := strings.TrimSpace(v.Get(name))
		if s == "" {
			return Date{}
		}
		d, err := ParseDate(s)
		if err != nil {
			bad(name, err)
			return Date{}
		}
		return d
	}
	return read("from"), read("to")
}
