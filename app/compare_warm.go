package app

import (
	"parallax/corpus"
	"parallax/corpus/align"
)

// alignInSteps compares a and b as align.Compare does, in steps that each end with yieldStep, so
// that on a phone no one of them holds the page's only thread for long. The alignment's first
// run in a page costs several times its later ones (its tables are built on first use, and the
// browser compiles each function of the wasm when it first runs), and align offers no
// incremental API: so the first steps are the same alignment on a small input, whose result is
// thrown away — one pair of sentences (align.Score), then the first paragraph of each article —
// and the last the whole comparison, then its view. Before them, align builds its tables a few
// at a time (align.WarmSteps). The result is align.Compare(a, b)'s.
func alignInSteps(a, b *corpus.Article, yieldStep func()) (*align.Comparison, *compareView) {
	for _, step := range align.WarmSteps() {
		step()
		yieldStep()
	}
	if x, y := firstSentence(a), firstSentence(b); x != nil && y != nil {
		align.Score(x, y)
		yieldStep()
	}
	align.Compare(head(a), head(b))
	yieldStep()
	cmp := align.Compare(a, b)
	yieldStep()
	return cmp, newCompareView(cmp)
}

func firstSentence(a *corpus.Article) *corpus.Sentence {
	for i := range a.Paragraphs {
		if s := a.Paragraphs[i].Sentences; len(s) > 0 {
			return &s[0]
		}
	}
	return nil
}

// head is a shallow copy of a with its first paragraph only; align.Compare writes to neither.
func head(a *corpus.Article) *corpus.Article {
	h := *a
	h.Paragraphs = h.Paragraphs[:min(1, len(h.Paragraphs))]
	return &h
}
