package app

import (
	"fmt"
	"hash/fnv"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/timeline"
)

// tlSources names the timeline's sources by outlet and title, never by a letter key, which
// stops meaning anything past a handful of articles. An outlet also gets a colour, from a
// small palette, which is never the only cue.
type tlSources struct {
	c *corpus.Corpus
}

// tlPalette is the number of source colours in timeline.css.
const tlPalette = 8

func newTLSources(c *corpus.Corpus) *tlSources { return &tlSources{c: c} }

// colour is the palette class of an outlet, stable across pages and corpora.
func (s *tlSources) colour(a *corpus.Article) string {
	h := fnv.New32a()
	h.Write([]byte(a.Outlet))
	return fmt.Sprintf("src src-%d", h.Sum32()%tlPalette)
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

// precisionLabel says how finely a date is known, as a reader would put it.
func precisionLabel(d corpus.Date) string {
	switch d.Precision {
	case corpus.PrecisionDay:
		return "to the day"
	case corpus.PrecisionPartOfMonth:
		return "to part of a month"
	case corpus.PrecisionMonth:
		return "to the month"
	case corpus.PrecisionQuarter:
		return "to the quarter"
	case corpus.PrecisionYear:
		return "to the year"
	}
	return "undated"
}

// eventView renders one event: its date at its own precision, its role, how its sources date
// it when they differ, each source by outlet and title with its sentence, and comparisons.
func (s *tlSources) eventView(e timeline.Event) app.UI {
	if e.Lane == timeline.LanePublished {
		return s.publicationView(e)
	}
	class := "tl-event tl-role-" + strings.ToLower(e.Role.String())
	if e.Anchor == corpus.AnchorEstimated {
		class += " is-estimated"
	}
	var agree app.UI = app.Text("")
	switch e.Agreement {
	case timeline.AgreeCoarser:
		agree = app.Span().Class("tl-agree tl-agree-coarser").Text("Sources differ in precision")
	case timeline.AgreeConflict:
		class += " is-conflict"
		agree = app.Span().Class("tl-agree tl-agree-conflict").Text("Sources conflict")
	}
	var dating app.UI = app.Text("")
	if notes := e.Dating(); len(notes) > 0 {
		items := make([]app.UI, 0, min(len(notes), tlMaxDating)+1)
		for _, n := range notes[:min(len(notes), tlMaxDating)] {
			li := app.Li().Text(n)
			if strings.HasPrefix(n, "Conflict") {
				li = li.Class("tl-dating-conflict")
			}
			items = append(items, li)
		}
		if rest := len(notes) - tlMaxDating; rest > 0 {
			items = append(items, app.Li().Class("tl-more").Text(fmt.Sprintf("And %s more %s.", thousands(rest), plural(rest, "note", "notes"))))
		}
		dating = app.Ul().Class("tl-dating").Body(items...)
	}
	return app.Li().Class(class).Body(
		app.P().Class("tl-when").Body(
			app.Time().Class("tl-date").DateTime(attrText(e.Date.ISO())).Text(e.When()),
			app.Span().Class("tl-precision").Text(precisionLabel(e.Date)),
			app.Span().Class("tl-role").Text(roleLabel(e.Role)),
			agree,
		),
		dating,
		s.sourceList(&e, s.sourceView),
		s.compareLinks(e),
	)
}

// sourceList shows at most tlMaxSources sources and counts the others.
func (s *tlSources) sourceList(e *timeline.Event, view func(*timeline.Event, timeline.Source) app.UI) app.UI {
	n := min(len(e.Sources), tlMaxSources)
	items := make([]app.UI, 0, n+1)
	for _, src := range e.Sources[:n] {
		items = append(items, view(e, src))
	}
	if rest := len(e.Sources) - n; rest > 0 {
		more := fmt.Sprintf("And %s more %s.", thousands(rest), plural(rest, "source", "sources"))
		if e.Lane == timeline.LanePublished && e.Date.Precision == corpus.PrecisionDay {
			// The library lists every article of a day, a page at a time.
			v := url.Values{"from": {e.Date.ISO()}, "to": {e.Date.ISO()}}
			items = append(items, app.Li().Class("tl-more").Body(
				app.Text(more+" "),
				app.A().Href(href("/?"+v.Encode())).Text("All articles published on "+e.Date.String()),
			))
		} else {
			items = append(items, app.Li().Class("tl-more").Text(more))
		}
	}
	return app.Ul().Class("tl-sources").Body(items...)
}

// sourceName names an article by outlet and title, the title linking to it.
func (s *tlSources) sourceName(a *corpus.Article, sentence string) app.UI {
	return app.P().Class("tl-source-name").Body(
		app.Span().Class("tl-outlet").Dir("auto").Text(outletLabel(a)),
		app.Span().Class("sep").Aria("hidden", "true").Text(" · "),
		app.A().Class("tl-title").Dir("auto").Lang(articleLang(a)).Href(readerURL(a.ID, sentence)).Text(tlTitle(a)),
	)
}

// sourceView shows one source: who, the sentence with the expression marked, how this source
// dates the event when it differs, and what its date rests on. e is nil for an undated mention.
func (s *tlSources) sourceView(e *timeline.Event, src timeline.Source) app.UI {
	a, err := s.c.Article(src.Article)
	if err != nil {
		return app.Li().Class("tl-source").Text("Missing article")
	}
	var sentence app.UI = app.Text("")
	if st := a.Sentence(src.Sentence); st != nil {
		text, start, end := excerpt(st.Text, src.Start, src.End, tlQuoteBytes)
		sentence = app.Blockquote().Class("tl-quote").Dir("auto").Lang(articleLang(a)).Body(marked(text, start, end)...)
	}
	var own app.UI = app.Text("")
	if e != nil && e.Dated() {
		if d := e.SourceDating(src); d != "" {
			own = app.Span().Class("tl-own-date").Text("This source " + d + ". ")
		}
	}
	return app.Li().Class("tl-source "+s.colour(a)).Body(
		s.sourceName(a, ""),
		sentence,
		app.P().Class("tl-source-meta").Body(
			// The expression is the article's words inside the app's quotation marks.
			app.Span().Class("tl-expr").Body(app.Text("“"), app.Bdi().Lang(articleLang(a)).Text(src.Text), app.Text("”")),
			app.Text(" · "),
			own,
			app.Span().Class("tl-anchor").Text(anchorNote(a, src.Anchor)),
			app.Text(" "),
			app.A().Class("tl-read").Href(readerURL(a.ID, src.Sentence)).Body(
				app.Text("Read in context"),
				app.Span().Class("visually-hidden").Text(" ("+outletLabel(a)+", "+tlTitle(a)+")"),
			),
		),
	)
}

// tlMaxDating bounds the notes on how an entry's sources date it: an event many reports date
// differently has a conflict note per other date.
const tlMaxDating = 6

// tlTitleRunes bounds an article's title where the timeline names a source, which it does a
// dozen times an entry: a title run into its article's opening cannot swell the page.
const tlTitleRunes = 100

func tlTitle(a *corpus.Article) string { return truncate(a.Title, tlTitleRunes) }

// tlQuoteBytes bounds the part of a source's sentence the timeline quotes, so that a page of
// entries stays bounded however long an article's sentences are (a badly split text can make a
// paragraph one "sentence"); "Read in context" shows it whole.
const tlQuoteBytes = 240

// excerpt returns at most about limit bytes of text around the expression [start, end), cut at
// spaces where it can and marked "…" where cut, with the expression's offsets in the result.
// The expression itself is never cut; offsets that do not fit text leave its head.
func excerpt(text string, start, end, limit int) (string, int, int) {
	if len(text) <= limit {
		return text, start, end
	}
	if start < 0 || end > len(text) || start > end || !utf8.RuneStart(text[start]) || end < len(text) && !utf8.RuneStart(text[end]) {
		start, end = 0, 0
	}
	room := max(limit-(end-start), 0)
	lo := start - room/2
	hi := end + (room - room/2)
	if lo < 0 {
		hi, lo = hi-lo, 0
	}
	if hi > len(text) {
		lo, hi = lo-(hi-len(text)), len(text)
		lo = max(lo, 0)
	}
	// Cut at a space within the window, else at a character's start.
	if lo > 0 {
		if i := strings.IndexByte(text[lo:start], ' '); i >= 0 {
			lo += i + 1
		}
		for lo < start && !utf8.RuneStart(text[lo]) {
			lo++
		}
	}
	if hi < len(text) {
		if i := strings.LastIndexByte(text[end:hi], ' '); i >= 0 {
			hi = end + i
		}
		for hi > end && !utf8.RuneStart(text[hi]) {
			hi--
		}
	}
	out, shift := text[lo:hi], lo
	if lo > 0 {
		out, shift = "…"+out, lo-len("…")
	}
	if hi < len(text) {
		out += "…"
	}
	if start == end {
		return out, 0, 0
	}
	return out, start - shift, end - shift
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
	pub := func(e *timeline.Event, src timeline.Source) app.UI {
		a, err := s.c.Article(src.Article)
		if err != nil {
			return app.Li().Class("tl-source").Text("Missing article")
		}
		return app.Li().Class("tl-source "+s.colour(a)).Body(
			s.sourceName(a, ""),
			app.P().Class("tl-source-meta").Body(
				app.Span().Class("basis basis-"+a.Published.Basis.String()).Text(a.Published.Basis.String()),
				app.Text(" "),
				app.If(a.Published.Note != "", func() app.UI { return noteText(a.Published.Note) }),
			),
		)
	}
	return app.Li().Class("tl-event tl-publication").Body(
		app.P().Class("tl-when").Body(
			app.Time().Class("tl-date").DateTime(attrText(e.Date.ISO())).Text(e.When()),
			app.Span().Class("tl-precision").Text(precisionLabel(e.Date)),
			app.Span().Class("tl-role").Text("Published"),
		),
		s.sourceList(&e, pub),
	)
}

// compareLink puts a and b side by side, named by their outlets with their titles for a screen
// reader, or by their titles alone when an outlet is unknown or both are one outlet's ("Compare
// Outlet unknown with Outlet unknown" told nothing).
func compareLink(a, b *corpus.Article) app.UI {
	link := app.A().Class("tl-compare").Href(compareURL(a.ID, b.ID))
	if a.Outlet == "" || b.Outlet == "" || a.Outlet == b.Outlet {
		return link.Body(message{words("Compare “"), articleVal(a, tlTitle(a)), words("” with “"), articleVal(b, tlTitle(b)), words("”")}.ui()...)
	}
	return link.Body(append(message{words("Compare "), val(a.Outlet), words(" with "), val(b.Outlet)}.ui(),
		app.Span().Class("visually-hidden").Text(": "+tlTitle(a)+" and "+tlTitle(b)))...)
}

// compareLinks offers to put side by side the first article that reports the event and up to
// three others, each named as compareLink says.
func (s *tlSources) compareLinks(e timeline.Event) app.UI {
	ids := e.Articles()
	if len(ids) < 2 {
		return app.Text("")
	}
	first, err := s.c.Article(ids[0])
	if err != nil {
		return app.Text("")
	}
	links := make([]app.UI, 0, 3)
	for _, id := range ids[1:min(len(ids), 4)] {
		other, err := s.c.Article(id)
		if err != nil {
			continue
		}
		links = append(links, app.Li().Body(compareLink(first, other)))
	}
	return app.Ul().Class("tl-compares").Body(links...)
}
