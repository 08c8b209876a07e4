// Package longest picks the articles the compare benchmark times: the two with the most text.
package longest

import (
	"cmp"
	"slices"

	"parallax/corpus"
)

// Size is the number of bytes of an article's cleaned sentences.
func Size(a *corpus.Article) int {
	n := 0
	for _, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			n += len(s.Text)
		}
	}
	return n
}

// Two returns the two longest articles, longest first (ties by ID), or nils when there are
// fewer than two.
func Two(arts []*corpus.Article) (a, b *corpus.Article) {
	if len(arts) < 2 {
		return nil, nil
	}
	s := slices.Clone(arts)
	slices.SortFunc(s, func(x, y *corpus.Article) int {
		if c := cmp.Compare(Size(y), Size(x)); c != 0 {
			return c
		}
		return cmp.Compare(x.ID, y.ID)
	})
	return s[0], s[1]
}
