package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

const (
	cmpWhatjobs = "whatjobs-amazon-tiktok-scrutiny"
	cmpChew     = "tiktok-chew-musk-outreach"
	cmpWalmart  = "walmart-microsoft-tiktok-bid"
	cmpAcquire  = "amazon-tiktok-acquisition-talks"
)

// bidenPair finds the aligned pair that holds Biden's April law on both sides and returns its
// element ID, or "" when the two sentences are not side by side.
const bidenPair = `(() => {
	for (const li of document.querySelectorAll(".align-pair")) {
		const a = li.querySelector(".cell-a"), b = li.querySelector(".cell-b");
		if (a && b && a.textContent.includes("signed legislation requiring ByteDance to divest") &&
			b.textContent.includes("signed a “sell or ban” law")) return li.id;
	}
	return "";
})()`

// checkBidenComparison checks the whatjobs / Commercial Times comparison as a reader sees it.
func checkBidenComparison(t *testing.T, p *Page) {
	t.Helper()
	if h := p.Text("main h1"); !strings.Contains(h, "Amazon Faces Scrutiny Over TikTok Partnership") ||
		!strings.Contains(h, "TikTok CEO Shou Zi Chew") {
		t.Errorf("heading %q does not name both articles", h)
	}
	var title string
	p.Eval(`document.title`, &title)
	if !strings.Contains(title, "Amazon Faces Scrutiny") || !strings.Contains(title, "Shou Zi Chew") {
		t.Errorf("page title %q does not name both articles", title)
	}
	var id string
	p.Eval(bidenPair, &id)
	if id == "" {
		t.Errorf("Biden's April law and the January deadline are not aligned side by side")
	}
	if got := p.Text("#summary-shared"); !strings.Contains(got, "Joe Biden") || !strings.Contains(got, "ByteDance") {
		t.Errorf("shared entities %q lack Joe Biden or ByteDance", got)
	}
	// The January deadline is a day on one side ("by January 19") and a month on the other ("by
	// January 2025"): dates are shared only at the same precision, so only April 2024 is listed.
	if got := p.Text("#summary-dates"); !strings.Contains(got, "April 2024") || strings.Contains(got, "January 2025") {
		t.Errorf("shared dates %q: want April 2024 and not January 2025", got)
	}
	if n := p.Count(".cell-only"); n < 10 {
		t.Errorf("%d sentences marked as one side's only, want the many that have no counterpart", n)
	}
}

// waitPath waits until the page's path and query (and fragment) equal want.
func waitPath(p *Page, want string) {
	p.t.Helper()
	p.Run(chromedp.Poll(fmt.Sprintf(`location.pathname + location.search + location.hash === %q`, want), nil,
		chromedp.WithPollingTimeout(15*time.Second)))
}

func TestCompareLinkColdReloadBackForward(t *testing.T) {
	link := "/compare/" + cmpWhatjobs + "/" + cmpChew
	p := openPage(t, link)
	checkBidenComparison(t, p)
	pairs := p.Count(".align-pair")

	// A reload restores the same view.
	p.Run(chromedp.Reload())
	p.WaitReady()
	checkBidenComparison(t, p)
	if n := p.Count(".align-pair"); n != pairs {
		t.Errorf("after reload %d pairs, before %d", n, pairs)
	}

	// The Commercial Times reports the January deadline a second time: that sentence points to
	// the pair that holds the first account.
	var pair string
	p.Eval(bidenPair, &pair)
	var also string
	p.Eval(`[...document.querySelectorAll(".also")].filter(e => e.textContent.includes("has ordered ByteDance")).map(e => e.querySelector(".pair-label").getAttribute("href")).join()`, &also)
	if also != "#"+pair {
		t.Errorf("second account of the deadline points to %q, want #%s", also, pair)
	}

	// Focusing a pair puts it in the URL. A script click: a pointer click at the label's centre
	// can land on the sticky headers.
	focused := link + "#" + pair
	p.Eval(fmt.Sprintf(`document.querySelector("#%s > .pair-label").click()`, pair), nil)
	waitPath(p, focused)
	p.Run(chromedp.WaitVisible("#"+pair+".is-focus", chromedp.ByQuery))

	// Swapping sides is a navigation; back and forward restore each view.
	swapped := "/compare/" + cmpChew + "/" + cmpWhatjobs
	p.Click(`#compare-swap`)
	waitPath(p, swapped)
	// The URL changes before the swapped view renders: wait for the new side A.
	p.WaitText(".side-meta-a h2", "Shou Zi Chew")
	p.Eval(`history.back()`, nil)
	waitPath(p, focused)
	p.Run(chromedp.Poll(`document.querySelector(".side-meta-a h2").textContent.includes("Amazon Faces Scrutiny")`, nil))
	p.Run(chromedp.WaitVisible("#"+pair+".is-focus", chromedp.ByQuery))
	checkBidenComparison(t, p)
	p.Eval(`history.forward()`, nil)
	waitPath(p, swapped)
	p.Run(chromedp.Poll(`document.querySelector(".side-meta-a h2").textContent.includes("Shou Zi Chew")`, nil))
}

func TestCompareFocusedLinkCold(t *testing.T) {
	p := openPage(t, "/compare/"+cmpWhatjobs+"/"+cmpChew+"#pair-2")
	p.Run(chromedp.WaitVisible(`#pair-2.is-focus`, chromedp.ByQuery))
	var top float64
	p.Eval(`document.getElementById("pair-2").getBoundingClientRect().top`, &top)
	if top < 0 || top > 900 {
		t.Errorf("focused pair not scrolled into view: top = %v", top)
	}
}

func TestCompareSharedMicrosoft(t *testing.T) {
	p := openPage(t, "/compare/"+cmpWalmart+"/"+cmpAcquire)
	if got := p.Text("#summary-shared"); !strings.Contains(got, "Microsoft") {
		t.Errorf("shared entities %q lack Microsoft", got)
	}
}

// TestCompareCopyLink checks what the button hands the clipboard, and that a refusal becomes a
// message rather than an uncaught error. The clipboard is stubbed: headless Chromium's own
// asks for a permission that a test cannot answer.
func TestCompareCopyLink(t *testing.T) {
	link := "/compare/" + cmpWalmart + "/" + cmpAcquire
	p := openPage(t, link)
	p.Eval(`window.copied = null; navigator.clipboard.writeText = t => { window.copied = t; return Promise.resolve(); }; true`, nil)
	p.Click(`#compare-copy`)
	p.Run(chromedp.Poll(`document.getElementById("compare-status").textContent === "Link copied."`, nil,
		chromedp.WithPollingTimeout(10*time.Second)))
	var copied string
	p.Eval(`window.copied`, &copied)
	if copied != baseURL+link {
		t.Errorf("copied %q, want %q", copied, baseURL+link)
	}

	p.Eval(`navigator.clipboard.writeText = t => Promise.reject(new DOMException("denied", "NotAllowedError")); true`, nil)
	p.Click(`#compare-copy`)
	p.Run(chromedp.Poll(`document.getElementById("compare-status").textContent.includes("did not allow")`, nil,
		chromedp.WithPollingTimeout(10*time.Second)))
}

func TestCompareBadLinks(t *testing.T) {
	tests := []struct {
		path string
		want string
	}{
		{"/compare/" + cmpWhatjobs + "/no-such-article", "no article with the ID “no-such-article”"},
		{"/compare/" + cmpChew + "/" + cmpChew, "Both sides are the same article"},
		{"/compare/no-such-article", "names only one article"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			p := newPage(t)
			if strings.Contains(tt.path, "no-such-article") {
				p.Allow("404") // a broken link is answered with 404, and explained
			}
			p.Go(tt.path)
			if h := p.Text("main h1"); h != "This comparison link needs fixing" {
				t.Errorf("heading = %q", h)
			}
			if got := p.Text(".compare-problem"); !strings.Contains(got, tt.want) {
				t.Errorf("explanation %q lacks %q", got, tt.want)
			}
		})
	}

	// "Compare with…" from a reader names one article: every other one is a click away.
	p := openPage(t, "/compare/"+cmpWhatjobs)
	if got := p.Text("main h1"); !strings.Contains(got, "Compare “Amazon Faces Scrutiny Over TikTok Partnership” with") {
		t.Errorf("heading = %q", got)
	}
	p.Click(`.compare-choices a[href="/compare/` + cmpWhatjobs + "/" + cmpChew + `"]`)
	waitPath(p, "/compare/"+cmpWhatjobs+"/"+cmpChew)
	p.Run(chromedp.WaitVisible(`.compare-summary`, chromedp.ByQuery))
	checkBidenComparison(t, p)

	// The picker on the explanation fixes the link, keeping the side that was right.
	p = newPage(t)
	p.Allow("404")
	p.Go("/compare/" + cmpWhatjobs + "/no-such-article")
	var a string
	p.Eval(`document.getElementById("compare-pick-a").value`, &a)
	if a != cmpWhatjobs {
		t.Errorf("picker side A = %q, want the valid %s kept", a, cmpWhatjobs)
	}
	p.Run(chromedp.SetValue(`#compare-pick-b`, cmpChew, chromedp.ByQuery))
	p.Click(`.compare-picker button[type="submit"]`)
	waitPath(p, "/compare/"+cmpWhatjobs+"/"+cmpChew)
	p.Run(chromedp.WaitVisible(`.compare-summary`, chromedp.ByQuery))
	checkBidenComparison(t, p)
}

func TestComparePairsOnly(t *testing.T) {
	link := "/compare/" + cmpWhatjobs + "/" + cmpChew
	p := openPage(t, link)
	all := p.Count(".align-list > li")
	p.Click(`#compare-view-pairs`)
	waitPath(p, link+"?view=pairs")
	p.Run(chromedp.WaitNotPresent(`.cell-only`, chromedp.ByQuery))
	pairs := p.Count(".align-pair")
	if n := p.Count(".align-list > li"); n != pairs || n >= all {
		t.Errorf("pairs-only view shows %d items, %d of them pairs (full view: %d)", n, pairs, all)
	}
	var id string
	p.Eval(bidenPair, &id)
	if id == "" {
		t.Error("Biden's law is not among the aligned pairs")
	}
	// The view survives a reload and a swap.
	p.Run(chromedp.Reload())
	p.WaitReady()
	if n := p.Count(".align-pair"); n != pairs {
		t.Errorf("after reload %d pairs, want %d", n, pairs)
	}
	p.Click(`#compare-swap`)
	waitPath(p, "/compare/"+cmpChew+"/"+cmpWhatjobs+"?view=pairs")
}
