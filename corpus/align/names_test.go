package align

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
)

// TestSharedQuotePairs checks that two sentences carrying the same quotation of several words
// are paired, however differently the rest of each is worded, and that the summary's quotation
// names the same two sentences as the pair. Sentences written for this test.
func TestSharedQuotePairs(t *testing.T) {
	for _, tc := range []struct {
		name   string
		a, b   [][]string
		qa, qb string // a substring of each sentence that carries the quote
	}{
		{"book claim",
			[][]string{
				{"Ken Marlow has denied reports that he promised to hand over the leadership before the next election."},
				{"According to the author the minister said: \"Help me to get through the year and I will then stand down.\""},
			},
			[][]string{
				{"A new book about the treasurer claims Ken Marlow agreed to go before the election."},
				{"Friends of both men were present at the dinner in Hull."},
				{"\"Help me to get through the year and I will then stand down,\" he is said to have told his rival over dinner in 2003."},
			},
			"According to the author", "he is said to have told"},
		{"quote inside a longer quote, in the story's own words",
			[][]string{
				{"Ken Marlow has denied he promised to stand down before the next election to help his treasurer."},
				{"According to Mr Doyle the minister said: \"Help me to get through the year and I will then stand down.\""},
				{"Mr Marlow said he would serve a full term and help the party get through a difficult year."},
			},
			[][]string{
				{"Ken Marlow promised his treasurer he would stand down before the next election, a book claims."},
				{"He needed help to get through a hard year, the book says."},
				{"\"I know I will have to go before the election, but help me to get through the year and I will then stand down.'\""},
			},
			"According to Mr Doyle", "I know I will have to go"},
		{"repeated vow in a match report",
			[][]string{
				{"Teo Baird says he will stay at Harbury until the club wins the league."},
				{"\"I am staying here until we win the league,\" Baird said after the match."},
				{"Harbury have not won the league since 1987."},
			},
			[][]string{
				{"Teo Baird has promised to stay at Harbury until they win the league."},
				{"The striker, whose contract runs out in the summer, ended a week of talk about his future by telling fans who chanted his name at the final whistle: \"I am staying here until we win the league.\""},
				{"Harbury last won the league in 1987."},
			},
			"after the match", "whose contract runs out"},
		{"striker's vow",
			[][]string{
				{"Teo Baird signed a new contract with Harbury on Friday."},
				{"Asked about his future, he told reporters: \"I am staying here until we win the league, whatever it takes.\""},
			},
			[][]string{
				{"Harbury striker Teo Baird has ended talk of a summer move."},
				{"The 24-year-old posted a long message to supporters on his website on Sunday night, thanking the coaching staff, his family and the fans who had sung his name all season, and ending it with the words \"I am staying here until we win the league, whatever it takes\"."},
			},
			"Asked about his future", "posted a long message"},
		{"curly quotes",
			[][]string{
				{"The regulator closed its inquiry into Pelmark Foods on Tuesday."},
				{"Its chairwoman said the firm had “acted quickly and in good faith once the fault came to light”."},
			},
			[][]string{
				{"Pelmark Foods will face no fine, the watchdog ruled."},
				{"In a letter to shareholders the board wrote that it had “acted quickly and in good faith once the fault came to light”, and apologised."},
			},
			"Its chairwoman", "letter to shareholders"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, b := article("a", tc.a...), article("b", tc.b...)
			sa, sb := find(t, a, tc.qa), find(t, b, tc.qb)
			c := Compare(a, b)
			checkInvariants(t, c)
			if !slices.ContainsFunc(c.Summary.Quotes, func(q SharedQuote) bool { return q.A.Sentence == sa && q.B.Sentence == sb }) {
				t.Fatalf("summary quotes %+v, want one in %s and %s", c.Summary.Quotes, sa, sb)
			}
			k := slices.IndexFunc(c.Pairs, func(p Pair) bool { return p.A == sa && p.B == sb })
			if k < 0 {
				t.Fatalf("pairs %+v: %s and %s carry the same quotation but are not paired", c.Pairs, sa, sb)
			}
			for _, q := range c.Summary.Quotes {
				if q.A.Sentence == sa && q.B.Sentence == sb && q.Pair != c.Pairs[k].N {
					t.Errorf("quote %q: Pair %d, want %d", q.Words, q.Pair, c.Pairs[k].N)
				}
			}
		})
	}
}

// TestShortQuoteDoesNotPair checks that a quotation of a word or two ("save") is no reason to
// pair two sentences that report different things.
func TestShortQuoteDoesNotPair(t *testing.T) {
	a := article("a", []string{`Donald Trump pledged to "save" TikTok during his 2024 campaign.`})
	b := article("b", []string{`Kamala Harris never promised to "save" the steelworks in Ohio.`})
	if c := Compare(a, b); len(c.Pairs) != 0 {
		t.Errorf("pairs %+v, want none", c.Pairs)
	}
}

// TestSameEntities checks which spellings of the entity names of two accounts count as one.
func TestSameEntities(t *testing.T) {
	per, org, loc := corpus.KindPerson, corpus.KindOrganization, corpus.KindPlace
	for _, tc := range []struct {
		name  string
		names map[string]corpus.EntityKind
		want  map[string]string
	}{
		{"title kept in a name", map[string]corpus.EntityKind{"John Prescott": per, "PM John Prescott": per},
			map[string]string{"PM John Prescott": "John Prescott"}},
		{"two-word office kept", map[string]corpus.EntityKind{"Tessa Jowell": per, "Culture Secretary Tessa Jowell": per, "Jowell": per},
			map[string]string{"Culture Secretary Tessa Jowell": "Tessa Jowell", "Jowell": "Tessa Jowell"}},
		{"surname through a titled spelling", map[string]corpus.EntityKind{"Prescott": per, "Deputy PM John Prescott": per, "John Prescott": per},
			map[string]string{"Deputy PM John Prescott": "John Prescott", "Prescott": "John Prescott"}},
		{"surname of two people", map[string]corpus.EntityKind{"Brown": per, "Gordon Brown": per, "Nick Brown": per},
			map[string]string{}},
		{"surname of a person, not an organisation", map[string]corpus.EntityKind{"Ford": per, "Ford Motor Company": org, "Harrison Ford": per},
			map[string]string{"Ford": "Harrison Ford"}},
		{"division", map[string]corpus.EntityKind{"BBC": org, "BBC News": org, "BBC Radio": org},
			map[string]string{"BBC News": "BBC", "BBC Radio": "BBC"}},
		{"division of an organisation not named", map[string]corpus.EntityKind{"Sky News": org}, map[string]string{}},
		{"short form", map[string]corpus.EntityKind{"Reuters": org, "Thomson Reuters": org, "Commission": org, "European Commission": org},
			map[string]string{"Reuters": "Thomson Reuters", "Commission": "European Commission"}},
		{"short form of two", map[string]corpus.EntityKind{"Commission": org, "European Commission": org, "Federal Trade Commission": org},
			map[string]string{}},
		{"object inside a name is not its tail", map[string]corpus.EntityKind{"Chinese Communist Party": org, "House Select Committee on the Chinese Communist Party": org},
			map[string]string{}},
		{"places left alone", map[string]corpus.EntityKind{"York": loc, "New York": loc}, map[string]string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, sameEntities(tc.names)); diff != "" {
				t.Errorf("sameEntities(%v) (-want +got):\n%s", tc.names, diff)
			}
		})
	}
}

// TestSummaryOneNamePerEntity checks the summary's name lists over two accounts that spell the
// same people and organisations differently (sentences written for this test).
func TestSummaryOneNamePerEntity(t *testing.T) {
	a := article("a",
		[]string{"Deputy Prime Minister Ken Marlow said the plan would go ahead, the BBC reported."},
		[]string{"The European Commission fined the airline on Monday."},
	)
	b := article("b",
		[]string{"The plan will go ahead, Mr Marlow told BBC News on Sunday."},
		[]string{"A spokesman said the Commission had acted within its powers."},
		[]string{"The Labour MP for Ardley, Sian Doyle, welcomed the fine."},
	)
	c := Compare(a, b)
	var shared, only []string
	for _, e := range c.Summary.Shared {
		shared = append(shared, e.Entity)
	}
	for _, e := range append(c.Summary.OnlyA, c.Summary.OnlyB...) {
		only = append(only, e.Entity)
	}
	slices.Sort(shared)
	for _, want := range []string{"BBC", "Ken Marlow"} {
		if !slices.Contains(shared, want) {
			t.Errorf("shared %q, want %q among them", shared, want)
		}
	}
	for _, bad := range []string{"Marlow", "BBC News", "Labour MP", "Commission", "Deputy Prime Minister Ken Marlow"} {
		if slices.Contains(shared, bad) || slices.Contains(only, bad) {
			t.Errorf("shared %q, only one side %q: %q is another spelling of a name listed", shared, only, bad)
		}
	}
}
