package search

import (
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
)

func TestQueryRoundTrip(t *testing.T) {
	for _, q := range []Query{
		{},
		{Text: "walmrt microsft"},
		{Text: "a&b=c?#d %zz «»", Outlet: "WhatJobs"},
		{Text: "tiktok", From: corpus.Date{Year: 2020, Precision: corpus.PrecisionYear}},
		{Text: "x", From: corpus.Date{Year: 2020, Month: 8, Precision: corpus.PrecisionMonth},
			To: corpus.Date{Year: 2024, Month: 2, Day: 29, Precision: corpus.PrecisionDay}},
	} {
		v := q.Values()
		back, err := ParseQuery(mustParse(t, v.Encode()))
		if err != nil {
			t.Errorf("%+v: %v", q, err)
		}
		if d := cmp.Diff(q, back); d != "" {
			t.Errorf("round trip of %q (-want +got):\n%s", v.Encode(), d)
		}
	}
}

func mustParse(t *testing.T, s string) url.Values {
	t.Helper()
	v, err := url.ParseQuery(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestParseQueryErrors(t *testing.T) {
	for _, c := range []struct {
		raw, wantErr string
		want         Query
	}{
		{"q=x&from=2024-13", "from date", Query{Text: "x"}},
		{"to=2024-02-30", "no such day", Query{}},
		{"from=24", "digits", Query{}},
		{"from=%2B024", "not a number", Query{}},
		{"from=2024-01-01-01", "too many parts", Query{}},
		{"from=0000", "no year 0", Query{}},
		{"from=2024&to=2020", "wrong way round: searched from 2020 to 2024", Query{From: corpus.Date{Year: 2020, Precision: corpus.PrecisionYear},
			To: corpus.Date{Year: 2024, Precision: corpus.PrecisionYear}}},
		{"from=2020-03-02&to=2020-03-01", "searched from 2020-03-01 to 2020-03-02", Query{
			From: corpus.Date{Year: 2020, Month: 3, Day: 1, Precision: corpus.PrecisionDay},
			To:   corpus.Date{Year: 2020, Month: 3, Day: 2, Precision: corpus.PrecisionDay}}},
		{"from=2021&to=2020-12-31", "searched from 2020-12-31 to 2021", Query{
			From: corpus.Date{Year: 2020, Month: 12, Day: 31, Precision: corpus.PrecisionDay},
			To:   corpus.Date{Year: 2021, Precision: corpus.PrecisionYear}}},
		{"from=" + url.QueryEscape(strings.Repeat("9", 100)), "…", Query{}},
	} {
		got, err := ParseQuery(mustParse(t, c.raw))
		if err == nil || !strings.Contains(err.Error(), c.wantErr) {
			t.Errorf("%s: error %v, want one containing %q", c.raw, err, c.wantErr)
		}
		if d := cmp.Diff(c.want, got); d != "" {
			t.Errorf("%s (-want +got):\n%s", c.raw, d)
		}
	}
}

func TestFilters(t *testing.T) {
	day := func(y, m, d int) corpus.Date {
		return corpus.Date{Year: y, Month: m, Day: d, Precision: corpus.PrecisionDay}
	}
	month := func(y, m int) corpus.Date { return corpus.Date{Year: y, Month: m, Precision: corpus.PrecisionMonth} }
	e := New(seedCorpus(t))
	for _, tc := range []struct {
		name     string
		q        Query
		want     []string
		excluded int
	}{
		{"outlet, any case", Query{Text: "tiktok", Outlet: "whatjobs"}, []string{"whatjobs-amazon-tiktok-scrutiny"}, 3},
		{"a month-precise date overlaps a later day", Query{Text: "tiktok", From: day(2024, 11, 30)},
			[]string{"tiktok-chew-musk-outreach"}, 3},
		{"to a year; unknown dates left out", Query{Text: "amazon", To: corpus.Date{Year: 2021, Precision: corpus.PrecisionYear}},
			[]string{"amazon-china-ccp-report"}, 2},
		{"empty text lists what the filters admit", Query{From: month(2020, 8), To: month(2020, 8)},
			[]string{"walmart-microsoft-tiktok-bid"}, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := e.Search(tc.q)
			var got []string
			for _, g := range r.Groups {
				got = append(got, g.Article.ID)
			}
			slicesSort(got)
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
			if r.Excluded != tc.excluded {
				t.Errorf("excluded %d, want %d", r.Excluded, tc.excluded)
			}
		})
	}
}

func slicesSort(s []string) {
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
}

// TestParseQuerySwapsOnlyReversedRanges: a range that overlaps itself (a year and a day in it,
// the same day twice) is not reversed, and a swapped range is marked with ErrRangeSwapped alone.
func TestParseQuerySwapsOnlyReversedRanges(t *testing.T) {
	for _, raw := range []string{"from=2020&to=2020-06-01", "from=2020-06-01&to=2020", "from=2020-06&to=2020-06"} {
		if _, err := ParseQuery(mustParse(t, raw)); err != nil {
			t.Errorf("%s: %v, want no notice", raw, err)
		}
	}
	_, err := ParseQuery(mustParse(t, "from=2024&to=2020"))
	if !errors.Is(err, ErrRangeSwapped) {
		t.Errorf("reversed range: %v, want ErrRangeSwapped", err)
	}
	_, err = ParseQuery(mustParse(t, "from=2024-13"))
	if errors.Is(err, ErrRangeSwapped) {
		t.Errorf("malformed date: %v is not a swap", err)
	}
}
