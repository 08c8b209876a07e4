package align

import (
	"slices"
	"testing"
)

// TestNumberWords: a number written with a half, a share of a scale word, or a share after
// "by" has the normal form of its digits (branch align).
func TestNumberWords(t *testing.T) {
	for _, g := range [][]string{
		{"2.5 million workers", "two and a half million workers", "2,500,000 workers", "2 and a half million workers"},
		{"1.5 percent", "one and a half percent", "1.5%"},
		{"250,000 cars", "a quarter of a million cars", "250000 cars"},
		{"750,000 people", "three quarters of a million people", "three-quarters of a million people"},
		{"rose 20%", "rose by a fifth", "rose by one fifth"},
		{"fell 33%", "fell by a third"},
		{"120 employees", "120 Lisbon-based employees", "120 full-time staff"},
		{"44 stores", "44 shops", "44 outlets"},
		// A part of what the subject has is counted by its noun.
		{"1.2 million customers", "1.2 million of its customers", "1,200,000 of their customers"},
		{"300 staff", "300 of its staff", "300 of our staff"},
		// The noun of "the number of X" before the count.
		{"2,100 inpatients", "put the number of inpatients at over 2,100", "the number of inpatients rose to 2,100"},
		// "m" after a number is metres only beside a word of length; elsewhere millions.
		{"11.4 metres", "the river reached 11.4m early on Sunday", "a height of 11.4m.", "11.4 m"},
		{"8.5 million", "watched by 8.5m."},
		{"5 million people", "5m people"},
		{"5 million viewers", "5m viewers"},
		{"£5 million", "£5m", "£5m early"},
		// Fractions of a second and a minute.
		{"0.3 seconds", "three-tenths of a second", "three tenths of a second"},
		{"90 seconds", "a minute and a half", "one and a half minutes", "1.5 minutes"},
		{"90 minutes", "an hour and a half", "1.5 hours"},
		// Pence are hundredths of a pound.
		{"£2.45 a share", "245p a share", "245 pence a share"},
		// The quarter just ended is three months.
		{"in the previous three months", "in the last quarter", "over the previous quarter", "in the latest quarter"},
	} {
		want := figureOf(g[0])
		if want == "" {
			t.Errorf("figures(%q) = none, want one", g[0])
		}
		for _, in := range g[1:] {
			if got := figureOf(in); got != want {
				t.Errorf("figures(%q) = %q, want %q as for %q", in, got, want, g[0])
			}
		}
	}
	// A fraction before a noun without "by" or "of" is an ordinal, not a share.
	for _, in := range []string{"the third quarter", "a fifth term", "in the second half",
		"over the past quarter century", "records 1080p video",
		"the next quarter", "the Latin Quarter", "the last quarter of the year", "a quarter-final"} {
		if got := figureOf(in); got != "" {
			t.Errorf("figures(%q) = %q, want none", in, got)
		}
	}
}

// TestWordForms: comparatives and superlatives and plurals in "-es" share the key of their plain
// form; words they must not merge with keep theirs (branch align). Ranks ("number 18" and
// "18th") are features, not keys: see TestRanks and restated.
func TestWordForms(t *testing.T) {
	checkKeys(t, [][]string{
		{"small", "smaller", "smallest"},
		{"big", "bigger", "larger"},
		{"easy", "easier", "easiest"},
		{"safe", "safer"},
		{"business", "businesses", "firms"},
		{"tax", "taxes"},
		{"crash", "crashes"},
		{"complete", "completed", "finalised"},
	}, [][2]string{
		{"completed", "completely"}, {"water", "wat"}, {"newer", "ne"}, {"interest", "inter"},
		{"backing", "back"}, {"report", "reporter"}, {"busy", "business"}, {"closely", "close"},
	})
}

// restated are facts told in other words and hard negatives for the rules of branch align: a
// name and a date in a gap, a year shared with another fact, a half written out, comparatives.
var restated = []pairCase{
	{name: "gap: a name and a month between pairs", pair: true,
		a: story{"Norbrook Rail will end its service to Tessin in March because too few people use it.", "The trains will be moved to its northern lines.", "About 60 Norbrook staff in Tessin will be offered posts at other depots."},
		b: story{"From March, Norbrook Rail will no longer run to Tessin, blaming weak demand.", "The rolling stock will be redeployed to northern lines.", "Its 60 employees in Tessin can transfer to other depots."}},
	{name: "negative: one actor and last year, two facts",
		a: story{"Halden Air flew 9 million passengers last year, up from 7 million.", "Halden Air will open a route to Oslo in May.", "The carrier has 40 aircraft."},
		b: story{"Halden Air's profit fell by a third last year.", "In May Halden Air starts flying to Oslo.", "Its fleet numbers 40 planes."}},
	{name: "figure: a half written out", pair: true,
		a: story{"About 2.5 million workers will get the higher minimum wage.", "The minimum wage rises in April.", "Employers oppose the minimum wage rise."},
		b: story{"Some two and a half million employees will be paid more under the new minimum wage.", "The minimum wage goes up in spring.", "Firms say the minimum wage is too high."}},
	{name: "figure: a share after by", pair: true,
		a: story{"The number of residents over 65 in Carrow rose by a fifth in ten years.", "Carrow's population is 80,000.", "The census is held every ten years in Carrow."},
		b: story{"Carrow has 20% more residents aged over 65 than a decade ago.", "The census counted 80,000 people in Carrow.", "The next census in Carrow is in 2031."}},
	{name: "word: a rank as number and ordinal", pair: true,
		a: story{"Okoro will rise to 12th in the world rankings on Monday.", "Okoro won the final in Lyon.", "Okoro is 21."},
		b: story{"The title lifts Okoro to number 12 when the rankings are published.", "Okoro beat the champion in Lyon.", "The 21-year-old turned professional in 2022."}},
	{name: "word: comparatives and plural businesses", pair: true,
		a: story{"Employers' groups warned that small businesses could cut jobs.", "The wage rise starts in April.", "Unions welcomed the wage rise."},
		b: story{"Business lobbies said smaller firms might shed staff.", "The higher wage applies from April.", "Unions had asked for more."}},
}

// TestRanks: a number after "number" or "No." is a rank, the ordinal's feature; elsewhere it
// stays a number.
func TestRanks(t *testing.T) {
	feats := func(text string) []key {
		sp := newSpace()
		ss, _ := sp.sentences(article("a", story{text}), 0, 1)
		var out []key
		for _, f := range ss[0].feats {
			out = append(out, sp.keys[f])
		}
		return out
	}
	for _, c := range []struct{ text, rank string }{
		{"She is number 18 in the world.", "#18th"}, {"He is No. 1 again.", "#1st"},
		{"The team is now number 22.", "#22nd"}, {"She rose to number 13.", "#13th"},
		{"She is 18th in the world.", "#18th"},
	} {
		if got := feats(c.text); !slices.Contains(got, key{kindWord, c.rank}) {
			t.Errorf("features(%q) = %v, want the rank %q", c.text, got, c.rank)
		}
	}
	for _, text := range []string{"A number of 18 people came.", "no 18-year-olds were hurt"} {
		for _, k := range feats(text) {
			if k.kind == kindWord && len(k.text) > 0 && k.text[0] == '#' {
				t.Errorf("features(%q) has the rank %q, want none", text, k.text)
			}
		}
	}
}

func TestRestated(t *testing.T) {
	for _, tt := range restated {
		t.Run(tt.name, func(t *testing.T) { checkFirstPaired(t, tt) })
	}
}
