//go:build !wasm

package app

import (
	"net/http/httptest"
	"strings"
	"testing"

	"parallax/internal/site"
)

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
		// Five articles: the whole timeline fits one page, so its entries are listed under the axis.
		{"/timeline", []string{"<title>Timeline — Parallax</title>", "Entries per year, by outlet reporting them, and articles published",
			`href="/timeline?at=2024"`, "19 January 2025", "c. 6 November 2024", "Undated mentions (3)",
			"to the day", "WhatJobs", "Articles published (all outlets)",
			`href="/read/tiktok-chew-musk-outreach#p10s2"`}, []string{"tl-key", "tl-legend"}},
		{"/timeline?at=2025", []string{"Entries per month in 2025", `href="/timeline?at=2025-01"`, "19 January 2025", "Deadline", "‹ 2024"}, []string{"c. 6 November 2024"}},
		{"/timeline?at=2025-01", []string{"Entries per day in January 2025", `href="/timeline?at=2025-01-19"`, "19 January 2025"}, nil},
		{"/timeline?outlet=WhatJobs&at=2025-01-19", []string{"19 January 2025", `aria-current="page"`}, []string{"c. 6 November 2024", "Undated mentions"}},
		{"/timeline?from=2020&to=2020", []string{"15 September 2020", "27 August 2020"}, []string{"19 January 2025"}},
		{"/timeline?from=someday&at=2025-13&page=x", []string{"Part of this link could not be read", "page:", "at:", "19 January 2025"}, nil},
		{"/timeline?at=2025&page=9", []string{"this is the last"}, nil},
		{"/timeline?from=1990&to=1991", []string{"No dated entry matches here"}, nil},
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
