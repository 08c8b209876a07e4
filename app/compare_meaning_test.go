package app

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/align"
	"parallax/internal/embedtest"
)

// meaningStory is a short story told by two outlets: two sentences that pair by their words, and
// a paraphrase that shares too few words to pair by them (corpus/align's meaning tests use it).
var meaningStory = [2][]string{
	{
		"The money paid for a lakeside villa, two boats and a string of gambling debts, court filings show.",
		"Ravel Marine's former treasurer Colm Dervla was jailed for six years on Tuesday.",
		"Dervla, 58, admitted taking 4.2 million euros from the company's pension fund.",
	},
	{
		"Colm Dervla, who was treasurer of Ravel Marine, was sentenced to six years in prison on Tuesday.",
		"The 58-year-old had pleaded guilty to stealing 4.2 million euros from the firm's pension scheme.",
		"Investigators traced the stolen money to a house by the lake, a pair of motor launches and heavy losses at casinos.",
	},
}

// meaningArticles builds the story's two articles, each in one paragraph; with crossing, A tells
// the paraphrase first and B last, else both last.
func meaningArticles(crossing bool) (a, b *corpus.Article) {
	sa := meaningStory[0]
	if !crossing {
		sa = []string{sa[1], sa[2], sa[0]}
	}
	build := func(id string, texts []string) *corpus.Article {
		art := &corpus.Article{ID: id, Title: "Article " + id}
		var p corpus.Paragraph
		for i, s := range texts {
			p.Sentences = append(p.Sentences, corpus.Sentence{ID: "p1s" + strconv.Itoa(i+1), Text: s})
		}
		art.Paragraphs = []corpus.Paragraph{p}
		return art
	}
	return build("a", sa), build("b", meaningStory[1])
}

// TestMeaningPairNote: a pair that align found by meaning says so, with the reason in words, in
// the full view and the pairs-only view, whether the two sides tell it in order or not (then on
// each half); the pairs found by their words do not, and the legend names the note only when a
// pair has it. The note replaces the loose pair's notice, which such a pair's score would give
// it.
func TestMeaningPairNote(t *testing.T) {
	const (
		title  = `<span class="meaning-title">Similar meaning: </span>`
		reason = "paired because a model of sentence meaning rates the two alike and they share the marked words; no date, figure, place or tense in them tells them apart. Check that both report the same thing."
		legend = "A pair noted “Similar meaning” shares few words but was paired by what its two sentences mean."
	)
	for _, crossing := range []bool{false, true} {
		a, b := meaningArticles(crossing)
		plain := align.Compare(a, b)
		for _, p := range plain.Pairs {
			if p.Meaning {
				t.Fatalf("crossing=%v: pair %d is by meaning without embeddings", crossing, p.N)
			}
		}
		if html := app.HTMLString(newCompareColumns(newCompareView(plain), 0, false)); strings.Contains(html, "Similar meaning") {
			t.Errorf("crossing=%v: a comparison without a pair by meaning mentions one:\n%s", crossing, html)
		}
		ia := "p1s3"
		if crossing {
			ia = "p1s1"
		}
		embedtest.Embed(a, b, map[string]string{ia: "p1s3"}, 100)
		c := align.Compare(a, b)
		var meant *align.Pair
		for i := range c.Pairs {
			if c.Pairs[i].Meaning {
				meant = &c.Pairs[i]
			}
		}
		if meant == nil || meant.A != ia || meant.B != "p1s3" || meant.Crossing != crossing {
			t.Fatalf("crossing=%v: no pair %s/p1s3 by meaning, crossing as wanted: %+v", crossing, ia, c.Pairs)
		}
		for _, pairs := range []bool{false, true} {
			// HTMLString indents: one space between tags and text.
			html := strings.Join(strings.Fields(app.HTMLString(newCompareColumns(newCompareView(c), 0, pairs))), " ")
			// Each pair's markup runs from its element to the next pair's.
			for _, p := range c.Pairs {
				ids := []string{pairID(p.N)}
				if p.Crossing && !pairs {
					ids = append(ids, pairID(p.N)+"-b")
				}
				for _, id := range ids {
					part := pairMarkup(t, html, id)
					has := strings.Count(part, title+" "+reason)
					if want := b2i(p.Meaning); has != want {
						t.Errorf("crossing=%v, pairs only=%v: %s has the note %d times, want %d:\n%s", crossing, pairs, id, has, want, part)
					}
					if p.Meaning && strings.Contains(part, "A loose match") {
						t.Errorf("crossing=%v, pairs only=%v: %s, found by meaning, is also called loose", crossing, pairs, id)
					}
				}
			}
			if got := strings.Contains(html, legend); got != !pairs {
				t.Errorf("crossing=%v, pairs only=%v: legend names the note: %v, want %v", crossing, pairs, got, !pairs)
			}
		}
	}
}

// pairMarkup returns the markup of html from the element whose id is id to the next element of
// a pair (or the end).
func pairMarkup(t *testing.T, html, id string) string {
	t.Helper()
	i := strings.Index(html, `id="`+id+`"`)
	if i < 0 {
		t.Fatalf("no element %s", id)
	}
	rest := html[i+len(id)+5:]
	if j := regexp.MustCompile(`id="pair-\d+(-b)?"`).FindStringIndex(rest); j != nil {
		rest = rest[:j[0]]
	}
	return rest
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
