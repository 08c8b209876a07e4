package app

import (
	"fmt"
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus/search"
)

// resultView is one matching article: its title, provenance and best sentences, each a link to
// the reader at that sentence with the searched words highlighted. When open, every matching
// sentence (more) is listed in the order of the text instead of the best few.
func resultView(g search.Group, partial bool, query string, more []search.Snippet, open bool, toggle app.EventHandler) app.UI {
	a := g.Article
	var snippets []app.UI
	shown := g.Snippets
	if open && len(more) > 0 {
		shown = more
	}
	for _, s := range shown {
		body := searchMarked(s.Text, s.Highlights)
		if partial && len(s.Missing) > 0 {
			// The app's words inside the article's: in a right-to-left snippet they read left
			// to right, as one piece placed after it.
			body = append(body, app.Span().Class("result-missing").Dir("ltr").Lang("en").
				Body(cat(message{words(" — without ")}, quotedList(s.Missing)).ui()...))
		}
		snippets = append(snippets, app.Li().Body(
			app.A().Class("result-link").Dir("auto").Lang(articleLang(a)).Href(readerSearchURL(a.ID, s.SentenceID, query)).Body(body...),
		))
	}
	titleLink := app.A().Href(readerSearchURL(a.ID, "", query)).Body(searchMarked(a.Title, g.TitleHighlights)...)
	if len(snippets) == 0 {
		// Matched in the title or outlet only: the title is the result to open.
		titleLink = titleLink.Class("result-link")
	}
	item := []app.UI{
		app.H2().Class("result-title").Dir("auto").Lang(articleLang(a)).Body(titleLink),
		app.P().Class("card-meta").Body(
			app.Span().Class("outlet").Dir("auto").Text(outletLabel(a)),
			app.Span().Class("sep").Aria("hidden", "true").Text(" · "),
			pubDate(a.Published),
		),
	}
	listID := "more-" + a.ID
	if len(snippets) > 0 {
		item = append(item, app.Ul().ID(attrText(listID)).Class("result-snippets").Body(snippets...))
	}
	if g.More > 0 {
		label := fmt.Sprintf("%d more matching %s", g.More, plural(g.More, "sentence", "sentences"))
		if open {
			label = "Show only the best " + plural(len(g.Snippets), "sentence", fmt.Sprint(len(g.Snippets))+" sentences")
		}
		item = append(item, app.P().Class("result-more").Body(
			app.Button().Type("button").Class("result-more-toggle").
				Aria("expanded", fmt.Sprint(open)).Aria("controls", attrText(listID)).
				OnClick(toggle).Text(label),
		))
	}
	return app.Li().Class("card result").Body(app.Article().Body(item...))
}

// readerSearchURL links to the reader at a sentence (none: the top), carrying the query so
// that the reader highlights the searched words.
func readerSearchURL(id, sentence, query string) string {
	u := readerURL(id, "")
	if query != "" {
		u += "?" + url.Values{"q": {query}}.Encode()
	}
	if sentence != "" {
		u += "#" + attrURL(sentence)
	}
	return attrURL(u)
}

// searchMarked renders text with its highlighted rune ranges as <mark>. Spans out of range are
// dropped rather than trusted.
func searchMarked(text string, spans []search.Span) []app.UI {
	r := []rune(text)
	var out []app.UI
	at := 0
	for _, s := range spans {
		if s.Start < at || s.End <= s.Start || s.End > len(r) {
			continue
		}
		if s.Start > at {
			out = append(out, app.Text(string(r[at:s.Start])))
		}
		out = append(out, app.Mark().Text(string(r[s.Start:s.End])))
		at = s.End
	}
	if at < len(r) {
		out = append(out, app.Text(string(r[at:])))
	}
	return out
}

// onResultsKey moves focus through the results with the arrow keys; Enter opens the focused
// link as any link does. ArrowUp from the first result returns to the search box.
func onResultsKey(ctx app.Context, e app.Event) {
	defer recoverAndLog("search")
	key := e.Get("key").String()
	if key != "ArrowDown" && key != "ArrowUp" {
		return
	}
	links := app.Window().Get("document").Call("querySelectorAll", ".search-results .result-link")
	n := links.Length()
	cur := -1
	active := app.Window().Get("document").Get("activeElement")
	for i := 0; i < n; i++ {
		if links.Index(i).Equal(active) {
			cur = i
			break
		}
	}
	if cur < 0 {
		return
	}
	e.PreventDefault()
	next := cur + 1
	if key == "ArrowUp" {
		next = cur - 1
	}
	switch {
	case next < 0:
		if box := app.Window().GetElementByID(searchBoxID); box.Truthy() {
			box.Call("focus")
		}
	case next < n:
		links.Index(next).Call("focus")
	}
}

// focusResult focuses the i-th result link and reports whether there was one.
func focusResult(i int) bool {
	links := app.Window().Get("document").Call("querySelectorAll", ".search-results .result-link")
	if !links.Truthy() || i >= links.Length() {
		return false
	}
	links.Index(i).Call("focus")
	return true
}
