package search

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"parallax/corpus"
)

// Query is what a reader asks for; its URL form (Values, ParseQuery) makes a search a link.
type Query struct {
	// Text is the typed query: words in any order, with typos.
	Text string
	// Outlet keeps only articles of this outlet (compared without regard to case); empty for all.
	Outlet string
	// From and To keep only articles whose publication date may fall in the range; a zero date
	// leaves that end open. Articles of unknown date are left out when either is set.
	From, To corpus.Date
}

// URL query parameter names.
const (
	paramText   = "q"
	paramOutlet = "outlet"
	paramFrom   = "from"
	paramTo     = "to"
)

// Values returns the query as URL parameters, leaving out empty ones.
func (q Query) Values() url.Values {
	v := url.Values{}
	if q.Text != "" {
		v.Set(paramText, q.Text)
	}
	if q.Outlet != "" {
		v.Set(paramOutlet, q.Outlet)
	}
	if s := q.From.ISO(); s != "" {
		v.Set(paramFrom, s)
	}
	if s := q.To.ISO(); s != "" {
		v.Set(paramTo, s)
	}
	return v
}

// ParseQuery reads a query from URL parameters. A malformed date is left out of the returned
// query and reported in the error, so that the caller can search anyway and say what was ignored.
func ParseQuery(v url.Values) (Query, error) {
	q := Query{Text: v.Get(paramText), Outlet: strings.TrimSpace(v.Get(paramOutlet))}
	var errs []error
	for _, p := range []struct {
		name string
		dst  *corpus.Date
	}{{paramFrom, &q.From}, {paramTo, &q.To}} {
		s := strings.TrimSpace(v.Get(p.name))
		if s == "" {
			continue
		}
		d, err := ParseDate(s)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s date: %w", p.name, err))
			continue
		}
		*p.dst = d
	}
	if q.From.Start() != 0 && q.To.Start() != 0 && q.From.Start() > q.To.End() {
		errs = append(errs, fmt.Errorf("the range from %s to %s is empty", q.From.ISO(), q.To.ISO()))
	}
	return q, errors.Join(errs...)
}

// ParseDate reads "2024", "2024-11" or "2024-11-17" into a date of that precision.
func ParseDate(s string) (corpus.Date, error) {
	bad := func(why string) (corpus.Date, error) {
		if utf8.RuneCountInString(s) > 20 {
			s = string([]rune(s)[:20]) + "…"
		}
		return corpus.Date{}, fmt.Errorf("%q: %s; want YYYY, YYYY-MM or YYYY-MM-DD", s, why)
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
	d := corpus.Date{Year: n[0], Precision: corpus.PrecisionYear}
	if d.Year < 1 {
		return bad("no year 0")
	}
	if len(parts) > 1 {
		if n[1] < 1 || n[1] > 12 {
			return bad("no such month")
		}
		d.Month, d.Precision = n[1], corpus.PrecisionMonth
	}
	if len(parts) > 2 {
		if n[2] < 1 || n[2] > daysIn(d.Year, d.Month) {
			return bad("no such day")
		}
		d.Day, d.Precision = n[2], corpus.PrecisionDay
	}
	return d, nil
}

func daysIn(year, month int) int {
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

// admits reports whether article a passes the query's filters.
func (q Query) admits(a *corpus.Article) bool {
	if q.Outlet != "" && !strings.EqualFold(q.Outlet, a.Outlet) {
		return false
	}
	from, to := q.From.Start(), q.To.End()
	if from == 0 && to == 0 {
		return true
	}
	d := a.Published.Date
	if d.Precision == corpus.PrecisionUnknown {
		return false
	}
	return (from == 0 || d.End() >= from) && (to == 0 || d.Start() <= to)
}
