package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/align"
	"parallax/corpus/cite"
)

// highlighted splits text into plain runs and marked spans; spans are sorted and disjoint.
func highlighted(text string, spans []align.Span) []app.UI {
	var out []app.UI
	at := 0
	for _, s := range spans {
		if s.Start < at || s.End > len(text) || s.Start >= s.End {
			continue // never trust offsets blindly: a bad span must not cut a rune or panic
		}
		if s.Start > at {
			out = append(out, app.Text(text[at:s.Start]))
		}
		out = append(out, app.Mark().Class("hl hl-"+s.Kind.String()).Text(text[s.Start:s.End]))
		at = s.End
	}
	if at < len(text) {
		out = append(out, app.Text(text[at:]))
	}
	return out
}

// sharedKinds orders and names the kinds of shared spans for the reader, the most telling first.
// A date span may be a time of day ("2010 GMT"); synonyms are not "similar meaning", which
// names a pair found by the sentence encoder.
var sharedKinds = []struct {
	kind  align.SpanKind
	label string
}{
	{align.SpanQuote, "quoted words"},
	{align.SpanEntity, "names"},
	{align.SpanFigure, "figures"},
	{align.SpanDate, "dates and times"},
	{align.SpanSynonym, "synonyms"},
	{align.SpanRelated, "related words"},
	{align.SpanWord, "words"},
}

// pairWhy says why two sentences were paired: what the marked spans of one side share with the
// other, grouped by kind ("names: Google, YouTube"). It is the marks' text alternative, so that a
// reader who cannot see the colours learns the same; each term is a text node, in a <bdi> of
// art's language, as the terms are art's words.
//
// side is "a" or "b" for the words of one side of a pair whose sides show together ("" for
// one half of a pair told elsewhere): the page shows A's, a phone showing B shows B's.
func pairWhy(ref sentenceRef, art *corpus.Article, spans []align.Span, side string) app.UI {
	class := "pair-why"
	if side != "" {
		class += " pair-why-" + side
	}
	if ref.s == nil || len(spans) == 0 {
		return app.P().Class(class).Text("Paired on their overall wording.")
	}
	text := ref.s.Text
	var groups []app.UI
	for _, k := range sharedKinds {
		var terms []string
		seen := make(map[string]bool)
		for _, sp := range spans {
			if sp.Kind != k.kind || sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
				continue
			}
			t := text[sp.Start:sp.End]
			if key := strings.ToLower(t); !seen[key] {
				seen[key] = true
				terms = append(terms, t)
			}
		}
		if len(terms) == 0 {
			continue
		}
		groups = append(groups, app.Span().Class("why-group why-"+k.kind.String()).Body(
			append([]app.UI{app.Span().Class("why-kind").Text(k.label + ": ")}, plainList(terms, art).ui()...)...,
		))
	}
	return app.P().Class(class).Body(
		app.Span().Class("why-title").Text("Shared "),
		app.Range(groups).Slice(func(i int) app.UI { return groups[i] }),
	)
}

// meaningNote says why a pair found by meaning (align.Pair.Meaning) stands though it shares few
// words: in words under the pair, as a loose pair's notice does, which it replaces (such a pair
// scores under align.LoosePair). It keeps the loose notice's caution: the encoder's choice is
// right most of the time, not always. Its words are cite's (cite.MeaningReason), which the
// comparison's exports share.
func meaningNote() app.UI {
	return app.P().Class("pair-meaning").Body(
		app.Span().Class("meaning-title").Text("Similar meaning: "),
		app.Text(cite.MeaningReason("the marked words")+". "+cite.CheckBoth),
	)
}
