package timeline

import (
	"cmp"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"parallax/corpus"
	"parallax/corpus/library"
)

// Period is a stretch of the time axis: the whole timeline (the zero Period), a century, a
// decade, a year, a month or a day. A view shows one period, its sub-periods on the axis and
// its events in a list.
type Period struct {
	// Date is the year, month or day; unknown for the whole timeline. A decade's or a century's
	// is its first year.
	Date corpus.Date
	// Years is 10 for a decade ("the 1990s": 1990 to 1999) and 100 for a century (1900 to
	// 1999); 0 for the other periods, which Date names alone.
	Years int
}

// Lengths of the periods longer than a year.
const (
	Decade  = 10
	Century = 100
)

// ParsePeriod reads "" (the whole timeline), "1900-1999" (a century), "1990s" or "1990-1999"
// (a decade), "2024", "2024-11" or "2024-11-17".
func ParsePeriod(s string) (Period, error) {
	if s = strings.TrimSpace(s); s == "" {
		return Period{}, nil
	}
	if y, ok := strings.CutSuffix(s, "s"); ok && len(y) == 4 && allDigits(y) {
		n, _ := strconv.Atoi(y)
		if n%Decade != 0 {
			return Period{}, fmt.Errorf("%q: a decade starts at a year ending in 0, as in 1990s", s)
		}
		return Period{Date: corpus.Date{Year: n, Precision: corpus.PrecisionYear}, Years: Decade}, nil
	}
	if a, b, ok := strings.Cut(s, "-"); ok && len(a) == 4 && len(b) == 4 && allDigits(a) && allDigits(b) {
		from, _ := strconv.Atoi(a)
		to, _ := strconv.Atoi(b)
		for _, n := range []int{Century, Decade} {
			if from%n == 0 && to == from+n-1 {
				return Period{Date: corpus.Date{Year: from, Precision: corpus.PrecisionYear}, Years: n}, nil
			}
		}
		return Period{}, fmt.Errorf("%q: a range of years is a decade (1990-1999) or a century (1900-1999)", s)
	}
	d, err := corpus.ParseDate(s)
	if err != nil {
		return Period{}, err
	}
	return Period{Date: d}, nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Key is the period as the URL writes it: "", "1900-1999", "1990s", "2024", "2024-11" or
// "2024-11-17".
func (p Period) Key() string {
	switch p.Years {
	case Decade:
		return fmt.Sprintf("%04ds", p.Date.Year)
	case Century:
		return fmt.Sprintf("%04d-%04d", p.Date.Year, p.Date.Year+Century-1)
	}
	return p.Date.ISO()
}

// Whole reports whether p is the whole timeline.
func (p Period) Whole() bool { return p.Date.Precision == corpus.PrecisionUnknown }

// Label names the period for readers: "All years", "1900–1999", "1990s", "2024",
// "November 2024", "17 November 2024".
func (p Period) Label() string {
	switch {
	case p.Whole():
		return "All years"
	case p.Years == Decade:
		return fmt.Sprintf("%ds", p.Date.Year)
	case p.Years == Century:
		return fmt.Sprintf("%d–%d", p.Date.Year, p.Date.Year+Century-1)
	}
	return p.Date.String()
}

// Bounds returns the first and last day of p as yyyymmdd; the whole timeline is 0, 99999999.
func (p Period) Bounds() (lo, hi int) {
	if p.Whole() {
		return 0, 99999999
	}
	if p.Years > 0 {
		return p.Date.Year*10000 + 101, (p.Date.Year+p.Years-1)*10000 + 1231
	}
	return p.Date.Start(), p.Date.End()
}

// Parent is the period that holds p: a day's month, a month's year, a decade's century, and the
// whole timeline for a year or a century (a year's decade is a step of the whole timeline's
// axis only when its events span too many years for a column each).
func (p Period) Parent() Period {
	d := p.Date
	switch {
	case p.Years == Decade:
		return Period{Date: corpus.Date{Year: d.Year / Century * Century, Precision: corpus.PrecisionYear}, Years: Century}
	case p.Years > 0:
		return Period{}
	case d.Precision == corpus.PrecisionDay:
		return Period{Date: corpus.Date{Year: d.Year, Month: d.Month, Precision: corpus.PrecisionMonth}}
	case d.Precision == corpus.PrecisionMonth:
		return Period{Date: corpus.Date{Year: d.Year, Precision: corpus.PrecisionYear}}
	}
	return Period{}
}

// Unit is the length of an axis's columns.
type Unit uint8

// Units of an axis, from the finest.
const (
	UnitDay Unit = iota
	UnitMonth
	UnitYear
	UnitDecade
	UnitCentury
)

var unitNames = [...]string{"day", "month", "year", "decade", "century"}

// String names the unit for readers: "day", "month", "year", "decade", "century".
func (u Unit) String() string {
	if int(u) < len(unitNames) {
		return unitNames[u]
	}
	return "year"
}

// childUnit is the unit the axis of p is cut into: a century's decades, a decade's years, a
// year's months, a month's days (and a day's, the days of its month). The whole timeline's is
// chosen from its events (see wholeUnit).
func (p Period) childUnit() Unit {
	switch {
	case p.Years == Century:
		return UnitDecade
	case p.Years == Decade:
		return UnitYear
	case p.Date.Precision == corpus.PrecisionYear:
		return UnitMonth
	}
	return UnitDay
}

// View is the part of the timeline's URL that says what is in view: the period (?at=) and the
// page of its events (?page=). Filters are in Query.
type View struct {
	At   Period
	Page int // 1-based
}

// ParseView reads at and page; a malformed value is left at its default and reported, one
// joined error each (errors.Join), worded for the reader.
func ParseView(v url.Values) (View, error) {
	out := View{Page: 1}
	var errs []error
	if at, err := ParsePeriod(v.Get("at")); err != nil {
		errs = append(errs, fmt.Errorf("period: %w", err))
	} else {
		out.At = at
	}
	if n, err := corpus.ParsePage(v.Get("page")); err != nil {
		errs = append(errs, err)
	} else if n > 0 {
		out.Page = n
	}
	return out, errors.Join(errs...)
}

// Set writes the view into v (which holds the filters), leaving out what is at its default.
func (w View) Set(v url.Values) url.Values {
	if !w.At.Whole() {
		v.Set("at", w.At.Key())
	}
	if w.Page > 1 {
		v.Set("page", strconv.Itoa(w.Page))
	}
	return v
}

// OtherOutlets names the lane that groups the outlets beyond the largest few.
const OtherOutlets = "Other outlets"

// Axis counts the events of a period per lane and per sub-period, for a proportional time axis:
// every column is one century, decade, year, month or day.
type Axis struct {
	In Period
	// Columns are the sub-periods, in order, every one from the first to the last: on the whole
	// timeline, the years from the first to the last that has an event, or their decades or
	// centuries when there are too many of them (see MaxColumns, MaxDecades); a century's 10
	// decades, a decade's 10 years, a year's 12 months, a month's days.
	Columns []Period
	// Unit is the length of the columns.
	Unit Unit
	// Lanes name the rows: the outlets with the most reported events first (at most the maxLanes
	// given), then OtherOutlets when more outlets report, then UnknownOutlet for sources without
	// one. Counts[lane][column] counts the reported events with a source in that lane.
	Lanes  []string
	Counts [][]int
	// Published[column] counts the articles published (all outlets): the sources of the
	// publication events, not the events, which merge the articles of one date.
	Published []int
	// Coarser counts, per lane, the reported events dated within the period but no finer than it
	// (a month-precise event on the axis of its month's days); PublishedCoarser likewise.
	Coarser          []int
	PublishedCoarser int
	// Max is the largest count in any cell, for scaling.
	Max int
}

// MaxColumns bounds the columns of the whole timeline's axis: events spread over more years
// than this are counted per decade, or per century when there are more than MaxDecades
// decades too.
const MaxColumns = 60

// MaxDecades bounds the decades of the whole timeline's axis: fewer than years, so that an axis
// of decades fits a screen. A news corpus that mentions the 1600s once gets five centuries at a
// glance, not forty decades of which thirty are empty.
const MaxDecades = 24

// BuildAxis counts evs (as Filter returns them) within period in: an event enters a column whose
// period its own precision fills; a coarser one is counted as Coarser, never spread over days it
// does not name. A range or an ambiguous date is placed by its first date. Lanes beyond
// maxLanes outlets are grouped in OtherOutlets.
func BuildAxis(c *corpus.Corpus, evs []Event, in Period, maxLanes int) Axis {
	ax := Axis{In: in}
	if in.Date.Precision == corpus.PrecisionDay {
		in = in.Parent() // a day is shown among its month's days
	}
	lo, hi := in.Bounds()
	// Lanes: the outlets of the reported events' sources within the period, most events first;
	// spellings the outlet filter matches as one ("Reuters", "reuters") are one lane, under the
	// menu's spelling.
	spelling := library.OutletSpellings(c.Articles)
	outletOf := func(id string) string {
		if a, err := c.Article(id); err == nil && a.Outlet != "" {
			return spelling[a.Outlet]
		}
		return UnknownOutlet
	}
	var inView []*Event
	perOutlet := map[string]int{}
	for i := range evs {
		e := &evs[i]
		if !e.Dated() || e.Date.Start() < lo || e.Date.Start() > hi {
			continue
		}
		inView = append(inView, e)
		if e.Lane == LanePublished {
			continue
		}
		for _, o := range eventOutlets(e, outletOf) {
			perOutlet[o]++
		}
	}
	names := make([]string, 0, len(perOutlet))
	for o := range perOutlet {
		if o != UnknownOutlet {
			names = append(names, o)
		}
	}
	slices.SortFunc(names, func(a, b string) int {
		if perOutlet[a] != perOutlet[b] {
			return cmp.Compare(perOutlet[b], perOutlet[a])
		}
		return cmp.Compare(a, b)
	})
	lane := map[string]int{}
	for i, o := range names {
		if i < maxLanes {
			lane[o] = i
			ax.Lanes = append(ax.Lanes, o)
		}
	}
	if len(names) > maxLanes {
		for _, o := range names[maxLanes:] {
			lane[o] = len(ax.Lanes)
		}
		ax.Lanes = append(ax.Lanes, OtherOutlets)
	}
	if perOutlet[UnknownOutlet] > 0 {
		lane[UnknownOutlet] = len(ax.Lanes)
		ax.Lanes = append(ax.Lanes, UnknownOutlet)
	}
	// Columns.
	ax.Unit = in.childUnit()
	if in.Whole() {
		ax.Unit = wholeUnit(inView)
	}
	ax.Columns = axisColumns(in, inView, ax.Unit)
	col := map[Period]int{}
	for i, p := range ax.Columns {
		col[p] = i
	}
	ax.Counts = make([][]int, len(ax.Lanes))
	for i := range ax.Counts {
		ax.Counts[i] = make([]int, len(ax.Columns))
	}
	ax.Published = make([]int, len(ax.Columns))
	ax.Coarser = make([]int, len(ax.Lanes))
	for _, e := range inView {
		ci := -1
		if p, ok := columnOf(e.Date, ax.Unit); ok {
			if i, ok := col[p]; ok {
				ci = i
			}
		}
		if e.Lane == LanePublished {
			if ci >= 0 {
				ax.Published[ci] += len(e.Sources)
				ax.Max = max(ax.Max, ax.Published[ci])
			} else {
				ax.PublishedCoarser += len(e.Sources)
			}
			continue
		}
		seen := map[int]bool{}
		for _, o := range eventOutlets(e, outletOf) {
			l := lane[o]
			if seen[l] {
				continue
			}
			seen[l] = true
			if ci >= 0 {
				ax.Counts[l][ci]++
				ax.Max = max(ax.Max, ax.Counts[l][ci])
			} else {
				ax.Coarser[l]++
			}
		}
	}
	return ax
}

// eventOutlets lists the outlets of an event's sources, each once.
func eventOutlets(e *Event, outletOf func(string) string) []string {
	var out []string
	for _, s := range e.Sources {
		if o := outletOf(s.Article); !has(out, o) {
			out = append(out, o)
		}
	}
	return out
}

// columnOf returns the column of unit u that date d falls in, and false when d is coarser than
// the unit (a year-precise date on the axis of its year's months): it is never spread over
// periods it does not name.
func columnOf(d corpus.Date, u Unit) (Period, bool) {
	year := corpus.Date{Year: d.Year, Precision: corpus.PrecisionYear}
	switch u {
	case UnitCentury:
		year.Year = d.Year / Century * Century
		return Period{Date: year, Years: Century}, d.Precision >= corpus.PrecisionYear
	case UnitDecade:
		year.Year = d.Year / Decade * Decade
		return Period{Date: year, Years: Decade}, d.Precision >= corpus.PrecisionYear
	case UnitYear:
		return Period{Date: year}, d.Precision >= corpus.PrecisionYear
	case UnitMonth:
		return Period{Date: corpus.Date{Year: d.Year, Month: d.Month, Precision: corpus.PrecisionMonth}}, d.Precision >= corpus.PrecisionMonth
	}
	return Period{Date: corpus.Date{Year: d.Year, Month: d.Month, Day: d.Day, Precision: corpus.PrecisionDay}}, d.Precision >= corpus.PrecisionDay
}

// wholeUnit is the unit of the whole timeline's axis: years when the events' years fit
// MaxColumns columns, else decades when they fit MaxDecades, else centuries.
func wholeUnit(evs []*Event) Unit {
	first, last, ok := yearSpan(evs)
	switch {
	case !ok || last-first < MaxColumns:
		return UnitYear
	case last/Decade-first/Decade < MaxDecades:
		return UnitDecade
	}
	return UnitCentury
}

// yearSpan returns the first and last year of evs, and false when there is none.
func yearSpan(evs []*Event) (first, last int, ok bool) {
	for _, e := range evs {
		y := e.Date.Year
		if !ok || y < first {
			first = y
		}
		last, ok = max(last, y), true
	}
	return first, last, ok
}

// axisColumns cuts in into its sub-periods of unit u: on the whole timeline, every one from the
// first event's to the last's; a century's decades, a decade's years, a year's months, a
// month's days (a day's axis is its month's).
func axisColumns(in Period, evs []*Event, u Unit) []Period {
	var out []Period
	if in.Whole() {
		first, last, ok := yearSpan(evs)
		if !ok {
			return nil
		}
		step := map[Unit]int{UnitYear: 1, UnitDecade: Decade, UnitCentury: Century}[u]
		for y := first / step * step; y <= last; y += step {
			p, _ := columnOf(corpus.Date{Year: y, Precision: corpus.PrecisionYear}, u)
			out = append(out, p)
		}
		return out
	}
	switch u {
	case UnitDecade, UnitYear:
		step := map[Unit]int{UnitYear: 1, UnitDecade: Decade}[u]
		for y := in.Date.Year; y < in.Date.Year+in.Years; y += step {
			p, _ := columnOf(corpus.Date{Year: y, Precision: corpus.PrecisionYear}, u)
			out = append(out, p)
		}
	case UnitMonth:
		for m := 1; m <= 12; m++ {
			out = append(out, Period{Date: corpus.Date{Year: in.Date.Year, Month: m, Precision: corpus.PrecisionMonth}})
		}
	default:
		y, m := in.Date.Year, in.Date.Month
		for d := 1; d <= corpus.DaysIn(y, m); d++ {
			out = append(out, Period{Date: corpus.Date{Year: y, Month: m, Day: d, Precision: corpus.PrecisionDay}})
		}
	}
	return out
}

// InPeriod returns the dated events that can fall within p (see Event.Overlaps): first those
// dated within it or across its edge, in order, then those dated only to a longer time that
// holds it ("2004" in the view of 17 November 2004; see Event.Longer), in order; and how many
// are of the first kind. A day's view listed the year's events first, hundreds of them, and the
// day's own after them.
func InPeriod(evs []Event, p Period) (out []Event, within int) {
	lo, hi := p.Bounds()
	var longer []Event
	for i := range evs {
		switch {
		case !evs[i].Overlaps(lo, hi):
		case evs[i].Longer(lo, hi):
			longer = append(longer, evs[i])
		default:
			out = append(out, evs[i])
		}
	}
	return append(out, longer...), len(out)
}

// Window returns page (1-based) of evs, size events a page, the page actually shown (the last
// when page is past it) and the number of pages (at least 1).
func Window(evs []Event, page, size int) (win []Event, shown, pages int) {
	pages = max(1, (len(evs)+size-1)/size)
	shown = min(max(page, 1), pages)
	start := (shown - 1) * size
	end := min(start+size, len(evs))
	return evs[start:end:end], shown, pages
}
