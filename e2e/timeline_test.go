package e2e

import (
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

// TestTimelineFilteredToReaderAndBack opens a filtered, zoomed timeline link cold, checks the
// events it shows, follows one to its sentence in the reader, and comes back to the same view.
func TestTimelineFilteredToReaderAndBack(t *testing.T) {
	const link = "/timeline?entity=Joe+Biden&zoom=days"
	p := openPage(t, link)
	p.Run(chromedp.WaitVisible(`.tl-event`, chromedp.ByQuery))

	checkView := func() {
		t.Helper()
		dates := tlTexts(p, ".tl-lane-reported .tl-event .tl-date")
		if strings.Join(dates, " | ") != "April 2024 | 19 January 2025" {
			t.Errorf("reported events naming Joe Biden: %q, want April 2024 and 19 January 2025", dates)
		}
		var entity string
		p.Eval(`document.getElementById("tl-entity").selectedOptions[0].textContent`, &entity)
		if entity != "Joe Biden" {
			t.Errorf("entity filter shows %q, want Joe Biden", entity)
		}
		var zoom string
		p.Eval(`document.querySelector('.tl-zoom [aria-current="page"]').textContent`, &zoom)
		if zoom != "Days" {
			t.Errorf("zoom shows %q, want Days", zoom)
		}
	}
	checkView()

	// Biden's April law is one event from two articles, each with its own sentence, and the
	// event offers to compare them.
	april := `#m2024-04 .tl-lane-reported .tl-event`
	if n := p.Count(april + ` .tl-source`); n != 2 {
		t.Errorf("the April 2024 event lists %d sources, want 2", n)
	}
	labels := tlTexts(p, april+" .tl-source .tl-label")
	if len(labels) != 2 || labels[0] != "WhatJobs" {
		t.Errorf("April 2024 source labels %q, want WhatJobs first", labels)
	}
	if n := p.Count(april + ` a.tl-compare[href="/compare/whatjobs-amazon-tiktok-scrutiny/tiktok-chew-musk-outreach"]`); n != 1 {
		t.Errorf("the April 2024 event offers %d comparisons of its two articles, want 1", n)
	}
	if n := p.Count(`#d2025-01-19 .tl-role`); n != 1 || !strings.Contains(p.Text(`#d2025-01-19 .tl-role`), "Deadline") {
		t.Errorf("19 January 2025 is not shown as a deadline of its own day")
	}

	// Follow the Commercial Times report to the reader, at its sentence, highlighted.
	p.Run(chromedp.Click(april+` a.tl-read[href="/read/tiktok-chew-musk-outreach#p6s1"]`, chromedp.ByQuery))
	p.Run(chromedp.WaitVisible(`#p6s1.is-target`, chromedp.ByQuery))
	tlWaitLocation(t, p, "/read/tiktok-chew-musk-outreach#p6s1")
	if got := p.Text("#p6s1"); !strings.Contains(got, "in April this year, President Joe Biden signed") {
		t.Errorf("highlighted sentence is %q", got)
	}

	// Back to the timeline: the same filters and zoom, from the URL.
	p.Run(chromedp.NavigateBack())
	tlWaitLocation(t, p, link)
	p.Run(chromedp.WaitVisible(`#m2024-04 .tl-event`, chromedp.ByQuery))
	checkView()
}

// TestTimelineFormZoomAndEstimates uses the filter form and the zoom, and checks how the
// timeline marks what rests on an estimated or curated date.
func TestTimelineFormZoomAndEstimates(t *testing.T) {
	p := openPage(t, "/timeline")
	p.Run(chromedp.WaitVisible(`.tl-event`, chromedp.ByQuery))

	// The Canadian order's year rests on its article's estimated date, and says so.
	canada := `#m2024-11 .tl-lane-reported .tl-event.is-estimated`
	dates := tlTexts(p, canada+" .tl-date")
	if !tlContains(dates, "c. 6 November 2024") {
		t.Errorf("estimated November events %q lack c. 6 November 2024", dates)
	}
	// Microsoft's September 15 target is placed in 2020 by the curated date, and says so.
	if got := p.Text(`#m2020-09 .tl-anchor`); !strings.Contains(got, "curated date") || !strings.Contains(got, "27 August 2020") {
		t.Errorf("September 2020 anchor note = %q", got)
	}
	// The undated article contributes no dated event; its publication is not on the timeline.
	if n := p.Count(`.tl-periods a[href^="/read/amazon-tiktok-acquisition-talks"]`); n != 0 {
		t.Errorf("%d timeline entries come from the undated article", n)
	}

	// Pick an outlet: the URL and the events follow.
	p.Run(chromedp.SetValue(`#tl-outlet`, "0", chromedp.ByQuery),
		chromedp.Evaluate(`document.getElementById("tl-outlet").dispatchEvent(new Event("change", {bubbles: true}))`, nil))
	tlWaitLocation(t, p, "/timeline?outlet=WhatJobs")
	p.Run(chromedp.WaitNotPresent(`#m2020-09`, chromedp.ByQuery))
	for _, l := range tlTexts(p, ".tl-periods .tl-source .tl-label") {
		if l != "WhatJobs" {
			t.Errorf("outlet filter shows a source labelled %q", l)
		}
	}

	// Zoom out to years: the filter stays, months disappear.
	p.Run(chromedp.Click(`.tl-zoom a[href="/timeline?outlet=WhatJobs&zoom=years"]`, chromedp.ByQuery))
	tlWaitLocation(t, p, "/timeline?outlet=WhatJobs&zoom=years")
	p.Run(chromedp.WaitNotPresent(`.tl-level-3`, chromedp.ByQuery))
	if n := p.Count(`#y2024 .tl-event`); n < 4 {
		t.Errorf("2024 at the years zoom holds %d entries, want WhatJobs' four", n)
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
