package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/timeline"
)

// Element IDs of the timeline filters.
const (
	tlOutletID  = "tl-outlet"
	tlEntityID  = "tl-entity"
	tlFromID    = "tl-from"
	tlToID      = "tl-to"
	tlFiltersID = "tl-filters"
)

// renderFilters is the outlet, entity and date-range form. Names stay out of attributes:
// options carry their index, and the URL gets the name.
func (p *timelinePage) renderFilters() app.UI {
	q := p.query
	date := func(id, label string, d corpus.Date) app.UI {
		return app.Div().Class("filter").Body(
			app.Label().For(attrText(id)).Text(label),
			app.Input().ID(attrText(id)).Type("text").Class("filter-date").Attr("inputmode", "numeric").
				Placeholder("YYYY-MM-DD").Pattern(`\d{4}(-\d{2}){0,2}`).Size(10).
				Aria("describedby", "tl-date-hint").Value(attrText(d.ISO())),
		)
	}
	clear := app.UI(app.Text(""))
	if q.Filtered() {
		clear = app.A().Class("filter-clear").Href(timelineURL(timeline.View{At: p.view.At}.Set(timeline.Query{Zoom: q.Zoom}.Values()))).Text("Clear filters")
	}
	return foldableFilters(tlFiltersID, p.filtersOpen, q.Active(), p.onToggleFilters, app.Form().Class("tl-filters").Aria("label", "Filters").OnSubmit(p.onFilter).Body(
		app.Div().Class("filter").Body(
			app.Label().For(tlOutletID).Text("Outlet"),
			app.Select().ID(tlOutletID).OnChange(p.onFilter).Body(options("All outlets", p.outlets, q.Outlet, outletChoice)...),
		),
		app.Div().Class("filter").Body(
			app.Label().For(tlEntityID).Text("Names"),
			app.Select().ID(tlEntityID).OnChange(p.onFilter).Body(options("Anyone, anything", p.entities, q.Entity, nil)...),
		),
		date(tlFromID, "From", q.From),
		date(tlToID, "To", q.To),
		app.Button().Type("submit").Class("button button-secondary").Text("Apply"),
		clear,
		app.Input().Type("hidden").Name("at").Value(attrText(p.view.At.Key())),
		app.P().ID("tl-date-hint").Class("filter-hint").Text("Dates as 2024, 2024-11 or 2024-11-17. An entry is shown when its period overlaps the range."),
	))
}

func (p *timelinePage) onToggleFilters(ctx app.Context, e app.Event) {
	p.filtersOpen = !p.filtersOpen
}

// options lists choices by index, selecting the one equal to current (any case).
func options(all string, choices []string, current string, label func(string) string) []app.UI {
	// Selected(false) would still be prerendered as a "selected" attribute: set only the true one.
	first := app.Option().Value("").Text(all)
	if current == "" {
		first = first.Selected(true)
	}
	out := []app.UI{first}
	for i, c := range choices {
		text := c
		if label != nil {
			text = label(c)
		}
		opt := app.Option().Value(strconv.Itoa(i)).Dir("auto").Text(text)
		if strings.EqualFold(c, current) {
			opt = opt.Selected(true)
		}
		out = append(out, opt)
	}
	return out
}

// onFilter reads the form and navigates to the filtered timeline, keeping the period in view.
func (p *timelinePage) onFilter(ctx app.Context, e app.Event) {
	defer recoverAndLog("timeline filter")
	if e.Get("type").String() == "submit" {
		e.PreventDefault()
	}
	doc := app.Window()
	q := timeline.Query{Zoom: p.query.Zoom}
	pick := func(id string, choices []string) string {
		i, err := strconv.Atoi(doc.GetElementByID(id).Get("value").String())
		if err != nil || i < 0 || i >= len(choices) {
			return ""
		}
		return choices[i]
	}
	q.Outlet = pick(tlOutletID, p.outlets)
	q.Entity = pick(tlEntityID, p.entities)
	v := q.Values()
	for id, key := range map[string]string{tlFromID: "from", tlToID: "to"} {
		if s := strings.TrimSpace(doc.GetElementByID(id).Get("value").String()); s != "" {
			v.Set(key, s)
		}
	}
	ctx.Navigate(timelineURL(timeline.View{At: p.view.At}.Set(v)))
}
