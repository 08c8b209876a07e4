package app

import (
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/cite"
)

// compareColumns is the aligned text of a comparison, as a component with what the reader
// does with it: on a phone, an A/B toggle shows one article's column at a time, keeping the
// pair on screen where it was; everywhere, j/n and k/p move to the next and previous pair,
// and each pair's "Cite" copies its citation.
type compareColumns struct {
	app.Compo

	View  *compareView
	Focus int  // the pair the URL focuses, 0 for none
	Pairs bool // the aligned pairs only
	// SideB says the link names the B half of the focused pair ("#pair-N-b"): a phone then shows
	// the B column, which holds it, until the reader switches.
	SideB bool
	// Part is the URL's 1-based ?part= of a long comparison, 0 for none; a focused pair's part
	// wins over it.
	Part int
	// Later leaves the rows out, for the page's next render (comparePage.later).
	Later bool
	// Rows, when above 0, shows the first Rows blocks of the rows only, and not the part
	// navigation below them: the page adds the rest in later renders (comparePage.rows).
	Rows int

	side     string // "a" or "b": the column a phone shows
	cur      int    // the pair the shortcuts last moved to, 0 for none
	unlisten func()
}

func newCompareColumns(v *compareView, focus int, pairs bool) *compareColumns {
	return &compareColumns{View: v, Focus: focus, Pairs: pairs}
}

func (c *compareColumns) OnMount(ctx app.Context) {
	c.unlisten = onShortcut(ctx, "jnkp", func(ctx app.Context, key string) {
		delta := 1
		if key == "k" || key == "p" {
			delta = -1
		}
		c.step(ctx, delta)
	})
}

func (c *compareColumns) OnDismount() {
	if c.unlisten != nil {
		c.unlisten()
		c.unlisten = nil
	}
}

// inPart sets Part.
func (c *compareColumns) inPart(n int) *compareColumns {
	c.Part = n
	return c
}

// rowsLater sets Later.
func (c *compareColumns) rowsLater(b bool) *compareColumns {
	c.Later = b
	return c
}

// rowsUpTo sets Rows.
func (c *compareColumns) rowsUpTo(n int) *compareColumns {
	c.Rows = n
	return c
}

// sideB sets SideB.
func (c *compareColumns) sideB(b bool) *compareColumns {
	c.SideB = b
	return c
}

// OnUpdate forgets the shortcuts' position, and the side the reader chose, when the page shows
// another comparison or focus: the new link's fragment says which side to show.
func (c *compareColumns) OnUpdate(ctx app.Context) {
	c.cur = 0
	c.side = ""
}

// pairElement is the element that shows pair n on the side a phone shows: the right half of a
// pair told in another order has its own element.
func (c *compareColumns) pairElement(n int) app.Value {
	doc := app.Window()
	if c.current() == "b" {
		if el := doc.GetElementByID(pairID(n) + "-b"); el.Truthy() {
			return el
		}
	}
	return doc.GetElementByID(pairID(n))
}

// headerRoom is the height, in CSS pixels, that the sticky header and column heads may cover
// at the top of the window.
const headerRoom = 110

// onScreen returns the first pair whose element is at least partly below the header, 0 when
// none is on screen.
func (c *compareColumns) onScreen() int {
	h := app.Window().Get("innerHeight").Float()
	for n := 1; n <= len(c.View.c.Pairs); n++ {
		el := c.pairElement(n)
		if !el.Truthy() {
			continue
		}
		r := el.Call("getBoundingClientRect")
		if top, bottom := r.Get("top").Float(), r.Get("bottom").Float(); bottom > headerRoom && top < h {
			return n
		}
	}
	return 0
}

// step moves to the next (+1) or previous (-1) pair, from the pair last moved to while it is
// on screen, or else from the first pair on screen; it scrolls the pair to the top, focuses it
// and puts it in the URL (replacing the history entry: a key press is not a page).
func (c *compareColumns) step(ctx app.Context, delta int) {
	n := len(c.View.c.Pairs)
	if n == 0 {
		return
	}
	from := c.cur
	if from == 0 && c.Focus > 0 {
		from = c.Focus
	}
	if from > 0 && !c.visible(from) {
		from = 0
	}
	var next int
	switch {
	case from > 0:
		next = from + delta
	case delta > 0:
		// From where the reader scrolled: the first pair starting below the header, else the
		// one after the first on screen.
		next = 1
		if s := c.onScreen(); s > 0 {
			next = s
			if top := c.pairElement(s).Call("getBoundingClientRect").Get("top").Float(); top < headerRoom-10 {
				next = s + 1
			}
		}
	default:
		next = max(c.onScreen()-1, 1)
	}
	next = min(max(next, 1), n)
	c.cur = next
	el := c.pairElement(next)
	if !el.Truthy() {
		if next != from {
			// The pair is in another part of a long comparison: open that part at it.
			u := *ctx.Page().URL()
			q := u.Query()
			q.Del("part")
			q.Del("focus")
			u.RawQuery, u.Fragment = q.Encode(), pairID(next)
			ctx.NavigateTo(&u)
		}
		return
	}
	el.Call("scrollIntoView", map[string]any{"block": "start"})
	el.Call("focus", map[string]any{"preventScroll": true})
	u := *ctx.Page().URL()
	u.Fragment = el.Get("id").String() // "pair-N", or "pair-N-b" for B's half told elsewhere
	ctx.Page().ReplaceURL(&u)
}

func (c *compareColumns) visible(n int) bool {
	el := c.pairElement(n)
	if !el.Truthy() {
		return false
	}
	r := el.Call("getBoundingClientRect")
	return r.Get("bottom").Float() > 0 && r.Get("top").Float() < app.Window().Get("innerHeight").Float()
}

// show switches a phone to one article's column, keeping the pair nearest the top of the
// window where it was on screen.
func (c *compareColumns) show(side string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		defer recoverAndLog("compare")
		if side == c.current() {
			return
		}
		anchor := c.onScreen()
		var top float64
		if anchor > 0 {
			top = c.pairElement(anchor).Call("getBoundingClientRect").Get("top").Float()
		}
		c.side = side
		if anchor == 0 {
			return
		}
		ctx.Defer(func(ctx app.Context) {
			if el := c.pairElement(anchor); el.Truthy() {
				now := el.Call("getBoundingClientRect").Get("top").Float()
				app.Window().Call("scrollBy", 0, now-top)
			}
		})
	}
}

// current is the side a phone shows: the reader's choice, else the one the link names.
func (c *compareColumns) current() string {
	switch {
	case c.side != "":
		return c.side
	case c.SideB:
		return "b"
	}
	return "a"
}

// cite copies the citation of pair n.
func (c *compareColumns) cite(n int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		defer recoverAndLog("compare")
		text, ok := cite.Pair(c.View.c, n, citeLinks())
		if !ok {
			return
		}
		copyText(ctx, text, "Citation of pair "+strconv.Itoa(n)+" copied.")
	}
}

func (c *compareColumns) Render() app.UI {
	v := c.View
	if v == nil {
		return app.Div()
	}
	side := c.current()
	v.onCite = c.cite
	focus := c.Focus
	if c.cur > 0 {
		focus = c.cur
	}
	toggle := func(s, letter string, a *corpus.Article) app.UI {
		return app.Button().Type("button").Class("phone-toggle-option").ID(attrText("phone-show-"+s)).
			Aria("pressed", side == s).OnClick(c.show(s)).Body(
			app.Span().Class("side-tag side-tag-"+s).Text(letter),
			app.Span().Class("phone-toggle-title").Dir("auto").Lang(articleLang(a)).Text(" "+a.Title),
		)
	}
	link := func(n int) string {
		q := url.Values{}
		if c.Pairs {
			q.Set("view", viewPairs)
		}
		if n > 1 {
			q.Set("part", strconv.Itoa(n))
		}
		u := compareURL(v.c.A.ID, v.c.B.ID)
		if len(q) > 0 {
			u += "?" + q.Encode()
		}
		return attrURL(u)
	}
	part := v.part(c.Pairs, c.Focus, c.Part)
	var body app.UI
	switch {
	case c.Later:
		body = app.Div().Class("compare-align-later")
	case c.Pairs:
		body = v.renderPairs(focus, part, link)
	default:
		body = v.renderRows(focus, part, link, c.Rows)
	}
	return app.Div().Class("compare-columns show-"+side).ID("compare-columns").Body(
		app.Div().Class("phone-toggle").Role("group").Aria("label", "Article to show").Body(
			toggle("a", "A", v.c.A),
			toggle("b", "B", v.c.B),
		),
		body,
	)
}
