package app

import (
	"net/url"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus/search"
)

// searchBoxID is the header search field, focused by the "/" key from anywhere on a page.
const searchBoxID = "search-q"

// searchDebounce is how long typing must pause before the results follow: long enough to skip
// the keystrokes of a word typed in one go, short enough to feel immediate.
const searchDebounce = 150 * time.Millisecond

// actionSearchURL tells the search page to show the results for a URL it was not navigated to:
// while typing, the box replaces the address rather than pushing one history entry per pause.
const actionSearchURL = "parallax/search-url"

// refocusSearchBox carries focus across the navigation from another page to /search: each page
// renders its own header, so the box the reader was typing in is replaced by a new one.
var refocusSearchBox bool

// searchBox is the search field in the header of every page.
type searchBox struct {
	app.Compo

	value    string
	onSearch bool       // the current page is /search, whose filters the box keeps
	filters  url.Values // the search page's other parameters
	seq      int        // the latest keystroke, so that older debounced searches give way
	release  func()
}

func newSearchBox() app.Composer { return &searchBox{} }

func (b *searchBox) OnNav(ctx app.Context) {
	u := ctx.Page().URL()
	b.onSearch = routePath(u) == "/search"
	b.filters = url.Values{}
	if b.onSearch {
		// A damaged link is read as leniently as the search page reads it, so that the box
		// shows the words searched for, never an empty box over results.
		q, _ := search.ParseRawQuery(u.RawQuery)
		b.value = q.Get("q")
		for k, v := range q {
			// New words are a new search: its results start on their first page.
			if k != "q" && k != "page" {
				b.filters[k] = v
			}
		}
	} else {
		b.value = ""
	}
}

// OnMount installs the "/" shortcut. It only moves focus, so it needs no component state.
func (b *searchBox) OnMount(ctx app.Context) {
	// The search page shows a URL it replaced (a new outlet): keep its filters for the next
	// words, as OnNav would have. The words are the box's own, possibly newer than the URL.
	ctx.Handle(actionSearchURL, func(ctx app.Context, a app.Action) {
		u, ok := a.Value.(*url.URL)
		if !ok || routePath(u) != "/search" {
			return
		}
		q, _ := search.ParseRawQuery(u.RawQuery)
		b.filters = url.Values{}
		for k, v := range q {
			// New words are a new search: its results start on their first page.
			if k != "q" && k != "page" {
				b.filters[k] = v
			}
		}
	})
	if refocusSearchBox {
		refocusSearchBox = false
		ctx.Defer(func(ctx app.Context) {
			if box := app.Window().GetElementByID(searchBoxID); box.Truthy() {
				box.Call("focus")
			}
		})
	}
	if b.release != nil {
		return
	}
	doc := app.Window().Get("document")
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		e := args[0]
		if e.Get("key").String() != "/" || e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool() {
			return nil
		}
		switch t := e.Get("target"); {
		case !t.Truthy():
		case t.Get("isContentEditable").Bool():
			return nil
		default:
			switch t.Get("tagName").String() {
			case "INPUT", "TEXTAREA", "SELECT":
				return nil
			}
		}
		if box := doc.Call("getElementById", searchBoxID); box.Truthy() {
			e.Call("preventDefault")
			box.Call("focus")
		}
		return nil
	})
	doc.Call("addEventListener", "keydown", fn)
	b.release = func() {
		doc.Call("removeEventListener", "keydown", fn)
		fn.Release()
	}
}

func (b *searchBox) OnDismount() {
	if b.release != nil {
		b.release()
		b.release = nil
	}
}

func (b *searchBox) Render() app.UI {
	input := app.Input().ID(searchBoxID).Name("q").Type("search").Class("search-input").
		Placeholder("Search  ( / )").AutoComplete(false).Spellcheck(false).
		Aria("keyshortcuts", "/").
		Aria("describedby", "search-hint").
		OnInput(b.onInput).OnKeyDown(b.onKeyDown)
	// The value is the reader's own text: set it only in the browser, where go-app assigns it as a
	// DOM property; the prerender would write it into an attribute with strconv.Quote.
	if app.IsClient {
		input = input.Value(b.value)
	}
	return app.Form().Class("search-box").Action(href("/search")).Method("get").Role("search").
		OnSubmit(b.onSubmit).Body(
		app.Label().For(searchBoxID).Class("visually-hidden").Text("Search the corpus"),
		input,
		app.Span().ID("search-hint").Class("visually-hidden").
			Text("Results appear as you type. Press the down arrow to move to them, Escape to clear."),
	)
}

func (b *searchBox) onInput(ctx app.Context, e app.Event) {
	defer recoverAndLog("search")
	b.value = ctx.JSSrc().Get("value").String()
	b.seq++
	seq := b.seq
	ctx.After(searchDebounce, func(ctx app.Context) {
		if seq == b.seq {
			b.show(ctx, false)
		}
	})
}

func (b *searchBox) onSubmit(ctx app.Context, e app.Event) {
	defer recoverAndLog("search")
	e.PreventDefault()
	b.seq++
	b.show(ctx, true)
}

func (b *searchBox) onKeyDown(ctx app.Context, e app.Event) {
	defer recoverAndLog("search")
	switch e.Get("key").String() {
	case "Escape":
		e.PreventDefault()
		if b.value == "" {
			ctx.JSSrc().Call("blur")
			return
		}
		b.value = ""
		ctx.JSSrc().Set("value", "")
		b.seq++
		if b.onSearch {
			b.show(ctx, false)
		}
	case "ArrowDown":
		if focusResult(0) {
			e.PreventDefault()
		}
	}
}

// show brings up the results for the box's text: a new history entry when the reader asks
// (Enter) or comes from another page, a replaced one while typing on the search page.
func (b *searchBox) show(ctx app.Context, push bool) {
	v := url.Values{}
	for k, vs := range b.filters {
		v[k] = vs
	}
	if b.value != "" {
		v.Set("q", b.value)
	}
	target := searchURL(v)
	if push || !b.onSearch {
		refocusSearchBox = !push
		ctx.Navigate(target)
		return
	}
	u, err := url.Parse(target)
	if err != nil {
		return
	}
	ctx.Page().ReplaceURL(u)
	ctx.NewActionWithValue(actionSearchURL, u)
}
