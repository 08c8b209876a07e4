package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// marks returns the highlighted texts inside the elements matching sel.
func marks(p *Page, sel string) []string {
	p.t.Helper()
	var out []string
	p.Eval(`Array.from(document.querySelectorAll(`+jsString(sel+" mark")+`)).map(m => m.textContent)`, &out)
	return out
}

func jsString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

func activeID(p *Page) string {
	var id string
	p.Eval(`document.activeElement ? document.activeElement.id : ""`, &id)
	return id
}

func TestSearchTypeHighlightOpen(t *testing.T) {
	p := openPage(t, "/")
	// "/" from anywhere focuses the header search box. A real key press is one keydown that
	// carries its text (chromedp.KeyEvent sends a separate char event that no page can cancel).
	p.Run(chromedp.ActionFunc(func(ctx context.Context) error {
		return input.DispatchKeyEvent(input.KeyDown).WithKey("/").WithCode("Slash").WithText("/").
			WithWindowsVirtualKeyCode(191).Do(ctx)
	}), chromedp.ActionFunc(func(ctx context.Context) error {
		return input.DispatchKeyEvent(input.KeyUp).WithKey("/").WithCode("Slash").WithWindowsVirtualKeyCode(191).Do(ctx)
	}))
	if id := activeID(p); id != "search-q" {
		t.Fatalf("after /, focus is on %q, want the search box", id)
	}
	// A pause in typing brings up the results page; typing goes on in its search box.
	p.Run(chromedp.KeyEvent("walmrt"))
	p.Run(chromedp.WaitVisible(`.search-results .result`, chromedp.ByQuery))
	if id := activeID(p); id != "search-q" {
		t.Fatalf("after the results came up, focus is on %q, want the search box", id)
	}
	p.Run(chromedp.KeyEvent(" microsft"))
	p.Run(chromedp.Poll(`location.search === "?q=walmrt+microsft"`, nil))
	// The URL changes as the words are typed, a frame before the results are rendered again, and
	// the results for "walmrt" alone are on screen meanwhile: wait for the correction of both words.
	p.WaitText(".search-corrected", "walmart microsoft")
	p.Run(chromedp.WaitVisible(`.search-results .result`, chromedp.ByQuery))
	if loc := p.Location(); loc != "/search?q=walmrt+microsft" {
		t.Errorf("location %s, want the query in the URL", loc)
	}
	if got := p.Text(".search-results > li:first-child .result-title"); !strings.HasPrefix(got, "Walmart partners with Microsoft") {
		t.Errorf("first result %q, want the Walmart/Microsoft article", got)
	}
	got := marks(p, ".search-results > li:first-child .result-snippets li:first-child")
	if strings.Join(got, "|") != "Walmart|Microsoft" {
		t.Errorf("first snippet highlights %q, want Walmart and Microsoft", got)
	}

	// Arrow down from the box reaches the first snippet; Enter opens the reader at that sentence.
	p.Run(chromedp.Focus("#search-q", chromedp.ByQuery), chromedp.KeyEvent(kb.ArrowDown))
	var href string
	p.Eval(`document.activeElement.getAttribute("href")`, &href)
	if href != "/read/walmart-microsoft-tiktok-bid?q=walmrt+microsft#p1s1" {
		t.Fatalf("focused result %q, want the first snippet, with the query for the reader", href)
	}
	p.Run(chromedp.KeyEvent(kb.ArrowDown))
	p.Eval(`document.activeElement.getAttribute("href")`, &href)
	if !strings.HasPrefix(href, "/read/walmart-microsoft-tiktok-bid?q=walmrt+microsft#p") || strings.HasSuffix(href, "#p1s1") {
		t.Errorf("second arrow focused %q, want the next snippet", href)
	}
	p.Run(chromedp.KeyEvent(kb.ArrowUp), chromedp.KeyEvent(kb.Enter))
	p.Run(chromedp.WaitVisible(`#p1s1.is-target`, chromedp.ByQuery))
	if loc := p.Location(); loc != "/read/walmart-microsoft-tiktok-bid?q=walmrt+microsft#p1s1" {
		t.Errorf("opened %s", loc)
	}
	if n := p.Count(".sentence.is-target"); n != 1 {
		t.Errorf("%d highlighted sentences, want 1", n)
	}
	// The reader marks the searched words, corrected as the search corrected them.
	if got := marks(p, "#p1s1"); strings.Join(got, "|") != "Walmart|Microsoft" {
		t.Errorf("reader marks %q in the target sentence, want Walmart and Microsoft", got)
	}
}

// TestSearchDamagedLink opens a link whose "%" starts no valid escape, then one whose escapes are
// not text: the search is still the one meant, and the page says the link was damaged and how.
func TestSearchDamagedLink(t *testing.T) {
	p := openPage(t, "/search?q=5%+tariff+tiktok")
	var value string
	p.Eval(`document.getElementById("search-q").value`, &value)
	if value != "5% tariff tiktok" {
		t.Errorf("search box shows %q, want the search the link meant", value)
	}
	if got := p.WaitText(".search-notices", "damaged"); !strings.Contains(got, "“5% tariff tiktok”") {
		t.Errorf("notice %q does not name the search read", got)
	}
	// Valid escapes of half a letter: left out and said so, never shown as "�".
	p.Go("/search?q=tiktok+%E0%A4")
	if got := p.WaitText(".search-notices", "damaged"); !strings.Contains(got, "not text") {
		t.Errorf("notice %q does not say what was left out", got)
	}
	var shown string
	p.Eval(`document.getElementById("search-q").value + document.body.innerText`, &shown)
	if strings.ContainsRune(shown, '\uFFFD') {
		t.Error("the page shows a replacement character for the broken escapes")
	}
}

// TestSearchCorrectedAndMore checks the correction notice and that "N more matching sentences"
// opens them in place and closes them again.
func TestSearchCorrectedAndMore(t *testing.T) {
	p := openPage(t, "/search?q=walmrt+microsft")
	if got := p.Text(".search-corrected"); got != "Showing results for walmart microsoft." {
		t.Errorf("correction notice %q", got)
	}
	p.Go("/search?q=tiktok")
	sel := `.search-results > li .result-more-toggle`
	p.Run(chromedp.WaitVisible(sel, chromedp.ByQuery))
	var label string
	p.Eval(`document.querySelector(`+jsString(sel)+`).textContent`, &label)
	before := p.Count(".search-results .result-link")
	p.Click(sel)
	p.Run(chromedp.WaitVisible(`.result-more-toggle[aria-expanded="true"]`, chromedp.ByQuery))
	var more int
	if _, err := fmt.Sscanf(label, "%d more", &more); err != nil {
		t.Fatalf("control label %q: %v", label, err)
	}
	if after := p.Count(".search-results .result-link"); after != before+more {
		t.Errorf("%d result links after opening %q, want %d", after, label, before+more)
	}
	p.Click(`.result-more-toggle[aria-expanded="true"]`)
	p.Run(chromedp.WaitNotPresent(`.result-more-toggle[aria-expanded="true"]`, chromedp.ByQuery))
	if n := p.Count(".search-results .result-link"); n != before {
		t.Errorf("%d result links after closing, want %d", n, before)
	}
}

// TestReaderSearchHits opens the reader with a query: the words are marked, and next and
// previous move to them in turn, wrapping around.
func TestReaderSearchHits(t *testing.T) {
	p := openPage(t, "/read/walmart-microsoft-tiktok-bid?q=tiktok")
	n := p.Count(".reader-text mark.hit")
	if n < 2 {
		t.Fatalf("%d marks for tiktok, want several", n)
	}
	if got := p.Text(".reader-hits [role=status]"); !strings.Contains(got, "matches for “tiktok”") {
		t.Errorf("hit bar %q", got)
	}
	p.Click(".hit-next")
	p.Run(chromedp.WaitVisible("#hit-1.is-current", chromedp.ByQuery))
	p.Run(chromedp.Poll(`document.activeElement && document.activeElement.id === "hit-1"`, nil))
	p.Click(".hit-prev")
	p.Run(chromedp.WaitVisible(fmt.Sprintf("#hit-%d.is-current", n), chromedp.ByQuery))
	p.WaitText(".reader-hits [role=status]", fmt.Sprintf("%d of %d", n, n))
}

func TestSearchLinkRestoresResults(t *testing.T) {
	p := openPage(t, "/search?q=trasnparency")
	want := p.Text(".search-results")
	if got := marks(p, ".search-results > li:first-child .result-snippets"); len(got) == 0 || got[0] != "transparency" {
		t.Errorf("transposed query highlights %q, want transparency", got)
	}
	var value string
	p.Eval(`document.getElementById("search-q").value`, &value)
	if value != "trasnparency" {
		t.Errorf("search box shows %q after a cold load", value)
	}
	p.Run(chromedp.Reload())
	p.WaitReady()
	if got := p.Text(".search-results"); got != want {
		t.Errorf("after reload the results differ:\n%s\nwant\n%s", got, want)
	}
}

func TestSearchEscapeClears(t *testing.T) {
	p := openPage(t, "/search?q=walmart")
	p.Run(chromedp.Focus("#search-q", chromedp.ByQuery), chromedp.KeyEvent(kb.Escape))
	p.Run(chromedp.WaitNotPresent(`.search-results`, chromedp.ByQuery))
	var value string
	p.Eval(`document.getElementById("search-q").value`, &value)
	if value != "" {
		t.Errorf("box holds %q after Escape", value)
	}
	if loc := p.Location(); loc != "/search" {
		t.Errorf("location %s after Escape, want /search", loc)
	}
}

func TestSearchPartialAndSuggestions(t *testing.T) {
	p := openPage(t, "/search?q=walmart+georgia")
	if got := p.Text(".search-partial"); !strings.Contains(got, "best partial matches") {
		t.Errorf("partial results not labelled: %q", got)
	}
	if n := p.Count(".result-missing"); n == 0 {
		t.Error("partial snippets do not say which word they lack")
	}

	p.Go("/search?q=wxlmxrt")
	if got := p.Text(".search-suggestions"); !strings.Contains(got, "Walmart") {
		t.Errorf("suggestions %q, want Walmart", got)
	}
	p.Click(`.search-suggestions a`)
	p.Run(chromedp.WaitVisible(`.search-results .result`, chromedp.ByQuery))
}

func TestSearchFilters(t *testing.T) {
	p := openPage(t, "/search?q=tiktok")
	all := p.Count(".search-results > li")
	p.Run(chromedp.SetValue("#search-outlet", "0", chromedp.ByQuery),
		chromedp.Evaluate(`document.getElementById("search-outlet").dispatchEvent(new Event("change", {bubbles: true}))`, nil))
	p.Run(chromedp.WaitVisible(`.filter-clear`, chromedp.ByQuery))
	if loc := p.Location(); loc != "/search?outlet=WhatJobs&q=tiktok" {
		t.Errorf("location %s, want the outlet in the URL", loc)
	}
	if n := p.Count(".search-results > li"); n != 1 || n >= all {
		t.Errorf("%d results with the outlet filter (of %d)", n, all)
	}

	p.Go("/search?q=tiktok&from=2024-13")
	if got := p.Text(".search-notices"); !strings.Contains(got, "no such month") {
		t.Errorf("a malformed date is not reported: %q", got)
	}
	p.Go("/search?q=amazon&to=2021")
	if got := p.Text(".search-results"); !strings.Contains(got, "Amazon's China operations") || p.Count(".search-results > li") != 1 {
		t.Errorf("date filter: %q", got)
	}
}
