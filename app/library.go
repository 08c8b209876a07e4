package app

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/library"
)

// libraryOutletChoices bounds the outlet menu: the largest outlets are listed, every other one
// is reached from its articles' cards, so the page stays small whatever the corpus.
const libraryOutletChoices = 40

// libraryPage lists one page of the corpus's articles, filtered and sorted as its URL says.
type libraryPage struct {
	app.Compo

	query    library.Query
	queryErr error
	res      library.Result
	total    int
	outlets  []library.Count // the menu's outlets, bounded by libraryOutletChoices
	more     int             // outlets left out of the menu
	sections []library.Count // the section menu's sections (none: the corpus has none), bounded alike
	// absent says which of the link's filters name an outlet or a section no article has.
	absent []message
	err    error
	// filtersOpen shows the filters on a phone, where they are folded away (foldableFilters).
	filtersOpen bool
}

func newLibraryPage() *libraryPage { return &libraryPage{} }

func (p *libraryPage) OnNav(ctx app.Context) {
	c, err := loadLibrary()
	p.err = err
	if err != nil {
		return
	}
	if !app.IsClient && libraryHref != "" {
		// The page the app starts on from the library file: the browser fetches that while
		// app.wasm loads, and the app's fetch gets it from there (same URL, same CORS mode).
		ctx.Page().SetPreloads(app.Preload{Href: libraryHref + " crossorigin=anonymous", As: "fetch", Type: "application/octet-stream"})
	}
	p.derive(c, ctx.Page().URL().Query())
	setPageMeta(ctx, "Parallax — library", fmt.Sprintf("%d news articles to search, compare and follow in time, offline.", len(c.Articles)))
}

// derive computes the page's state from the corpus and the URL query: Render only reads it.
func (p *libraryPage) derive(c *corpus.Corpus, v url.Values) {
	p.query, p.queryErr = library.ParseQuery(v)
	all := library.Outlets(c.Articles)
	p.query.Outlet = canonicalOutlet(all, p.query.Outlet)
	p.sections = library.Sections(c.Articles)
	p.query.Section = canonicalOutlet(p.sections, p.query.Section)
	p.absent = absentFilters(all, p.sections, p.query)
	if len(p.sections) > libraryOutletChoices {
		p.sections = p.sections[:libraryOutletChoices:libraryOutletChoices]
	}
	p.res = library.Apply(c.Articles, p.query)
	p.total = len(c.Articles)
	p.outlets, p.more = all, 0
	if len(all) > libraryOutletChoices {
		p.outlets, p.more = all[:libraryOutletChoices:libraryOutletChoices], len(all)-libraryOutletChoices
		if p.query.Outlet != "" && !hasOutlet(p.outlets, p.query.Outlet) {
			for _, o := range all {
				if strings.EqualFold(o.Name, p.query.Outlet) {
					p.outlets = append(p.outlets, o)
				}
			}
		}
	}
}

func (p *libraryPage) Render() app.UI {
	if keepsPrerendered() {
		return page(navLibrary)
	}
	if p.err != nil {
		return page(navLibrary, errorView("The corpus could not be loaded", p.err))
	}
	items := make([]app.UI, 0, len(p.res.Items))
	for _, a := range p.res.Items {
		items = append(items, p.card(a))
	}
	var list app.UI = app.Ol().Class("library-list").Attr("start", p.res.First).Body(items...)
	if len(items) == 0 {
		list = app.P().Class("notice library-empty").Body(
			app.Text("No article matches these filters. "),
			app.A().Href(href(libraryPath(library.Query{Sort: p.query.Sort}))).Text("Show every article"),
		)
	}
	return page(navLibrary,
		app.H1().Text("Library"),
		app.P().Class("lede").Text(fmt.Sprintf(
			"%s %s. Read one, search them all, put two side by side or follow the story on the timeline.",
			thousands(p.total), plural(p.total, "article", "articles"))),
		p.renderNotices(),
		p.renderFilters(),
		p.renderSort(),
		app.P().ID("library-count").Class("library-count").Aria("live", "polite").Text(p.countLabel()),
		list,
		p.renderPager(),
		app.Section().Class("library-compare").Aria("labelledby", "library-compare-title").Body(
			app.H2().ID("library-compare-title").Text("Compare two articles"),
			app.P().Class("lede").Text("Type a few letters of a title or an outlet for each side."),
			newComparePicker("", ""),
		),
	)
}

// countLabel says what the page shows of what: "Articles 51–100 of 1,234 that match (10,000
// in all; 1,100 dated, 134 undated)."
func (p *libraryPage) countLabel() string {
	r := p.res
	if r.Matched == 0 {
		return "No article matches."
	}
	s := fmt.Sprintf("%s %s–%s of %s", plural(r.Matched, "Article", "Articles"),
		thousands(r.First), thousands(r.First+len(r.Items)-1), thousands(r.Matched))
	if p.query.Filtered() {
		s += fmt.Sprintf(" that match, of %s", thousands(p.total))
	}
	return s + fmt.Sprintf(" (%s dated, %s undated).", thousands(r.Dated), thousands(r.Undated))
}

func (p *libraryPage) renderNotices() app.UI {
	var out []app.UI
	if p.queryErr != nil {
		notices := filterNotices(p.queryErr)
		if !onlySwapped(p.queryErr) {
			notices = append(notices, app.Li().Body(app.A().Href(href(libraryPath(p.query))).Text("Open the link without what was ignored")))
		}
		out = append(out, app.Ul().Class("notice library-notice").Body(notices...))
	}
	for _, a := range p.absent {
		out = append(out, app.P().Class("notice library-notice").Body(a.ui()...))
	}
	if p.res.PageClamped {
		out = append(out, app.P().Class("notice library-notice").Text(lastPageNote(p.res.Pages, "articles for these filters")))
	}
	if len(out) == 0 {
		return app.Text("")
	}
	return app.Div().Aria("live", "polite").Body(out...)
}

func (p *libraryPage) renderSort() app.UI {
	link := func(order, label string) app.UI {
		q := p.query
		q.Sort, q.Page = order, 1
		a := app.A().Class("sort-option").Href(href(libraryPath(q))).Text(label)
		if order == p.query.Sort {
			a = a.Aria("current", "page") // not "true": go-app prerenders that as a bare, empty attribute
		}
		return a
	}
	return app.Nav().Class("sort-bar").Aria("label", "Sort articles").Body(
		app.Span().Class("sort-label").Text("Sort:"),
		link(library.SortNewest, "Newest first"),
		link(library.SortOldest, "Oldest first"),
		link(library.SortTitle, "Title"),
		link(library.SortOutlet, "Outlet"),
	)
}

// renderPager links to the first, last and nearby pages, so its size does not grow with the
// number of pages.
func (p *libraryPage) renderPager() app.UI {
	r := p.res
	if r.Pages <= 1 {
		return app.Text("")
	}
	items := pagerItems(r.Page, r.Pages, "page", func(n int) string {
		q := p.query
		q.Page = n
		return href(libraryPath(q))
	})
	return app.Nav().Class("pager").Aria("label", "Pages of articles").Body(app.Ul().Body(items...))
}

func (p *libraryPage) card(a *corpus.Article) app.UI {
	sum := summaryOf(a)
	var outlet app.UI = app.Span().Class("outlet").Dir("auto").Text(outletLabel(a))
	name := a.Outlet
	if name == "" {
		name = library.UnknownOutlet
	}
	if !strings.EqualFold(name, p.query.Outlet) {
		outlet = app.A().Class("outlet").Dir("auto").Href(href(libraryPath(library.Query{Outlet: name, Sort: p.query.Sort}))).
			Body(app.Text(outletLabel(a)), app.Span().Class("visually-hidden").Text(": show only this outlet"))
	}
	sep := func() app.UI { return app.Span().Class("sep").Aria("hidden", "true").Text(" · ") }
	section := app.UI(app.Text(""))
	switch {
	case a.Section == "":
	case strings.EqualFold(a.Section, p.query.Section):
		section = app.Span().Body(sep(), app.Span().Class("section").Dir("auto").Text(a.Section))
	default:
		section = app.Span().Body(sep(), app.A().Class("section").Dir("auto").
			Href(href(libraryPath(library.Query{Section: a.Section, Sort: p.query.Sort}))).
			Body(app.Text(a.Section), app.Span().Class("visually-hidden").Text(": show only this section")))
	}
	return app.Li().Class("card").Body(
		app.Article().Body(
			app.H2().Class("card-title").Dir("auto").Lang(articleLang(a)).Body(app.A().Href(readerURL(a.ID, "")).Text(a.Title)),
			app.P().Class("card-meta").Body(
				outlet,
				section,
				app.Span().Class("sep").Aria("hidden", "true").Text(" · "),
				pubDate(a.Published),
				app.Span().Class("sep").Aria("hidden", "true").Text(" · "),
				app.Span().Text(fmt.Sprintf("%s %s", thousands(sum.Words), plural(sum.Words, "word", "words"))),
			),
			// Cut shorter than index.OpeningRunes, so the same before and after the text.
			app.P().Class("card-opening").Dir("auto").Lang(articleLang(a)).Text(truncate(sum.Opening, 180)),
			app.P().Class("card-actions").Body(
				app.A().Href(readerURL(a.ID, "")).Body(app.Text("Read"), app.Span().Class("visually-hidden").Text(": "+a.Title)),
				app.A().Href(compareURL(a.ID, "")).Body(app.Text("Compare with…"), app.Span().Class("visually-hidden").Text(" "+a.Title)),
			),
		),
	)
}

// libraryPath is the app path of the library view of q; links pass it through href.
func libraryPath(q library.Query) string {
	return "/" + queryString(q.Values())
}

func queryString(v url.Values) string {
	if len(v) == 0 {
		return ""
	}
	return "?" + v.Encode()
}

// thousands writes n with comma separators: 10,000.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// pubDate shows a publication date with its basis as a badge, so an estimate never passes for a
// fact. An unknown date gives its reason instead ("Date unknown (The file states no date.)"): a
// badge "unknown" after "Date unknown" said nothing more, and read "Date unknown unknown" aloud.
func pubDate(p corpus.PubDate) app.UI {
	if p.Basis == corpus.BasisUnknown {
		why := unknownReason(p.Note)
		return app.Span().Class("pubdate").Body(
			app.Span().Class("date date-unknown").Text("Date unknown"),
			app.If(why != "", func() app.UI {
				return app.Span().Class("date-why").Body(app.Text(" ("), app.Bdi().Body(goQuoted(why).ui()...), app.Text(")"))
			}),
		)
	}
	return app.Span().Class("pubdate").Body(
		app.Time().Class("date").DateTime(p.Date.ISO()).Text(dateLabel(p)),
		app.Span().Class("basis basis-"+p.Basis.String()).Text(p.Basis.String()),
	)
}

// unknownReason is an unknown date's note ("The file states no date."), as written, since it may
// be the catalog's own words ("Dated e.g. by the byline…", which a cut at the first full stop
// would end at "e.g."), shortened at a word to 160 characters. "" for none.
func unknownReason(note string) string {
	return truncate(strings.TrimSpace(note), 160)
}

// Library sort orders under their older names, for callers outside this file.
const (
	sortNewest = library.SortNewest
	sortOldest = library.SortOldest
	sortTitle  = library.SortTitle
)

// sortArticles returns a sorted copy of in (see library.Sort).
func sortArticles(in []*corpus.Article, order string) []*corpus.Article {
	out := append([]*corpus.Article(nil), in...)
	library.Sort(out, order)
	return out
}
