package timeline

import (
	"cmp"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"parallax/corpus"
)

// Period is a stretch of the time axis: the whole timeline (the zero Period), a year, a month
// or a day. A view shows one period, its sub-periods on the axis and its events in a list.
type Period struct {
	// Date is the year, month or day; unknown for the whole timeline.
	Date corpus.Date
}

// ParsePeriod reads "" (the whole timeline), "2024", "2024-11" or "2024-11-17".
func ParsePeriod(s string) (Period, error) {
	if s = strings.TrimSpace(s); s == "" {
		return Period{}, nil
	}
	d, err := corpus.ParseDate(s)
	if err != nil {
		return Period{}, err
	}
	return Period{Date: d}, nil
}

// Key is the period as the URL writes it: "", "2024", "2024-11" or "2024-11-17".
func (p Period) Key() string { return p.Date.ISO() }

// Whole reports whether p is the whole timeline.
func (p Period) Whole() bool { return p.Date.Precision == corpus.PrecisionUnknown }

// Label names the period for readers: "All years", "2024", "November 2024", "17 November 2024".
func (p Period) Label() string {
	if p.Whole() {
		return "All years"
	}
	return p.Date.String()
}

// Bounds returns the first and last day of p as yyyymmdd; the whole timeline is 0, 99999999.
func (p Period) Bounds() (lo, hi int) {
	if p.Whole() {
		return 0, 99999999
	}
	return p.Date.Start(), p.Date.End()
}

// Parent is the period that holds p: a day's month, a month's year, a year's whole timeline.
func (p Period) Parent() Period {
	d := p.Date
	switch d.Precision {
	case corpus.PrecisionDay:
		return Period{corpus.Date{Year: d.Year, Month: d.Month, Precision: corpus.PrecisionMonth}}
	case corpus.PrecisionMonth:
		return Period{corpus.Date{Year: d.Year, Precision: corpus.PrecisionYear}}
	}
	return Period{}
}

// childPrecision is the precision of the periods the axis of p is cut into; a day's axis shows
// the days of its month.
func (p Period) childPrecision() corpus.Precision {
	switch p.Date.Precision {
	case corpus.PrecisionUnknown:
		return corpus.PrecisionYear
	case corpus.PrecisionYear:
		return corpus.PrecisionMonth
	}
	return corpus.PrecisionDay
}

// View is the part of the timeline's URL that says what is in view: the period (?at=) and the
// page of its events (?page=). Filters are in Query.
type View struct {
	At   Period
	Page int // 1-based
}

// ParseView reads at and page; a malformed value is left at its default and reported.
func ParseView(v url.Values) (View, error) {
	out := View{Page: 1}
	var problems []string
	if at, err := ParsePeriod(v.Get("at")); err != nil {
		problems = append(problems, "at: "+err.Error())
	} else {
		out.At = at
	}
	if s := strings.TrimSpace(v.Get("page")); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			shown := []rune(s)
			if len(shown) > 20 {
				shown = append(shown[:20], '…')
			}
			problems = append(problems, fmt.Sprintf("page: %q is not a page number", string(shown)))
		} else {
			out.Page = n
		}
	}
	if len(problems) > 0 {
		return out, fmt.Errorf("timeline link: %s", strings.Join(problems, "; "))
	}
	return out, nil
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
// every column is one year, one month or one day.
type Axis struct {
	In Period
	// Columns are the sub-periods, in order: every year from the first to the last that has an
	// event (at most MaxYears; beyond that only years with events, and Gaps is set), the 12
	// months of a year, or the days of a month.
	Columns []Period
	Gaps    bool
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

// MaxYears bounds the columns of the whole timeline's axis.
const MaxYears = 60

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
	child := in.childPrecision()
	// Lanes: the outlets of the reported events' sources within the period, most events first.
	outletOf := func(id string) string {
		if a, err := c.Article(id); err == nil && a.Outlet != "" {
			return a.Outlet
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
	ax.Columns = axisColumns(in, inView, child)
	if len(ax.Columns) > MaxYears && in.Whole() {
		ax.Columns, ax.Gaps = axisYears(inView), true
	}
	col := map[int]int{} // a column's first day → its index
	for i, p := range ax.Columns {
		col[p.Date.Start()] = i
	}
	ax.Counts = make([][]int, len(ax.Lanes))
	for i := range ax.Counts {
		ax.Counts[i] = make([]int, len(ax.Columns))
	}
	ax.Published = make([]int, len(ax.Columns))
	ax.Coarser = make([]int, len(ax.Lanes))
	for _, e := range inView {
		ci, fine := -1, e.Date.Precision >= child
		if fine {
			if i, ok := col[cutTo(e.Date, child).Start()]; ok {
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

// cutTo cuts d to precision p (a year, month or day).
func cutTo(d corpus.Date, p corpus.Precision) corpus.Date {
	switch p {
	case corpus.PrecisionYear:
		return corpus.Date{Year: d.Year, Precision: p}
	case corpus.PrecisionMonth:
		return corpus.Date{Year: d.Year, Month: d.Month, Precision: p}
	}
	return corpus.Date{Year: d.Year, Month: d.Month, Day: d.Day, Precision: corpus.PrecisionDay}
}

// axisColumns cuts in into its sub-periods: years from the first to the last event, a year's
// months, a month's days (a day's axis is its month's).
func axisColumns(in Period, evs []*Event, child corpus.Precision) []Period {
	var out []Period
	switch child {
	case corpus.PrecisionYear:
		first, last := 0, 0
		for _, e := range evs {
			y := e.Date.Year
			if first == 0 || y < first {
				first = y
			}
			last = max(last, y)
		}
		if first == 0 {
			return nil
		}
		for y := first; y <= last; y++ {
			out = append(out, Period{corpus.Date{Year: y, Precision: corpus.PrecisionYear}})
		}
	case corpus.PrecisionMonth:
		for m := 1; m <= 12; m++ {
			out = append(out, Period{corpus.Date{Year: in.Date.Year, Month: m, Precision: corpus.PrecisionMonth}})
		}
	default:
		y, m := in.Date.Year, in.Date.Month
		for d := 1; d <= corpus.DaysIn(y, m); d++ {
			out = append(out, Period{corpus.Date{Year: y, Month: m, Day: d, Precision: corpus.PrecisionDay}})
		}
	}
	return out
}

func axisYears(evs []*Event) []Period {
	var years []int
	for _, e := range evs {
		if !slices.Contains(years, e.Date.Year) {
			years = append(years, e.Date.Year)
		}
	}
	slices.Sort(years)
	out := make([]Period, len(years))
	for i, y := range years {
		out[i] = Period{corpus.Date{Year: y, Precision: corpus.PrecisionYear}}
	}
	return out
}

// InPeriod returns the dated events that can fall within p (see Event.Overlaps), in order.
func InPeriod(evs []Event, p Period) []Event {
	lo, hi := p.Bounds()
	var out []Event
	for i := range evs {
		if evs[i].Overlaps(lo, hi) {
			out = append(out, evs[i])
		}
	}
	return out
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
