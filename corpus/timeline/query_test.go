package timeline

import (
	"fmt"
	"net/url"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		raw     string
		want    Query
		wantErr bool
	}{
		{"", Query{Zoom: ZoomMonths}, false},
		{"outlet=WhatJobs&entity=Joe+Biden&from=2024&to=2025-01&zoom=days",
			Query{Outlet: "WhatJobs", Entity: "Joe Biden", From: date(t, "2024"), To: date(t, "2025-01"), Zoom: ZoomDays}, false},
		{"from=2024-11-17&zoom=years", Query{From: date(t, "2024-11-17"), Zoom: ZoomYears}, false},
		{"from=yesterday&to=2024-13", Query{Zoom: ZoomMonths}, true},
		{"to=2024-02-30&zoom=weeks", Query{Zoom: ZoomMonths}, true},
		{"from=2025&to=2020", Query{From: date(t, "2020"), To: date(t, "2025"), Zoom: ZoomMonths}, true},
		{"from=%FF%FE", Query{Zoom: ZoomMonths}, true},
	}
	for _, tt := range tests {
		v, _ := url.ParseQuery(tt.raw)
		got, err := ParseQuery(v)
		if (err != nil) != tt.wantErr {
			t.Errorf("ParseQuery(%q) error = %v, want error %v", tt.raw, err, tt.wantErr)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseQuery(%q) (-want +got):\n%s", tt.raw, diff)
		}
		if err == nil {
			back, err := ParseQuery(got.Values())
			if err != nil || back != got {
				t.Errorf("ParseQuery(%q).Values() does not round-trip: %v, %v", tt.raw, back, err)
			}
		}
	}
}

func TestFilter(t *testing.T) {
	stated := corpus.PubDate{Date: date(t, "2024-11-17"), Basis: corpus.BasisStated}
	a := article("a", stated, "In April, President Joe Biden signed legislation requiring ByteDance to divest TikTok by January 19, or face a ban.")
	a.Outlet = "WhatJobs"
	b := article("b", corpus.PubDate{Date: date(t, "2020-08-27"), Basis: corpus.BasisCurated, Note: "test"},
		"Microsoft plans to finalize the talks by September 15.|Walmart's announcement comes hours after Kevin Mayer resigned.")
	a.Paragraphs[0].Sentences[0].Mentions = []corpus.Mention{{Start: 20, End: 29, Entity: "Joe Biden", Kind: corpus.KindPerson}}
	c := corpusOf(t, a, b)
	evs := Build(c)
	tests := []struct {
		name string
		q    Query
		want []evSummary
	}{
		{"outlet", Query{Outlet: "whatjobs"}, []evSummary{
			{"April 2024", happened, LaneReported, []string{"a#p1s1"}},
			{"17 November 2024", happened, LanePublished, []string{"a#"}},
			{"19 January 2025", deadline, LaneReported, []string{"a#p1s1"}},
		}},
		{"unknown outlet", Query{Outlet: UnknownOutlet}, []evSummary{
			{"27 August 2020", happened, LanePublished, []string{"b#"}},
			{"15 September 2020", expected, LaneReported, []string{"b#p1s1"}},
			{"unknown", happened, LaneReported, []string{"b#p1s2"}},
		}},
		{"entity", Query{Entity: "joe biden"}, []evSummary{
			{"April 2024", happened, LaneReported, []string{"a#p1s1"}},
			{"17 November 2024", happened, LanePublished, []string{"a#"}},
			{"19 January 2025", deadline, LaneReported, []string{"a#p1s1"}},
		}},
		{"range drops undated and outside", Query{From: date(t, "2020-09"), To: date(t, "2024-04-30")}, []evSummary{
			{"15 September 2020", expected, LaneReported, []string{"b#p1s1"}},
			{"April 2024", happened, LaneReported, []string{"a#p1s1"}},
		}},
		{"a month overlaps a day range", Query{From: date(t, "2024-04-15"), To: date(t, "2024-04-15")}, []evSummary{
			{"April 2024", happened, LaneReported, []string{"a#p1s1"}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, summarize(Filter(c, evs, tt.q))); diff != "" {
				t.Errorf("Filter (-want +got):\n%s", diff)
			}
		})
	}
	if got := len(Filter(c, evs, Query{})); got != len(evs) {
		t.Errorf("an empty query keeps %d of %d events", got, len(evs))
	}
	if diff := cmp.Diff([]string{"WhatJobs", UnknownOutlet}, Outlets(c)); diff != "" {
		t.Errorf("Outlets (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Joe Biden"}, Entities(evs)); diff != "" {
		t.Errorf("Entities (-want +got):\n%s", diff)
	}
}

// TestFilterRange: a range overlaps a filter through its last end, and an ambiguous numeric date
// through either reading.
func TestFilterRange(t *testing.T) {
	pub := pubDate(t, corpus.BasisStated, "2024-08-15")
	a := article("a", pub, "Repairs to the harbour wall will run from May to November.", "The lease was renewed on 9/5/2012.")
	a.Dates = Extract(a)
	c, err := corpus.New([]*corpus.Article{a})
	if err != nil {
		t.Fatal(err)
	}
	evs := Build(c)
	for _, q := range []struct {
		from, to string
		want     int
	}{{"2025-10", "2025-12", 1}, {"2025-12", "2026-01", 0}, {"2012-05", "2012-05", 1}, {"2012-09", "2012-09", 1}, {"2012-06", "2012-08", 0}} {
		got := 0
		for _, e := range Filter(c, evs, Query{From: date(t, q.from), To: date(t, q.to)}) {
			if e.Lane == LaneReported {
				got++
			}
		}
		if got != q.want {
			t.Errorf("%s..%s: %d reported events, want %d", q.from, q.to, got, q.want)
		}
	}
}

func TestEntitiesOrder(t *testing.T) {
	day := corpus.Date{Year: 2024, Month: 5, Day: 1, Precision: corpus.PrecisionDay}
	ev := func(names ...string) Event {
		return Event{Date: day, Sources: []Source{{Entities: names}}}
	}
	evs := []Event{
		ev("Zed", "Amy"), ev("Bob", "Amy"), ev("Zed", "Cy"), ev("Amy"),
		{Sources: []Source{{Entities: []string{"Undated Only", "Undated Only", "Undated Only"}}}},
	}
	// Amy 3, Zed 2, then Bob and Cy once each, by name; names only undated events carry are left out.
	want := []string{"Amy", "Zed", "Bob", "Cy"}
	if diff := cmp.Diff(want, Entities(evs)); diff != "" {
		t.Errorf("Entities (-want +got):\n%s", diff)
	}
}

// BenchmarkEntities lists the names of 20,000 events naming 5,000 distinct entities, the size
// of a large real corpus's list: the timeline page derives it on every navigation.
func BenchmarkEntities(b *testing.B) {
	day := corpus.Date{Year: 2024, Month: 5, Day: 1, Precision: corpus.PrecisionDay}
	evs := make([]Event, 20000)
	for i := range evs {
		evs[i] = Event{Date: day, Sources: []Source{{Entities: []string{
			fmt.Sprintf("Name %d", i%5000), fmt.Sprintf("Name %d", (i*7)%4999),
		}}}}
	}
	b.ResetTimer()
	for b.Loop() {
		if len(Entities(evs)) != 5000 {
			b.Fatal("wrong count")
		}
	}
}

// TestOutletsFoldCase: the outlet menu groups spellings the filter takes as one (outletIs
// ignores case) as the library's does: "Reuters" and "reuters" are one value, under the
// spelling most articles use, ranked by all their articles; the unknown outlet last.
func TestOutletsFoldCase(t *testing.T) {
	var arts []*corpus.Article
	for i, outlet := range []string{"Daily Example", "reuters", "", "Reuters", "Reuters"} {
		arts = append(arts, &corpus.Article{ID: fmt.Sprintf("a%d", i), Title: "Story", Outlet: outlet, AuthorNote: "fixture",
			Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: "A sentence."}}}}})
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"Reuters", "Daily Example", UnknownOutlet}, Outlets(c)); diff != "" {
		t.Errorf("Outlets (-want +got):\n%s", diff)
	}
}

// TestLanesAndEntitiesFoldCase: the timeline's lanes and its name menu group the spellings their
// filters match as one (outlets and names ignoring case), under the spelling most sources use.
func TestLanesAndEntitiesFoldCase(t *testing.T) {
	var arts []*corpus.Article
	for i, outlet := range []string{"reuters", "Reuters", "Reuters", "Daily Example"} {
		arts = append(arts, &corpus.Article{ID: fmt.Sprintf("a%d", i), Title: "Story", Outlet: outlet, AuthorNote: "fixture",
			Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: "A sentence."}}}}})
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	day := corpus.Date{Year: 2024, Month: 5, Day: 2, Precision: corpus.PrecisionDay}
	var evs []Event
	for i, names := range [][]string{{"ABC"}, {"Abc"}, {"ABC"}, {"Kelby"}} {
		evs = append(evs, Event{Date: day, Sources: []Source{{Article: fmt.Sprintf("a%d", i), Sentence: "p1s1", Date: day, Entities: names}}})
	}
	ax := BuildAxis(c, evs, Period{Date: corpus.Date{Year: 2024, Month: 5, Precision: corpus.PrecisionMonth}}, 8)
	if diff := cmp.Diff([]string{"Reuters", "Daily Example"}, ax.Lanes); diff != "" {
		t.Errorf("lanes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"ABC", "Kelby"}, Entities(evs)); diff != "" {
		t.Errorf("Entities (-want +got):\n%s", diff)
	}
}
