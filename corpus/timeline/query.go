package timeline

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"parallax/corpus"
	"parallax/corpus/library"
)

// Zoom is how finely the timeline groups its events.
type Zoom uint8

// Zoom levels, from the coarsest.
const (
	ZoomYears Zoom = iota
	ZoomMonths
	ZoomDays
)

var zoomNames = [...]string{"years", "months", "days"}

func (z Zoom) String() string {
	if int(z) < len(zoomNames) {
		return zoomNames[z]
	}
	return "months"
}

// UnknownOutlet is the outlet filter value that selects articles whose outlet is unknown.
const UnknownOutlet = corpus.UnknownOutlet

// Query is the state of the timeline view, read from and written to its URL.
type Query struct {
	// Outlet keeps the sources of one outlet (UnknownOutlet for those without one).
	Outlet string
	// Entity keeps the sources whose sentence names this entity (canonical name, any case).
	Entity string
	// From and To keep the events that overlap the range; an unknown date leaves it open.
	From, To corpus.Date
	Zoom     Zoom
}

// ParseQuery reads a query from URL parameters outlet, entity, from, to (YYYY, YYYY-MM or
// YYYY-MM-DD) and zoom (years, months, days). A malformed parameter is left out of the query
// and reported, one joined error each (errors.Join), worded for the reader, so that a damaged
// link still shows a timeline. Dates the wrong way round are swapped and reported with
// corpus.ErrRangeSwapped.
func ParseQuery(v url.Values) (Query, error) {
	q := Query{Outlet: strings.TrimSpace(v.Get("outlet")), Entity: strings.TrimSpace(v.Get("entity")), Zoom: ZoomMonths}
	var errs []error
	q.From, q.To = corpus.DateParams(v, func(name string, err error) {
		errs = append(errs, fmt.Errorf("%s date: %w", name, err))
	})
	if z := strings.TrimSpace(v.Get("zoom")); z != "" {
		found := false
		for i, n := range zoomNames {
			if z == n {
				q.Zoom, found = Zoom(i), true
			}
		}
		if !found {
			errs = append(errs, fmt.Errorf("zoom: %q is not years, months or days", z))
		}
	}
	if q.From.Precision != corpus.PrecisionUnknown && q.To.Precision != corpus.PrecisionUnknown && q.From.Start() > q.To.End() {
		q.From, q.To = q.To, q.From
		errs = append(errs, fmt.Errorf("%w: showing %s to %s", corpus.ErrRangeSwapped, q.From.ISO(), q.To.ISO()))
	}
	return q, errors.Join(errs...)
}

// Values writes q as URL parameters, leaving out what is at its default.
func (q Query) Values() url.Values {
	v := url.Values{}
	if q.Outlet != "" {
		v.Set("outlet", q.Outlet)
	}
	if q.Entity != "" {
		v.Set("entity", q.Entity)
	}
	corpus.SetDateParams(v, q.From, q.To)
	if q.Zoom != ZoomMonths {
		v.Set("zoom", q.Zoom.String())
	}
	return v
}

// Filtered reports whether any filter is set.
func (q Query) Filtered() bool { return q.Active() > 0 }

// Active counts the filters set: outlet, entity and each end of the date range.
func (q Query) Active() int {
	n := 0
	for _, set := range []bool{q.Outlet != "", q.Entity != "", q.From.Precision != corpus.PrecisionUnknown,
		q.To.Precision != corpus.PrecisionUnknown} {
		if set {
			n++
		}
	}
	return n
}

// Filter returns the events that pass q, each keeping only its sources that pass. Publication
// dates pass the entity filter when their article names the entity; undated mentions are
// dropped when a date range is set. evs is not modified.
func Filter(c *corpus.Corpus, evs []Event, q Query) []Event {
	if !q.Filtered() {
		return evs
	}
	lo, hi := 0, 99999999
	if q.From.Precision != corpus.PrecisionUnknown {
		lo = q.From.Start()
	}
	if q.To.Precision != corpus.PrecisionUnknown {
		hi = q.To.End()
	}
	ranged := lo != 0 || hi != 99999999
	entity := strings.ToLower(q.Entity)
	var out []Event
	for _, e := range evs {
		if !e.Dated() && ranged || e.Dated() && !e.Overlaps(lo, hi) {
			continue
		}
		var keep []Source
		for _, s := range e.Sources {
			a, err := c.Article(s.Article)
			if err != nil {
				continue
			}
			if q.Outlet != "" && !outletIs(a, q.Outlet) {
				continue
			}
			if entity != "" && !names(a, s, e.Lane, entity) {
				continue
			}
			keep = append(keep, s)
		}
		if len(keep) > 0 {
			e.Sources = keep
			out = append(out, e)
		}
	}
	return out
}

func outletIs(a *corpus.Article, outlet string) bool {
	if a.Outlet == "" {
		return strings.EqualFold(outlet, UnknownOutlet)
	}
	return strings.EqualFold(a.Outlet, outlet)
}

// names reports whether the source names the entity; a publication names what its article does.
func names(a *corpus.Article, s Source, lane Lane, entity string) bool {
	if lane == LanePublished {
		for _, p := range a.Paragraphs {
			for _, st := range p.Sentences {
				for _, m := range st.Mentions {
					if strings.ToLower(m.Entity) == entity {
						return true
					}
				}
			}
		}
		return false
	}
	for _, e := range s.Entities {
		if strings.ToLower(e) == entity {
			return true
		}
	}
	return false
}

// Outlets lists the outlet filter values of c as the library's menu has them
// (library.OutletNames): outlets spelt alike but for case, which the filter (outletIs) matches
// as one, are one value, under the spelling most of their articles use; most articles first,
// then UnknownOutlet if an article has none.
func Outlets(c *corpus.Corpus) []string {
	return library.OutletNames(c.Articles)
}

// Entities lists the entities named by the dated events' sources, most frequent first. Names
// the entity filter matches as one (it ignores case: "ABC", "Abc") are one entry, under the
// spelling most sources use (of equally common ones, the first in byte order).
func Entities(evs []Event) []string {
	spelled := map[string]int{}
	var spellings []string
	for _, e := range evs {
		if !e.Dated() {
			continue
		}
		for _, s := range e.Sources {
			for _, n := range s.Entities {
				if spelled[n] == 0 {
					spellings = append(spellings, n)
				}
				spelled[n]++
			}
		}
	}
	count := map[string]int{} // shown spelling → sources
	at := map[string]int{}    // lower case → index in names of its shown spelling
	var names []string
	for _, n := range spellings {
		k := strings.ToLower(n)
		i, ok := at[k]
		if !ok {
			at[k] = len(names)
			names = append(names, n)
			count[n] = spelled[n]
			continue
		}
		cur := names[i]
		if spelled[n] > spelled[cur] || spelled[n] == spelled[cur] && n < cur {
			count[n] = count[cur] + spelled[n]
			delete(count, cur)
			names[i] = n
		} else {
			count[cur] += spelled[n]
		}
	}
	sortByCount(names, count)
	return names
}

// sortByCount orders names by count, most first, then by name. The names grow with a real
// corpus (1,417 on 2,226 BBC articles), so the sort must not be quadratic.
func sortByCount(names []string, count map[string]int) {
	slices.SortFunc(names, func(a, b string) int {
		if d := count[b] - count[a]; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
}
