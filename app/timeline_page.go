package app

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/timeline"
)

// timelinePage shows the corpus's events in time, filtered and zoomed as its URL says.
type timelinePage struct {
	app.Compo

	query    timeline.Query
	queryErr error
	err      error
	corpus   *corpus.Corpus
	all      []timeline.Event // every event of the corpus, for the filter choices
	events   []timeline.Event // the events that pass the query
	outlets  []string
	entities []string
}

func newTimelinePage() app.Composer { return &timelinePage{} }

// timelineEvents are the corpus's merged events, derived at build time and decoded with the
// corpus (see setDecoded).
var timelineEvents []timeline.Event

// corpusTimeline returns the corpus's events; the corpus never changes while the app runs.
func corpusTimeline(c *corpus.Corpus) []timeline.Event {
	return timelineEvents
}

func (p *timelinePage) OnNav(ctx app.Context) {
	defer func() {
		if r := recover(); r != nil {
			p.err = fmt.Errorf("building the timeline: %v", r)
		}
	}()
	p.query, p.queryErr = timeline.ParseQuery(ctx.Page().URL().Query())
	p.err = nil
	c, err := loadCorpus()
	if err != nil {
		p.err = err
		return
	}
	p.corpus = c
	p.all = corpusTimeline(c)
	p.events = timeline.Filter(c, p.all, p.query)
	p.outlets = timeline.Outlets(c)
	p.entities = timeline.Entities(p.all)
	setPageMeta(ctx, "Timeline — Parallax", fmt.Sprintf("What %d news articles say happened, when, and who reported it.", len(c.Articles)))
}

func (p *timelinePage) Render() app.UI {
	if p.err != nil {
		return page(navTimeline, errorView("The timeline could not be shown", p.err))
	}
	if p.corpus == nil {
		return page(navTimeline, app.H1().Text("Timeline"))
	}
	src := newTLSources(p.corpus)
	dated, undated := 0, 0
	for _, e := range p.events {
		if e.Dated() {
			dated++
		} else {
			undated++
		}
	}
	return page(navTimeline,
		app.Div().Class("timeline").Body(
			app.H1().Text("Timeline"),
			app.P().Class("lede").Text("What the articles say happened, was due or was expected, each at the precision its text supports, with the sentence it comes from. Publication dates run in their own lane."),
			p.renderQueryError(),
			p.renderFilters(),
			p.renderZoom(),
			p.renderLegend(src),
			app.P().Class("tl-count").Aria("live", "polite").Text(countLabel(dated, undated, p.query.Filtered())),
			p.renderGroups(src),
			p.renderUndated(src, undated),
		),
	)
}

func countLabel(dated, undated int, filtered bool) string {
	s := fmt.Sprintf("%d %s on the timeline", dated, plural(dated, "entry", "entries"))
	if undated > 0 {
		s += fmt.Sprintf(", %d undated %s", undated, plural(undated, "mention", "mentions"))
	}
	if filtered {
		s += " match the filters"
	}
	return s + "."
}

func (p *timelinePage) renderQueryError() app.UI {
	if p.queryErr == nil {
		return app.Text("")
	}
	return app.P().Class("notice tl-notice").Aria("live", "polite").Body(
		app.Text("Part of this link could not be read and is ignored: "+p.queryErr.Error()+". "),
		app.A().Href(timelineURL(p.query.Values())).Text("Open the link without it"),
	)
}

// renderGroups lays out years, months and days as headings, each period with a lane for what
// was reported and a lane for what was published.
func (p *timelinePage) renderGroups(src *tlSources) app.UI {
	groups := groupEvents(p.events, p.query.Zoom)
	if len(groups) == 0 {
		return app.P().Class("notice tl-empty").Body(
			app.Text("No dated entry matches these filters. "),
			app.A().Href(timelineURL(timeline.Query{Zoom: p.query.Zoom}.Values())).Text("Show the whole timeline"),
		)
	}
	out := make([]app.UI, 0, len(groups))
	for _, y := range groups {
		out = append(out, p.renderGroup(src, y, 2))
	}
	return app.Div().Class("tl-periods").Body(out...)
}

func (p *timelinePage) renderGroup(src *tlSources, g *tlGroup, level int) app.UI {
	label := []app.UI{
		app.Span().Text(g.Label),
		app.Span().Class("tl-heading-count").Text(fmt.Sprintf(" (%d)", g.Count)),
	}
	var heading app.UI
	switch level {
	case 2:
		heading = app.H2().Class("tl-heading").Body(label...)
	case 3:
		heading = app.H3().Class("tl-heading").Body(label...)
	default:
		heading = app.H4().Class("tl-heading").Body(label...)
	}
	body := []app.UI{heading}
	if len(g.Loose) > 0 {
		body = append(body, p.renderLanes(src, g.Loose, level, len(g.Sub) > 0))
	}
	for _, s := range g.Sub {
		body = append(body, p.renderGroup(src, s, level+1))
	}
	return app.Section().ID(g.ID).Class(fmt.Sprintf("tl-period tl-level-%d", level)).Body(body...)
}

// renderLanes puts reported events and publications side by side (stacked on a phone).
// loose says the events are coarser than the sub-periods that follow them.
func (p *timelinePage) renderLanes(src *tlSources, evs []timeline.Event, level int, loose bool) app.UI {
	var reported, published []app.UI
	for _, e := range evs {
		if e.Lane == timeline.LanePublished {
			published = append(published, src.eventView(e))
		} else {
			reported = append(reported, src.eventView(e))
		}
	}
	lanes := []app.UI{}
	if len(reported) > 0 {
		title := "Reported"
		if loose {
			title = "Reported, no finer date"
		}
		lanes = append(lanes, app.Div().Class("tl-lane tl-lane-reported").Body(
			app.P().Class("tl-lane-title").Text(title),
			app.Ol().Class("tl-events").Body(reported...),
		))
	}
	if len(published) > 0 {
		lanes = append(lanes, app.Div().Class("tl-lane tl-lane-published").Body(
			app.P().Class("tl-lane-title").Text("Published"),
			app.Ol().Class("tl-events").Body(published...),
		))
	}
	return app.Div().Class("tl-lanes").Body(lanes...)
}

// renderUndated lists the mentions that have no place in time, folded away.
func (p *timelinePage) renderUndated(src *tlSources, n int) app.UI {
	if n == 0 {
		return app.Text("")
	}
	var items []app.UI
	for _, e := range p.events {
		if e.Dated() {
			continue
		}
		for _, s := range e.Sources {
			items = append(items, src.sourceView(s))
		}
	}
	return app.Details().Class("tl-undated").Body(
		app.Summary().Text(fmt.Sprintf("Undated mentions (%d)", n)),
		app.P().Text("These expressions depend on another event (“hours after”) or on a publication date nobody knows. Parallax does not guess their dates."),
		app.Ul().Class("tl-sources").Body(items...),
	)
}

// renderLegend names each source: its key, colour, title, outlet and publication date.
func (p *timelinePage) renderLegend(src *tlSources) app.UI {
	items := make([]app.UI, 0, len(p.corpus.Articles))
	for _, a := range p.corpus.Articles {
		items = append(items, app.Li().Class(src.class[a.ID]).Body(
			app.Span().Class("tl-key").Text(src.key[a.ID]),
			app.A().Class("tl-legend-title").Href(readerURL(a.ID, "")).Text(a.Title),
			app.Span().Class("tl-legend-date").Text(" · "+outletLabel(a)+" · "+dateLabel(a.Published)),
		))
	}
	return app.Details().Class("tl-legend").Open(true).Body(
		app.Summary().Text("Sources"),
		app.Ul().Class("tl-legend-list").Body(items...),
	)
}
