package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus/cite"
)

// citeLinks builds absolute links into this site for citations and exports: the page's origin
// and the app's base path, so that a link pasted elsewhere leads back here. On the server,
// where there is no page, the links are relative to the root.
func citeLinks() cite.Links {
	if !app.IsClient {
		return cite.Links{}
	}
	origin := app.Window().Get("location").Get("origin")
	if !origin.Truthy() {
		return cite.Links{Base: basePath()}
	}
	return cite.Links{Base: origin.String() + basePath()}
}

// actionCopied is posted with a message for the copy status line to show.
const actionCopied = "parallax.copied"

// copyText hands text to the clipboard and posts ok, or an explanation, to the copy status
// line: the async clipboard API may be missing (an insecure origin) or refused.
func copyText(ctx app.Context, text, ok string) {
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() || !clip.Get("writeText").Truthy() {
		ctx.NewActionWithValue(actionCopied, "Copying is not available in this browser.")
		return
	}
	promise(ctx, clip.Call("writeText", text), func(done bool) {
		msg := ok
		if !done {
			msg = "The browser did not allow copying."
		}
		ctx.NewActionWithValue(actionCopied, msg)
	})
}

// copyStatus is the line that confirms a copy or an export: fixed at the bottom of the window,
// so that it is seen wherever the button was, and a role=status live region, so that it is
// heard. It is always in the page (empty when idle), as a live region must be before it speaks.
type copyStatus struct {
	app.Compo

	msg   string
	shown int // counts messages, so that an old timer does not clear a newer one
}

func newCopyStatus() *copyStatus { return &copyStatus{} }

// copyStatusTime is how long a message stays on screen.
const copyStatusTime = 6 * time.Second

func (c *copyStatus) OnMount(ctx app.Context) {
	ctx.Handle(actionCopied, func(ctx app.Context, a app.Action) {
		msg, _ := a.Value.(string)
		c.msg = msg
		c.shown++
		n := c.shown
		ctx.After(copyStatusTime, func(ctx app.Context) {
			if c.shown == n {
				c.msg = ""
			}
		})
	})
}

func (c *copyStatus) Render() app.UI {
	class := "copy-status"
	if c.msg != "" {
		class += " is-shown"
	}
	return app.P().Class(class).ID("copy-status").Role("status").Text(c.msg)
}
