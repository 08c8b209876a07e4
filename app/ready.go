package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// readyMarker sets data-parallax="ready" on <html> once the wasm app has mounted, so that styles
// and browser tests can tell the live app from the prerendered page it replaces.
type readyMarker struct{ app.Compo }

func (r *readyMarker) OnMount(ctx app.Context) {
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-parallax", "ready")
}

func (r *readyMarker) Render() app.UI {
	return app.Span().Class("ready-marker").Hidden(true)
}
