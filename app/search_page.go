package app

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus/search"
)

// searchPage shows the results of the query in the URL (/search?q=…&outlet=…&from=…&to=…), so
// that a search is a link that restores the same results cold.
type searchPage struct {
	app.Compo

	query    search.Query
	queryErr error // malformed filters, ignored and reported; a reversed range, swapped and reported
	// filtersOpen shows the filters on a phone, where they are folded away to start the
	// results near the top (on a wider screen they are always shown).
	filtersOpen bool
	linkErr     error // a damaged link (an invalid %-escape), read leniently and reported
	// absentOutlet: the link keeps an outlet no article has.
	absentOutlet bool
	res          *search.Results
	outlets      []string // the filter menu's outlets, bounded by searchOutletChoices
	moreOutlets  int      // the outlets left out of the menu
	// expanded holds, by article ID, every matching sentence of the results whose "N more
	// matching sentences" the reader opened; expandErr a failure to find them.
	expanded  map[string][]search.Snippet
	expandErr error
	waiting   bool // for the articles' text (awaitText)
	// engine is the search engine; nil for the app's own (searchEngine). Tests set a fixture's.
	engine func() (*search.Engine, error)
}

func newSearchPage() app.Composer { return &searchPage{} }

func (p *searchPage) OnMount(ctx app.Context) {
	ctx.Handle(actionSearchURL, func(ctx app.Context, a app.Action) {
		if u, ok := a.Value.(*url.URL); ok {
			p.load(ctx, u)
		}
	})
}

func (p *searchPage) OnNav(ctx app.Context) { p.load(ctx, ctx.Page().URL()) }

// load derives the page's state from u. The search itself takes a few milliseconds, even on a
// phone, so it runs here on the UI goroutine instead of racing renders from another one.
func (p *searchPage) load(ctx app.Context, u *url.URL) {
	defer func() {
		if r := recover(); r != nil {
			p.res = &search.Results{Err: fmt.Errorf("search failed: %v", r)}
		}
	}()
	p.derive(u)
	if p.res != nil && textPending(p.res.Err) {
		awaitText(ctx, &p.waiting, func(ctx app.Context) { p.load(ctx, ctx.Page().URL()) })
	}
	title := "Search — Parallax"
	// The query is the visitor's own text: the prerender writes the title into og:title with
	// strconv.Quote, where a quote in it would end the attribute, so only the browser shows it.
	if p.query.Text != "" && app.IsClient {
		title = "Search: " + p.query.Text + " — Parallax"
	}
	setPageMeta(ctx, title, "")
}

// derive sets the page's state from u: the query (read leniently from a damaged link), its
// results and the outlets to filter on.
func (p *searchPage) derive(u *url.URL) {
	var vals url.Values
	vals, p.linkErr = search.ParseRawQuery(u.RawQuery)
	p.query, p.queryErr = search.ParseQuery(vals)
	p.expanded, p.expandErr = nil, nil
	if p.engine == nil {
		p.res = runSearch(p.query)
		p.outlets, p.moreOutlets = outletChoices(searchOutlets(), p.query.Outlet)
		p.absentOutlet = absentFrom(p.outlets, p.query.Outlet)
		return
	}
	eng, err := p.engine()
	if err != nil {
		p.res = &search.Results{Query: p.query, Err: err}
		return
	}
	p.res = eng.Search(p.query)
	p.outlets, p.moreOutlets = outletChoices(eng.Outlets(), p.query.Outlet)
	// outletChoices keeps the link's outlet in the menu whatever its rank, if any article has it.
	p.absentOutlet = absentFrom(p.outlets, p.query.Outlet)
}

func (p *searchPage) Render() app.UI {
	if keepsPrerendered() {
		return page(navSearch)
	}
	if p.res == nil {
		return page(navSearch, app.H1().Text("Search"))
	}
	if textPending(p.res.Err) {
		return textLoadingPage(navSearch, app.H1().Text("Search"))
	}
	if p.res.Err != nil {
		return page(navSearch, errorView("Search failed", p.res.Err))
	}
	return page(navSearch,
		app.H1().Text("Search"),
		p.renderFilters(),
		p.renderNotices(),
		app.Div().ID("search-status").Class("search-status").Aria("live", "polite").Body(p.renderStatus()...),
		p.renderResults(),
		p.renderPager(),
	)
}

// damage says how a link was damaged, from search.ParseRawQuery's error.
func damage(err error) string {
	var ways []string
	if errors.Is(err, search.ErrBadEscape) {
		ways = append(ways, "a “%” that starts no valid escape")
	}
	if errors.Is(err, search.ErrNotText) {
		ways = append(ways, "escapes that are not text, left out")
	}
	if len(ways) == 0 {
		return "it could not be read as written"
	}
	return strings.Join(ways, "; ")
}

// renderNotices reports what of the query was not used as typed.
func (p *searchPage) renderNotices() app.UI {
	r := p.res
	var items []app.UI
	if p.linkErr != nil {
		read := message{words("an empty search")}
		if p.query.Text != "" {
			read = message{words("the search “"), val(p.query.Text), words("”")}
		}
		items = append(items, app.Li().Class("search-damaged").Body(cat(
			message{words("This link was damaged on its way (" + damage(p.linkErr) + "): it was read as ")}, read,
			message{words(". Check the words, or type them again.")}).ui()...))
	}
	if p.expandErr != nil {
		items = append(items, app.Li().Text("Could not open the other matching sentences: "+p.expandErr.Error()+"."))
	}
	items = append(items, filterNotices(p.queryErr)...)
	if p.absentOutlet {
		items = append(items, app.Li().Body(absentOutletNote(p.query.Outlet).ui()...))
	}
	if len(r.Ignored) > 0 {
		items = append(items, app.Li().Body(cat(message{words("Not searched for (too common, or past the first eight words): ")},
			plainList(r.Ignored, nil), message{words(".")}).ui()...))
	}
	if len(r.Letters) > 0 {
		items = append(items, app.Li().Class("search-letters").Body(cat(message{words("Not searched for (a single letter starts too many words; " +
			"write a name such as AT&T or C++ without spaces): ")}, plainList(r.Letters, nil), message{words(".")}).ui()...))
	}
	if r.Truncated {
		items = append(items, app.Li().Text("The query was very long: only its beginning was used."))
	}
	if r.PageClamped && r.Total > 0 && len(r.Words) > 0 {
		items = append(items, app.Li().Class("search-clamped").Text(lastPageNote(r.Pages, "results for this search")))
	}
	if len(items) == 0 {
		return app.Text("")
	}
	return app.Ul().Class("search-notices").Body(items...)
}

// renderStatus says what was found, and when nothing was, what to try.
func (p *searchPage) renderStatus() []app.UI {
	r := p.res
	var out []app.UI
	switch {
	case len(r.Words) == 0:
		out = append(out, app.P().Body(
			app.Text("Type words in the search box at the top (press "), app.Kbd().Text("/"),
			app.Text(" to get there). Typos are fine: every word must match, in any order.")))
		if r.Total > 0 && (p.query.Outlet != "" || p.query.From.Start() != 0 || p.query.To.Start() != 0) {
			out = append(out, app.P().Text(fmt.Sprintf("%d %s within the filters.", r.Total,
				plural(r.Total, "article is", "articles are"))))
		}
	case r.Total == 0 && r.Excluded > 0:
		out = append(out, app.P().Body(
			app.Text(fmt.Sprintf("No match within the filters, but %d %s outside them. ", r.Excluded,
				plural(r.Excluded, "article matches", "articles match"))),
			app.A().Href(searchURL(search.Query{Text: p.query.Text}.Values())).Text("Search without filters"),
		))
	case r.Total == 0:
		out = append(out, app.P().Text("No article matches these words."))
	case r.Partial:
		out = append(out, app.P().Class("search-partial").Body(cat(message{words("No sentence has all of the words ")},
			quotedList(r.Words), message{words(". Showing the best partial matches.")}).ui()...))
	case r.Exact == 0 && r.Corrected == "":
		out = append(out, app.P().Text(fmt.Sprintf("%d %s %s through words that start like them, other forms or close spellings; none has them as typed.",
			r.Total, plural(r.Total, "article matches", "articles match"), everyWord(r.Words))))
	case r.Exact > 0 && r.Exact < r.Total:
		// Say how many have the words as typed, so that "mutu" finding "mutual" does not pass
		// for coverage of Mutu.
		out = append(out, app.P().Text(fmt.Sprintf("%d %s %s: %d with the words as typed, %d through words that start like them, other forms or close spellings.",
			r.Total, plural(r.Total, "article matches", "articles match"), everyWord(r.Words), r.Exact, r.Total-r.Exact)))
	default:
		out = append(out, app.P().Text(fmt.Sprintf("%d %s %s.", r.Total,
			plural(r.Total, "article matches", "articles match"), everyWord(r.Words))))
	}
	if r.Pages > 1 && len(r.Groups) > 0 && len(r.Words) > 0 {
		// The counts above are of every match: say which of them this page shows.
		out = append(out, app.P().ID("search-range").Class("search-range").Text(
			"Showing "+rangeOf(r.First, len(r.Groups), r.Total)+", best first."))
	}
	if len(r.Forms) > 0 && r.Total > 0 && !r.Partial {
		// Say which other forms and spellings were searched, so that a highlighted "Labour" in a
		// search for "labor" explains itself.
		out = append(out, app.P().Class("search-forms").Body(
			app.Text("Other forms searched too: "), app.Strong().Body(plainList(r.Forms, nil).ui()...), app.Text("."),
		))
	}
	if r.Corrected != "" && r.Total > 0 {
		// Say what the typos were read as, so that a reader can tell a correction from a match.
		out = append([]app.UI{app.P().Class("search-corrected").Body(
			app.Text("Showing results for "), app.Strong().Body(app.Bdi().Text(r.Corrected)), app.Text("."),
		)}, out...)
	}
	if len(r.Suggestions) > 0 {
		label := "Try:"
		if len(r.Words) > 0 {
			label = "Did you mean:"
		}
		links := []app.UI{app.Span().Class("suggest-label").Text(label)}
		for _, s := range r.Suggestions {
			q := p.query
			q.Text, q.Page = s, 0
			links = append(links, app.A().Class("suggestion").Dir("auto").Href(searchURL(q.Values())).Text(s))
		}
		out = append(out, app.P().Class("search-suggestions").Body(links...))
	}
	return out
}

func (p *searchPage) renderResults() app.UI {
	r := p.res
	if len(r.Words) == 0 || len(r.Groups) == 0 {
		return app.Text("")
	}
	groups := r.Groups
	return app.Ol().Class("search-results").Attr("start", r.First).Aria("label", "Results").OnKeyDown(onResultsKey).Body(
		app.Range(groups).Slice(func(i int) app.UI {
			g := groups[i]
			more, open := p.expanded[g.Article.ID]
			return resultView(g, r.Partial, p.query.Text, more, open, p.toggleMore(g.Article.ID))
		}),
	)
}

// rangeOf says which n of total items, from the first'th, a page shows: "21–40 of 205", and "181
// of 181" for one.
func rangeOf(first, n, total int) string {
	if n == 1 {
		return thousands(first) + " of " + thousands(total)
	}
	return thousands(first) + "–" + thousands(first+n-1) + " of " + thousands(total)
}

// everyWord says what a match holds: "every word", and for two words or more "every word in one
// sentence", since an article whose words are in different sentences is no match ("blair brown"
// counted 34 articles where 56 hold both words).
func everyWord(words []string) string {
	if len(words) > 1 {
		return "every word in one sentence"
	}
	return "every word"
}

// renderPager links to the first, last and nearby pages of results, as the library's does.
func (p *searchPage) renderPager() app.UI {
	r := p.res
	if r.Pages <= 1 || len(r.Words) == 0 || len(r.Groups) == 0 {
		return app.Text("")
	}
	items := pagerItems(r.Page, r.Pages, "page", func(n int) string {
		q := p.query
		q.Page = n
		return searchURL(q.Values())
	})
	return app.Nav().Class("pager").Aria("label", "Pages of results").Body(app.Ul().Body(items...))
}

// toggleMore returns the handler of an article's "N more matching sentences" control: it finds
// them all (a walk like one keystroke's) when opened, and forgets them when closed.
func (p *searchPage) toggleMore(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		defer recoverAndLog("search")
		if _, open := p.expanded[id]; open {
			delete(p.expanded, id)
			return
		}
		eng, err := engineOr(p.engine)
		if err != nil {
			p.expandErr = err
			return
		}
		more, err := eng.Expand(p.query, id)
		if err != nil {
			p.expandErr = err
			return
		}
		if p.expanded == nil {
			p.expanded = make(map[string][]search.Snippet)
		}
		p.expanded[id] = more
	}
}
