package app

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// updateCheckEvery is how often an open tab asks for a new version. The check is one
// conditional request for app-worker.js; a reader who keeps Parallax open all day still hears
// about a new build, and one who comes back to the tab hears at once (see OnMount).
const updateCheckEvery = 30 * time.Minute

// pwaUpdate sits in the footer: the version of the running build and, once a new one has been
// installed in the background, a notice with a Reload action. Every view's state is in its URL,
// so reloading the same address loses nothing the reader set up.
type pwaUpdate struct {
	app.Compo

	version string
	release func()
}

// updateReady records that a new version is installed and takes over on reload. It outlives
// the footer, which is mounted afresh when the reader moves to another kind of page.
var updateReady bool

func newPWAUpdate() app.Composer { return &pwaUpdate{} }

func (u *pwaUpdate) OnMount(ctx app.Context) {
	u.version = app.Getenv("GOAPP_VERSION")
	if u.release != nil {
		return
	}
	doc := app.Window().Get("document")
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		if doc.Get("visibilityState").String() == "visible" {
			tryUpdate()
		}
		return nil
	})
	doc.Call("addEventListener", "visibilitychange", fn)
	release := []func(){func() {
		doc.Call("removeEventListener", "visibilitychange", fn)
		fn.Release()
	}}
	// A new worker claims open pages when it activates; then see whether it is a new build.
	// The page's controller changes as the worker starts activating, before it has deleted the
	// older versions' caches: look again once it has activated.
	if sw := app.Window().Get("navigator").Get("serviceWorker"); sw.Truthy() {
		changed := app.FuncOf(func(this app.Value, args []app.Value) any {
			u.checkCaches(ctx)
			u.whenActivated(ctx, sw.Get("controller"))
			return nil
		})
		sw.Call("addEventListener", "controllerchange", changed)
		release = append(release, func() {
			sw.Call("removeEventListener", "controllerchange", changed)
			changed.Release()
		})
	}
	// A browser timer, not ctx.After: go-app's engine waits for its goroutines (a test engine
	// would wait the whole interval), and the timer is cleared with the component.
	win := app.Window()
	tick := app.FuncOf(func(this app.Value, args []app.Value) any {
		tryUpdate()
		return nil
	})
	timer := win.Call("setInterval", tick, updateCheckEvery.Milliseconds())
	release = append(release, func() {
		win.Call("clearInterval", timer)
		tick.Release()
	})
	u.release = func() {
		for _, r := range release {
			r()
		}
	}
	u.checkCaches(ctx)
}

// whenActivated checks the caches again once the worker w has activated (go-app's own update
// event, which pwaUpdate does not take: see below).
func (u *pwaUpdate) whenActivated(ctx app.Context, w app.Value) {
	if !w.Truthy() || w.Get("state").String() == "activated" {
		return
	}
	var fn app.Func
	fn = app.FuncOf(func(this app.Value, args []app.Value) any {
		switch w.Get("state").String() {
		case "activated":
			u.checkCaches(ctx)
		case "redundant":
		default:
			return nil
		}
		w.Call("removeEventListener", "statechange", fn)
		fn.Release()
		return nil
	})
	w.Call("addEventListener", "statechange", fn)
}

// checkCaches looks for a new build by the names of the worker's caches, "app-<version>":
// when this page's version has no cache and another version has one, a newer worker has
// activated (it deletes the caches of older versions). go-app's own update event is missed when
// the new worker activates before the wasm starts, as on a reload right after a deploy.
func (u *pwaUpdate) checkCaches(ctx app.Context) {
	defer recoverAndLog("pwa")
	caches := app.Window().Get("caches")
	if u.version == "" || !caches.Truthy() {
		return
	}
	var done app.Func
	done = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer done.Release()
		if len(args) == 0 || !args[0].Truthy() {
			return nil
		}
		keys := args[0]
		own, other := false, false
		for i := 0; i < keys.Length(); i++ {
			switch k := keys.Index(i).String(); {
			case k == "app-"+u.version:
				own = true
			case strings.HasPrefix(k, "app-"):
				other = true
			}
		}
		if other && !own {
			ctx.Dispatch(func(ctx app.Context) { updateReady = true })
		}
		return nil
	})
	caches.Call("keys").Call("then", done)
}

func (u *pwaUpdate) OnDismount() {
	if u.release != nil {
		u.release()
		u.release = nil
	}
}

// pwaUpdate has no OnAppUpdate: go-app reports a worker's activation (the very first
// installation too, when the worker claims the page) by dispatching an update to each component
// that has one, which re-renders the whole page above the footer whatever the caches then say;
// on a first visit that was a long task on a phone after the app had started. OnMount listens
// for the same moment itself (controllerchange, then the worker's activation).

func (u *pwaUpdate) Render() app.UI {
	version := "Version " + u.version
	if u.version == "" {
		version = "" // prerendered: the build is named once the app runs
	}
	return app.Div().Class("pwa-update").Body(
		app.P().Class("pwa-version").Text(version),
		app.If(updateReady, func() app.UI {
			return app.Div().Class("pwa-update-notice").Role("status").Aria("live", "polite").Body(
				app.P().Text("A new version of Parallax is ready."),
				app.Button().Type("button").ID("pwa-reload").Class("button").Text("Reload").OnClick(u.onReload),
			)
		}),
	)
}

func (u *pwaUpdate) onReload(ctx app.Context, e app.Event) {
	defer recoverAndLog("pwa")
	ctx.Reload()
}

// ignoreJS is a JavaScript callback that does nothing, to swallow expected promise rejections.
var ignoreJS app.Func

// tryUpdate asks the browser to look for a new worker, as app.TryUpdate does, but quietly: with
// the host unreachable the check fails, which is normal offline and must not surface as an
// uncaught error.
func tryUpdate() {
	defer recoverAndLog("pwa")
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		return
	}
	if ignoreJS == nil {
		ignoreJS = app.FuncOf(func(this app.Value, args []app.Value) any { return nil })
	}
	var got app.Func
	got = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer got.Release()
		if len(args) > 0 && args[0].Truthy() {
			args[0].Call("update").Call("catch", ignoreJS)
		}
		return nil
	})
	sw.Call("getRegistration").Call("then", got).Call("catch", ignoreJS)
}
