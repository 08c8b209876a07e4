package app

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
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
	setPageMeta(ctx, p.article.Title+" — Parallax", fmt.Sprintf("%s (%s, %s), in the Parallax reader.",
		p.article.Title, outletLabel(p.article), dateLabel(p.article.Published)))
}

func (p *readerPage) toggleRemoved(ctx app.Context, e app.Event) {
	p.showRemoved = !p.showRemoved
}

func (p *readerPage) Render() app.UI {
	switch {
	case errors.Is(p.err, corpus.ErrNotFound):
		return page(navLibrary, articleNotFound(p.id))
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
			app.Div().Class("reader-layout").Body(
				app.Div().Class("reader-text").Body(p.renderText()...),
				newProvenance(a, p.showRemoved, p.toggleRemoved),
			),
		),
	)
}

// renderText lays out paragraphs and, when revealed, the removed boilerplate where it stood.
func (p *readerPage) renderText() []app.UI {
	a := p.article
	var out []app.UI
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
	for i, para := range a.Paragraphs {
		removedBefore(i)
		sentences := make([]app.UI, 0, 2*len(para.Sentences))
		for j, s := range para.Sentences {
			if j > 0 {
				sentences = append(sentences, app.Text(" "))
			}
			sentences = append(sentences, sentenceView(s, s.ID == p.target))
		}
		if para.Heading {
			out = append(out, app.H2().Class("reader-heading").Body(sentences...))
		} else {
			out = append(out, app.P().Class("reader-para").Body(sentences...))
		}
	}
	removedBefore(len(a.Paragraphs))
	return out
}

func sentenceView(s corpus.Sentence, target bool) app.UI {
	class := "sentence"
	if target {
		class += " is-target"
	}
	return app.Span().ID(attrText(s.ID)).Class(class).TabIndex(-1).Body(
		app.Text(s.Text),
		app.A().Class("sentence-link").Href("#"+attrURL(s.ID)).
			Aria("label", attrText("Link to sentence "+s.ID)).Text("#"),
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
	if c, err := loadCorpus(); err == nil && len(c.Articles) > 0 {
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
