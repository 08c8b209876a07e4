package app

import (
	"fmt"
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/align"
	"parallax/corpus/cite"
	"parallax/corpus/search"
	"parallax/corpus/timeline"
)

// maxOnly caps the lists of entities only one side names; the rest fold away.
const maxOnly = 10

// summaryMax bounds every list of the summary, folded items included, so that the page stays
// small however long the articles are; the others are counted, not listed.
const summaryMax = 30

// notListed says how many items of a list of n are past summaryMax.
func notListed(n int) app.UI {
	if n <= summaryMax {
		return app.Text("")
	}
	return app.P().Class("summary-more").Text(fmt.Sprintf("%s more not listed here.", thousands(n-summaryMax)))
}

// compareSummary is compareSummaryView as a component. go-app renders a component again only
// when one of its fields changes, and the page re-renders for any update below it (a copy
// status, the Install action appearing, a component's mount): the summary, a third of a
// comparison's elements, is then neither built nor compared again.
type compareSummary struct {
	app.Compo

	Cmp  *align.Comparison
	View *compareView
}

func (s *compareSummary) Render() app.UI { return compareSummaryView(s.Cmp, s.View) }

// compareSummaryView is the strip above the columns: what both name, date, quote, and the
// figures they give differently.
func compareSummaryView(c *align.Comparison, v *compareView) app.UI {
	s := c.Summary
	return app.Section().Class("compare-summary").ID("compare-summary").Aria("labelledby", "compare-summary-title").Body(
		app.H2().ID("compare-summary-title").Text("At a glance"),
		app.Div().Class("summary-grid").Body(
			summaryBlock("summary-shared", "Both name", len(s.Shared), entityList(s.Shared, 0, true)),
			summaryBlock("summary-only-a", "Only A names", len(s.OnlyA), entityList(s.OnlyA, maxOnly, false)),
			summaryBlock("summary-only-b", "Only B names", len(s.OnlyB), entityList(s.OnlyB, maxOnly, false)),
			summaryBlock("summary-dates", "Dates both mention", len(s.Dates), datesList(s.Dates, c.A, c.B)),
			summaryBlock("summary-quotes", "Quotes both carry", len(s.Quotes), quotesList(s.Quotes)),
			summaryBlock("summary-figures", "Figures that differ", len(s.Figures), figuresList(s.Figures, c.A, c.B)),
		),
		// How many pairs, and how many of them are weak, as the Markdown export says it; built
		// from counts only.
		app.P().Class("summary-pairs").Text(cite.PairsSentence(c.Pairs)),
		app.If(c.Capped, func() app.UI {
			// The note is built from counts only, never from article text.
			return app.P().Class("notice compare-cap").ID("compare-cap").Body(
				app.Strong().Text("This comparison was cut short. "),
				app.Text("To stay fast on articles this long, "+c.CapNote+
					". Some pairs, quotes or shared facts may be missing."),
			)
		}),
	)
}

func summaryBlock(id, title string, n int, body app.UI) app.UI {
	return app.Div().Class("summary-block").ID(attrText(id)).Body(
		app.H3().Body(app.Text(title+" "), app.Span().Class("count").Text(fmt.Sprintf("(%d)", n))),
		app.If(n == 0, func() app.UI { return app.P().Class("summary-none").Text("None.") }).
			Else(func() app.UI { return body }),
	)
}

func entityList(es []align.EntityCount, limit int, both bool) app.UI {
	item := func(e align.EntityCount) app.UI {
		counts := fmt.Sprintf("%d", e.A+e.B)
		if both {
			counts = fmt.Sprintf("A %d · B %d", e.A, e.B)
		}
		// The name searches the corpus for it; "timeline" opens the timeline filtered on it.
		return app.Li().Class("chip chip-"+e.Kind.String()).Body(
			app.A().Class("chip-name").Dir("auto").Href(searchURL(search.Query{Text: e.Entity}.Values())).Text(e.Entity),
			app.Span().Class("chip-count").Text(counts),
			app.A().Class("chip-timeline").Href(timelineURL(timeline.Query{Entity: e.Entity, Zoom: timeline.ZoomMonths}.Values())).
				Aria("label", attrText(e.Entity+" on the timeline")).Text("timeline"),
		)
	}
	all := len(es)
	es = es[:min(all, summaryMax)]
	if limit == 0 || len(es) <= limit {
		return app.Div().Body(
			app.Ul().Class("chips").Body(app.Range(es).Slice(func(i int) app.UI { return item(es[i]) })),
			notListed(all),
		)
	}
	head, rest := es[:limit], es[limit:]
	return app.Div().Body(
		app.Ul().Class("chips").Body(app.Range(head).Slice(func(i int) app.UI { return item(head[i]) })),
		app.Details().Body(
			app.Summary().Text(fmt.Sprintf("%d more", all-limit)),
			app.Ul().Class("chips").Body(app.Range(rest).Slice(func(i int) app.UI { return item(rest[i]) })),
			notListed(all),
		),
	)
}

func datesList(ds []align.SharedDate, a, b *corpus.Article) app.UI {
	refs := func(side string, art *corpus.Article, rs []align.DateRef) app.UI {
		// The same words in two sentences are listed once: the sentences are in the columns.
		type label struct{ text, role string }
		var labels []label
		for _, r := range rs {
			l := label{text: r.Text}
			if r.Role != corpus.RoleHappened {
				l.role = " (" + r.Role.String() + ")"
			}
			if !slices.Contains(labels, l) {
				labels = append(labels, l)
			}
		}
		return app.Span().Class("date-refs").Body(
			app.Span().Class("side-tag side-tag-"+side).Text(map[string]string{"a": "A", "b": "B"}[side]),
			app.Range(labels).Slice(func(i int) app.UI {
				l := labels[i]
				return app.Span().Class("date-ref").Body(message{words("“"), articleVal(art, l.text), words("”" + l.role)}.ui()...)
			}),
		)
	}
	all := len(ds)
	ds = ds[:min(all, summaryMax)]
	return app.Div().Body(app.Ul().Class("summary-list").Body(app.Range(ds).Slice(func(i int) app.UI {
		d := ds[i]
		// A date stated alike but not placed has no day to put in a <time> element.
		when := app.If(d.Stated != "", func() app.UI { return app.Span().Class("date date-stated").Text(d.Label()) }).
			Else(func() app.UI { return app.Time().Class("date").DateTime(d.Date.ISO()).Text(d.Date.String()) })
		return app.Li().Body(when, refs("a", a, d.A), refs("b", b, d.B))
	})), notListed(all))
}

func quotesList(qs []align.SharedQuote) app.UI {
	all := len(qs)
	qs = qs[:min(all, summaryMax)]
	return app.Div().Body(app.Ul().Class("summary-list").Body(app.Range(qs).Slice(func(i int) app.UI {
		if qs[i].Pair == 0 {
			return app.Li().Body(app.Q().Dir("auto").Text(qs[i].Words))
		}
		return app.Li().Body(app.Q().Dir("auto").Text(qs[i].Words), app.Text(" "),
			app.A().Href("#"+pairID(qs[i].Pair)).Text(fmt.Sprintf("pair %d", qs[i].Pair)))
	})), notListed(all))
}

func figuresList(fs []align.FigureDiff, a, b *corpus.Article) app.UI {
	all := len(fs)
	fs = fs[:min(all, summaryMax)]
	return app.Div().Body(app.Ul().Class("summary-list").Body(app.Range(fs).Slice(func(i int) app.UI {
		f := fs[i]
		// The subject and the figures are the articles' words, each side's as it writes them.
		return app.Li().Body(
			app.Strong().Body(app.Bdi().Lang(articleLang(a)).Text(f.Subject)),
			app.Text(fmt.Sprintf(" (%s): ", f.Unit)),
			app.Span().Class("side-tag side-tag-a").Text("A"), app.Text(" "), app.Bdi().Lang(articleLang(a)).Text(f.A.Text), app.Text(" "),
			app.Span().Class("side-tag side-tag-b").Text("B"), app.Text(" "), app.Bdi().Lang(articleLang(b)).Text(f.B.Text), app.Text(" "),
			app.A().Href("#"+pairID(f.Pair)).Text(fmt.Sprintf("pair %d", f.Pair)),
		)
	})), notListed(all))
}

// sideMeta is one side's provenance: outlet, date and its basis, author and original address.
func sideMeta(letter, side string, a *corpus.Article) app.UI {
	return app.Section().Class("side-meta side-meta-"+side).Aria("labelledby", attrText("side-meta-"+side)).Body(
		app.H2().ID(attrText("side-meta-"+side)).Body(
			app.Span().Class("side-tag side-tag-"+side).Text(letter),
			app.Text(" "),
			app.A().Href(readerURL(a.ID, "")).Dir("auto").Lang(articleLang(a)).Text(a.Title),
		),
		app.Dl().Body(
			fact("Outlet", outletLabel(a), a.OutletNote),
			publishedFact(a),
			fact("Author", authorLabel(a), a.AuthorNote),
			originalFact(a),
		),
	)
}
