//go:build !wasm

package app

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
	"parallax/corpus/timeline"
	"parallax/internal/site"
)

func TestGroupEvents(t *testing.T) {
	ev := func(d corpus.Date) timeline.Event { return timeline.Event{Date: d} }
	year := corpus.Date{Year: 2024, Precision: corpus.PrecisionYear}
	month := corpus.Date{Year: 2024, Month: 11, Precision: corpus.PrecisionMonth}
	day6 := corpus.Date{Year: 2024, Month: 11, Day: 6, Precision: corpus.PrecisionDay}
	day8 := corpus.Date{Year: 2024, Month: 11, Day: 8, Precision: corpus.PrecisionDay}
	early := corpus.Date{Year: 2024, Month: 12, Part: corpus.PartEarly, Precision: corpus.PrecisionPartOfMonth}
	evs := []timeline.Event{ev(year), ev(month), ev(day6), ev(day8), ev(early), {}}

	// shape lists each group as "ID:loose events/total" with its sub-groups after it.
	var shape func(gs []*tlGroup) []string
	shape = func(gs []*tlGroup) []string {
		var out []string
		for _, g := range gs {
			out = append(out, g.ID+":"+strings.Repeat("*", len(g.Loose))+"/"+string(rune('0'+g.Count)))
			out = append(out, shape(g.Sub)...)
		}
		return out
	}
	tests := []struct {
		zoom timeline.Zoom
		want []string
	}{
		{timeline.ZoomYears, []string{"y2024:*****/5"}},
		{timeline.ZoomMonths, []string{"y2024:*/5", "m2024-11:***/3", "m2024-12:*/1"}},
		// A month-precise event and a part of a month stay loose in their month at the day zoom.
		{timeline.ZoomDays, []string{"y2024:*/5", "m2024-11:*/3", "d2024-11-06:*/1", "d2024-11-08:*/1", "m2024-12:*/1"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, shape(groupEvents(evs, tt.zoom))); diff != "" {
			t.Errorf("zoom %s (-want +got):\n%s", tt.zoom, diff)
		}
	}
}

func TestMarked(t *testing.T) {
	if got := len(marked("On November 6, Canada", 3, 13)); got != 3 {
		t.Errorf("marked splits into %d parts, want 3", got)
	}
	for _, bad := range [][2]int{{-1, 3}, {3, 99}, {5, 5}, {1, 2}} {
		if got := len(marked("é’x", bad[0], bad[1])); got != 1 {
			t.Errorf("marked(%v) on bad offsets gave %d parts, want the plain text", bad, got)
		}
	}
}

// TestTimelinePrerender renders timeline URLs on the server, as crawlers and a cold load see them.
func TestTimelinePrerender(t *testing.T) {
	Routes()
	srv := httptest.NewServer(site.Handler(site.Options{Version: "test"}))
	defer srv.Close()
	tests := []struct {
		path      string
		want, not []string
	}{
		{"/timeline", []string{"<title>Timeline — Parallax</title>", `id="y2019"`, `id="m2024-04"`,
			"19 January 2025", "c. 6 November 2024", "Undated mentions (3)", "/compare/whatjobs-amazon-tiktok-scrutiny/tiktok-chew-musk-outreach",
			`href="/read/tiktok-chew-musk-outreach#p10s2"`}, nil},
		{"/timeline?outlet=WhatJobs&zoom=days", []string{`id="d2025-01-19"`, "Deadline"}, []string{"c. 6 November 2024", "Undated mentions"}},
		{"/timeline?from=2020&to=2020", []string{"15 September 2020", "27 August 2020"}, []string{`id="y2019"`, `id="y2024"`}},
		{"/timeline?from=someday&zoom=weeks", []string{"Part of this link could not be read", "19 January 2025"}, nil},
		{"/timeline?from=1990&to=1991", []string{"No dated entry matches these filters"}, nil},
	}
	for _, tt := range tests {
		body := get(t, srv.URL+tt.path)
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s: missing %q", tt.path, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(body, w) {
				t.Errorf("GET %s: unexpected %q", tt.path, w)
			}
		}
	}
}
