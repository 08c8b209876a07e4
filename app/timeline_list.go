package app

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus/timeline"
)

// renderList lists the page of entries of the period in view, or asks for a period.
func (p *timelinePage) renderList() app.UI {
	if p.list == nil {
		if p.dated == 0 {
			return app.Text("")
		}
		if p.inPeriod == 0 {
			return app.P().Class("tl-pick").Text(fmt.Sprintf("No entry falls in %s here: pick another %s above.", p.view.At.Label(), p.axis.Unit))
		}
		return app.P().Class("tl-pick").Text(fmt.Sprintf("%s entries are too many for one list: pick a %s above to see its entries.", thousands(p.inPeriod), p.axis.Unit))
	}
	src := newTLSources(p.corpus)
	items := make([]app.UI, 0, len(p.list))
	for _, e := range p.list {
		items = append(items, src.eventView(e))
	}
	title := "Entries in " + p.view.At.Label()
	if p.view.At.Whole() {
		title = "Entries"
	}
	first := (p.page-1)*tlPageSize + 1
	return app.Section().Class("tl-list").Aria("labelledby", "tl-list-title").Body(
		app.H2().ID("tl-list-title").Class("tl-list-title").Body(
			app.Text(title),
			app.Span().Class("tl-heading-count").Text(fmt.Sprintf(" (%s–%s of %s)", thousands(first), thousands(first+len(p.list)-1), thousands(p.inPeriod))),
		),
		p.renderLongerNote(),
		app.Ol().Class("tl-events").Attr("start", first).Body(items...),
		p.renderPager(),
	)
}

// renderLongerNote says, when some entries are dated only to a longer time than the period in
// view (a year's entries in a day's view), that they come after the period's own.
func (p *timelinePage) renderLongerNote() app.UI {
	longer := p.inPeriod - p.within
	if p.view.At.Whole() || longer == 0 {
		return app.Text("")
	}
	return app.P().Class("tl-longer-note").Text(fmt.Sprintf(
		"%s of these %s %s dated only to a longer time that includes %s (its month or year, say): %s listed after the others.",
		thousands(longer), thousands(p.inPeriod), plural(longer, "is", "are"), p.view.At.Label(), plural(longer, "it is", "they are")))
}

func (p *timelinePage) renderPager() app.UI {
	if p.pages <= 1 {
		return app.Text("")
	}
	link := func(n int, label, rel string) app.UI {
		a := app.A().Class("pager-link").Href(timelineURL(p.tlValues(timeline.View{At: p.view.At, Page: n}))).Text(label)
		if rel != "" {
			a = a.Rel(attrText(rel))
		}
		if n == p.page {
			a = a.Aria("current", "page")
		}
		return app.Li().Body(a)
	}
	var items []app.UI
	if p.page > 1 {
		items = append(items, link(p.page-1, "‹ Previous", "prev"))
	}
	for n := max(1, p.page-2); n <= min(p.pages, p.page+2); n++ {
		items = append(items, link(n, strconv.Itoa(n), ""))
	}
	if p.page < p.pages {
		items = append(items, link(p.page+1, "Next ›", "next"))
	}
	return app.Nav().Class("pager").Aria("label", "Pages of entries").Body(
		app.Ul().Body(items...),
		app.P().Class("pager-of").Text(fmt.Sprintf("Page %d of %d", p.page, p.pages)),
	)
}

// renderUndated lists the first mentions that have no place in time, folded away.
func (p *timelinePage) renderUndated() app.UI {
	if p.undatedN == 0 {
		return app.Text("")
	}
	src := newTLSources(p.corpus)
	var items []app.UI
	for _, e := range p.undated {
		for _, s := range e.Sources {
			if len(items) < tlMaxUndated {
				items = append(items, src.sourceView(&e, s))
			}
		}
	}
	more := app.UI(app.Text(""))
	if p.undatedN > len(items) {
		more = app.P().Class("tl-more").Text(fmt.Sprintf("And %s more.", thousands(p.undatedN-len(items))))
	}
	return app.Details().Class("tl-undated").Body(
		app.Summary().Text(fmt.Sprintf("Undated mentions (%s)", thousands(p.undatedN))),
		app.P().Text("These expressions depend on another event (“hours after”) or on a publication date nobody knows. Parallax does not guess their dates."),
		app.Ul().Class("tl-sources").Body(items...),
		more,
	)
}
