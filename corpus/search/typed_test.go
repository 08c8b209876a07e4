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
		// typed may be.
		{"rates", "", []string{"rates"}},
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

// TestCorrectionIsSearchedAsCorrected: a typo read as a term is searched as that term, so that
// "Showing results for blair" lists what a search for "blair" does, not the typo's other close
// spellings; letters matched only loosely ("tik" in "ticket") correct nothing.
func TestCorrectionIsSearchedAsCorrected(t *testing.T) {
	var arts []*corpus.Article
	for i, text := range []string{"Tony Blair spoke.", "Blair's aide left.", "Mr Blair resigned.", "A blare of horns.",
		"Buy a ticket now.", "I think so.", "The trick worked."} {
		arts = append(arts, &corpus.Article{ID: string(rune('a' + i)), Title: "·", AuthorNote: "fixture",
			Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: text}}}}})
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	e := New(c)
	ids := func(r *Results) []string {
		var out []string
		for _, g := range r.Groups {
			out = append(out, g.Article.ID)
		}
		slices.Sort(out)
		return out
	}
	typo, right := e.Search(Query{Text: "blari"}), e.Search(Query{Text: "blair"})
	if typo.Corrected != "blair" || !slices.Equal(ids(typo), ids(right)) || typo.Exact != 0 {
		t.Errorf("blari: corrected %q, found %v, %d exact; want blair, %v (blair's), 0 exact", typo.Corrected, ids(typo), typo.Exact, ids(right))
	}
	if r := e.Search(Query{Text: "tik"}); r.Corrected != "" {
		t.Errorf("tik: corrected to %q; letters matched loosely correct nothing", r.Corrected)
	}
}
