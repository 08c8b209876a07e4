package app

import (
	"sync/atomic"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// offlineStatus is a line in the footer that says whether the app is ready to work with no
// network: a service worker controls the page and its cache holds the app. The worker fills
// its cache all or nothing before it activates (internal/site/worker.go), so a controlling
// worker whose cache has app.wasm has everything. Until then the line says the app is being
// saved, and where the browser has no service worker, that offline use is not available.
//
// It re-checks on events only (the worker taking control, the network coming and going, the
// worker registration becoming ready), never on a timer: a polling goroutine would keep the
// app busy and hold up go-app's test engine.
//
// A change is written to the line's own element (see set), not dispatched: a dispatch
// re-renders the whole page around the footer (go-app updates every component above the one
// dispatching), and on a first visit the worker taking control re-rendered a whole comparison
// or library after the app had started, one of the longest tasks of the load on a phone.
type offlineStatus struct {
	app.Compo

	release func()
	// shown is the state the line says (times two, plus one when online), read and written
	// where a promise settles or an event fires as well as by Render.
	shown atomic.Int64
}

// States of offline readiness.
const (
	offlineChecking    = iota // not known yet (and on the server)
	offlineSaving             // a worker is installing or the cache is not complete
	offlineReady              // the page is controlled and the cache holds the app
	offlineUnavailable        // no service worker in this browser or context
)

func newOfflineStatus() *offlineStatus { return &offlineStatus{} }

// OnInit shows, from the first render on, what the browser can tell at once (no worker, or no
// worker in control yet): only the cache's answer then needs an update.
func (o *offlineStatus) OnInit() {
	if !app.IsClient {
		return
	}
	if s, sure := offlineNow(); sure {
		o.shown.Store(offlineKey(s))
	} else {
		o.shown.Store(offlineKey(offlineChecking))
	}
}

// offlineKey is what shown holds for state s with the network as the browser sees it now.
func offlineKey(s int) int64 {
	key := int64(s) << 1
	if app.IsClient && app.Window().Get("navigator").Get("onLine").Bool() {
		key |= 1
	}
	return key
}

func (o *offlineStatus) OnMount(ctx app.Context) {
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		o.set(ctx, offlineUnavailable)
		return
	}
	if o.release == nil {
		// check dispatches an update only when what the line says changes (see set).
		recheck := app.FuncOf(func(this app.Value, args []app.Value) any {
			o.check(ctx)
			return nil
		})
		sw.Call("addEventListener", "controllerchange", recheck)
		win := app.Window()
		win.Call("addEventListener", "online", recheck)
		win.Call("addEventListener", "offline", recheck)
		o.release = func() {
			sw.Call("removeEventListener", "controllerchange", recheck)
			win.Call("removeEventListener", "online", recheck)
			win.Call("removeEventListener", "offline", recheck)
			recheck.Release()
		}
	}
	o.check(ctx)
	if ready := sw.Get("ready"); ready.Truthy() {
		whenSettled(ready, func(app.Value, bool) { o.check(ctx) })
	}
}

func (o *offlineStatus) OnDismount() {
	if o.release != nil {
		o.release()
		o.release = nil
	}
}

// check looks for a controlling worker and the app in its cache. It runs on the UI goroutine or
// where a promise settles (whenSettled): it reads only the browser's state and sets o's through
// set.
func (o *offlineStatus) check(ctx app.Context) {
	defer recoverAndLog("offline status")
	if s, sure := offlineNow(); sure {
		o.set(ctx, s)
		return
	}
	caches := app.Window().Get("caches")
	whenSettled(caches.Call("match", basePath()+"/web/app.wasm"), func(v app.Value, ok bool) {
		if ok && v.Truthy() {
			o.set(ctx, offlineReady)
		} else {
			o.set(ctx, offlineSaving)
		}
	})
}

// offlineNow returns the state the browser tells at once, with sure true; sure is false when a
// worker controls the page, and only its cache can tell whether the app is saved.
func offlineNow() (state int, sure bool) {
	win := app.Window()
	sw := win.Get("navigator").Get("serviceWorker")
	if !sw.Truthy() || !win.Get("caches").Truthy() {
		return offlineUnavailable, true
	}
	if !sw.Get("controller").Truthy() {
		return offlineSaving, true
	}
	return offlineChecking, false
}

// set shows state s when the line would say something else than it does: another state, or
// the network gone or back. It writes the line's class and text into its element, as the next
// Render (if any) writes them too: go-app's text node is kept, so that a later render of the
// page updates the node on screen.
func (o *offlineStatus) set(ctx app.Context, s int) {
	// A promise that settles after a navigation finds the component dismounted, its context
	// without an element (reading it was a nil dereference that ended the app): the new page's
	// own line checks for itself.
	if !o.Mounted() {
		return
	}
	key := offlineKey(s)
	if o.shown.Swap(key) == key {
		return
	}
	// The component's own element: on mount it may not be in the document yet.
	el := ctx.JSSrc()
	if !el.Truthy() {
		if el = app.Window().GetElementByID(offlineStatusID); !el.Truthy() {
			return
		}
	}
	class, msg := offlineLine(key)
	el.Set("className", class)
	writeText(el, msg)
}

// writeText sets the text of el, a component's element, outside a render: in go-app's own text
// node when it has one, so that a later render of the page updates the node on screen.
func writeText(el app.Value, s string) {
	if t := el.Get("firstChild"); t.Truthy() && t.Get("nodeType").Int() == 3 {
		t.Set("nodeValue", s)
	} else {
		el.Set("textContent", s)
	}
}

const offlineStatusID = "offline-status"

func (o *offlineStatus) Render() app.UI {
	class, msg := offlineLine(o.shown.Load())
	return app.P().Class(class).ID(offlineStatusID).Role("status").Text(msg)
}

// offlineLine returns the line's class and words for a value of shown.
func offlineLine(key int64) (class, msg string) {
	online := key&1 == 1 || !app.IsClient
	var state string
	switch int(key >> 1) {
	case offlineReady:
		state = "ready"
		msg = "Ready to work offline: this app and its articles are saved in this browser."
		if !online {
			msg = "Offline: working from the copy saved in this browser."
		}
	case offlineSaving:
		state = "saving"
		msg = "Saving for offline use…"
		if !online {
			msg = "Offline, and not yet saved for offline use: pages not opened before may not load."
		}
	case offlineUnavailable:
		state = "unavailable"
		msg = "Offline use is not available in this browser."
	default:
		state = "checking"
		msg = ""
	}
	return "offline-status offline-" + state, msg
}
