package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// foldableFilters puts a view's filter form behind a toggle that, on a phone, folds the form
// away so that the view's content starts on the first screen, and says how many filters are
// active. On a wider screen the style sheet hides the toggle and always shows the form (the
// .filter-toggle and .is-folded rules). id names the form for aria-controls; open is the view's
// own state, which toggle flips.
func foldableFilters(id string, open bool, active int, toggle app.EventHandler, form app.HTMLForm) app.UI {
	label := "Filters"
	if active > 0 {
		label += " (" + strconv.Itoa(active) + " active)"
	}
	form = form.ID(attrText(id))
	if !open {
		form = form.Class("is-folded")
	}
	return app.Div().Class("filter-area").Body(
		app.Button().Type("button").Class("button button-secondary filter-toggle").
			Aria("expanded", open).Aria("controls", attrText(id)).OnClick(toggle).Text(label),
		form,
	)
}
