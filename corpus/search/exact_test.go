package search

import (
	"fmt"
	"testing"

	"parallax/corpus"
)

// TestExactCount checks Results.Exact: the articles with every word as typed, told apart from
// those matched through a word's start, another form or a typo, so a view can say "3 articles
// name Mutu; 26 more match words that start like it". A newcomer searching a real corpus for a
// footballer's name got 29 articles, 26 of them only for "mutual".
func TestExactCount(t *testing.T) {
	texts := []string{
		"Chelsea sacked Adrian Mutu on Friday.",
		"Mutu is to begin talks with Juventus.",
		"The mutual fund lost money.",
		"A mutual agreement ended the dispute.",
		"Mutually assured destruction was the doctrine.",
		"The club's Chelsea days are over.",
		"Juventus talks begin on Monday.",
		"Juventus held talks with the striker.",
	}
	var arts []*corpus.Article
	for i, text := range texts {
		arts = append(arts, &corpus.Article{ID: fmt.Sprintf("a%d", i), Title: "·", AuthorNote: "fixture",
			Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: text}}}}})
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	e := New(c)
	tests := []struct {
		query        string
		total, exact int
	}{
		{"mutu", 5, 2},          // two name him; three only start with his name
		{"Mutu", 5, 2},          // case aside
		{"mutual", 3, 2},        // "mutually" is another word that starts so
		{"mutu juventus", 1, 1}, // every word as typed in one sentence
		{"juventus talk", 3, 0}, // "talks" is another form of "talk"
		{"juventsu", 3, 0},      // a typo: nothing as typed
		{"chelsea", 2, 2},
		{"zzzz", 0, 0},
	}
	for _, tt := range tests {
		r := e.Search(Query{Text: tt.query})
		if r.Total != tt.total || r.Exact != tt.exact {
			t.Errorf("%q: total %d, exact %d; want %d, %d", tt.query, r.Total, r.Exact, tt.total, tt.exact)
		}
	}
	if r := e.Search(Query{Text: "mutu monday"}); !r.Partial || r.Exact != 0 {
		t.Errorf("a partial match: partial %v, exact %d; want true, 0", r.Partial, r.Exact)
	}
}
