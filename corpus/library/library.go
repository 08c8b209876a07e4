// Package library selects, orders and windows the articles a library view shows: filters by
// outlet, section, publication date range and whether a date is known, a sort order and a page, all read
// from and written to URL parameters so that a link restores the same view.
//
// The work per query is linear in the corpus (one pass to filter, one sort of what passes) and
// what it returns is bounded by PageSize, whatever the corpus size.
package library

import (
	"cmp"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"parallax/corpus"
)

// PageSize is the number of articles a page of the library shows.
const PageSize = 50

// Sort orders, as they appear in the URL (?sort=…).
const (
	SortNewest = "newest"
	SortOldest = "oldest"
	SortTitle  = "title"
	SortOutlet = "outlet"
)

// Sorts lists the sort orders, the default first.
var Sorts = []string{SortNewest, SortOldest, SortTitle, SortOutlet}

// Dated filter values (?dated=…).
const (
	DatedAny  = ""
	DatedOnly = "yes"
	DatedNot  = "no"
)

// UnknownOutlet is the outlet filter value for articles whose outlet is unknown.
const UnknownOutlet = corpus.UnknownOutlet

// Query is the state of the library view.
type Query struct {
	// Outlet keeps one outlet's articles (UnknownOutlet: those without one); "" keeps all.
	Outlet string
	// Section keeps one section's articles (corpus.Article.Section, any case); "" keeps all.
	Section string
	// From and To keep articles whose publication date overlaps the range; unknown leaves that
	// end open. A date range drops undated articles, which have no place in any range.
	From, To corpus.Date
	// Dated is DatedAny, DatedOnly or DatedNot.
	Dated string
	// Sort is one of Sorts.
	Sort string
	// Page is 1-based.
	Page int
}

// ParseQuery reads a query from URL parameters outlet, section, from, to (YYYY, YYYY-MM or
// YYYY-MM-DD), dated (yes, no), sort (newest, oldest, title, outlet) and page (1, 2, …). A
// malformed value is left at its default and reported in the error, one joined error each
// (errors.Join), worded for the reader, so a damaged link still shows a library and says what
// it ignored. Dates the wrong way round are swapped and reported with corpus.ErrRangeSwapped.
func ParseQuery(v url.Values) (Query, error) {
	q := Query{Outlet: strings.TrimSpace(v.Get("outlet")), Section: strings.TrimSpace(v.Get("section")), Sort: SortNewest, Page: 1}
	var errs []error
	q.From, q.To = corpus.DateParams(v, func(name string, err error) {
		errs = append(errs, fmt.Errorf("%s date: %w", name, err))
	})
	if q.From.Precision != corpus.PrecisionUnknown && q.To.Precision != corpus.PrecisionUnknown && q.From.Start() > q.To.End() {
		q.From, q.To = q.To, q.From
		errs = append(errs, fmt.Errorf("%w: showing %s to %s", corpus.ErrRangeSwapped, q.From.ISO(), q.To.ISO()))
	}
	switch d := strings.TrimSpace(v.Get("dated")); d {
	case DatedAny, DatedOnly, DatedNot:
		q.Dated = d
	default:
		errs = append(errs, fmt.Errorf("date filter: %q is not yes or no", short(d)))
	}
	if s := strings.TrimSpace(v.Get("sort")); s != "" {
		if slices.Contains(Sorts, s) {
			q.Sort = s
		} else {
			errs = append(errs, fmt.Errorf("sort: %q is not newest, oldest, title or outlet", short(s)))
		}
	}
	if n, err := corpus.ParsePage(v.Get("page")); err != nil {
		errs = append(errs, err)
	} else if n > 0 {
		q.Page = n
	}
	if q.Dated == DatedNot && q.Ranged() {
		errs = append(errs, errors.New("“undated only”: a date range selects dated articles only"))
		q.Dated = DatedAny
	}
	return q, errors.Join(errs...)
}

func short(s string) string {
	if r := []rune(s); len(r) > 20 {
		return string(r[:20]) + "…"
	}
	return s
}

// Values writes q as URL parameters, leaving out what is at its default.
func (q Query) Values() url.Values {
	v := url.Values{}
	if q.Outlet != "" {
		v.Set("outlet", q.Outlet)
	}
	if q.Section != "" {
		v.Set("section", q.Section)
	}
	corpus.SetDateParams(v, q.From, q.To)
	if q.Dated != DatedAny {
		v.Set("dated", q.Dated)
	}
	if q.Sort != SortNewest && q.Sort != "" {
		v.Set("sort", q.Sort)
	}
	if q.Page > 1 {
		v.Set("page", strconv.Itoa(q.Page))
	}
	return v
}

// Ranged reports whether a publication date range is set.
func (q Query) Ranged() bool {
	return q.From.Precision != corpus.PrecisionUnknown || q.To.Precision != corpus.PrecisionUnknown
}

// Filtered reports whether any filter (not the sort or the page) is set.
func (q Query) Filtered() bool { return q.Active() > 0 }

// Active counts the filters set: outlet, section, each end of the date range, and dated.
func (q Query) Active() int {
	n := 0
	for _, set := range []bool{q.Outlet != "", q.Section != "", q.From.Precision != corpus.PrecisionUnknown,
		q.To.Precision != corpus.PrecisionUnknown, q.Dated != DatedAny} {
		if set {
			n++
		}
	}
	return n
}

// Result is one page of the articles that pass a query.
type Result struct {
	// Items are at most PageSize articles, the ones of the page asked for.
	Items []*corpus.Article
	// Matched counts every article that passes the filters; Dated and Undated split it.
	Matched, Dated, Undated int
	// Page is the page shown (1-based) and Pages the number of pages (at least 1). When the
	// query asked for a page past the last, Page is the last and PageClamped is set.
	Page, Pages int
	PageClamped bool
	// First is the 1-based position of Items[0] among the matches (0 when there are none).
	First int
}

// Apply filters arts by q, sorts what passes and returns the page q asks for. arts is not
// modified. Undated articles come last in both date orders: guessing a place would invent data.
func Apply(arts []*corpus.Article, q Query) Result {
	lo, hi := 0, 99999999
	if q.From.Precision != corpus.PrecisionUnknown {
		lo = q.From.Start()
	}
	if q.To.Precision != corpus.PrecisionUnknown {
		hi = q.To.End()
	}
	var r Result
	keep := make([]*corpus.Article, 0, len(arts))
	for _, a := range arts {
		d := a.Published.Date
		dated := d.Precision != corpus.PrecisionUnknown
		switch {
		case q.Outlet != "" && !OutletIs(a, q.Outlet),
			q.Section != "" && !strings.EqualFold(a.Section, q.Section),
			q.Dated == DatedOnly && !dated,
			q.Dated == DatedNot && dated,
			q.Ranged() && (!dated || d.Start() > hi || d.End() < lo):
			continue
		}
		if dated {
			r.Dated++
		} else {
			r.Undated++
		}
		keep = append(keep, a)
	}
	Sort(keep, q.Sort)
	r.Matched = len(keep)
	r.Pages = max(1, (len(keep)+PageSize-1)/PageSize)
	r.Page = max(1, q.Page)
	if r.Page > r.Pages {
		r.Page, r.PageClamped = r.Pages, true
	}
	start := (r.Page - 1) * PageSize
	end := min(start+PageSize, len(keep))
	r.Items = keep[start:end:end]
	if len(r.Items) > 0 {
		r.First = start + 1
	}
	return r
}

// Sort orders arts in place by order (one of Sorts; anything else sorts newest first). Ties
// fall back on the title, then the ID, so that every order is total and pages never overlap.
// Keys are folded once per article, not once per comparison: a title sort of 10,000 articles
// otherwise spends most of its time lower-casing.
func Sort(arts []*corpus.Article, order string) {
	type keyed struct {
		a             *corpus.Article
		title, outlet string
		date          int // Start(), 0 when undated
	}
	ks := make([]keyed, len(arts))
	for i, a := range arts {
		ks[i] = keyed{a: a, title: strings.ToLower(a.Title), date: a.Published.Date.Start()}
		if order == SortOutlet {
			ks[i].outlet = strings.ToLower(a.Outlet)
		}
	}
	byTitle := func(a, b *keyed) int {
		if c := cmp.Compare(a.title, b.title); c != 0 {
			return c
		}
		return cmp.Compare(a.a.ID, b.a.ID)
	}
	byDate := func(a, b *keyed, newest bool) int {
		switch {
		case a.date == b.date:
			return 0
		case a.date == 0:
			return 1
		case b.date == 0:
			return -1
		case newest:
			return cmp.Compare(b.date, a.date)
		}
		return cmp.Compare(a.date, b.date)
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		switch order {
		case SortTitle:
			return byTitle(&a, &b)
		case SortOutlet:
			switch {
			case a.outlet == b.outlet:
			case a.outlet == "":
				return 1
			case b.outlet == "":
				return -1
			default:
				return cmp.Compare(a.outlet, b.outlet)
			}
			if c := byDate(&a, &b, true); c != 0 {
				return c
			}
			return byTitle(&a, &b)
		case SortOldest:
			if c := byDate(&a, &b, false); c != 0 {
				return c
			}
			return byTitle(&a, &b)
		}
		if c := byDate(&a, &b, true); c != 0 {
			return c
		}
		return byTitle(&a, &b)
	})
	for i := range ks {
		arts[i] = ks[i].a
	}
}

// OutletIs reports whether a's outlet is the filter value outlet (any case; UnknownOutlet
// matches an article with no outlet).
func OutletIs(a *corpus.Article, outlet string) bool { return a.OutletIs(outlet) }

// Count is a value of a facet (an outlet, a section) and the number of articles that have it.
type Count struct {
	Name  string
	Count int
}

// Outlets counts the articles of each outlet, most articles first, then by name; articles with
// no outlet count under UnknownOutlet, listed last. Spellings that differ only in case are one
// outlet, as the filter has them (see counts).
func Outlets(arts []*corpus.Article) []Count {
	out, unknown := counts(arts, func(a *corpus.Article) string { return a.Outlet })
	if unknown > 0 {
		out = append(out, Count{UnknownOutlet, unknown})
	}
	return out
}

// OutletNames lists Outlets' names without their counts, for the menus that show none (search,
// timeline): every view's outlet menu then groups spellings, and ranks them, as the library's
// does, so that no two entries select the same articles.
func OutletNames(arts []*corpus.Article) []string {
	counted := Outlets(arts)
	out := make([]string, len(counted))
	for i, c := range counted {
		out[i] = c.Name
	}
	return out
}

// OutletSpellings maps each outlet arts write, as written, to the spelling its entry in the outlet
// menu shows (see Outlets): with "Reuters" on most articles, "reuters" → "Reuters". An article with
// no outlet adds nothing.
func OutletSpellings(arts []*corpus.Article) map[string]string {
	shown := map[string]string{} // folded → the menu's spelling
	for _, name := range OutletNames(arts) {
		shown[foldCase(name)] = name
	}
	out := map[string]string{}
	for _, a := range arts {
		if a.Outlet != "" {
			out[a.Outlet] = shown[foldCase(a.Outlet)]
		}
	}
	return out
}

// Sections counts the articles of each section, most articles first, then by name. Articles
// at the top of the corpus folder have no section and are not counted: an empty list means the
// corpus has no sections. Spellings that differ only in case ("News", "news") are one section,
// as the filter has them (see counts).
func Sections(arts []*corpus.Article) []Count {
	out, _ := counts(arts, func(a *corpus.Article) string { return a.Section })
	return out
}

// counts counts the articles under each non-empty key, most first, then by name, and the
// articles whose key is empty. Keys equal under Unicode case folding are counted as one, named
// by the spelling most of those articles use (of equally common ones, the first in byte order):
// the filters match a name with strings.EqualFold, so each entry's count is what choosing it
// selects, and no two entries select the same articles. Accents and widths are not folded,
// because the filters do not fold them.
func counts(arts []*corpus.Article, key func(*corpus.Article) string) (out []Count, empty int) {
	spelled := map[string]int{}
	var spellings []string
	for _, a := range arts {
		k := key(a)
		if k == "" {
			empty++
			continue
		}
		if spelled[k] == 0 {
			spellings = append(spellings, k)
		}
		spelled[k]++
	}
	group := map[string]int{} // folded key → index in out
	most := make([]int, 0, len(spellings))
	out = make([]Count, 0, len(spellings)+1)
	for _, k := range spellings {
		n := spelled[k]
		f := foldCase(k)
		i, ok := group[f]
		if !ok {
			group[f] = len(out)
			out = append(out, Count{k, n})
			most = append(most, n)
			continue
		}
		out[i].Count += n
		if n > most[i] || n == most[i] && k < out[i].Name {
			out[i].Name, most[i] = k, n
		}
	}
	slices.SortFunc(out, func(a, b Count) int {
		if a.Count != b.Count {
			return cmp.Compare(b.Count, a.Count)
		}
		return cmp.Compare(a.Name, b.Name)
	})
	return out, empty
}

// foldCase maps s to one spelling of all those strings.EqualFold takes for it: each rune
// becomes the least rune of its case-folding orbit ("K", "k" and the Kelvin sign are all "K";
// "σ" and "ς" both "Σ"). strings.ToLower would not do: it leaves "ς" and "ſ" apart from "σ" and
// "s", which EqualFold matches.
func foldCase(s string) string {
	return strings.Map(func(r rune) rune {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		return least
	}, s)
}
