package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// init lets the browser run between the packages' initialization and main (the routes, the
// data file's request): on a phone, the wasm's instantiation, Go's runtime start and every
// package's init before this one were, with main up to its first wait, a single task of over
// 300 ms. The packages this one imports are initialized by now; main runs in a task of its own.
func init() {
	if app.IsClient {
		yieldTask()
	}
}

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
