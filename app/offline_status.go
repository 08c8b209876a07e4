package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// offlineStatus is a line in the footer that says whether the app is ready to work with no
// network: a service worker controls the page and its cache holds the app. The worker fills
// its cache all or nothing before it activates (internal/site/worker.go), so a controlling
// worker whose cache has app.wasm has everything. Until then the line says the app is being
// saved, and where the browser has no service worker, that offline use is not available.
//
// It re-checks on events only (the worker taking control, the network coming and going, the
// worker registration becoming ready), never on a timer: a polling goroutine would keep the
// app busy and hold up go-app's test engine.
type offlineStatus struct {
	app.Compo

	state   int
	release func()
}

// States of offline readiness.
const (
	offlineChecking    = iota // not known yet (and on the server)
	offlineSaving             // a worker is installing or the cache is not complete
	offlineReady              // the page is controlled and the cache holds the app
	offlineUnavailable        // no service worker in this browser or context
)

func newOfflineStatus() *offlineStatus { return &offlineStatus{} }

func (o *offlineStatus) OnMount(ctx app.Context) {
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		o.state = offlineUnavailable
		return
	}
	if o.release == nil {
		recheck := app.FuncOf(func(this app.Value, args []app.Value) any {
			ctx.Dispatch(func(ctx app.Context) { o.check(ctx) })
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
		onSettled(ctx, ready, func(app.Value, bool) { o.check(ctx) })
	}
}

func (o *offlineStatus) OnDismount() {
	if o.release != nil {
		o.release()
		o.release = nil
	}
}

// check looks for a controlling worker and the app in its cache.
func (o *offlineStatus) check(ctx app.Context) {
	defer recoverAndLog("offline status")
	win := app.Window()
	sw := win.Get("navigator").Get("serviceWorker")
	caches := win.Get("caches")
	if !sw.Truthy() || !caches.Truthy() {
		o.state = offlineUnavailable
		return
	}
	if !sw.Get("controller").Truthy() {
		o.state = offlineSaving
		return
	}
	onSettled(ctx, caches.Call("match", basePath()+"/web/app.wasm"), func(v app.Value, ok bool) {
		if ok && v.Truthy() {
			o.state = offlineReady
		} else {
			o.state = offlineSaving
		}
	})
}

func (o *offlineStatus) Render() app.UI {
	online := true
	if app.IsClient {
		online = app.Window().Get("navigator").Get("onLine").Bool()
	}
	var msg, state string
	switch o.state {
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
	return app.P().Class("offline-status offline-" + state).ID("offline-status").Role("status").Text(msg)
}
