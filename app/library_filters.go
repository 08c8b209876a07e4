package app

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/library"
)

// Element IDs of the library filters.
const (
	libOutletID  = "lib-outlet"
	libSectionID = "lib-section"
	libFromID    = "lib-from"
	libToID      = "lib-to"
	libDatedID   = "lib-dated"
	libSortID    = "lib-sort"
	libFiltersID = "lib-filters"
)

// renderFilters is a plain GET form, so it works before the app starts too; once it runs,
// onFilter navigates without reloading.
func (p *libraryPage) renderFilters() app.UI {
	q := p.query
	opts := []app.UI{selectedIf(app.Option().Value(""), q.Outlet == "").Text(fmt.Sprintf("All outlets (%s)", thousands(p.total)))}
	for _, o := range p.outlets {
		opts = append(opts, selectedIf(app.Option().Value(attrText(o.Name)), strings.EqualFold(o.Name, q.Outlet)).Dir("auto").
			Text(fmt.Sprintf("%s (%s)", outletChoice(o.Name), thousands(o.Count))))
	}
	section := app.UI(app.Text(""))
	if len(p.sections) > 0 {
		sopts := []app.UI{selectedIf(app.Option().Value(""), q.Section == "").Text("All sections")}
		for _, s := range p.sections {
			sopts = append(sopts, selectedIf(app.Option().Value(attrText(s.Name)), strings.EqualFold(s.Name, q.Section)).Dir("auto").
				Text(fmt.Sprintf("%s (%s)", s.Name, thousands(s.Count))))
		}
		section = app.Div().Class("filter").Body(
			app.Label().For(libSectionID).Text("Section"),
			app.Select().ID(libSectionID).Name("section").Body(sopts...),
		)
	}
	dated := func(v, label string) app.UI {
		return selectedIf(app.Option().Value(attrText(v)), q.Dated == v).Text(label)
	}
	date := func(id, name, label string, d corpus.Date) app.UI {
		return app.Div().Class("filter").Body(
			app.Label().For(attrText(id)).Text(label),
			app.Input().ID(attrText(id)).Name(attrText(name)).Type("text").Class("filter-date").Attr("inputmode", "numeric").
				Placeholder("YYYY-MM-DD").Pattern(`\d{4}(-\d{2}){0,2}`).Size(10).
				Aria("describedby", "lib-date-hint").Value(attrText(d.ISO())),
		)
	}
	hint := "Publication dates as 2024, 2024-11 or 2024-11-17; a range keeps dated articles only."
	if p.more > 0 {
		hint += fmt.Sprintf(" The menu lists the %d largest outlets; %d more are one click away from their articles’ cards.", libraryOutletChoices, p.more)
	}
	clear := app.UI(app.Text(""))
	if q.Filtered() {
		clear = app.A().Class("filter-clear").Href(href(libraryPath(library.Query{Sort: q.Sort}))).Text("Clear filters")
	}
	return foldableFilters(libFiltersID, p.filtersOpen, q.Active(), p.onToggleFilters, app.Form().Class("library-filters").Aria("label", "Filter articles").
		Action(href("/")).Method("get").OnSubmit(p.onFilter).Body(
		app.Div().Class("filter").Body(
			app.Label().For(libOutletID).Text("Outlet"),
			app.Select().ID(libOutletID).Name("outlet").Body(opts...),
		),
		section,
		date(libFromID, "from", "Published from", q.From),
		date(libToID, "to", "to", q.To),
		app.Div().Class("filter").Body(
			app.Label().For(libDatedID).Text("Date"),
			app.Select().ID(libDatedID).Name("dated").Body(
				dated(library.DatedAny, "Dated or not"),
				dated(library.DatedOnly, "Dated only"),
				dated(library.DatedNot, "Undated only"),
			),
		),
		app.Input().Type("hidden").ID(libSortID).Name("sort").Value(attrText(q.Sort)),
		app.Button().Type("submit").Class("button button-secondary").Text("Apply"),
		clear,
		app.P().ID("lib-date-hint").Class("filter-hint").Text(hint),
	))
}

func (p *libraryPage) onToggleFilters(ctx app.Context, e app.Event) {
	p.filtersOpen = !p.filtersOpen
}

// onFilter reads the form and navigates to the filtered library, keeping the sort.
func (p *libraryPage) onFilter(ctx app.Context, e app.Event) {
	defer recoverAndLog("library filter")
	e.PreventDefault()
	v := url.Values{}
	for id, key := range map[string]string{libFromID: "from", libToID: "to"} {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			if s := strings.TrimSpace(el.Get("value").String()); s != "" {
				v.Set(key, s)
			}
		}
	}
	// Menus by position: an option whose value is "" reads back as its text in some browsers.
	pick := func(id string) int {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			return el.Get("selectedIndex").Int()
		}
		return 0
	}
	if i := pick(libOutletID); i > 0 && i <= len(p.outlets) {
		v.Set("outlet", p.outlets[i-1].Name)
	}
	if i := pick(libSectionID); i > 0 && i <= len(p.sections) {
		v.Set("section", p.sections[i-1].Name)
	}
	if i := pick(libDatedID); i > 0 && i < 3 {
		v.Set("dated", [...]string{library.DatedAny, library.DatedOnly, library.DatedNot}[i])
	}
	if p.query.Sort != library.SortNewest {
		v.Set("sort", p.query.Sort)
	}
	ctx.Navigate(href("/") + queryString(v))
}

// canonicalOutlet maps a URL's outlet (or section) back to its own name: the menu writes names
// through attrText, which turns a quote into a look-alike, and the link must still match.
func canonicalOutlet(all []library.Count, name string) string {
	if name == "" {
		return name
	}
	for _, o := range all {
		if strings.EqualFold(o.Name, name) {
			return o.Name
		}
	}
	for _, o := range all {
		if attrText(o.Name) == name {
			return o.Name
		}
	}
	return name
}

// absentFilters says which of q's outlet and section no article has ("This link keeps the
// outlet “Nope”, which no article has."), so that an empty list is not left to say only that no
// article matches: a link with a misspelt or outdated name would look like an empty corpus.
func absentFilters(outlets, sections []library.Count, q library.Query) []message {
	var out []message
	if q.Outlet != "" && !hasOutlet(outlets, q.Outlet) {
		out = append(out, absentOutletNote(q.Outlet))
	}
	if q.Section != "" && !hasOutlet(sections, q.Section) {
		if len(sections) == 0 {
			out = append(out, message{words("This link keeps the section “"), val(truncate(q.Section, 80)), words("”, but these articles have no sections.")})
		} else {
			out = append(out, message{words("This link keeps the section “"), val(truncate(q.Section, 80)), words("”, which no article is in.")})
		}
	}
	return out
}

func hasOutlet(os []library.Count, name string) bool {
	for _, o := range os {
		if strings.EqualFold(o.Name, name) {
			return true
		}
	}
	return false
}
