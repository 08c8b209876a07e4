package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// timelinePage is a placeholder owned by the timeline work stream, which replaces this file.
type timelinePage struct{ app.Compo }

func newTimelinePage() app.Composer { return &timelinePage{} }

func (p *timelinePage) Render() app.UI {
	return page(navTimeline, app.H1().Text("Timeline"), app.P().Text("Coming soon."))
}
