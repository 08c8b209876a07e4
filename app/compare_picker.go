package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// comparePicker chooses the two articles of a comparison: a form with a select per side, a
// swap button and a submit button. It works before the app starts too: the form then submits
// ?a=…&b=… to /compare, which the compare page reads. Other views can embed it (the library
// to pick two, a reader with its own article preselected).
type comparePicker struct {
	app.Compo

	// A and B are the IDs selected when the picker appears; either may be empty.
	A, B string
	// Prefix keeps element IDs unique when a page shows more than one picker.
	Prefix string

	status string
}

// newComparePicker returns a picker with a and b preselected ("" for none).
func newComparePicker(a, b string) *comparePicker {
	return &comparePicker{A: a, B: b, Prefix: "compare-pick"}
}

func (p *comparePicker) Render() app.UI {
	c, err := loadCorpus()
	if err != nil {
		return app.P().Class("notice notice-error").Text("No articles to choose from: the corpus could not be loaded.")
	}
	sel := func(side, label, current string) app.UI {
		id := p.Prefix + "-" + side
		return app.Div().Class("picker-field").Body(
			app.Label().For(attrText(id)).Body(
				app.Span().Class("side-tag side-tag-"+side).Text(map[string]string{"a": "A", "b": "B"}[side]),
				app.Text(" "+label),
			),
			app.Select().ID(attrText(id)).Name(attrText(side)).Required(true).Body(
				selectedIf(app.Option().Value(""), current == "").Text("Choose an article…"),
				app.Range(c.Articles).Slice(func(i int) app.UI {
					a := c.Articles[i]
					return selectedIf(app.Option().Value(attrText(a.ID)), a.ID == current).
						Text(a.Title + " — " + outletLabel(a) + ", " + dateLabel(a.Published))
				}),
			),
		)
	}
	return app.Form().Class("compare-picker").Action(href("/compare")).Method("get").
		OnSubmit(p.submit).Body(
		app.Div().Class("picker-fields").Body(
			sel("a", "Left article", p.A),
			app.Button().Class("button button-secondary picker-swap").Type("button").
				OnClick(p.swap).Aria("label", "Swap the two articles").Text("⇄"),
			sel("b", "Right article", p.B),
		),
		app.Div().Class("picker-actions").Body(
			app.Button().Class("button").Type("submit").Text("Compare"),
			app.Span().Class("picker-status").Aria("live", "polite").Text(p.status),
		),
	)
}

func (p *comparePicker) values() (a, b string) {
	get := func(side string) string {
		el := app.Window().GetElementByID(p.Prefix + "-" + side)
		if !el.Truthy() {
			return ""
		}
		return el.Get("value").String()
	}
	return get("a"), get("b")
}

func (p *comparePicker) submit(ctx app.Context, e app.Event) {
	e.PreventDefault()
	defer guardEvent(ctx, &p.status)
	a, b := p.values()
	switch {
	case a == "" || b == "":
		p.status = "Choose an article for each side."
	case a == b:
		p.status = "Choose two different articles."
	default:
		p.status = ""
		ctx.Navigate(compareURL(a, b))
	}
}

// swap exchanges the two choices; with both chosen it shows the swapped comparison at once.
func (p *comparePicker) swap(ctx app.Context, e app.Event) {
	defer guardEvent(ctx, &p.status)
	a, b := p.values()
	if a != "" && b != "" && a != b {
		ctx.Navigate(compareURL(b, a))
		return
	}
	set := func(side, v string) {
		if el := app.Window().GetElementByID(p.Prefix + "-" + side); el.Truthy() {
			el.Set("value", v)
		}
	}
	set("a", b)
	set("b", a)
}
