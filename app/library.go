package app

import (
	"fmt"
	"net/url"
	"sort"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
)

// Library sort orders, as they appear in the URL (?sort=…).
const (
	sortNewest = "newest"
	sortOldest = "oldest"
	sortTitle  = "title"
)

// libraryPage lists every article of the corpus.
type libraryPage struct {
	app.Compo

	order    string
	articles []*corpus.Article
	err      error
}

func newLibraryPage() *libraryPage { return &libraryPage{} }

func (p *libraryPage) OnNav(ctx app.Context) {
	p.order = ctx.Page().URL().Query().Get("sort")
	if p.order != sortOldest && p.order != sortTitle {
		p.order = sortNewest
	}
	c, err := loadCorpus()
	p.err = err
	if err != nil {
		return
	}
	p.articles = sortArticles(c.Articles, p.order)
	setPageMeta(ctx, "Parallax — library", fmt.Sprintf("%d news articles to search, compare and follow in time, offline.", len(c.Articles)))
}

// sortArticles returns a sorted copy. Articles of unknown date come last in every date order:
// they have no place in time, and guessing one would invent data.
func sortArticles(in []*corpus.Article, order string) []*corpus.Article {
	out := append([]*corpus.Article(nil), in...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if order == sortTitle {
			return a.Title < b.Title
		}
		da, db := a.Published.Date.Start(), b.Published.Date.Start()
		switch {
		case da == db:
			return a.Title < b.Title
		case da == 0:
			return false
		case db == 0:
			return true
		case order == sortOldest:
			return da < db
		}
		return da > db
	})
	return out
}

func (p *libraryPage) Render() app.UI {
	if p.err != nil {
		return page(navLibrary, errorView("The corpus could not be loaded", p.err))
	}
	return page(navLibrary,
		app.H1().Text("Library"),
		app.P().Class("lede").Text(fmt.Sprintf(
			"%d articles. Read one, search them all, put two side by side or follow the story on the timeline.",
			len(p.articles))),
		app.Nav().Class("sort-bar").Aria("label", "Sort articles").Body(
			app.Span().Class("sort-label").Text("Sort:"),
			p.sortLink(sortNewest, "Newest first"),
			p.sortLink(sortOldest, "Oldest first"),
			p.sortLink(sortTitle, "Title"),
		),
		app.Ol().Class("library-list").Body(
			app.Range(p.articles).Slice(func(i int) app.UI {
				return libraryCard(p.articles[i])
			}),
		),
		app.Section().Class("library-compare").Aria("labelledby", "library-compare-title").Body(
			app.H2().ID("library-compare-title").Text("Compare two articles"),
			app.P().Class("lede").Text("Pick two and see what both report, and what only one says."),
			newComparePicker("", ""),
		),
	)
}

func (p *libraryPage) sortLink(order, label string) app.UI {
	v := url.Values{}
	if order != sortNewest {
		v.Set("sort", order)
	}
	target := href("/")
	if len(v) > 0 {
		target += "?" + v.Encode()
	}
	a := app.A().Class("sort-option").Href(attrURL(target)).Text(label)
	if order == p.order {
		a = a.Aria("current", "page") // not "true": go-app prerenders that as a bare, empty attribute
	}
	return a
}

func libraryCard(a *corpus.Article) app.UI {
	return app.Li().Class("card").Body(
		app.Article().Body(
			app.H2().Class("card-title").Body(app.A().Href(readerURL(a.ID, "")).Text(a.Title)),
			app.P().Class("card-meta").Body(
				app.Span().Class("outlet").Text(outletLabel(a)),
				app.Span().Class("sep").Aria("hidden", "true").Text(" · "),
				pubDate(a.Published),
				app.Span().Class("sep").Aria("hidden", "true").Text(" · "),
				app.Span().Text(fmt.Sprintf("%d words", wordCount(a))),
			),
			app.P().Class("card-opening").Text(openingLine(a, 180)),
			app.P().Class("card-actions").Body(
				app.A().Href(readerURL(a.ID, "")).Body(app.Text("Read"), app.Span().Class("visually-hidden").Text(": "+a.Title)),
				app.A().Href(compareURL(a.ID, "")).Body(app.Text("Compare with…"), app.Span().Class("visually-hidden").Text(" "+a.Title)),
			),
		),
	)
}

// pubDate shows a publication date with its basis as a badge, so an estimate never passes for a fact.
func pubDate(p corpus.PubDate) app.UI {
	var t app.UI
	if p.Basis == corpus.BasisUnknown {
		t = app.Span().Class("date date-unknown").Text("Date unknown")
	} else {
		t = app.Time().Class("date").DateTime(p.Date.ISO()).Text(dateLabel(p))
	}
	return app.Span().Class("pubdate").Body(
		t,
		app.Span().Class("basis basis-"+p.Basis.String()).Text(p.Basis.String()),
	)
}
