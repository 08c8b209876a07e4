package timeline

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
)

// corpusOf extracts the dates of the articles and returns them as a corpus.
func corpusOf(t testing.TB, arts ...*corpus.Article) *corpus.Corpus {
	t.Helper()
	for _, a := range arts {
		a.Dates = Extract(a)
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

type evSummary struct {
	Date    string
	Role    corpus.DateRole
	Lane    Lane
	Sources []string // article#sentence
}

func summarize(evs []Event) []evSummary {
	var out []evSummary
	for _, e := range evs {
		s := evSummary{Date: e.Date.String(), Role: e.Role, Lane: e.Lane}
		for _, src := range e.Sources {
			s.Sources = append(s.Sources, src.Article+"#"+src.Sentence)
		}
		out = append(out, s)
	}
	return out
}

func TestBuild(t *testing.T) {
	stated := corpus.PubDate{Date: date(t, "2024-11-17"), Basis: corpus.BasisStated}
	estimated := corpus.PubDate{Date: date(t, "2024-11"), Basis: corpus.BasisEstimated, Note: "test"}
	tests := []struct {
		name string
		arts []*corpus.Article
		want []evSummary
	}{
		{
			name: "same event in two articles, a coarser deadline joins a finer one",
			arts: []*corpus.Article{
				article("a", stated, "In April, President Joe Biden signed legislation requiring ByteDance to divest TikTok by January 19, or face a ban."),
				article("b", estimated, "In April this year, President Joe Biden signed a law targeting TikTok, putting it at risk of a ban by January 2025."),
			},
			want: []evSummary{
				{"April 2024", happened, LaneReported, []string{"a#p1s1", "b#p1s1"}},
				{"November 2024", happened, LanePublished, []string{"b#"}},
				{"17 November 2024", happened, LanePublished, []string{"a#"}},
				{"19 January 2025", deadline, LaneReported, []string{"a#p1s1", "b#p1s1"}},
			},
		},
		{
			name: "same date, different events",
			arts: []*corpus.Article{
				article("a", stated, "In April, Amazon opened a warehouse in Ohio."),
				article("b", stated, "In April, President Joe Biden signed a law targeting TikTok."),
			},
			want: []evSummary{
				{"April 2024", happened, LaneReported, []string{"a#p1s1"}},
				{"April 2024", happened, LaneReported, []string{"b#p1s1"}},
				{"17 November 2024", happened, LanePublished, []string{"a#", "b#"}},
			},
		},
		{
			name: "incompatible dates never merge",
			arts: []*corpus.Article{
				article("a", stated, "President Joe Biden signed the TikTok law on April 24, 2024."),
				article("b", stated, "President Joe Biden signed the TikTok law on April 23, 2024."),
			},
			want: []evSummary{
				{"23 April 2024", happened, LaneReported, []string{"b#p1s1"}},
				{"24 April 2024", happened, LaneReported, []string{"a#p1s1"}},
				{"17 November 2024", happened, LanePublished, []string{"a#", "b#"}},
			},
		},
		{
			name: "undated mentions come last, and an undated article has no publication event",
			arts: []*corpus.Article{
				article("a", corpus.PubDate{}, "In April, the board approved the plan.|The deal closed in 2019."),
			},
			want: []evSummary{
				{"2019", happened, LaneReported, []string{"a#p1s2"}},
				{"unknown", happened, LaneReported, []string{"a#p1s1"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(Build(corpusOf(t, tt.arts...)))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Build (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBuildNil(t *testing.T) {
	if evs := Build(nil); evs != nil {
		t.Errorf("Build(nil) = %v", evs)
	}
}

func TestCompatible(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"2025-01", "2025-01-19", true},
		{"2025-01-19", "2025-01", true},
		{"2025-01-19", "2025-01-20", false},
		{"2024", "2024-Q3", true},
		{"2024-Q3", "2024-10", false},
		{"2024-12-early", "2024-12-05", true},
		{"2024-12-early", "2024-12-15", false},
		{"2024", "", false},
	}
	for _, tt := range tests {
		if got := compatible(date(t, tt.a), date(t, tt.b)); got != tt.want {
			t.Errorf("compatible(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestCoarseMerge: accounts that share only a year or a month, and common words ("exports",
// "growth", "sales"), are different happenings; they are one when they share names or figures.
// A journalist reads the sources of one event as corroborating each other.
func TestCoarseMerge(t *testing.T) {
	pub := corpus.PubDate{Date: date(t, "2005-02-10"), Basis: corpus.BasisStated}
	undated := corpus.PubDate{}
	for _, c := range []struct {
		name string
		a, b string
		pub  corpus.PubDate
		same bool
	}{
		{"two countries' trade in one year",
			"Exports from Norway rose sharply in 2004, lifting the trade surplus to a record high.",
			"Exports from Chile rose sharply in 2004, lifting its trade surplus to a record high.", pub, false},
		{"two economies' forecasts",
			"The economy of Ireland is forecast to grow by 4.5% in 2005, the central bank said.",
			"The economy of Japan is forecast to grow by 2.1% in 2005, the central bank said.", pub, false},
		{"two firms' profits in one year",
			"Strong sales abroad helped Kestrel boost its profits by a third in 2004.",
			"Strong sales abroad helped Osprey boost its profits in 2004, the firm said.", undated, false},
		{"two firms, one figure, one month",
			"Profits at Alder Foods fell 4% in March, the company said.",
			"Profits at Birch Dairies fell 4% in March, the company said.", pub, false},
		{"one purchase in one year",
			"Zenco bought the Harlow brewery from Dunmore in 2003 for £40m.",
			"In 2003, the Zenco group bought Dunmore's Harlow brewery.", undated, true},
		{"one purchase, a month and a day",
			"The Tern Group bought the Morley mill from Quarry Holdings in March 2004.",
			"On 3 March 2004 the Tern Group bought the Morley mill from Quarry Holdings.", undated, true},
		{"two figures of one year",
			"Music downloads rose tenfold to 120 million tracks in 2004, worth 95 million pounds.",
			"In 2004 downloads of music rose tenfold, to 120 million tracks worth 95 million pounds.", undated, true},
		{"one vote in a month without names",
			"The city council voted on May 14 to ban plastic bags in shops.",
			"The city council voted in May to ban plastic bags, joining three other towns.", pub, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			c1 := corpusOf(t, article("a", c.pub, c.a), article("b", c.pub, c.b))
			merged := false
			for _, e := range Build(c1) {
				if e.Lane == LaneReported && len(e.Articles()) == 2 {
					merged = true
				}
			}
			if merged != c.same {
				t.Errorf("merged = %v, want %v", merged, c.same)
			}
			x, y := Account{Sentence: c1.Articles[0].Paragraphs[0].Sentences[0]}, Account{Sentence: c1.Articles[1].Paragraphs[0].Sentences[0]}
			if len(c1.Articles[0].Dates) > 0 && len(c1.Articles[1].Dates) > 0 {
				x.Mention, y.Mention = c1.Articles[0].Dates[0], c1.Articles[1].Dates[len(c1.Articles[1].Dates)-1]
				if got := SameHappening(x, y); got != c.same {
					t.Errorf("SameHappening = %v, want %v", got, c.same)
				}
			}
		})
	}
}
