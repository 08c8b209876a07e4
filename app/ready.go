package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// readyMarker sets data-parallax="ready" on <html> once the wasm app has mounted, so that styles
// and browser tests can tell the live app from the prerendered page it replaces.
//
// It does so in OnInit, which go-app calls as it mounts the component, in the same task as the
// rest of the live view: an OnMount would be dispatched, and go-app's dispatch re-renders every
// component above the one dispatching, so the page's live view was rendered a second time, for
// nothing, in the next frame (a long task on a phone).
type readyMarker struct{ app.Compo }

func (r *readyMarker) OnInit() {
	if app.IsClient {
		app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-parallax", "ready")
	}
}

func (r *readyMarker) Render() app.UI {
	return app.Span().Class("ready-marker").Hidden(true)
}
