package search

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"parallax/corpus"
)

// goldCase is one query of the gold list and every sentence a reader would want it to find.
type goldCase struct {
	line  int
	query string
	want  []string
}

// loadGold reads a gold half: its sentences (as one-sentence articles named by their IDs) and
// its queries.
func loadGold(t *testing.T, name string) (*Engine, []goldCase) {
	t.Helper()
	path := filepath.Join("testdata", "gold", name)
	ar, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var arts []*corpus.Article
	var cases []goldCase
	for _, f := range ar.Files {
		for i, line := range strings.Split(string(f.Data), "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			switch f.Name {
			case "sentences":
				id, text, ok := strings.Cut(line, " | ")
				if !ok {
					t.Fatalf("%s: sentences:%d: want \"id | text\"", path, i+1)
				}
				// \uXXXX escapes spell decomposed letters that an editor would silently compose.
				text, err := strconv.Unquote(`"` + strings.ReplaceAll(text, `"`, `\"`) + `"`)
				if err != nil {
					t.Fatalf("%s: sentences:%d: %v", path, i+1, err)
				}
				arts = append(arts, &corpus.Article{ID: id, Title: "·", AuthorNote: "gold list",
					Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: text}}}}})
			case "queries":
				q, ids, ok := strings.Cut(line, " => ")
				if !ok {
					q, ok = strings.CutSuffix(line, " =>")
				}
				if !ok {
					t.Fatalf("%s: queries:%d: want \"query => ids\"", path, i+1)
				}
				cases = append(cases, goldCase{i + 1, q, strings.Fields(ids)})
			}
		}
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return New(c), cases
}

// goldScore returns the micro-averaged precision and recall of full matches over the cases,
// and a line for each query that found too much or too little.
func goldScore(e *Engine, cases []goldCase) (precision, recall float64, misses []string) {
	var tp, retrieved, relevant int
	for _, c := range cases {
		r := e.Search(Query{Text: c.query})
		var got []string
		if !r.Partial && r.Err == nil {
			for _, g := range r.Groups {
				got = append(got, g.Article.ID)
			}
		}
		slices.Sort(got)
		hit := 0
		for _, id := range got {
			if slices.Contains(c.want, id) {
				hit++
			}
		}
		tp, retrieved, relevant = tp+hit, retrieved+len(got), relevant+len(c.want)
		if hit != len(got) || hit != len(c.want) {
			misses = append(misses, fmt.Sprintf("line %d: %q found %v, want %v", c.line, c.query, got, c.want))
		}
	}
	precision, recall = 1, 1
	if retrieved > 0 {
		precision = float64(tp) / float64(retrieved)
	}
	if relevant > 0 {
		recall = float64(tp) / float64(relevant)
	}
	return precision, recall, misses
}

// TestGold measures search on the gold list: full matches only, so a partial match that a view
// labels as such counts as nothing found. The targets hold for the test halves: "test" was seen
// once during tuning, so "test2" was written blind after it (non-Latin scripts, Nordic, Turkish and
// Polish letters, possessives, dotted acronyms, hyphen compounds) and scored once: 1.000/1.000.
// The development half is reported alongside.
func TestGold(t *testing.T) {
	for _, half := range []string{"dev", "test", "test2"} {
		t.Run(half, func(t *testing.T) {
			e, cases := loadGold(t, half+".txtar")
			p, r, misses := goldScore(e, cases)
			t.Logf("%s half: %d queries, precision %.3f, recall %.3f", half, len(cases), p, r)
			for _, m := range misses {
				t.Log(m)
			}
			if p < 0.85 || r < 0.85 {
				t.Errorf("precision %.3f, recall %.3f; want at least 0.85 each", p, r)
			}
		})
	}
}
