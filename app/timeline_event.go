package app

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/timeline"
)

// tlSources says, for each article of the corpus, how the timeline shows it: a letter key and a
// colour class (colour is never the only cue), and a short label.
type tlSources struct {
	key   map[string]string
	class map[string]string
	label map[string]string
	c     *corpus.Corpus
}

// tlPalette is the number of source colours in timeline.css.
const tlPalette = 8

func newTLSources(c *corpus.Corpus) *tlSources {
	s := &tlSources{key: map[string]string{}, class: map[string]string{}, label: map[string]string{}, c: c}
	for i, a := range c.Articles {
		s.key[a.ID] = sourceKey(i)
		s.class[a.ID] = fmt.Sprintf("src src-%d", i%tlPalette)
		l := a.Outlet
		if l == "" {
			l = truncate(a.Title, 30)
		}
		s.label[a.ID] = l
	}
	return s
}

// sourceKey is "A" … "Z", then "27", "28" …
func sourceKey(i int) string {
	if i < 26 {
		return string(rune('A' + i))
	}
	return fmt.Sprint(i + 1)
}

// role labels, as readers see them.
func roleLabel(r corpus.DateRole) string {
	switch r {
	case corpus.RoleDeadline:
		return "Deadline"
	case corpus.RoleExpected:
		return "Expected"
	}
	return "Reported"
}

// anchorNote says what a source's date rests on, with the publication date it was resolved
// against, so that an estimate is never read as a fact.
func anchorNote(a *corpus.Article, anchor corpus.Anchor) string {
	switch anchor {
	case corpus.AnchorAbsolute:
		return "Date given in full in the text."
	case corpus.AnchorStated:
		return "Placed from the article's stated date, " + a.Published.Date.String() + "."
	case corpus.AnchorCurated:
		return "Placed from the catalog's curated date of the article, " + a.Published.Date.String() + "."
	case corpus.AnchorEstimated:
		return "Uncertain: placed from the article's estimated date, c. " + a.Published.Date.String() + "."
	}
	return "Not placed: it depends on another event or on a date the article does not give."
}

// eventView renders one event: its date at its own precision, its role, each source's
// sentence with the expression marked, and a comparison when two articles report it.
func (s *tlSources) eventView(e timeline.Event) app.UI {
	class := "tl-event tl-role-" + strings.ToLower(e.Role.String())
	if e.Anchor == corpus.AnchorEstimated {
		class += " is-estimated"
	}
	if e.Lane == timeline.LanePublished {
		return s.publicationView(e)
	}
	srcs := make([]app.UI, 0, len(e.Sources))
	for _, src := range e.Sources {
		srcs = append(srcs, s.sourceView(src))
	}
	return app.Li().Class(class).Body(
		app.P().Class("tl-when").Body(
			dateView(e.Date, e.Anchor),
			app.Span().Class("tl-precision").Text(e.Date.Precision.String()),
			app.Span().Class("tl-role").Text(roleLabel(e.Role)),
		),
		app.Ul().Class("tl-sources").Body(srcs...),
		s.compareLinks(e),
	)
}

// dateView writes a date at its precision; one resting on an estimate is prefixed "c.".
func dateView(d corpus.Date, anchor corpus.Anchor) app.UI {
	label := d.String()
	if anchor == corpus.AnchorEstimated {
		label = "c. " + label
	}
	return app.Time().Class("tl-date").DateTime("%s", d.ISO()).Text(label)
}

func (s *tlSources) sourceView(src timeline.Source) app.UI {
	a, err := s.c.Article(src.Article)
	if err != nil {
		return app.Li().Class("tl-source").Text("Missing article")
	}
	var sentence app.UI = app.Text("")
	if st := a.Sentence(src.Sentence); st != nil {
		sentence = app.Blockquote().Class("tl-quote").Body(marked(st.Text, src.Start, src.End)...)
	}
	return app.Li().Class("tl-source "+s.class[a.ID]).Body(
		s.badge(a.ID),
		sentence,
		app.P().Class("tl-source-meta").Body(
			app.Span().Class("tl-expr").Text("“"+src.Text+"”"),
			app.Text(" · "),
			app.Span().Class("tl-anchor").Text(anchorNote(a, src.Anchor)),
			app.Text(" "),
			app.A().Class("tl-read").Href(readerURL(a.ID, src.Sentence)).Body(
				app.Text("Read in context"),
				app.Span().Class("visually-hidden").Text(" ("+s.label[a.ID]+", sentence "+src.Sentence+")"),
			),
		),
	)
}

// badge is the source's colour swatch, letter key and label.
func (s *tlSources) badge(id string) app.UI {
	return app.Span().Class("tl-badge "+s.class[id]).Body(
		app.Span().Class("tl-key").Aria("hidden", "true").Text(s.key[id]),
		app.Span().Class("tl-label").Text(s.label[id]),
	)
}

// marked splits text around the expression [start, end) and marks it; offsets that do not fall
// on the text's characters leave it unmarked rather than cut a character.
func marked(text string, start, end int) []app.UI {
	if start < 0 || end > len(text) || start >= end || !utf8.RuneStart(text[start]) || end < len(text) && !utf8.RuneStart(text[end]) {
		return []app.UI{app.Text(text)}
	}
	return []app.UI{app.Text(text[:start]), app.Mark().Text(text[start:end]), app.Text(text[end:])}
}

func (s *tlSources) publicationView(e timeline.Event) app.UI {
	items := make([]app.UI, 0, len(e.Sources))
	for _, src := range e.Sources {
		a, err := s.c.Article(src.Article)
		if err != nil {
			continue
		}
		items = append(items, app.Li().Class("tl-source "+s.class[a.ID]).Body(
			s.badge(a.ID),
			app.P().Class("tl-pub-title").Body(app.A().Href(readerURL(a.ID, "")).Text(a.Title)),
			app.P().Class("tl-source-meta").Body(
				app.Span().Class("basis basis-"+a.Published.Basis.String()).Text(a.Published.Basis.String()),
				app.Text(" "+a.Published.Note),
			),
		))
	}
	return app.Li().Class("tl-event tl-publication").Body(
		app.P().Class("tl-when").Body(
			dateView(e.Date, e.Anchor),
			app.Span().Class("tl-precision").Text(e.Date.Precision.String()),
			app.Span().Class("tl-role").Text("Published"),
		),
		app.Ul().Class("tl-sources").Body(items...),
	)
}

// compareLinks offers to put side by side the articles that report the event.
func (s *tlSources) compareLinks(e timeline.Event) app.UI {
	ids := e.Articles()
	if len(ids) < 2 {
		return app.Text("")
	}
	links := make([]app.UI, 0, len(ids)-1)
	for _, other := range ids[1:] {
		links = append(links, app.Li().Body(
			app.A().Class("tl-compare").Href(compareURL(ids[0], other)).Body(
				app.Text("Compare "),
				app.Span().Class("tl-key-inline").Text(s.key[ids[0]]),
				app.Text(" "+s.label[ids[0]]+" with "),
				app.Span().Class("tl-key-inline").Text(s.key[other]),
				app.Text(" "+s.label[other]),
			),
		))
	}
	return app.Ul().Class("tl-compares").Body(links...)
}
