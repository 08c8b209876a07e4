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
	// linkNotes say what of the URL pointed at nothing and what is shown instead: a sentence the
	// article does not have, a part that is not a number or past the last.
	linkNotes []message

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
	p.setTarget()
	vals, _ := search.ParseRawQuery(u.RawQuery)
	p.setPart(vals.Get("part"))
	p.findHits(strings.TrimSpace(vals.Get("q")))
	setPageMeta(ctx, p.article.Title+" — Parallax", fmt.Sprintf("%s (%s, %s), in the Parallax reader.",
		p.article.Title, outletLabel(p.article), dateLabel(p.article.Published)))
}

// setTarget keeps the URL's target sentence if the article has it, and otherwise notes, for a
// fragment of the form of a sentence ID, that the link points at nothing.
func (p *readerPage) setTarget() {
	p.linkNotes = nil
	if p.target != "" && p.article.Sentence(p.target) == nil {
		if looksLikeSentenceID(p.target) {
			// A sentence ID's form: ASCII letters and digits, nothing to isolate.
			p.linkNotes = append(p.linkNotes, message{words("This link points to sentence " + truncate(p.target, 24) +
				", which this article does not have: it may have been rebuilt since the link was made.")})
		}
		p.target = ""
	}
}

// setPart cuts the article into parts and picks the one to show: the target sentence's, else
// the URL's 1-based part (a malformed one is part 1; one past the end, as when the article was
// rebuilt shorter, the last), and notes a part it could not show as asked.
func (p *readerPage) setPart(param string) {
	p.parts = p.article.Parts(readerPartSentences, readerPartBytes)
	p.part = 0
	if n, ok := p.article.SentenceNumber(p.target); ok && p.target != "" {
		p.part = corpus.PartOf(p.parts, n)
		return
	}
	param = strings.TrimSpace(param)
	if param == "" {
		return
	}
	n, err := strconv.Atoi(param)
	if err != nil {
		p.linkNotes = append(p.linkNotes, message{words("This link asks for part “"), val(truncate(param, 24)), words("”, which is not a number: showing part 1.")})
		return
	}
	p.part = min(max(n, 1), len(p.parts)) - 1
	if n != p.part+1 {
		p.linkNotes = append(p.linkNotes, message{words(fmt.Sprintf("This link asks for part %s, but the article has %d %s: showing part %d.",
			truncate(param, 24), len(p.parts), plural(len(p.parts), "part", "parts"), p.part+1))})
	}
}

// looksLikeSentenceID reports whether a URL fragment has the form of a sentence ID ("p3s2"), as
// opposed to an element of the page ("main").
func looksLikeSentenceID(s string) bool {
	rest, ok := strings.CutPrefix(s, "p")
	para, sent, found := strings.Cut(rest, "s")
	return ok && found && digits(para) && digits(sent)
}

func digits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

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
		heading := app.H1().Text("Article")
		if c, err := loadLibrary(); err == nil {
			if a, err := c.Article(p.id); err == nil {
				// The article's title, as the reader shows it once the text is there.
				heading = app.H1().Dir("auto").Lang(articleLang(a)).Text(a.Title)
			}
		}
		return textLoadingPage(navLibrary, heading)
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
				app.H1().Dir("auto").Lang(articleLang(a)).Text(a.Title),
				app.P().Class("card-meta").Body(
					app.Span().Class("outlet").Dir("auto").Text(outletLabel(a)),
					app.Span().Class("sep").Aria("hidden", "true").Text(" · "),
					pubDate(a.Published),
					app.Span().Class("sep").Aria("hidden", "true").Text(" · "),
					app.Span().Dir("auto").Text(authorLabel(a)),
				),
			),
			p.renderLinkNotes(),
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

// renderLinkNotes says what of the link pointed at nothing, in a status.
func (p *readerPage) renderLinkNotes() app.UI {
	if len(p.linkNotes) == 0 {
		return app.Text("")
	}
	items := make([]app.UI, len(p.linkNotes))
	for i, n := range p.linkNotes {
		items[i] = app.Li().Body(n.ui()...)
	}
	return app.Div().Class("notice reader-link-notes").Attr("role", "status").Body(app.Ul().Class("plain-list").Body(items...))
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
				out = append(out, removedView(r, a))
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
			out = append(out, app.H2().Class("reader-heading").Dir("auto").Lang(articleLang(a)).Body(sentences...))
		} else {
			out = append(out, app.P().Class("reader-para").Dir("auto").Lang(articleLang(a)).Body(sentences...))
		}
	}
	if p.part >= len(p.parts)-1 {
		removedBefore(len(a.Paragraphs))
	}
	return out
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
			app.A().Class("sentence-link").Lang("en").Href("#"+attrURL(s.ID)).
				Aria("label", attrText("Link to sentence "+s.ID)).Text("#"),
			app.Button().Type("button").Class("sentence-cite").Lang("en").OnClick(onCite).
				Aria("label", attrText("Cite sentence "+s.ID+": copy its citation")).Text("Cite"))...,
	)
}

// removedView shows a removed piece of a; its words are a's, in a's language.
func removedView(r corpus.Removed, a *corpus.Article) app.UI {
	return app.Aside().Class("removed").Body(
		app.Span().Class("removed-rule").Text(fmt.Sprintf("Removed (%s, line %d)", r.Rule, r.Line)),
		app.Span().Class("removed-text").Dir("auto").Lang(articleLang(a)).Text(r.Text),
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
					return app.Li().Body(app.A().Href(readerURL(a.ID, "")).Dir("auto").Lang(articleLang(a)).Text(a.Title))
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
			app.Bdi().Body(app.Code().Text(truncate(id, 80))),
			app.Text("” in this corpus. The link may be mistyped or come from another corpus."),
		),
		more...)
}
