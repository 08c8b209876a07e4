package e2e

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// TestStaticSiteOffline is issue 6's first "done when": the static site, built for a sub-path
// (and for a domain root) and served by a plain static host, visited once, then opened cold in
// new tabs with the host stopped — every kind of view and deep link renders, with no CSP
// violation, no request to another origin and nothing that keeps Chromium from installing it.
func TestStaticSiteOffline(t *testing.T) {
	for _, base := range []string{"/parallax/", "/"} {
		t.Run(base, func(t *testing.T) { testOffline(t, base) })
	}
}

func testOffline(t *testing.T, subPath string) {
	dir, version := buildSite(t, filepath.Join(buildDir, "web"), subPath)
	host := startStaticHost(t, subPath, dir)
	var bc cdp.BrowserContextID // the default context: see newBrowserContext

	first := openTab(t, bc, host.URL)
	first.Go(subPath)
	first.WaitControlled()
	if errs := first.InstallabilityErrors(); len(errs) > 0 {
		t.Errorf("Chromium reports the site not installable: %q", errs)
	}
	if v := first.CSPViolations(); len(v) > 0 {
		t.Errorf("CSP violations on the first visit: %q", v)
	}
	var manifest struct {
		ID, Scope, StartURL string
	}
	first.Eval(`fetch(document.querySelector('link[rel=manifest]').href).then(r => r.json()).then(m => ({ID: m.id, Scope: m.scope, StartURL: m.start_url}))`, &manifest)
	if manifest.Scope != subPath || manifest.StartURL != subPath || manifest.ID != subPath {
		t.Errorf("manifest id %q, scope %q, start_url %q; want all %q", manifest.ID, manifest.Scope, manifest.StartURL, subPath)
	}

	// Online and cold (another browser context, no worker): a deep link the build did not
	// prerender gets the host's 404.html, from which the app routes the address.
	const deepLink = "compare/amazon-china-ccp-report"
	cold := openTab(t, newBrowserContext(t), host.URL)
	// The status stays 404 (reported twice: the response and the console's network log).
	cold.Allow("404 for " + host.URL + subPath + deepLink)
	cold.Allow("status of 404 (Not Found) " + host.URL + subPath + deepLink)
	cold.Go(subPath + deepLink)
	if got := cold.Text("main"); !strings.Contains(got, "Report says Amazon") {
		t.Errorf("cold deep link through 404.html shows %.200q", got)
	}
	if v := cold.CSPViolations(); len(v) > 0 {
		t.Errorf("CSP violations: %q", v)
	}

	host.Stop()
	if resp, err := http.Get(host.URL + subPath); err == nil {
		resp.Body.Close()
		t.Fatal("the static host still answers after Stop")
	}

	// The browser's own offline signal shows the indicator, and it goes away when back online.
	first.Run(network.EmulateNetworkConditions(true, 0, -1, -1))
	first.Run(chromedp.WaitVisible(`.pwa-offline`, chromedp.ByQuery))
	first.Run(network.EmulateNetworkConditions(false, 0, -1, -1))
	first.Run(chromedp.WaitNotPresent(`.pwa-offline`, chromedp.ByQuery))

	cases := []struct {
		name, path string
		check      func(t *testing.T, tab *siteTab)
	}{
		{"library", subPath, func(t *testing.T, tab *siteTab) {
			var n int
			tab.Eval(`document.querySelectorAll(".library-list > li").length`, &n)
			if n != 5 {
				t.Errorf("library lists %d articles, want 5", n)
			}
		}},
		{"reader with sentence anchor", subPath + "read/walmart-microsoft-tiktok-bid#p3s1", func(t *testing.T, tab *siteTab) {
			tab.Run(chromedp.WaitVisible(`#p3s1.is-target`, chromedp.ByQuery))
			if got := tab.Text(".reader h1"); !strings.HasPrefix(got, "Walmart partners with Microsoft") {
				t.Errorf("reader title %q", got)
			}
		}},
		{"comparison", subPath + "compare/walmart-microsoft-tiktok-bid/amazon-tiktok-acquisition-talks", func(t *testing.T, tab *siteTab) {
			got := tab.Text(".compare-title")
			if !strings.Contains(got, "Walmart partners with Microsoft") || !strings.Contains(got, "vs") {
				t.Errorf("comparison title %q, want both articles", got)
			}
		}},
		{"comparison never prerendered", subPath + "compare/amazon-china-ccp-report", func(t *testing.T, tab *siteTab) {
			if got := tab.Text("main"); !strings.Contains(got, "Amazon") {
				t.Errorf("comparison picker with one side shows %.200q", got)
			}
		}},
		{"search", subPath + "search?q=walmrt+microsft", func(t *testing.T, tab *siteTab) {
			tab.Run(chromedp.WaitVisible(`.search-results .result`, chromedp.ByQuery))
			if got := tab.Text(".search-results > li:first-child .result-title"); !strings.HasPrefix(got, "Walmart partners with Microsoft") {
				t.Errorf("first result %q", got)
			}
		}},
		{"timeline", subPath + "timeline?from=2020&to=2020", func(t *testing.T, tab *siteTab) {
			tab.Run(chromedp.WaitVisible(`.tl-event`, chromedp.ByQuery))
			if got := tab.Text("main"); !strings.Contains(got, "Walmart") {
				t.Errorf("the 2020 timeline does not mention Walmart: %.300q", got)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tab := openTab(t, bc, host.URL)
			tab.Go(c.path)
			c.check(t, tab)
			var loc string
			tab.Run(chromedp.Location(&loc))
			if want := host.URL + c.path; loc != want {
				t.Errorf("location %s, want %s", loc, want)
			}
			if v := tab.CSPViolations(); len(v) > 0 {
				t.Errorf("CSP violations: %q", v)
			}
			var shown string
			tab.Eval(`document.querySelector(".pwa-version") ? document.querySelector(".pwa-version").textContent : ""`, &shown)
			if !strings.Contains(shown, version) {
				t.Errorf("footer shows %q, want version %s", shown, version)
			}
		})
	}
}

// TestStaticSiteUpdate is issue 6's second "done when": a reader with the app open sees a notice
// when a new build is deployed, and Reload brings the new version without losing the view.
func TestStaticSiteUpdate(t *testing.T) {
	web2 := filepath.Join(t.TempDir(), "web")
	if err := os.CopyFS(web2, os.DirFS(filepath.Join(buildDir, "web"))); err != nil {
		t.Fatal(err)
	}
	// A second build with different content: a changed stylesheet, as a real deploy might have.
	css := filepath.Join(web2, "css", "pwa.css")
	f, err := os.OpenFile(css, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("\n/* second build */\n")
	f.Close()

	dir1, v1 := buildSite(t, filepath.Join(buildDir, "web"), "/")
	dir2, v2 := buildSite(t, web2, "/")
	if v1 == v2 {
		t.Fatalf("two builds of different content share the version %s", v1)
	}
	host := startStaticHost(t, "/", dir1)
	bc := newBrowserContext(t)
	tab := openTab(t, bc, host.URL)

	// The reader's view is in the URL: a search with a filter.
	const view = "/search?q=tiktok"
	tab.Go(view)
	tab.WaitControlled()
	if got := tab.Text(".pwa-version"); !strings.Contains(got, v1) {
		t.Fatalf("footer shows %q, want version %s", got, v1)
	}
	if n := countNodes(tab, ".pwa-update-notice"); n != 0 {
		t.Fatalf("update notice shown before any deploy")
	}

	host.Deploy(dir2)
	// The reader comes back to the tab later: the page is reloaded, the browser checks the
	// worker, finds the new one, which installs and takes over.
	tab.Run(chromedp.Reload())
	tab.Run(chromedp.WaitVisible(`html[data-parallax="ready"]`, chromedp.ByQuery))
	tab.Run(chromedp.WaitVisible(`.pwa-update-notice #pwa-reload`, chromedp.ByQuery))
	// The click reloads the page a moment later: waiting for the ready marker would find the old
	// document's, and a Poll started in it fails when it goes.
	tab.ReloadBy(chromedp.Click(`#pwa-reload`, chromedp.ByQuery))
	tab.Run(chromedp.Poll(`document.querySelector(".pwa-version") && document.querySelector(".pwa-version").textContent.includes("`+v2+`")`, nil))
	if n := countNodes(tab, ".pwa-update-notice"); n != 0 {
		t.Errorf("update notice still shown after the reload")
	}
	var loc string
	tab.Run(chromedp.Location(&loc))
	if loc != host.URL+view {
		t.Errorf("location after the update %s, want %s", loc, host.URL+view)
	}
	tab.Run(chromedp.WaitVisible(`.search-results .result`, chromedp.ByQuery))
}

func countNodes(tab *siteTab, sel string) int {
	var n int
	tab.Eval(`document.querySelectorAll(`+jsString(sel)+`).length`, &n)
	return n
}
