package app

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/index"
)

// provenance is the reader's side panel: where the article comes from and how each fact about it
// is known, plus the control that reveals removed boilerplate.
type provenance struct {
	app.Compo

	Article     *corpus.Article
	ShowRemoved bool
	OnToggle    app.EventHandler
}

func newProvenance(a *corpus.Article, showRemoved bool, onToggle app.EventHandler) *provenance {
	return &provenance{Article: a, ShowRemoved: showRemoved, OnToggle: onToggle}
}

func (p *provenance) Render() app.UI {
	a := p.Article
	if a == nil {
		return app.Aside()
	}
	n := boilerplate(a)
	words := index.SummaryOf(a).Words
	label := fmt.Sprintf("Show removed boilerplate (%d)", n)
	if p.ShowRemoved {
		label = fmt.Sprintf("Hide removed boilerplate (%d)", n)
	}
	return app.Aside().Class("provenance").Aria("labelledby", "provenance-title").Body(
		app.H2().ID("provenance-title").Text("About this article"),
		app.Dl().Body(
			fact("Outlet", outletLabel(a), a.OutletNote),
			fact("Author", authorLabel(a), a.AuthorNote),
			publishedFact(a),
			languageFact(a),
			fact("Title", "", a.TitleNote),
			originalFact(a),
			fact("Source file", a.File, ""),
			fact("Text", encodingNote(a.Provenance.Encoding), ""),
			fact("Length", fmt.Sprintf("%d %s, %d %s", len(a.Paragraphs), plural(len(a.Paragraphs), "paragraph", "paragraphs"), words, plural(words, "word", "words")), ""),
		),
		app.If(n > 0, func() app.UI {
			return app.Button().Class("button").Aria("pressed", fmt.Sprint(p.ShowRemoved)).
				OnClick(p.OnToggle).Text(label)
		}),
		app.P().Body(app.A().Class("button button-secondary").Href(compareURL(a.ID, "")).Text("Compare with…")),
	)
}

// boilerplate counts the removed pieces that are page furniture: the headline line, which
// ingestion takes out of the text because it is the title (rule "title"), is not.
func boilerplate(a *corpus.Article) int {
	n := 0
	for _, r := range a.Removed {
		if r.Rule != "title" {
			n++
		}
	}
	return n
}

// fact is one row of the provenance list; an empty value with a note shows the note alone.
func fact(term, value, why string) app.UI {
	if value == "" && why == "" {
		return app.Text("")
	}
	return app.Div().Class("fact").Body(
		app.Dt().Text(term),
		app.Dd().Body(app.If(value != "", func() app.UI { return app.Span().Dir("auto").Text(value) }), note(why)),
	)
}

func note(s string) app.UI {
	if s == "" {
		return app.Text("")
	}
	return noteText(s).Class("fact-note")
}

// noteText shows a provenance note: ingestion's words, which quote what a file states as %q
// writes it (The file states the outlet "البيان" (line 2); …), or the catalog's own, in any
// language. Each quoted value is isolated, and the note takes the direction of its words outside
// them (dir="auto" skips a <bdi>).
func noteText(s string) app.HTMLSpan {
	return app.Span().Dir("auto").Body(goQuoted(s).ui()...)
}

// publishedFact is the publication date with its basis and the note that says how it is known.
func publishedFact(a *corpus.Article) app.UI {
	return app.Div().Class("fact").Body(
		app.Dt().Text("Published"),
		// An unknown date's pubDate gives its reason already.
		app.Dd().Body(pubDate(a.Published), app.If(a.Published.Basis != corpus.BasisUnknown, func() app.UI { return note(a.Published.Note) })),
	)
}

// languageFact is the article's language with its basis and the note that says how it is
// known, or why it is not (a statement refused, or contradicted by the text).
func languageFact(a *corpus.Article) app.UI {
	o := a.Provenance.Language
	basis := ""
	switch {
	case a.Language == "":
	case o.Basis == corpus.BasisStated && o.From != "":
		basis = "Stated by the file (" + o.From + ")."
	case o.Basis == corpus.BasisCurated && o.From != "":
		basis = "Curated (" + o.From + ")."
	case o.Basis != corpus.BasisUnknown:
		basis = strings.ToUpper(o.Basis.String()[:1]) + o.Basis.String()[1:] + "."
	}
	why := strings.TrimSpace(basis + " " + o.Note)
	if a.Language == "" && why == "" {
		why = "Not recorded."
	}
	return app.Div().Class("fact").Body(
		app.Dt().Text("Language"),
		app.Dd().Body(app.Span().Text(languageLabel(a)), note(why)),
	)
}

// originalFact links to the original article, or says that its address is unknown.
func originalFact(a *corpus.Article) app.UI {
	return app.Div().Class("fact").Body(
		app.Dt().Text("Original"),
		app.Dd().Body(originalLink(a.URL), app.If(a.URL == "", func() app.UI { return note(a.Provenance.URL.Note) })),
	)
}

// originalLink links to an article's original address when it is an http(s) URL. Any other
// address (javascript:, data:, a relative path) is shown as text, never as a link.
func originalLink(address string) app.UI {
	if address == "" {
		// The note beside it says why: no address given, or one given and refused.
		return app.Span().Text("Not known.")
	}
	u, ok := externalURL(address)
	if !ok {
		return app.Span().Body(app.Bdi().Body(app.Code().Text(truncate(address, 200))),
			app.Text(" (not a web address, so not a link)"))
	}
	return app.A().Href(attrURL(u)).Rel("noopener noreferrer external").Text(address)
}

// encodingNote says how the source file's text was decoded, as ingestion recorded it
// (corpus.Provenance.Encoding: "Windows-1252", "UTF-16LE with a byte order mark", an HTML
// page's declared charset, each maybe followed by "; 3 HTML character references decoded"),
// or "" for plain UTF-8 and for none recorded.
func encodingNote(enc string) string {
	base, rest, _ := strings.Cut(strings.TrimSpace(enc), "; ")
	var s string
	switch base {
	case "", "UTF-8":
		if rest == "" {
			return ""
		}
		s = "UTF-8"
	case "Windows-1252":
		s = "Decoded as Windows-1252; the file was not UTF-8"
	case "UTF-8 with a byte order mark":
		s = "UTF-8 with a byte order mark"
	default:
		s = "Decoded as " + base
	}
	if rest != "" {
		s += "; " + rest
	}
	return s + "."
}
