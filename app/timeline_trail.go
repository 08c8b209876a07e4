package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/timeline"
)

// renderTrail shows where the view is (All years › 2024 › November 2024) and steps to the
// previous and next period of the same length.
func (p *timelinePage) renderTrail() app.UI {
	at := p.view.At
	var chain []timeline.Period
	for q := at; ; q = q.Parent() {
		chain = append([]timeline.Period{q}, chain...)
		if q.Whole() {
			break
		}
	}
	items := make([]app.UI, 0, len(chain)+2)
	for i, q := range chain {
		var el app.UI
		if i == len(chain)-1 {
			el = app.Span().Aria("current", "page").Text(q.Label())
		} else {
			el = app.A().Href(timelineURL(p.tlValues(timeline.View{At: q}))).Text(q.Label())
		}
		items = append(items, app.Li().Body(el))
	}
	var steps app.UI = app.Text("")
	if !at.Whole() {
		prev, next := stepPeriod(at, -1), stepPeriod(at, 1)
		steps = app.P().Class("tl-steps").Body(
			app.A().Class("tl-step").Href(timelineURL(p.tlValues(timeline.View{At: prev}))).Rel("prev").Text("‹ "+prev.Label()),
			app.A().Class("tl-step").Href(timelineURL(p.tlValues(timeline.View{At: next}))).Rel("next").Text(next.Label()+" ›"),
		)
	}
	return app.Div().Class("tl-trail-bar").Body(
		app.Nav().Class("tl-trail").Aria("label", "Period in view").Body(app.Ol().Body(items...)),
		steps,
	)
}

// stepPeriod returns the period of the same length dir steps away.
func stepPeriod(p timeline.Period, dir int) timeline.Period {
	d := p.Date
	if p.Years > 0 {
		if d.Year+dir*p.Years < 0 || d.Year+dir*p.Years > 9999 {
			return p
		}
		d.Year += dir * p.Years
		return timeline.Period{Date: d, Years: p.Years}
	}
	switch d.Precision {
	case corpus.PrecisionYear:
		d.Year += dir
	case corpus.PrecisionMonth:
		d.Month += dir
		if d.Month < 1 {
			d.Year, d.Month = d.Year-1, 12
		} else if d.Month > 12 {
			d.Year, d.Month = d.Year+1, 1
		}
	case corpus.PrecisionDay:
		d.Day += dir
		if d.Day < 1 {
			d.Month--
			if d.Month < 1 {
				d.Year, d.Month = d.Year-1, 12
			}
			d.Day = corpus.DaysIn(d.Year, d.Month)
		} else if d.Day > corpus.DaysIn(d.Year, d.Month) {
			d.Day, d.Month = 1, d.Month+1
			if d.Month > 12 {
				d.Year, d.Month = d.Year+1, 1
			}
		}
	}
	if d.Year < 1 {
		return p
	}
	return timeline.Period{Date: d}
}
