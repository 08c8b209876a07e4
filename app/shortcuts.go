package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shortcutKey returns the key of a keydown event meant as a shortcut, or "": never while the
// reader types in a field, with Ctrl, Alt or Meta held (those are the browser's and the
// system's), during an input method composition, or while a modal dialog is open.
func shortcutKey(e app.Value) string {
	if !e.Truthy() || e.Get("defaultPrevented").Bool() || e.Get("isComposing").Bool() ||
		e.Get("ctrlKey").Bool() || e.Get("altKey").Bool() || e.Get("metaKey").Bool() {
		return ""
	}
	if t := e.Get("target"); t.Truthy() {
		switch strings.ToUpper(t.Get("tagName").String()) {
		case "INPUT", "TEXTAREA", "SELECT":
			return ""
		}
		if t.Get("isContentEditable").Bool() {
			return ""
		}
	}
	doc := app.Window().Get("document")
	if d := doc.Call("querySelector", "dialog[open]"); d.Truthy() {
		return ""
	}
	k := e.Get("key")
	if !k.Truthy() {
		return ""
	}
	return k.String()
}

// onShortcut calls handle on the UI goroutine for each keydown of one of keys (single
// characters; see shortcutKey for when a key is not a shortcut), and stops the browser's own
// handling of it. ctx must be the listening component's own context. It returns the function
// that removes the listener, for OnDismount.
func onShortcut(ctx app.Context, keys string, handle func(ctx app.Context, key string)) (remove func()) {
	if !app.IsClient {
		return func() {}
	}
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		key := shortcutKey(args[0])
		if len([]rune(key)) != 1 || !strings.Contains(keys, key) {
			return nil
		}
		args[0].Call("preventDefault")
		ctx.Dispatch(func(ctx app.Context) {
			defer recoverAndLog("shortcut")
			handle(ctx, key)
		})
		return nil
	})
	win := app.Window()
	win.Call("addEventListener", "keydown", fn)
	return func() {
		win.Call("removeEventListener", "keydown", fn)
		fn.Release()
	}
}

// shortcutList is what the help dialog lists, by view.
var shortcutList = []struct {
	where string
	keys  []shortcut
}{
	{"Everywhere", []shortcut{
		{[]string{"/"}, "Go to the search box"},
		{[]string{"?"}, "Show this list of shortcuts"},
		{[]string{"Esc"}, "Close this list"},
	}},
	{"Comparing two articles", []shortcut{
		{[]string{"j", "n"}, "Next aligned pair"},
		{[]string{"k", "p"}, "Previous aligned pair"},
	}},
	{"Reading an article opened from a search", []shortcut{
		{[]string{"j", "n"}, "Next match of the searched words"},
		{[]string{"k", "p"}, "Previous match"},
	}},
}

type shortcut struct {
	keys []string
	what string
}

// shortcutHelp is the "Keyboard shortcuts" button and the dialog it opens, which "?" opens
// from anywhere. The dialog is modal (showModal): the rest of the page is inert while it is
// open, so focus stays in it; Escape or Close closes it and focus returns where it was.
//
// The list itself is rendered when the dialog first opens: every page has the dialog, and
// building it into each page's first render was 7–11 ms of a phone's start-up for a list few
// readers open.
type shortcutHelp struct {
	app.Compo

	unlisten func()
	untrap   func()
	opener   app.Value // the element that had focus when the dialog opened
	filled   bool      // the list is rendered: the dialog has opened once
}

func newShortcutHelp() *shortcutHelp { return &shortcutHelp{} }

const shortcutDialogID = "shortcuts-dialog"

func (h *shortcutHelp) OnMount(ctx app.Context) {
	h.unlisten = onShortcut(ctx, "?", func(ctx app.Context, key string) { h.open(ctx) })
	h.untrap = trapFocus(app.Window().GetElementByID(shortcutDialogID))
}

func (h *shortcutHelp) OnDismount() {
	if h.unlisten != nil {
		h.unlisten()
		h.unlisten = nil
	}
	if h.untrap != nil {
		h.untrap()
		h.untrap = nil
	}
}

// focusable are the elements Tab can reach inside a dialog.
const focusable = `button:not([disabled]), a[href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])`

// trapFocus keeps Tab and Shift+Tab inside el: a modal dialog makes the page inert, but Tab
// past its last control leaves for the browser's own interface. It runs in the keydown
// listener itself, as preventDefault must. It returns the function that removes it.
func trapFocus(el app.Value) (remove func()) {
	if !app.IsClient || !el.Truthy() {
		return func() {}
	}
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 || args[0].Get("key").String() != "Tab" {
			return nil
		}
		e := args[0]
		items := el.Call("querySelectorAll", focusable)
		n := items.Length()
		if n == 0 {
			e.Call("preventDefault")
			return nil
		}
		first, last := items.Index(0), items.Index(n-1)
		active := app.Window().Get("document").Get("activeElement")
		back := e.Get("shiftKey").Bool()
		inside := el.Call("contains", active).Bool()
		switch {
		case back && (!inside || active.Equal(first)):
			e.Call("preventDefault")
			last.Call("focus")
		case !back && (!inside || active.Equal(last)):
			e.Call("preventDefault")
			first.Call("focus")
		}
		return nil
	})
	el.Call("addEventListener", "keydown", fn)
	return func() {
		el.Call("removeEventListener", "keydown", fn)
		fn.Release()
	}
}

// open shows the dialog. It runs on the UI goroutine, in a dispatch or an event handler, which
// go-app follows with a render: the first time, the dialog opens after that render has filled
// it.
func (h *shortcutHelp) open(ctx app.Context) {
	d := app.Window().GetElementByID(shortcutDialogID)
	if !d.Truthy() || d.Get("open").Bool() || !d.Get("showModal").Truthy() {
		return
	}
	h.opener = app.Window().Get("document").Get("activeElement")
	if !h.filled {
		h.filled = true
		ctx.Defer(func(ctx app.Context) { h.showModal() })
		return
	}
	h.showModal()
}

func (h *shortcutHelp) showModal() {
	d := app.Window().GetElementByID(shortcutDialogID)
	if !d.Truthy() || d.Get("open").Bool() {
		return
	}
	d.Call("showModal")
	if b := app.Window().GetElementByID("shortcuts-close"); b.Truthy() {
		b.Call("focus")
	}
}

func (h *shortcutHelp) onOpen(ctx app.Context, e app.Event) { h.open(ctx) }

func (h *shortcutHelp) onClose(ctx app.Context, e app.Event) {
	if d := app.Window().GetElementByID(shortcutDialogID); d.Truthy() && d.Get("open").Bool() {
		d.Call("close")
	}
}

// onClosed returns focus to where it was, whichever way the dialog closed (Escape, Close).
func (h *shortcutHelp) onClosed(ctx app.Context, e app.Event) {
	if o := h.opener; o != nil && o.Truthy() && o.Get("isConnected").Bool() {
		o.Call("focus")
	}
	h.opener = nil
}

func (h *shortcutHelp) Render() app.UI {
	return app.Div().Class("shortcut-help").Body(
		app.Button().Type("button").Class("link-button").ID("shortcuts-open").
			Aria("haspopup", "dialog").OnClick(h.onOpen).
			Body(app.Text("Keyboard shortcuts "), app.Kbd().Text("?")),
		app.Dialog().ID(shortcutDialogID).Class("shortcuts").Aria("labelledby", "shortcuts-title").
			On("close", h.onClosed).Body(
			app.H2().ID("shortcuts-title").Text("Keyboard shortcuts"),
			app.If(h.filled, h.renderList),
			app.Button().Type("button").Class("button").ID("shortcuts-close").OnClick(h.onClose).Text("Close"),
		),
	)
}

// renderList is the dialog's list of shortcuts, by view.
func (h *shortcutHelp) renderList() app.UI {
	return app.Div().Class("shortcuts-list").Body(
		app.Range(shortcutList).Slice(func(i int) app.UI {
			g := shortcutList[i]
			return app.Section().Body(
				app.H3().Text(g.where),
				app.Dl().Body(app.Range(g.keys).Slice(func(j int) app.UI {
					k := g.keys[j]
					var keys []app.UI
					for n, key := range k.keys {
						if n > 0 {
							keys = append(keys, app.Text(" or "))
						}
						keys = append(keys, app.Kbd().Text(key))
					}
					return app.Div().Class("shortcut").Body(app.Dt().Body(keys...), app.Dd().Text(k.what))
				})),
			)
		}),
		app.P().Class("shortcuts-note").Text("Shortcuts do nothing while you type in a field."),
	)
}
