package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
)

// deepLink is a shared link to one view, and what that view must show.
type deepLink struct {
	name, path string // path below the base, e.g. "search?q=x"
	check      func(t *testing.T, tab *siteTab)
}

var deepLinks = []deepLink{
	{"search", "search?q=walmrt+microsft", func(t *testing.T, tab *siteTab) {
		tab.Run(chromedp.WaitVisible(`.search-results .result`, chromedp.ByQuery))
		if got := tab.Text(".search-results > li:first-child .result-title"); !strings.HasPrefix(got, "Walmart partners with Microsoft") {
			t.Errorf("first result %q", got)
		}
	}},
	{"timeline", "timeline", func(t *testing.T, tab *siteTab) {
		tab.Run(chromedp.WaitVisible(`.tl-event`, chromedp.ByQuery))
	}},
	{"comparison", "compare/walmart-microsoft-tiktok-bid/amazon-tiktok-acquisition-talks", func(t *testing.T, tab *siteTab) {
		if got := tab.Text(".compare-title"); !strings.Contains(got, "Walmart partners with Microsoft") || !strings.Contains(got, "Amazon reported") {
			t.Errorf("comparison title %q, want both articles", got)
		}
	}},
	{"reader", "read/walmart-microsoft-tiktok-bid", func(t *testing.T, tab *siteTab) {
		if got := tab.Text(".reader h1"); !strings.HasPrefix(got, "Walmart partners with Microsoft") {
			t.Errorf("reader title %q", got)
		}
	}},
}

// TestStaticDeepLinks opens every kind of shared link on a GitHub-Pages-like host (files from
// the build, anything else answered from 404.html with status 404): cold, before any service
// worker; online once the worker is installed, also from a host without a 404.html, where only
// the worker's shell fallback can route them; and offline with the host stopped.
func TestStaticDeepLinks(t *testing.T) {
	const base = "/"
	dir, _ := buildSite(t, filepath.Join(buildDir, "web"), base)
	host := startStaticHost(t, base, dir)

	open := func(t *testing.T, bc cdp.BrowserContextID, l deepLink, cold bool) {
		tab := openTab(t, bc, host.URL)
		if cold {
			// Without a worker, the host's 404.html answers a link it has no file for, with 404.
			tab.Allow("404 for " + host.URL + base + l.path)
			tab.Allow("status of 404 (Not Found) " + host.URL + base + l.path)
		}
		tab.Go(base + l.path)
		l.check(t, tab)
		var loc string
		tab.Run(chromedp.Location(&loc))
		if want := host.URL + base + l.path; loc != want {
			t.Errorf("location %s, want %s", loc, want)
		}
	}
	for _, l := range deepLinks {
		t.Run("cold/"+l.name, func(t *testing.T) { open(t, newBrowserContext(t), l, true) })
	}

	bc := newBrowserContext(t)
	first := openTab(t, bc, host.URL)
	first.Go(base)
	first.WaitControlled()
	for _, l := range deepLinks {
		// No 404 is allowed: the worker answers the host's 404 with the shell.
		t.Run("installed/"+l.name, func(t *testing.T) { open(t, bc, l, false) })
	}

	bare := filepath.Join(t.TempDir(), "bare")
	if err := os.CopyFS(bare, os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(bare, "404.html")); err != nil {
		t.Fatal(err)
	}
	host.Deploy(bare)
	for _, l := range deepLinks {
		t.Run("installed-no-404-page/"+l.name, func(t *testing.T) { open(t, bc, l, false) })
	}

	host.Stop()
	for _, l := range deepLinks {
		t.Run("offline/"+l.name, func(t *testing.T) { open(t, bc, l, false) })
	}
}
