package search

import (
	"slices"
	"testing"

	"parallax/corpus"
)

// TestWordFoundAsTypedIsNotStretched: close spellings mend a word the corpus lacks, never one it
// has as typed.
func TestWordFoundAsTypedIsNotStretched(t *testing.T) {
	texts := [][2]string{
		{"wenger", "Arsene Wenger praised the squad."},
		{"winger", "Arjen Robben is a fast winger."},
		{"oneill", "Martin O'Neill left Celtic."},
		{"million", "The club paid one-million pounds."},
		{"bid", "The bid was raised."},
		{"bud", "A bud of hope."},
		{"rates", "Interest rates rose again."},
		{"setting", "The rate-setting committee met."},
		{"tiktok", "The Tik-Tok app grew."},
	}
	var arts []*corpus.Article
	for _, tx := range texts {
		arts = append(arts, &corpus.Article{ID: tx[0], Title: "·", AuthorNote: "fixture",
			Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: tx[1]}}}}})
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	e := New(c)
	for _, c := range []struct {
		query, corrected string
		ids              []string
	}{
		{"Arsen Wenger", "", []string{"wenger"}},
		{"wenger", "", []string{"wenger"}},
		{"winger", "", []string{"winger"}},
		{"O'Neill", "", []string{"oneill"}},
		{"bid", "", []string{"bid"}},
		// A whole word is not the start of a compound's next part ("rate-s"); a word being
		// typed may be; its singular is a part of the compound ("rate").
		{"rates", "", []string{"rates", "setting"}},
		{"interest rates", "", []string{"rates"}},
		{"rate", "", []string{"rates", "setting"}},
		{"tikt", "", []string{"tiktok"}},
		// Typos still mend: these words are not in the corpus as typed.
		{"wengr", "wenger", []string{"wenger"}},
		{"Wneger", "wenger", []string{"wenger"}},
		{"robben wingr", "robben winger", []string{"winger"}},
	} {
		r := e.Search(Query{Text: c.query})
		var ids []string
		for _, g := range r.Groups {
			ids = append(ids, g.Article.ID)
		}
		slices.Sort(ids)
		if r.Partial || !slices.Equal(ids, c.ids) || r.Corrected != c.corrected {
			t.Errorf("%q: found %v (partial %v, corrected %q), want %v (corrected %q)", c.query, ids, r.Partial, r.Corrected, c.ids, c.corrected)
		}
	}
}
