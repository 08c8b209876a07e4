package app

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// notFoundPage is what every path that names no page shows: the catch-all route, registered
// last, sends it everything the other routes do not match, so a mistyped or stale link (a
// comparison with three IDs, /read/ with no ID, an old path) is explained inside the app, with
// its navigation, rather than left to the host's blank error page. The local server answers it
// with status 404 (see site.PageStatus).
type notFoundPage struct {
	app.Compo

	path string // the app path asked for, percent-decoded where it decodes
}

func newNotFoundPage() *notFoundPage { return &notFoundPage{} }

func (p *notFoundPage) OnNav(ctx app.Context) {
	p.path = routePath(ctx.Page().URL())
	if s, err := url.PathUnescape(p.path); err == nil {
		p.path = s
	}
	setPageMeta(ctx, "Page not found — Parallax", "")
}

func (p *notFoundPage) Render() app.UI {
	var more []app.UI
	switch {
	case strings.HasPrefix(p.path, "/compare/"):
		more = append(more, app.P().Body(
			app.Text("A comparison link names two articles at most, as /compare/first-id/second-id. "),
			app.A().Href(href("/compare")).Text("Choose two articles to compare"),
			app.Text("."),
		))
	case strings.HasPrefix(p.path, "/read/"):
		more = append(more, app.P().Text("A reader link names one article, as /read/article-id."))
	}
	return page(navNone, notFoundView("Page not found",
		app.P().Body(
			app.Text("There is no page at “"),
			app.Bdi().Body(app.Code().Text(truncate(p.path, 80))),
			app.Text("” in Parallax. The link may be mistyped, cut short, or from another version of the site."),
		),
		more...,
	))
}

// notFoundView explains what was not found — the message names it, as text — and offers the
// ways on: the library, the search, and whatever more the caller adds.
func notFoundView(heading string, message app.UI, more ...app.UI) app.UI {
	body := []app.UI{
		app.H1().Text(heading),
		message,
	}
	body = append(body, more...)
	body = append(body, app.Ul().Class("plain-list not-found-links").Body(
		app.Li().Body(app.A().Href(href("/")).Text("Browse the library")),
		app.Li().Body(app.A().Href(href("/search")).Text("Search the articles")),
	))
	return app.Section().Class("notice not-found").Body(body...)
}
