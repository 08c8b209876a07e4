// Package timeline finds the dates articles mention and orders the events they report.
package timeline

import (
	"strings"
	"unicode/utf8"

	"parallax/corpus"
)

// Extract returns every temporal expression in a's sentences, normalised against a.Published.
//
// It is a rule-based tagger in the manner of HeidelTime: absolute dates keep what they state;
// year-less and relative ones are placed from the publication date, in the direction of the
// tense of the nearest verb (a plan or a deadline looks forward), and carry the basis of that
// date as their anchor. What cannot be placed is kept with an unknown date.
func Extract(a *corpus.Article) []corpus.DateMention {
	var sents []*corpus.Sentence
	var heading []bool
	for i := range a.Paragraphs {
		for j := range a.Paragraphs[i].Sentences {
			sents = append(sents, &a.Paragraphs[i].Sentences[j])
			heading = append(heading, a.Paragraphs[i].Heading)
		}
	}
	var out []corpus.DateMention
	for i, s := range sents {
		ctx := s.Text
		// "In April," ends a paragraph of one seed and its verb starts the next: a sentence that
		// stops on a comma continues in the next one, which gives it its tense.
		if !heading[i] && i+1 < len(sents) && continues(s.Text) {
			ctx += " " + sents[i+1].Text
		}
		out = append(out, extractSentence(s.ID, s.Text, ctx, a.Published)...)
	}
	return out
}

// continues reports whether a sentence ends on a mark that leaves it unfinished.
func continues(text string) bool {
	text = strings.TrimSpace(text)
	r, _ := utf8.DecodeLastRuneInString(text)
	return r == ',' || r == ';' || r == ':' || r == '–' || r == '—'
}

// extractSentence finds the expressions of text; ctx is text, possibly followed by the sentence
// it continues into, and is used only for tense.
func extractSentence(id, text, ctx string, pub corpus.PubDate) []corpus.DateMention {
	toks := tokenize(ctx)
	ms := findAll(toks)
	if len(ms) == 0 {
		return nil
	}
	inExpr := make([]bool, len(toks))
	for _, m := range ms {
		for k := m.t0; k < m.t1; k++ {
			inExpr[k] = true
		}
	}
	var out []corpus.DateMention
	for _, m := range ms {
		if m.end > len(text) {
			continue
		}
		role, dir := roleOf(toks, m, inExpr)
		d, anchor := resolve(m, pub, dir)
		out = append(out, corpus.DateMention{Sentence: id, Start: m.start, End: m.end,
			Text: text[m.start:m.end], Date: d, Anchor: anchor, Role: role})
	}
	return out
}
