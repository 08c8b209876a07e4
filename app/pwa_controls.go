package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// pwaControls sits in the header: an offline indicator while the browser has no network, and an
// Install action where the app can be installed. Everything else in Parallax works offline, so
// the indicator only tells the reader why nothing new can be fetched, and stays small.
type pwaControls struct {
	app.Compo

	// Footer is the footer's copy, which offers the Install action alone: on a phone the
	// header keeps to one row and shows none (see pwa.css).
	Footer bool

	offline   bool
	install   bool // the browser holds an install prompt we can show
	apple     bool // Apple browsers cannot prompt: explain Add to Home Screen instead
	showApple bool
	release   func()
}

func newPWAControls() app.Composer { return &pwaControls{} }

func newPWAInstallFooter() app.Composer { return &pwaControls{Footer: true} }

func (c *pwaControls) OnMount(ctx app.Context) {
	c.refreshInstall(ctx)
	if c.release != nil {
		return
	}
	win := app.Window()
	c.offline = !win.Get("navigator").Get("onLine").Bool()
	set := func(offline bool) app.Func {
		return app.FuncOf(func(this app.Value, args []app.Value) any {
			ctx.Dispatch(func(ctx app.Context) {
				c.offline = offline
				if !offline {
					// Back online is a good moment to look for a new version.
					tryUpdate()
				}
			})
			return nil
		})
	}
	on, off := set(false), set(true)
	win.Call("addEventListener", "online", on)
	win.Call("addEventListener", "offline", off)
	c.release = func() {
		win.Call("removeEventListener", "online", on)
		win.Call("removeEventListener", "offline", off)
		on.Release()
		off.Release()
	}
}

func (c *pwaControls) OnDismount() {
	if c.release != nil {
		c.release()
		c.release = nil
	}
}

// OnAppInstallChange runs when the browser offers or withdraws the install prompt, or the app
// was installed.
func (c *pwaControls) OnAppInstallChange(ctx app.Context) { c.refreshInstall(ctx) }

func (c *pwaControls) refreshInstall(ctx app.Context) {
	c.apple = ctx.IsAppleBrowser()
	c.install = ctx.IsAppInstallable() && !c.apple
	if !ctx.IsAppInstallable() {
		c.showApple = false
	}
}

func (c *pwaControls) Render() app.UI {
	class, helpID := "pwa-controls", "pwa-apple-help"
	if c.Footer {
		class, helpID = "pwa-controls pwa-controls-footer", "pwa-apple-help-footer"
	}
	return app.Div().Class(class).Body(
		app.If(c.offline && !c.Footer, func() app.UI {
			return app.P().Class("pwa-offline").Role("status").Title("No network: everything in Parallax still works").
				Body(app.Span().Class("pwa-dot").Aria("hidden", "true"), app.Span().Class("pwa-offline-label").Text("Offline"))
		}),
		app.If(c.install, func() app.UI {
			return app.Button().Type("button").Class("button button-secondary pwa-install").
				Text("Install app").OnClick(c.onInstall)
		}).ElseIf(c.apple && app.IsClient, func() app.UI {
			return app.Button().Type("button").Class("button button-secondary pwa-install").
				Aria("expanded", c.showApple).Aria("controls", attrText(helpID)).
				Text("Install app").OnClick(c.onToggleApple)
		}),
		app.If(c.showApple, func() app.UI {
			return app.Div().ID(attrText(helpID)).Class("pwa-apple-help").Role("note").Body(
				app.P().Text("To install Parallax on an iPhone or iPad, tap Share, then “Add to Home Screen”. "+
					"In Safari on a Mac, choose File, then “Add to Dock”."),
				app.Button().Type("button").Class("button button-secondary").Text("Close").OnClick(c.onToggleApple),
			)
		}),
	)
}

func (c *pwaControls) onInstall(ctx app.Context, e app.Event) {
	defer recoverAndLog("pwa")
	ctx.ShowAppInstallPrompt()
}

func (c *pwaControls) onToggleApple(ctx app.Context, e app.Event) {
	c.showApple = !c.showApple
}
