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
