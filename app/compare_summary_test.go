package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus/align"
)

// TestSummaryWeakPairs: the summary's sentence on the pairs says how many of them are loose
// matches or found by similar meaning, whose notes the columns show under them, in the words
// of the Markdown export; with none weak it says only how many pairs there are.
func TestSummaryWeakPairs(t *testing.T) {
	a, b := meaningArticles(false)
	base := align.Compare(a, b)
	if len(base.Pairs) < 2 {
		t.Fatalf("the story pairs %d sentences, want 2 or more", len(base.Pairs))
	}
	words := base.Pairs[0]
	words.Score, words.Meaning = 0.9, false
	loose, meaning := words, words
	loose.Score = align.LoosePair - 0.01
	meaning.Score, meaning.Meaning = align.Threshold, true
	for _, tc := range []struct {
		name  string
		pairs []align.Pair
		want  string
	}{
		{"one by its words", []align.Pair{words}, "1 pair of sentences reports the same thing."},
		{"one loose", []align.Pair{loose}, "1 pair of sentences reports the same thing, a loose match to check."},
		{"one by meaning", []align.Pair{meaning}, "1 pair of sentences reports the same thing, found by similar meaning to check."},
		{"one of two loose", []align.Pair{words, loose}, "2 pairs of sentences report the same thing, 1 of them a loose match to check."},
		{"two of three loose", []align.Pair{loose, words, loose}, "3 pairs of sentences report the same thing, 2 of them loose matches to check."},
		{"all by meaning", []align.Pair{meaning, meaning, meaning}, "3 pairs of sentences report the same thing, all 3 found by similar meaning to check."},
		{"mixed", []align.Pair{loose, words, meaning, loose}, "4 pairs of sentences report the same thing, 3 of them to check: 2 loose matches and 1 found by similar meaning."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := *base
			c.Pairs = nil
			for i, p := range tc.pairs {
				p.N = i + 1
				c.Pairs = append(c.Pairs, p)
			}
			html := app.HTMLString(compareSummaryView(&c, newCompareView(&c)))
			if want := `<p class="summary-pairs">` + tc.want + `</p>`; !strings.Contains(html, want) {
				i := strings.Index(html, `<p class="summary-pairs">`)
				t.Errorf("the summary has\n%.200s\nwant\n%s", html[max(i, 0):], want)
			}
		})
	}
}
