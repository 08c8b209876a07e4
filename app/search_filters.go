package app

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/search"
)

// Element IDs of the search filters.
const (
	filterOutletID = "search-outlet"
	filterFromID   = "search-from"
	filterToID     = "search-to"
	filtersID      = "search-filters"
)

// activeFilters counts the filters the query applies, for the toggle that folds them away.
func activeFilters(q search.Query) int {
	n := 0
	if q.Outlet != "" {
		n++
	}
	if q.From.Start() != 0 {
		n++
	}
	if q.To.Start() != 0 {
		n++
	}
	return n
}

// searchOutletChoices bounds the outlet menu, so that a corpus of thousands of outlets (a
// collection of blogs) does not put thousands of options in the page; a link can still name any.
const searchOutletChoices = 40

// outletChoices returns the menu's outlets: all (the engine's list, ranked and grouped by case
// as the library's menu is), or its first searchOutletChoices and the current one whatever its
// rank; and how many are left out.
func outletChoices(all []string, current string) ([]string, int) {
	if len(all) <= searchOutletChoices {
		return all, 0
	}
	shown := all[:searchOutletChoices:searchOutletChoices]
	if current != "" && !slices.ContainsFunc(shown, func(o string) bool { return strings.EqualFold(o, current) }) {
		for _, o := range all[searchOutletChoices:] {
			if strings.EqualFold(o, current) {
				shown = append(shown, o)
				break
			}
		}
	}
	return shown, len(all) - len(shown)
}

// renderFilters is the outlet and date-range form, behind a toggle on a phone that says how
// many filters are active. Outlet names stay out of attributes: options carry their index, and
// the URL gets the name.
func (p *searchPage) renderFilters() app.UI {
	q := p.query
	// Selected(false) would still be prerendered as a "selected" attribute: set only the true one.
	all := app.Option().Value("").Text("All outlets")
	if q.Outlet == "" {
		all = all.Selected(true)
	}
	options := []app.UI{all}
	for i, o := range p.outlets {
		opt := app.Option().Value(strconv.Itoa(i)).Dir("auto").Text(outletChoice(o))
		if strings.EqualFold(o, q.Outlet) {
			opt = opt.Selected(true)
		}
		options = append(options, opt)
	}
	date := func(id, label, value string) app.UI {
		return app.Div().Class("filter").Body(
			app.Label().For(attrText(id)).Text(label),
			app.Input().ID(attrText(id)).Type("text").Class("filter-date").Attr("inputmode", "numeric").
				Placeholder("YYYY-MM-DD").Pattern(`\d{4}(-\d{2}){0,2}`).Size(10).
				Aria("describedby", "filter-date-hint").Value(attrText(value)),
		)
	}
	n := activeFilters(q)
	clear := app.UI(app.Text(""))
	if n > 0 {
		clear = app.A().Class("filter-clear").Href(searchURL(search.Query{Text: q.Text}.Values())).Text("Clear filters")
	}
	return foldableFilters(filtersID, p.filtersOpen, n, p.onToggleFilters,
		app.Form().Class("search-filters").Aria("label", "Filters").OnSubmit(p.onFilter).Body(
			app.Div().Class("filter").Body(
				app.Label().For(filterOutletID).Text("Outlet"),
				app.Select().ID(filterOutletID).OnChange(p.onOutlet).Body(options...),
			),
			date(filterFromID, "From", q.From.ISO()),
			date(filterToID, "To", q.To.ISO()),
			app.Button().Type("submit").Class("button button-secondary").Text("Apply"),
			clear,
			app.P().ID("filter-date-hint").Class("filter-hint").Text(p.filterHint()),
		),
	)
}

func (p *searchPage) onToggleFilters(ctx app.Context, e app.Event) {
	p.filtersOpen = !p.filtersOpen
}

// filterURL reads the form into the URL of the filtered search, keeping the words.
func (p *searchPage) filterURL() string {
	doc := app.Window()
	v := search.Query{Text: p.query.Text}.Values()
	if i, err := strconv.Atoi(doc.GetElementByID(filterOutletID).Get("value").String()); err == nil && i >= 0 && i < len(p.outlets) {
		v.Set("outlet", p.outlets[i])
	}
	for id, key := range map[string]string{filterFromID: "from", filterToID: "to"} {
		if s := strings.TrimSpace(doc.GetElementByID(id).Get("value").String()); s != "" {
			v.Set(key, s)
		}
	}
	return searchURL(v)
}

// onFilter applies the form (Apply, or Enter in a date) as a new history entry.
func (p *searchPage) onFilter(ctx app.Context, e app.Event) {
	defer recoverAndLog("search")
	e.PreventDefault()
	ctx.Navigate(p.filterURL())
}

// onOutlet applies a new outlet at once but replaces the history entry: a closed dropdown
// changes on every arrow key, and each press must not become a step for Back to undo.
func (p *searchPage) onOutlet(ctx app.Context, e app.Event) {
	defer recoverAndLog("search")
	u, err := url.Parse(p.filterURL())
	if err != nil {
		return
	}
	ctx.Page().ReplaceURL(u)
	// The header's search box keeps the filters of the URL for the next words typed.
	ctx.NewActionWithValue(actionSearchURL, u)
}

// onlySwapped reports whether a view's query error says nothing but that its dates were
// swapped: the link was read whole.
func onlySwapped(err error) bool {
	for _, e := range joined(err) {
		if !errors.Is(e, corpus.ErrRangeSwapped) {
			return false
		}
	}
	return true
}

// joined lists the errors an errors.Join holds, at any depth (a view may join the errors of two
// parsers); any other error is its own list.
func joined(err error) []error {
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		if err == nil {
			return nil
		}
		return []error{err}
	}
	var out []error
	for _, e := range j.Unwrap() {
		out = append(out, joined(e)...)
	}
	return out
}

// filterNotices words what a view's ParseQuery reported (search's or the library's): a
// swapped range was applied, anything else was left out.
func filterNotices(err error) []app.UI {
	if err == nil {
		return nil
	}
	var out []app.UI
	for _, e := range joined(err) {
		if errors.Is(e, corpus.ErrRangeSwapped) {
			out = append(out, app.Li().Class("search-swapped").Text(
				"The dates were the wrong way round, so they were swapped: "+
					strings.TrimPrefix(e.Error(), corpus.ErrRangeSwapped.Error()+": ")+"."))
			continue
		}
		// The parsers quote the link's values as %q does.
		out = append(out, app.Li().Body(cat(message{words("Ignored a filter: ")}, goQuoted(e.Error()), message{words(".")}).ui()...))
	}
	return out
}

// filterHint explains the date fields and, when the menu leaves outlets out, which it lists.
func (p *searchPage) filterHint() string {
	hint := "Dates as 2024, 2024-11 or 2024-11-17. Articles of unknown date are left out while a date is set."
	if p.moreOutlets > 0 {
		hint += fmt.Sprintf(" The menu lists the %d outlets with the most articles; %s more can be named in a link (outlet=…).",
			len(p.outlets), thousands(p.moreOutlets))
	}
	return hint
}
