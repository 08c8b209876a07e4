package app

// The reader's search hits: the sentences that hold the searched words, and the bar that moves
// between them, previous and next.

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/search"
)

// findHits finds the searched words in every sentence of the article, once per navigation.
func (p *readerPage) findHits(q string) {
	p.query, p.spans, p.hits, p.hit, p.hitPart = q, nil, 0, -1, nil
	if q == "" || p.article == nil {
		return
	}
	eng, err := engineOr(p.engine)
	if err != nil {
		return // the text still shows; only the highlights are missing
	}
	h := eng.Highlighter(q)
	p.spans = make(map[string][]search.Span)
	n := 0 // the sentence's number in reading order
	for _, para := range p.article.Paragraphs {
		for _, s := range para.Sentences {
			if sp := h.Spans(s.Text); len(sp) > 0 {
				p.spans[s.ID] = sp
				p.hits += len(sp)
				for range sp {
					p.hitPart = append(p.hitPart, corpus.PartOf(p.parts, n))
				}
			}
			n++
		}
	}
}

// move steps to the next (+1) or previous (-1) hit, wrapping around, and returns its element
// ID; "" when there is none.
func (p *readerPage) move(delta int) string {
	if p.hits == 0 {
		return ""
	}
	switch {
	case p.hit < 0 && delta < 0:
		p.hit = p.hits - 1
	case p.hit < 0:
		p.hit = 0
	default:
		p.hit = ((p.hit+delta)%p.hits + p.hits) % p.hits
	}
	return hitID(p.hit)
}

// step is the handler of the next and previous controls: it moves and brings the hit into view.
func (p *readerPage) step(delta int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		defer recoverAndLog("reader")
		p.goHit(ctx, delta)
	}
}

// goHit moves to the next (+1) or previous (-1) hit and brings it into view, focused.
func (p *readerPage) goHit(ctx app.Context, delta int) {
	id := p.move(delta)
	if id == "" {
		return
	}
	if p.hit < len(p.hitPart) {
		p.part = p.hitPart[p.hit] // the hit may be in another part: show that one
	}
	ctx.Defer(func(ctx app.Context) {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Call("scrollIntoView", map[string]any{"block": "center"})
			el.Call("focus", map[string]any{"preventScroll": true})
		}
	})
}

func hitID(i int) string { return "hit-" + strconv.Itoa(i+1) }

// renderHitBar says how often the searched words occur, with next and previous controls.
func (p *readerPage) renderHitBar() app.UI {
	if p.query == "" {
		return app.Text("")
	}
	clear := app.A().Class("hit-clear").Href(readerURL(p.id, p.target)).Text("Clear highlights")
	if p.hits == 0 {
		return app.P().Class("reader-hits").Role("status").Body(
			app.Text("The searched words “"), app.Bdi().Text(truncate(p.query, 80)), app.Text("” are not in this article's text. "), clear)
	}
	at := ""
	if p.hit >= 0 {
		at = fmt.Sprintf("%d of ", p.hit+1)
	}
	return app.Div().Class("reader-hits").Body(
		app.Span().Role("status").Body(
			app.Text(fmt.Sprintf("%s%d %s for “", at, p.hits, plural(p.hits, "match", "matches"))),
			app.Bdi().Text(truncate(p.query, 80)), app.Text("”")),
		app.Button().Type("button").Class("hit-prev").Aria("label", "Previous match").OnClick(p.step(-1)).Text("↑ Previous"),
		app.Button().Type("button").Class("hit-next").Aria("label", "Next match").OnClick(p.step(1)).Text("↓ Next"),
		clear,
	)
}
