package app

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Navigation sections, for marking the current one in the header.
const (
	navLibrary  = "library"
	navCompare  = "compare"
	navTimeline = "timeline"
	navSearch   = "search"
	navNone     = ""
)

// page frames a view's content with the skip link, the header and the footer.
func page(active string, content ...app.UI) app.UI {
	return app.Div().Class("shell").Body(
		app.A().Class("skip-link").Href("#main").Text("Skip to content"),
		siteHeader(active),
		app.Main().ID("main").Class("main").TabIndex(-1).Body(content...),
		siteFooter(),
		&readyMarker{},
	)
}

func siteHeader(active string) app.UI {
	link := func(section, path, label string) app.UI {
		a := app.A().Href(href(path)).Text(label)
		if section == active {
			a = a.Aria("current", "page")
		}
		return app.Li().Body(a)
	}
	return app.Header().Class("site-header").Body(
		app.A().Class("brand").Href(href("/")).Body(
			app.Img().Class("brand-mark").Src("/web/icons/icon.svg").Alt("").Width(28).Height(28),
			app.Span().Text("Parallax"),
		),
		app.Nav().Class("site-nav").Aria("label", "Main").Body(
			app.Ul().Body(
				link(navLibrary, "/", "Library"),
				link(navCompare, "/compare", "Compare"),
				link(navTimeline, "/timeline", "Timeline"),
			),
		),
		newSearchBox(),
		newPWAControls(),
	)
}

func siteFooter() app.UI {
	c, err := loadCorpus()
	var summary string
	switch {
	case err != nil:
		summary = "No corpus loaded."
	default:
		summary = corpusSummary(c)
	}
	return app.Footer().Class("site-footer").Body(
		app.P().Text(summary),
		app.P().Text("Parallax runs entirely in your browser: no tracking, no requests to other sites."),
		newPWAUpdate(),
		newOfflineStatus(), newShortcutHelp(), // uifeatures: offline readiness; "?" shortcuts dialog
	)
}

// errorView explains a failure in words a reader can act on, with a way back.
func errorView(title string, err error) app.UI {
	return app.Section().Class("notice notice-error").Aria("live", "polite").Body(
		app.H1().Text(title),
		app.P().Text(fmt.Sprint(err)),
		app.P().Body(app.A().Href(href("/")).Text("Back to the library")),
	)
}
