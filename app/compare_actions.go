package app

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderActions offers swapping sides, copying the link and, where the browser has it, sharing.
func (p *comparePage) renderActions() app.UI {
	return app.Div().Class("compare-actions").Body(
		app.A().Class("button button-secondary").ID("compare-swap").
			Href(attrURL(p.url(p.b.ID, p.a.ID, p.pairs))).Text("⇄ Swap sides"),
		app.Button().Class("button button-secondary").ID("compare-copy").Type("button").
			OnClick(p.copyLink).Text("Copy link"),
		app.If(p.canShare, func() app.UI {
			return app.Button().Class("button button-secondary").ID("compare-share").Type("button").
				OnClick(p.share).Text("Share…")
		}),
		app.Span().Class("compare-status").ID("compare-status").Aria("live", "polite").Text(p.status),
	)
}

// viewPairs is the value of ?view= that shows the aligned pairs only.
const viewPairs = "pairs"

// url links to the comparison of a and b, in the pairs-only view or the full one.
func (p *comparePage) url(a, b string, pairs bool) string {
	u := compareURL(a, b)
	if pairs {
		u += "?view=" + viewPairs
	}
	return u
}

// renderViewSwitch chooses between every sentence of both sides and the aligned pairs alone,
// which is quicker to read when the articles are long and share little.
func (p *comparePage) renderViewSwitch() app.UI {
	option := func(label string, pairs bool, id string) app.UI {
		a := app.A().Class("sort-option").ID(attrText(id)).Href(attrURL(p.url(p.a.ID, p.b.ID, pairs))).Text(label)
		if pairs == p.pairs {
			a = a.Aria("current", "true")
		}
		return a
	}
	return app.Nav().Class("sort-bar compare-view-switch").Aria("label", "What to show").Body(
		app.Span().Class("sort-label").Text("Show:"),
		option("All sentences", false, "compare-view-all"),
		option(fmt.Sprintf("Aligned pairs only (%d)", len(p.cmp.Pairs)), true, "compare-view-pairs"),
	)
}

// link is the address of the current view, as a reader would share it.
func (p *comparePage) link() string {
	return app.Window().Get("location").Get("href").String()
}

func (p *comparePage) copyLink(ctx app.Context, e app.Event) {
	defer guardEvent(ctx, &p.status)
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		p.status = "Copying is not available here: copy the address from the address bar."
		return
	}
	promise(ctx, clip.Call("writeText", p.link()), func(ok bool) {
		if ok {
			p.status = "Link copied."
		} else {
			p.status = "The browser did not allow copying: copy the address from the address bar."
		}
	})
}

func (p *comparePage) share(ctx app.Context, e app.Event) {
	defer guardEvent(ctx, &p.status)
	nav := app.Window().Get("navigator")
	if !nav.Get("share").Truthy() {
		return
	}
	data := map[string]any{"title": p.a.Title + " vs " + p.b.Title, "url": p.link()}
	promise(ctx, nav.Call("share", data), func(ok bool) {
		if ok {
			p.status = "Shared."
		} else {
			p.status = "" // the reader closed the share sheet: nothing to say
		}
	})
}
