package e2e

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// tlWaitLocation waits until the page's path, query and fragment equal want.
func tlWaitLocation(t *testing.T, p *Page, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		got := p.Location()
		if got == want {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("location is %s, want %s", got, want)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// tlTexts returns the text of every element matching sel.
func tlTexts(p *Page, sel string) []string {
	var out []string
	p.Eval(`Array.from(document.querySelectorAll(`+"`"+sel+"`"+`)).map(e => e.textContent.trim())`, &out)
	return out
}

// tlEvent is a selector for the listed entry whose date reads when, found by script.
func tlEvent(p *Page, when string) string {
	var i int
	p.Eval(`Array.from(document.querySelectorAll(".tl-list .tl-event")).findIndex(e => e.querySelector(".tl-date").textContent.trim() == `+"`"+when+"`"+`) + 1`, &i)
	if i == 0 {
		return ".no-such-entry"
	}
	return ".tl-list .tl-events > .tl-event:nth-child(" + strconv.Itoa(i) + ")"
}

// TestTimelineDrillDownToReaderAndBack opens a filtered timeline link cold, drills down into a
// year from the axis, checks how an entry names and dates its sources, follows one to its
// sentence in the reader, and comes back to the same view.
func TestTimelineDrillDownToReaderAndBack(t *testing.T) {
	p := openPage(t, "/timeline?entity=Joe+Biden")
	p.Run(chromedp.WaitVisible(`.tl-axis`, chromedp.ByQuery))
	if dates := tlTexts(p, ".tl-list .tl-event:not(.tl-publication) .tl-date"); strings.Join(dates, " | ") != "April 2024 | 19 January 2025" {
		t.Errorf("entries naming Joe Biden: %q, want April 2024 and 19 January 2025", dates)
	}
	var entity string
	p.Eval(`document.getElementById("tl-entity").selectedOptions[0].textContent`, &entity)
	if entity != "Joe Biden" {
		t.Errorf("entity filter shows %q, want Joe Biden", entity)
	}

	// Drill down: the axis's 2024 column leads to 2024's months, the filter kept.
	const year = "/timeline?at=2024&entity=Joe+Biden"
	p.Click(`.tl-axis thead a[href="` + year + `"]`)
	tlWaitLocation(t, p, year)
	p.WaitText("#tl-axis-caption", "Entries per month in 2024")
	if got := p.Text(`.tl-trail [aria-current="page"]`); got != "2024" {
		t.Errorf("trail's current period = %q", got)
	}
	checkYear := func() {
		t.Helper()
		april := tlEvent(p, "April 2024")
		if n := p.Count(april + ` .tl-source`); n != 2 {
			t.Errorf("the April 2024 entry lists %d sources, want 2", n)
		}
		// Sources are named by outlet and title, never by a letter key.
		outlets := tlTexts(p, april+" .tl-source .tl-outlet")
		if len(outlets) != 2 || outlets[0] != "WhatJobs" {
			t.Errorf("April 2024 sources' outlets %q, want WhatJobs first", outlets)
		}
		if p.Count(".tl-key") != 0 {
			t.Error("a source is named by a letter key")
		}
		if got := p.Text(april + " .tl-precision"); got != "to the month" {
			t.Errorf("April 2024 precision = %q", got)
		}
		if n := p.Count(april + ` a.tl-compare[href="/compare/whatjobs-amazon-tiktok-scrutiny/tiktok-chew-musk-outreach"]`); n != 1 {
			t.Errorf("the April 2024 entry offers %d comparisons of its two articles, want 1", n)
		}
	}
	checkYear()

	// Follow the Commercial Times report to the reader, at its sentence, highlighted.
	p.Click(tlEvent(p, "April 2024") + ` a.tl-read[href="/read/tiktok-chew-musk-outreach#p6s1"]`)
	p.Run(chromedp.WaitVisible(`#p6s1.is-target`, chromedp.ByQuery))
	tlWaitLocation(t, p, "/read/tiktok-chew-musk-outreach#p6s1")
	if got := p.Text("#p6s1"); !strings.Contains(got, "in April this year, President Joe Biden signed") {
		t.Errorf("highlighted sentence is %q", got)
	}

	// Back to the timeline: the same period and filters, from the URL.
	p.Run(chromedp.NavigateBack())
	tlWaitLocation(t, p, year)
	p.Run(chromedp.WaitVisible(`.tl-list .tl-event`, chromedp.ByQuery))
	checkYear()

	// The trail steps to the next year and back up to all years.
	p.Click(`.tl-step[rel="next"]`)
	tlWaitLocation(t, p, "/timeline?at=2025&entity=Joe+Biden")
	p.WaitText(".tl-list", "19 January 2025")
	if got := p.Text(tlEvent(p, "19 January 2025") + " .tl-role"); got != "Deadline" {
		t.Errorf("19 January 2025 role = %q, want Deadline", got)
	}
}

// TestTimelineFormAndEstimates uses the filter form, and checks how the timeline marks what
// rests on an estimated or curated date, and the axis's lanes.
func TestTimelineFormAndEstimates(t *testing.T) {
	p := openPage(t, "/timeline")
	p.Run(chromedp.WaitVisible(`.tl-list .tl-event`, chromedp.ByQuery))

	// The Canadian order's year rests on its article's estimated date, and says so.
	if dates := tlTexts(p, ".tl-list .tl-event.is-estimated .tl-date"); !tlContains(dates, "c. 6 November 2024") {
		t.Errorf("estimated entries %q lack c. 6 November 2024", dates)
	}
	// Microsoft's September 15 target is placed in 2020 by the curated date, and says so.
	if got := p.Text(tlEvent(p, "15 September 2020") + " .tl-anchor"); !strings.Contains(got, "curated date") || !strings.Contains(got, "27 August 2020") {
		t.Errorf("15 September 2020 anchor note = %q", got)
	}
	// The undated article contributes no dated entry.
	if n := p.Count(`.tl-list a[href^="/read/amazon-tiktok-acquisition-talks"]`); n != 0 {
		t.Errorf("%d timeline entries come from the undated article", n)
	}
	// The axis has a lane per outlet and one for publications.
	lanes := tlTexts(p, ".tl-axis tbody th")
	if !tlContains(lanes, "WhatJobs") || !tlContains(lanes, "Outlet unknown") || !tlContains(lanes, "Articles published (all outlets)") {
		t.Errorf("axis lanes %q", lanes)
	}

	// Pick an outlet: the URL and the entries follow.
	p.Run(chromedp.SetValue(`#tl-outlet`, "0", chromedp.ByQuery),
		chromedp.Evaluate(`document.getElementById("tl-outlet").dispatchEvent(new Event("change", {bubbles: true}))`, nil))
	tlWaitLocation(t, p, "/timeline?outlet=WhatJobs")
	p.WaitText(".tl-count", "match the filters")
	for _, l := range tlTexts(p, ".tl-list .tl-source .tl-outlet") {
		if l != "WhatJobs" {
			t.Errorf("outlet filter shows a source of %q", l)
		}
	}
}

func tlContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
