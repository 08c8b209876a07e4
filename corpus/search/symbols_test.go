package search

import (
	"slices"
	"strings"
	"testing"

	"parallax/corpus"
)

// symbolEngine has names written with symbols beside common words that start with their letters.
func symbolEngine(t *testing.T) *Engine {
	t.Helper()
	texts := map[string]string{
		"att":       "AT&T bought the cable company.",
		"atts":      "Shares in AT&T's rival fell.",
		"time":      "It is time to talk about the tariff.",
		"cpp":       "C++ compilers are fast.",
		"could":     "Could it be the weather?",
		"csharp":    "Code in C# runs on the server.",
		"ten":       "Sales rose 10% in 1990.",
		"f1":        "The Formula 1 team wins.",
		"po":        "P&O Ferries sailed at dawn.",
		"ms":        "Ms Smith shops for food.",
		"mands":     "Ms Jones runs M&S stores.",
		"sandp":     "The S&P 500 closed higher.",
		"spaced":    "Marks & Spencer opened a store.",
		"disney":    "Disney+ gained viewers.",
		"disney2":   "Disney films gained viewers.",
		"pounds":    "The deal is worth £600m to the club.",
		"dollars":   "Rivals paid $600m for it.",
		"bare":      "About 600m people watched.",
		"nineleven": "After 9/11 the rules changed.",
		"score":     "They lost 11-9 on Saturday.",
		"dates":     "The race ran from 9 to 11 November.",
		"always":    "The shop is open 24/7 now.",
		"season":    "The 2004/05 season ended.",
		"eu":        "EU ministers met.",
		"europe":    "Europe's leaders met.",
	}
	var arts []*corpus.Article
	for id, text := range texts {
		arts = append(arts, &corpus.Article{ID: id, Title: "·", AuthorNote: "fixture",
			Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: text}}}}})
	}
	slices.SortFunc(arts, func(a, b *corpus.Article) int { return cmpString(a.ID, b.ID) })
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	return New(c)
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// TestFiguresAreNotCorrected: a figure one digit off is another figure, not a typo of the one the
// corpus has: no correction, no close spelling, no suggestion of it.
func TestFiguresAreNotCorrected(t *testing.T) {
	e := symbolEngine(t)
	for _, q := range []string{"£700m", "$700m", "2004/06", "24/8", "9/12"} {
		r := e.Search(Query{Text: q})
		if len(r.Groups) != 0 || r.Corrected != "" || slices.ContainsFunc(r.Suggestions, func(s string) bool { return strings.ContainsAny(s, "0123456789") }) {
			var ids []string
			for _, g := range r.Groups {
				ids = append(ids, g.Article.ID)
			}
			t.Errorf("%q: found %v, corrected %q, suggested %q; want nothing of another figure", q, ids, r.Corrected, r.Suggestions)
		}
	}
}

// TestSymbolsAndSingleCharacters: a name written with "&", "+" or "#" is found as written, not
// through its letters; a single letter is left out and said so; a digit is a whole number.
func TestSymbolsAndSingleCharacters(t *testing.T) {
	e := symbolEngine(t)
	for _, c := range []struct {
		query   string
		ids     []string // every article found, sorted
		snippet string   // the first snippet of ids[0], marked
		letters []string
	}{
		{"AT&T", []string{"att", "atts"}, "[AT&T] bought the cable company.", nil},
		{"at&t's", []string{"att", "atts"}, "[AT&T] bought the cable company.", nil},
		{"c++", []string{"cpp"}, "[C++] compilers are fast.", nil},
		{"C++ compilers", []string{"cpp"}, "[C++] [compilers] are fast.", nil},
		{"c#", []string{"csharp"}, "Code in [C#] runs on the server.", nil},
		{"P&O", []string{"po"}, "[P&O] Ferries sailed at dawn.", nil},
		{"M&S", []string{"mands"}, "Ms Jones runs [M&S] stores.", nil},
		{"s&p 500", []string{"sandp"}, "The [S&P] [500] closed higher.", nil},
		{"disney+", []string{"disney"}, "[Disney+] gained viewers.", nil},
		// The word alone still finds the name that holds it.
		{"disney", []string{"disney", "disney2"}, "[Disney]+ gained viewers.", nil},
		{"1", []string{"f1"}, "The Formula [1] team wins.", nil},
		{"10", []string{"ten"}, "Sales rose [10]% in 1990.", nil},
		// A currency sign is part of the amount; the amount alone is any currency's.
		{"£600m", []string{"pounds"}, "The deal is worth [£600m] to the club.", nil},
		{"$600m", []string{"dollars"}, "Rivals paid [$600m] for it.", nil},
		{"600m", []string{"bare", "dollars", "pounds"}, "About [600m] people watched.", nil},
		// Numbers joined by a slash are one name, not two numbers found in scores and dates.
		{"9/11", []string{"nineleven"}, "After [9/11] the rules changed.", nil},
		{"24/7", []string{"always"}, "The shop is open [24/7] now.", nil},
		{"2004/05", []string{"season"}, "The [2004/05] season ended.", nil},
		{"11", []string{"dates", "nineleven", "score"}, "The race ran from 9 to [11] November.", nil},
		// A word of two letters the corpus has is that word, not the start of others.
		{"EU", []string{"eu"}, "[EU] ministers met.", nil},
		{"eur", []string{"europe"}, "[Eur]ope's leaders met.", nil},
		{"t", nil, "", []string{"t"}},
		{"AT & T", nil, "", []string{"t"}},
		{"c tariff", []string{"time"}, "It is time to talk about the [tariff].", []string{"c"}},
	} {
		r := e.Search(Query{Text: c.query})
		if c.ids == nil {
			// Nothing left to search for: the view asks for words, and lists nothing.
			if len(r.Words) != 0 || !slices.Equal(r.Letters, c.letters) {
				t.Errorf("%q: searched %q, letters %q; want nothing, letters %q", c.query, r.Words, r.Letters, c.letters)
			}
			continue
		}
		var ids []string
		for _, g := range r.Groups {
			ids = append(ids, g.Article.ID)
		}
		slices.Sort(ids)
		if r.Partial || !slices.Equal(ids, c.ids) || !slices.Equal(r.Letters, c.letters) {
			t.Errorf("%q: found %v (partial %v), letters %q; want %v, letters %q", c.query, ids, r.Partial, r.Letters, c.ids, c.letters)
			continue
		}
		if len(ids) == 0 {
			continue
		}
		for _, g := range r.Groups {
			if g.Article.ID == c.ids[0] {
				if got := marked(g.Snippets[0].Text, g.Snippets[0].Highlights); got != c.snippet {
					t.Errorf("%q: snippet %s, want %s", c.query, got, c.snippet)
				}
			}
		}
	}
}
