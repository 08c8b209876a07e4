package app

import (
	"fmt"
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Navigation sections, for marking the current one in the header.
const (
	navLibrary  = "library"
	navCompare  = "compare"
	navTimeline = "timeline"
	navSearch   = "search"
	navNone     = ""
)

// page frames a view's content with the skip link, the header and the footer.
//
// go-app renders a page before its OnNav has derived the page's state from the URL, and the
// browser paints that empty view over the prerendered page for a frame or more: the content
// jumps (a layout shift) and the largest paint comes late. On that first render, the main
// content is therefore the prerendered page's own, as the browser parsed it from the server's
// HTML (no article value passes through here as markup: it is the same DOM, serialized and
// parsed again; the browser's serializer escapes text and attribute values, and the views write
// no raw-text or foreign element whose serialization would not parse back the same);
// e2e/TestHostileCorpusInBrowser watches every element that enters the document for markup
// made of article data. The render that follows OnNav replaces it with the live view, laid out
// the same.
// The ready marker waits for that live view, so that nothing takes the copy for the app.
func page(active string, content ...app.UI) app.UI { return livePage(active, true, content...) }

// livePage is page for a view that shows its content in more than one render: the ready
// marker waits for the render whose ready is set.
func livePage(active string, ready bool, content ...app.UI) app.UI {
	if keepsPrerendered() {
		return shell(active, app.Raw(prerenderedMain()), false)
	}
	return shell(active, app.Main().ID("main").Class("main").TabIndex(-1).Body(content...), ready)
}

// keepsPrerendered reports whether page() shows the prerendered main content rather than the
// content it is given: in the browser, until the page load's navigation has reached the skip
// link's OnNav, which go-app dispatches after the view's own OnNav (tree order) and which
// re-renders the page. Before that, the view's state is not derived: go-app renders a page on
// mount, and again for any update dispatched before the navigation's (the browser's install
// prompt, a settled promise), and such a render of an empty view was a layout shift (CLS 0.23
// at 1280 px in e2e under load). A view's Render checks it first and builds no content then:
// on a phone's CPU, building a view nobody sees was a third of the library's first render.
func keepsPrerendered() bool {
	return app.IsClient && (!shellMounted || navigations == 0) && prerenderedMain() != ""
}

// pendingPage frames a view whose content is still being computed after the first render, so
// that the work is a task of its own (see comparePage.OnNav). On the page the app loaded
// (onLoad, from firstView when the view derived its state), the prerendered main content stays,
// as on the first render: nothing moves. Otherwise it shows content, which should say what is
// coming. Either way the ready marker waits.
func pendingPage(active string, onLoad bool, content ...app.UI) app.UI {
	if onLoad && app.IsClient {
		if raw := prerenderedMain(); raw != "" {
			return shell(active, app.Raw(raw), false)
		}
	}
	return shell(active, app.Main().ID("main").Class("main").TabIndex(-1).Body(content...), false)
}

// firstView reports whether the app is still handling the navigation of the page load in the
// browser, before its first frame: the prerendered page's main content is on screen, to keep
// while a view computes (pendingPage).
func firstView() bool { return app.IsClient && !loadSettled }

// loadSettled is set after the first frame that follows the page load's navigation.
var loadSettled bool

// refocusAfterNav moves focus again, as skipLink.OnNav did, once a view that computed after its
// first render (pendingPage) shows its content: the element focus went to then was the
// prerendered copy's, gone now.
func refocusAfterNav(ctx app.Context) {
	if !app.IsClient {
		return
	}
	load := navigations == 1
	ctx.Defer(func(ctx app.Context) {
		defer recoverAndLog("focus")
		focusAfterNav(load)
	})
}

func shell(active string, main app.UI, live bool) app.UI {
	return app.Div().Class("shell").Body(
		&skipLink{},
		siteHeader(active),
		main,
		siteFooter(),
		app.If(live, func() app.UI { return &readyMarker{} }),
	)
}

// shellMounted is set once the first live page is in the document (the skip link's OnMount),
// which comes before the view's OnNav and so before the render that shows the live view.
var shellMounted bool

// prerendered holds the prerendered page's main element as HTML, read once on the first render
// in the browser, before the app replaces it; empty when there was none.
var prerendered *string

func prerenderedMain() string {
	if prerendered == nil {
		s := ""
		if el := app.Window().GetElementByID("main"); el.Truthy() && el.Get("tagName").String() == "MAIN" {
			s = el.Get("outerHTML").String()
		}
		prerendered = &s
	}
	return *prerendered
}

func siteHeader(active string) app.UI {
	link := func(section, path, label string) app.UI {
		a := app.A().Href(href(path)).Text(label)
		if section == active {
			a = a.Aria("current", "page")
		}
		return app.Li().Body(a)
	}
	return app.Header().Class("site-header").Body(
		app.A().Class("brand").Href(href("/")).Body(
			// go-app drops an empty alt, which leaves the image unnamed: the link is named by its
			// text, so the mark is hidden from assistive technology instead.
			app.Img().Class("brand-mark").Src("/web/icons/icon.svg").Aria("hidden", "true").Width(28).Height(28),
			app.Span().Class("brand-name").Text("Parallax"),
		),
		app.Nav().Class("site-nav").Aria("label", "Main").Body(
			app.Ul().Body(
				link(navLibrary, "/", "Library"),
				link(navCompare, "/compare", "Compare"),
				link(navTimeline, "/timeline", "Timeline"),
			),
		),
		// Before the search box, which is pushed to the end of the row: when the Install
		// action appears after start-up it takes free space and moves nothing (no layout shift).
		newPWAControls(),
		newSearchBox(),
	)
}

func siteFooter() app.UI {
	c, err := loadLibrary()
	var summary string
	switch {
	case err != nil:
		summary = "No corpus loaded."
	default:
		summary = corpusSummary(c)
	}
	return app.Footer().Class("site-footer").Body(
		app.P().Text(summary),
		app.P().Text("Parallax runs entirely in your browser: no tracking, no requests to other sites."),
		newPWAUpdate(),
		newOfflineStatus(), newShortcutHelp(), // uifeatures: offline readiness; "?" shortcuts dialog
		// On a phone the header keeps to one row: the Install action lives down here instead.
		newPWAInstallFooter(),
	)
}

// errorView explains a failure in words a reader can act on, with a way back. The error's text
// quotes values from a link or the data (a search's words, an article's ID) as Go's %q writes
// them: goQuoted isolates each in a <bdi>, as the views' own messages do, so that an Arabic or
// Hebrew value keeps its order and the quotation marks around it stay put. It stays text.
func errorView(title string, err error) app.UI {
	return app.Section().Class("notice notice-error").Aria("live", "polite").Body(
		app.H1().Text(title),
		app.P().Body(goQuoted(fmt.Sprint(err)).ui()...),
		app.P().Body(app.A().Href(href("/")).Text("Back to the library")),
	)
}

// skipLink is the first stop of the keyboard: it moves focus into the main content. It also
// owns where focus goes after an in-app navigation (see OnNav), since every view has one.
type skipLink struct {
	app.Compo

	release func()
}

func (s *skipLink) Render() app.UI {
	return app.A().Class("skip-link").Href("#main").Text("Skip to content")
}

// OnMount handles the click natively: go-app's own link handling would push "#main" as a new
// history entry and only scroll, leaving focus (and the next Tab) on the skip link.
func (s *skipLink) OnMount(ctx app.Context) {
	if !shellMounted {
		// The page load's mount of the whole page was one task with go-app's start before it
		// and the components' OnMount and OnNav after it: end it here, as the first of these
		// (see also OnNav and ready.go's init).
		yieldTask()
	}
	shellMounted = true
	if s.release != nil {
		return
	}
	el := ctx.JSSrc()
	if !el.Truthy() {
		return
	}
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 {
			args[0].Call("preventDefault")
			args[0].Call("stopPropagation")
		}
		if main := app.Window().GetElementByID("main"); main.Truthy() {
			main.Call("focus")
		}
		return nil
	})
	el.Call("addEventListener", "click", fn)
	s.release = func() {
		el.Call("removeEventListener", "click", fn)
		fn.Release()
	}
}

func (s *skipLink) OnDismount() {
	if s.release != nil {
		s.release()
		s.release = nil
	}
}

// navigations counts the navigations this tab has seen; the first is the page load.
var navigations int

// OnNav moves focus after an in-app navigation (a search result, a comparison, "Read in
// context"), where the link that had it is gone: to the element the fragment names, else to the
// view's h1, so that the next Tab continues from there rather than from the top of the page.
// Focus that is still somewhere (the search box while typing, a control that stays) is left,
// except on a pager: go-app patches its links in place, so the "Next" that had focus would stay
// focused as another page's link ("10"), the page scrolled to the pager, and a second Enter
// would jump there.
// On the page load focus moves only to a fragment's target: the browser's own jump to it was
// undone when the app replaced the prerendered page.
func (s *skipLink) OnNav(ctx app.Context) {
	if !app.IsClient {
		return
	}
	navigations++
	load := navigations == 1
	if load {
		// The render that follows shows the live view: a task of its own.
		yieldTask()
	}
	ctx.Defer(func(ctx app.Context) {
		loadSettled = true
		defer recoverAndLog("focus")
		focusAfterNav(load)
	})
}

func focusAfterNav(load bool) {
	doc := app.Window().Get("document")
	if hash := app.Window().Get("location").Get("hash").String(); len(hash) > 1 {
		id := hash[1:]
		if s, err := url.PathUnescape(id); err == nil {
			id = s
		}
		if el := doc.Call("getElementById", id); el.Truthy() {
			focusElement(el, true)
			return
		}
	}
	if load {
		return
	}
	if active := doc.Get("activeElement"); active.Truthy() && active.Get("isConnected").Bool() &&
		!active.Call("closest", ".pager").Truthy() {
		switch active.Get("tagName").String() {
		case "BODY", "MAIN":
		default:
			return
		}
	}
	if h := doc.Call("querySelector", "#main h1"); h.Truthy() {
		focusElement(h, false)
	} else if main := doc.Call("getElementById", "main"); main.Truthy() {
		focusElement(main, false)
	}
}

// focusElement focuses el, making it focusable by script first if it is not (tabindex -1 keeps
// it out of the Tab order). A target keeps the scroll position its view chose for it.
func focusElement(el app.Value, keepScroll bool) {
	if el.Get("tabIndex").Int() < 0 && !el.Call("hasAttribute", "tabindex").Bool() {
		el.Call("setAttribute", "tabindex", "-1")
	}
	el.Call("focus", map[string]any{"preventScroll": keepScroll})
}
