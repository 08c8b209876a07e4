package app

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/timeline"
)

// Bounds of the timeline view, so that its size does not grow with the corpus.
const (
	tlPageSize      = 20 // events listed per page
	tlMaxLanes      = 8  // outlets with a lane of their own; the rest share one
	tlMaxSources    = 3  // sources shown per event; the others are counted
	tlMaxUndated    = 20 // undated mentions listed
	tlOutletChoices = 40 // outlets in the filter menu
	tlEntityChoices = 60 // names in the filter menu
)

// timelinePage shows the corpus's events on a time axis and lists those of the period in view,
// filtered as its URL says.
type timelinePage struct {
	app.Compo

	query    timeline.Query
	view     timeline.View
	queryErr error
	// absent says which of the link's filters name an outlet or a name no entry has.
	absent []message
	err    error
	// filtersOpen shows the filters on a phone, where they are folded away (foldableFilters).
	filtersOpen bool
	waiting     bool // for the articles' text (awaitText)
	corpus      *corpus.Corpus
	outlets     []string // filter menu choices
	entities    []string

	axis        timeline.Axis
	dated       int              // dated events that pass the filters
	inPeriod    int              // of those, the ones that can fall in the period in view
	within      int              // of those, the ones dated within it, listed first
	list        []timeline.Event // the page of them shown; nil when only counts are shown
	page, pages int
	pageClamped bool
	undated     []timeline.Event // the first tlMaxUndated undated mentions' events
	undatedN    int
}

func newTimelinePage() app.Composer { return &timelinePage{} }

// timelineEvents are the corpus's merged events, derived at build time and decoded with the
// corpus (see setDecoded).
var timelineEvents []timeline.Event

// corpusTimeline returns the corpus's events; the corpus never changes while the app runs.
func corpusTimeline(c *corpus.Corpus) []timeline.Event {
	return timelineEvents
}

// timelineNames is the Names filter's list of the events timelineNamesOf holds, derived once
// rather than on every navigation of the timeline; setCorpus drops it.
var (
	timelineNames   []string
	timelineNamesOf []timeline.Event
)

func corpusTimelineNames(all []timeline.Event) []string {
	same := len(all) == len(timelineNamesOf) && (len(all) == 0 || &all[0] == &timelineNamesOf[0])
	if timelineNames == nil || !same {
		timelineNames, timelineNamesOf = timeline.Entities(all), all
	}
	return timelineNames
}

func (p *timelinePage) OnNav(ctx app.Context) {
	defer func() {
		if r := recover(); r != nil {
			p.err = fmt.Errorf("building the timeline: %v", r)
		}
	}()
	p.err = nil
	c, err := loadCorpus()
	if err != nil {
		p.err = err
		if textPending(err) {
			awaitText(ctx, &p.waiting, p.OnNav)
		}
		return
	}
	p.derive(c, corpusTimeline(c), ctx.Page().URL().Query())
	setPageMeta(ctx, "Timeline — Parallax", fmt.Sprintf("What %d news articles say happened, when, and who reported it.", len(c.Articles)))
}

// derive computes everything Render shows from the corpus, its events and the URL query.
func (p *timelinePage) derive(c *corpus.Corpus, all []timeline.Event, v url.Values) {
	var err1, err2 error
	p.query, err1 = timeline.ParseQuery(v)
	p.view, err2 = timeline.ParseView(v)
	p.queryErr = errors.Join(err1, err2)
	p.corpus = c
	// timeline.Outlets ranks and groups the outlets as the library's menu does.
	outlets, names := timeline.Outlets(c), corpusTimelineNames(all)
	p.outlets = boundedChoices(outlets, tlOutletChoices, p.query.Outlet)
	p.entities = boundedChoices(names, tlEntityChoices, p.query.Entity)
	p.absent = nil
	if absentFrom(outlets, p.query.Outlet) {
		p.absent = append(p.absent, absentOutletNote(p.query.Outlet))
	}
	// The menu's names are those of the dated entries; the filter also keeps an article's
	// publication entry by its names and its undated entries: a name is absent only when that
	// finds nothing either.
	if absentFrom(names, p.query.Entity) && len(timeline.Filter(c, all, timeline.Query{Entity: p.query.Entity})) == 0 {
		p.absent = append(p.absent, message{words("This link keeps the name “"), val(truncate(p.query.Entity, 80)), words("”, which no entry of the timeline names.")})
	}

	evs := timeline.Filter(c, all, p.query)
	p.dated, p.undatedN, p.undated = 0, 0, nil
	for _, e := range evs {
		if e.Dated() {
			p.dated++
			continue
		}
		p.undatedN += len(e.Sources)
		if len(p.undated) < tlMaxUndated {
			p.undated = append(p.undated, e)
		}
	}
	p.axis = timeline.BuildAxis(c, evs, p.view.At, tlMaxLanes)
	in, within := timeline.InPeriod(evs, p.view.At)
	p.inPeriod, p.within = len(in), within
	p.list = nil
	p.page, p.pages, p.pageClamped = 1, 1, false
	// The whole timeline lists its events only when they fit one page; otherwise the axis
	// leads to a period.
	if !p.view.At.Whole() || len(in) <= tlPageSize {
		p.list, p.page, p.pages = timeline.Window(in, p.view.Page, tlPageSize)
		p.pageClamped = p.page != p.view.Page
	}
}

// boundedChoices keeps the first n choices and the current one, in any case, since the outlet
// and name filters ignore case: once, as the menu selects one.
func boundedChoices(all []string, n int, current string) []string {
	if len(all) <= n {
		return all
	}
	out := append([]string(nil), all[:n]...)
	if current != "" && !slices.ContainsFunc(out, func(c string) bool { return strings.EqualFold(c, current) }) {
		for _, c := range all[n:] {
			if strings.EqualFold(c, current) {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// tlValues are the URL parameters of the current filters and the given view.
func (p *timelinePage) tlValues(w timeline.View) url.Values {
	return w.Set(p.query.Values())
}

func (p *timelinePage) Render() app.UI {
	if keepsPrerendered() {
		return page(navTimeline)
	}
	if textPending(p.err) {
		return textLoadingPage(navTimeline, app.H1().Text("Timeline"))
	}
	if p.err != nil {
		return page(navTimeline, errorView("The timeline could not be shown", p.err))
	}
	if p.corpus == nil {
		return page(navTimeline, app.H1().Text("Timeline"))
	}
	return page(navTimeline,
		app.Div().Class("timeline").Body(
			app.H1().Text("Timeline"),
			app.P().Class("lede").Text("What the articles say happened, was due or was expected, each at the precision its text supports, and how each source dates it. Pick a period on the axis to see its entries."),
			p.renderQueryError(),
			p.renderFilters(),
			p.renderTrail(),
			app.P().Class("tl-count").Aria("live", "polite").Text(p.countLabel()),
			p.renderAxis(),
			p.renderList(),
			p.renderUndated(),
		),
	)
}

func (p *timelinePage) countLabel() string {
	s := fmt.Sprintf("%s dated %s", thousands(p.dated), plural(p.dated, "entry", "entries"))
	if p.undatedN > 0 {
		s += fmt.Sprintf(" and %s undated %s", thousands(p.undatedN), plural(p.undatedN, "mention", "mentions"))
	}
	if p.query.Filtered() {
		s += " match the filters"
	}
	if !p.view.At.Whole() {
		s += fmt.Sprintf("; %s can fall in %s", thousands(p.inPeriod), p.view.At.Label())
	}
	return s + "."
}

func (p *timelinePage) renderQueryError() app.UI {
	var out []app.UI
	if p.queryErr != nil {
		w := p.view
		notices := filterNotices(p.queryErr)
		if !onlySwapped(p.queryErr) {
			notices = append(notices, app.Li().Body(app.A().Href(timelineURL(w.Set(p.query.Values()))).Text("Open the link without what was ignored")))
		}
		out = append(out, app.Ul().Class("notice tl-notice").Body(notices...))
	}
	for _, a := range p.absent {
		out = append(out, app.P().Class("notice tl-notice").Body(a.ui()...))
	}
	if p.pageClamped && p.view.Page > 1 {
		out = append(out, app.P().Class("notice tl-notice").Text(lastPageNote(p.pages, "entries here")))
	}
	if len(out) == 0 {
		return app.Text("")
	}
	return app.Div().Aria("live", "polite").Body(out...)
}
