package app

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/cite"
	"parallax/corpus/search"
)

// readerPage shows one article: its cleaned text with sentence anchors, its provenance, and the
// boilerplate that ingestion removed, revealable in place.
type readerPage struct {
	app.Compo

	id          string
	article     *corpus.Article
	target      string // the sentence named by the URL fragment
	showRemoved bool
	err         error
	waiting     bool // for the articles' text (awaitText)

	// The article is shown a part at a time (corpus.Article.Parts), so that the page stays
	// bounded however long the article is: parts holds the number of each part's first
	// sentence, part the index of the part shown: the target sentence's, else the URL's ?part=.
	parts []int
	part  int

	// The searched words from the URL's q, found in the article: spans by sentence ID, the
	// number of hits in text order, and the hit the next/previous controls are at (-1: none yet).
	// hitPart is the part each hit is in.
	query   string
	spans   map[string][]search.Span
	hits    int
	hit     int
	hitPart []int
	// engine is the search engine; nil for the app's own (searchEngine). Tests set a fixture's.
	engine func() (*search.Engine, error)

	unlisten func() // removes the keyboard shortcuts' listener
}

// OnMount listens for the reader's shortcuts: j or n for the next searched-word hit, k or p
// for the previous one.
func (p *readerPage) OnMount(ctx app.Context) {
	p.unlisten = onShortcut(ctx, "jnkp", func(ctx app.Context, key string) {
		delta := 1
		if key == "k" || key == "p" {
			delta = -1
		}
		p.goHit(ctx, delta)
	})
}

func (p *readerPage) OnDismount() {
	if p.unlisten != nil {
		p.unlisten()
		p.unlisten = nil
	}
}

// cite copies the citation of sentence id: the sentence, the article's outlet, title, date
// with its basis and original address, and the link to the sentence.
func (p *readerPage) cite(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		defer recoverAndLog("reader")
		a := p.article
		if a == nil {
			return
		}
		s := a.Sentence(id)
		if s == nil {
			return
		}
		copyText(ctx, cite.Sentence(a, s, citeLinks()), "Citation of sentence "+id+" copied.")
	}
}

func newReaderPage() *readerPage { return &readerPage{} }

func (p *readerPage) OnNav(ctx app.Context) {
	u := ctx.Page().URL()
	id, err := url.PathUnescape(strings.TrimPrefix(routePath(u), "/read/"))
	if err != nil {
		id = strings.TrimPrefix(routePath(u), "/read/")
	}
	if id != p.id {
		p.showRemoved = false
	}
	p.id = id
	p.target = u.Fragment
	p.article, p.err = nil, nil

	c, err := loadCorpus()
	if err != nil {
		p.err = err
		if textPending(err) {
			// An ID the library does not know is not worth the wait.
			if lib, lerr := loadLibrary(); lerr == nil {
				if _, nerr := lib.Article(id); nerr != nil {
					p.err = nerr
					return
				}
			}
			awaitText(ctx, &p.waiting, p.OnNav)
		}
		return
	}
	p.article, p.err = c.Article(id)
	if p.err != nil {
		setPageMeta(ctx, "Article not found — Parallax", "")
		return
	}
	if p.target != "" && p.article.Sentence(p.target) == nil {
		p.target = ""
	}
	vals, _ := search.ParseRawQuery(u.RawQuery)
	p.setPart(vals.Get("part"))
	p.findHits(strings.TrimSpace(vals.Get("q")))
	setPageMeta(ctx, p.article.Title+" — Parallax", fmt.Sprintf("%s (%s, %s), in the Parallax reader.",
		p.article.Title, outletLabel(p.article), dateLabel(p.article.Published)))
}

// setPart cuts the article into parts and picks the one to show: the target sentence's, else
// the URL's 1-based part (a malformed one is part 1; one past the end, as when the article was
// rebuilt shorter, the last).
func (p *readerPage) setPart(param string) {
	p.parts = p.article.Parts(readerPartSentences, readerPartBytes)
	p.part = 0
	if n, err := strconv.Atoi(strings.TrimSpace(param)); err == nil {
		p.part = min(max(n, 1), len(p.parts)) - 1
	}
	if n, ok := p.article.SentenceNumber(p.target); ok && p.target != "" {
		p.part = corpus.PartOf(p.parts, n)
	}
}

// findHits finds the searched words in every sentence of the article, once per navigation.
func (p *readerPage) findHits(q string) {
	p.query, p.spans, p.hits, p.hit, p.hitPart = q, nil, 0, -1, nil
	if q == "" || p.article == nil {
		return
	}
	engine := p.engine
	if engine == nil {
		engine = searchEngine
	}
	eng, err := engine()
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

func (p *readerPage) toggleRemoved(ctx app.Context, e app.Event) {
	p.showRemoved = !p.showRemoved
}

func (p *readerPage) Render() app.UI {
	if keepsPrerendered() {
		return page(navLibrary)
	}
	switch {
	case errors.Is(p.err, corpus.ErrNotFound):
		return page(navLibrary, articleNotFound(p.id))
	case textPending(p.err):
		title := "Article"
		if c, err := loadLibrary(); err == nil {
			if a, err := c.Article(p.id); err == nil {
				title = a.Title
			}
		}
		return textLoadingPage(navLibrary, title)
	case p.err != nil:
		return page(navLibrary, errorView("The corpus could not be loaded", p.err))
	case p.article == nil:
		return page(navLibrary)
	}
	a := p.article
	return page(navLibrary,
		app.Article().Class("reader").Body(
			app.Header().Class("reader-header").Body(
				app.P().Class("reader-kicker").Body(app.A().Href(href("/")).Text("← Library")),
				app.H1().Text(a.Title),
				app.P().Class("card-meta").Body(
					app.Span().Class("outlet").Text(outletLabel(a)),
					app.Span().Class("sep").Aria("hidden", "true").Text(" · "),
					pubDate(a.Published),
					app.Span().Class("sep").Aria("hidden", "true").Text(" · "),
					app.Span().Text(authorLabel(a)),
				),
			),
			p.renderHitBar(),
			p.renderParts("reader-parts-top"),
			app.Div().Class("reader-layout").Body(
				app.Div().Class("reader-text").Body(p.renderText()...),
				newProvenance(a, p.showRemoved, p.toggleRemoved),
			),
			p.renderParts("reader-parts-bottom"),
			newCopyStatus(),
		),
	)
}

// renderText lays out the paragraphs of the part shown and, when revealed, the removed
// boilerplate where it stood.
func (p *readerPage) renderText() []app.UI {
	a := p.article
	var out []app.UI
	first, end := p.partRange()
	removedBefore := func(i int) {
		if !p.showRemoved {
			return
		}
		for _, r := range a.Removed {
			if r.Before == i {
				out = append(out, removedView(r))
			}
		}
	}
	hit := 0 // hits before the current sentence, numbering the marks in text order
	n := 0   // the sentence's number in reading order
	for i, para := range a.Paragraphs {
		if n >= end {
			break
		}
		if n >= first {
			removedBefore(i) // the paragraph starts in this part
		}
		var sentences []app.UI
		for _, s := range para.Sentences {
			spans := p.spans[s.ID]
			if n >= first && n < end {
				if len(sentences) > 0 {
					sentences = append(sentences, app.Text(" "))
				}
				sentences = append(sentences, sentenceView(s, s.ID == p.target, spans, hit, p.hit, p.cite(s.ID)))
			}
			hit += len(spans)
			n++
		}
		if len(sentences) == 0 && (len(para.Sentences) > 0 || n < first) {
			continue // not in this part
		}
		if para.Heading {
			out = append(out, app.H2().Class("reader-heading").Body(sentences...))
		} else {
			out = append(out, app.P().Class("reader-para").Body(sentences...))
		}
	}
	if p.part >= len(p.parts)-1 {
		removedBefore(len(a.Paragraphs))
	}
	return out
}

// Bounds of one part of an article in the reader (see corpus.Article.Parts): with the markup of
// each sentence (its anchor and cite controls) a part stays well under issue 10's 200 KB of
// HTML and 5,000 DOM nodes.
const (
	readerPartSentences = 200
	readerPartBytes     = 40000
)

// partRange returns the numbers of the first sentence of the part shown and of the first after
// it.
func (p *readerPage) partRange() (first, end int) {
	if len(p.parts) == 0 {
		return 0, 1 << 30
	}
	k := min(max(p.part, 0), len(p.parts)-1)
	first, end = p.parts[k], 1<<30
	if k+1 < len(p.parts) {
		end = p.parts[k+1]
	}
	return first, end
}

// renderParts links to the other parts of a long article: previous, next, the first and last,
// and those near the part shown, as the library's pager does.
func (p *readerPage) renderParts(id string) app.UI {
	if len(p.parts) <= 1 {
		return app.Text("")
	}
	cur, last := p.part+1, len(p.parts)
	partHref := func(n int) string {
		v := url.Values{}
		if p.query != "" {
			v.Set("q", p.query)
		}
		if n > 1 {
			v.Set("part", strconv.Itoa(n))
		}
		u := "/read/" + url.PathEscape(p.id)
		if len(v) > 0 {
			u += "?" + v.Encode()
		}
		return href(u)
	}
	items := pagerItems(cur, last, "part", partHref)
	first, end := p.partRange()
	end = min(end, p.sentenceCount())
	// The two pagers are landmarks of their own, so they need names of their own.
	label := "Parts of the article"
	if id == "reader-parts-bottom" {
		label = "Parts of the article, at the end of this one"
	}
	return app.Nav().ID(attrText(id)).Class("pager reader-parts").Aria("label", attrText(label)).Body(
		app.P().Class("pager-of").Text(fmt.Sprintf("Part %d of %d: sentences %s–%s of %s. The article is long, so it is shown a part at a time.",
			cur, last, thousands(first+1), thousands(end), thousands(p.sentenceCount()))),
		app.Ul().Body(items...),
	)
}

// sentenceCount is the number of sentences of the article shown.
func (p *readerPage) sentenceCount() int {
	n := 0
	for _, para := range p.article.Paragraphs {
		n += len(para.Sentences)
	}
	return n
}

// renderHitBar says how often the searched words occur, with next and previous controls.
func (p *readerPage) renderHitBar() app.UI {
	if p.query == "" {
		return app.Text("")
	}
	clear := app.A().Class("hit-clear").Href(readerURL(p.id, p.target)).Text("Clear highlights")
	if p.hits == 0 {
		return app.P().Class("reader-hits").Role("status").Body(
			app.Text("The searched words “"+truncate(p.query, 80)+"” are not in this article's text. "), clear)
	}
	at := ""
	if p.hit >= 0 {
		at = fmt.Sprintf("%d of ", p.hit+1)
	}
	return app.Div().Class("reader-hits").Body(
		app.Span().Role("status").Text(fmt.Sprintf("%s%d %s for “%s”", at, p.hits, plural(p.hits, "match", "matches"),
			truncate(p.query, 80))),
		app.Button().Type("button").Class("hit-prev").Aria("label", "Previous match").OnClick(p.step(-1)).Text("↑ Previous"),
		app.Button().Type("button").Class("hit-next").Aria("label", "Next match").OnClick(p.step(1)).Text("↓ Next"),
		clear,
	)
}

// sentenceView renders a sentence with its searched-word hits marked; first numbers its first
// hit among the article's, current is the hit the reader moved to; onCite copies its citation.
func sentenceView(s corpus.Sentence, target bool, spans []search.Span, first, current int, onCite app.EventHandler) app.UI {
	class := "sentence"
	if target {
		class += " is-target"
	}
	var body []app.UI
	r := []rune(s.Text)
	at, n := 0, first
	for _, sp := range spans {
		if sp.Start < at || sp.End <= sp.Start || sp.End > len(r) {
			continue // out of range or order: dropped, not trusted
		}
		if sp.Start > at {
			body = append(body, app.Text(string(r[at:sp.Start])))
		}
		mark := "hit"
		if n == current {
			mark = "hit is-current"
		}
		body = append(body, app.Mark().ID(attrText(hitID(n))).Class(mark).TabIndex(-1).Text(string(r[sp.Start:sp.End])))
		at, n = sp.End, n+1
	}
	if at < len(r) || len(r) == 0 {
		body = append(body, app.Text(string(r[at:])))
	}
	return app.Span().ID(attrText(s.ID)).Class(class).TabIndex(-1).Body(
		append(body,
			app.A().Class("sentence-link").Href("#"+attrURL(s.ID)).
				Aria("label", attrText("Link to sentence "+s.ID)).Text("#"),
			app.Button().Type("button").Class("sentence-cite").OnClick(onCite).
				Aria("label", attrText("Cite sentence "+s.ID+": copy its citation")).Text("Cite"))...,
	)
}

func removedView(r corpus.Removed) app.UI {
	return app.Aside().Class("removed").Body(
		app.Span().Class("removed-rule").Text(fmt.Sprintf("Removed (%s, line %d)", r.Rule, r.Line)),
		app.Span().Class("removed-text").Text(r.Text),
	)
}

// articleNotFound explains an unknown article ID and offers the first articles instead.
func articleNotFound(id string) app.UI {
	const shown = 20 // the view stays small whatever the corpus; the library lists the rest
	var more []app.UI
	if c, err := loadLibrary(); err == nil && len(c.Articles) > 0 {
		arts := c.Articles[:min(shown, len(c.Articles))]
		more = append(more,
			app.P().Text("These are articles you can open:"),
			app.Ul().Class("plain-list").Body(
				app.Range(arts).Slice(func(i int) app.UI {
					a := arts[i]
					return app.Li().Body(app.A().Href(readerURL(a.ID, "")).Text(a.Title))
				}),
			))
	}
	if strings.TrimSpace(id) == "" {
		return notFoundView("No such article",
			app.P().Text("This link names no article: a reader link is /read/ followed by an article's ID."),
			more...)
	}
	return notFoundView("No such article",
		app.P().Body(
			app.Text("There is no article with the ID “"),
			app.Code().Text(truncate(id, 80)),
			app.Text("” in this corpus. The link may be mistyped or come from another corpus."),
		),
		more...)
}
