package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Routes registers every page. It runs in the browser, in the local server (prerender) and in the
// static-site generator, so that all three route the same paths. Every other path gets the
// not-found view; site.PageStatus gives the local server's status for each path and must agree.
func Routes() {
	app.Route("/", func() app.Composer { return newLibraryPage() })
	app.RouteWithRegexp(`^/read/[^/]*$`, func() app.Composer { return newReaderPage() })
	app.Route("/search", func() app.Composer { return newSearchPage() })
	app.RouteWithRegexp(`^/compare(/[^/]*){0,2}$`, func() app.Composer { return newComparePage() })
	app.Route("/timeline", func() app.Composer { return newTimelinePage() })
	// Last: go-app tries regexp routes in order, so this takes only what no route above takes.
	app.RouteWithRegexp(`^`, func() app.Composer { return newNotFoundPage() })
}
