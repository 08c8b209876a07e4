package corpus_test

import (
	"strings"
	"testing"

	"parallax/corpus"
)

// TestNewMeta checks the two constructors apart: New refuses an article without text, NewMeta
// takes it, and both refuse bad metadata and duplicate IDs.
func TestNewMeta(t *testing.T) {
	meta := func(id string) *corpus.Article {
		return &corpus.Article{ID: id, Title: "T", AuthorNote: "no byline"}
	}
	withText := meta("with-text")
	withText.Paragraphs = []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: "x"}}}}
	badDate := meta("bad-date")
	badDate.Published.Basis = corpus.BasisStated
	tests := []struct {
		name        string
		arts        []*corpus.Article
		wantNew     string // "" for no error
		wantNewMeta string
	}{
		{"no text", []*corpus.Article{meta("a")}, "article a: no text", ""},
		{"with text", []*corpus.Article{withText}, "", ""},
		{"bad ID", []*corpus.Article{meta("Not an ID")}, `article ID "Not an ID"`, `article ID "Not an ID"`},
		{"no title", []*corpus.Article{{ID: "x", AuthorNote: "n"}}, "article x: no title", "article x: no title"},
		{"basis without date", []*corpus.Article{badDate}, "publication basis stated without a date", "publication basis stated without a date"},
		{"duplicate", []*corpus.Article{meta("a"), meta("a")}, "article a: no text", `duplicate article ID "a"`},
	}
	check := func(t *testing.T, what string, err error, want string) {
		t.Helper()
		switch {
		case want == "" && err != nil:
			t.Errorf("%s: %v, want no error", what, err)
		case want != "" && (err == nil || !strings.Contains(err.Error(), want)):
			t.Errorf("%s: %v, want an error with %q", what, err, want)
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := corpus.New(tt.arts)
			check(t, "New", err, tt.wantNew)
			c, err := corpus.NewMeta(tt.arts)
			check(t, "NewMeta", err, tt.wantNewMeta)
			if err == nil {
				if a, err := c.Article(tt.arts[0].ID); err != nil || a != tt.arts[0] {
					t.Errorf("Article(%q) = %v, %v", tt.arts[0].ID, a, err)
				}
			}
		})
	}
}
