package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus/search"
)

// Element IDs of the search filters.
const (
	filterOutletID = "search-outlet"
	filterFromID   = "search-from"
	filterToID     = "search-to"
)

// renderFilters is the outlet and date-range form. Outlet names stay out of attributes: options
// carry their index, and the URL gets the name.
func (p *searchPage) renderFilters() app.UI {
	q := p.query
	// Selected(false) would still be prerendered as a "selected" attribute: set only the true one.
	all := app.Option().Value("").Text("All outlets")
	if q.Outlet == "" {
		all = all.Selected(true)
	}
	options := []app.UI{all}
	for i, o := range p.outlets {
		opt := app.Option().Value(strconv.Itoa(i)).Text(o)
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
	filtered := q.Outlet != "" || q.From.Start() != 0 || q.To.Start() != 0
	clear := app.UI(app.Text(""))
	if filtered {
		clear = app.A().Class("filter-clear").Href(searchURL(search.Query{Text: q.Text}.Values())).Text("Clear filters")
	}
	return app.Form().Class("search-filters").Aria("label", "Filters").OnSubmit(p.onFilter).Body(
		app.Div().Class("filter").Body(
			app.Label().For(filterOutletID).Text("Outlet"),
			app.Select().ID(filterOutletID).OnChange(p.onFilter).Body(options...),
		),
		date(filterFromID, "From", q.From.ISO()),
		date(filterToID, "To", q.To.ISO()),
		app.Button().Type("submit").Class("button button-secondary").Text("Apply"),
		clear,
		app.P().ID("filter-date-hint").Class("filter-hint").Text("Dates as 2024, 2024-11 or 2024-11-17. Articles of unknown date are left out while a date is set."),
	)
}

// onFilter reads the form and navigates to the filtered search, keeping the words.
func (p *searchPage) onFilter(ctx app.Context, e app.Event) {
	defer recoverAndLog("search")
	if e.Get("type").String() == "submit" {
		e.PreventDefault()
	}
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
	ctx.Navigate(searchURL(v))
}
