package e2e

import (
	"context"
	"net/url"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// watchMarkup records, from before the page's first byte is parsed, every element that enters
// the document and could only have come from article data taken as markup: an element no view
// writes (script, iframe, svg… and the payloads' b, i and x), a head-only element in the body,
// an event-handler or autofocus attribute, a script address. The prerendered page, its copy that
// the app shows until its live view is ready (app/layout.go re-parses the prerendered <main>) and
// every live render pass through it.
const watchMarkup = `(() => {
  window.__markup = [];
  const seen = (msg) => { if (!window.__markup.includes(msg)) window.__markup.push(msg); };
  const forbidden = new Set(["SCRIPT","IFRAME","FRAME","OBJECT","EMBED","BASE","SVG","MATH",
    "B","I","X","STYLE","TEMPLATE","NOSCRIPT","XMP","NOEMBED","AUDIO","VIDEO"]);
  const headOnly = new Set(["META","LINK","TITLE"]);
  const check = (el) => {
    if (!(el instanceof Element)) return;
    const name = el.tagName.toUpperCase();
    const inBody = document.body && document.body.contains(el);
    if (inBody && (forbidden.has(name) || headOnly.has(name))) {
      seen("element <" + el.tagName.toLowerCase() + "> in the body");
    }
    if (name === "META" && el.hasAttribute("http-equiv") && el.getAttribute("http-equiv").toLowerCase() === "refresh") {
      seen("meta refresh");
    }
    for (const a of el.attributes) {
      const n = a.name.toLowerCase(), v = a.value.trim().toLowerCase();
      if (n.startsWith("on") || n === "autofocus" || n === "srcdoc" || n === "formaction") {
        seen("attribute " + n + " on <" + el.tagName.toLowerCase() + ">");
      }
      if ((n === "href" || n === "src" || n === "action") && (v.startsWith("javascript:") || v.startsWith("data:text/html"))) {
        seen(n + "=" + v.slice(0, 40) + " on <" + el.tagName.toLowerCase() + ">");
      }
    }
    for (const c of el.children) check(c);
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === "attributes") check(r.target);
      for (const n of r.addedNodes) check(n);
    }
  }).observe(document, {subtree: true, childList: true, attributes: true});
})();`

// hostileSite builds the static site of build/testdata/hostile, whose every field carries
// markup, quotes, backticks and character references, and hosts it like a static host.
func hostileSite(t *testing.T) *staticHost {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "dist")
	src, err := filepath.Abs(filepath.Join("..", "build", "testdata", "hostile"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(generatorPath, "-corpus", src, "-out", dir, "-base", "/", "-web", filepath.Join(buildDir, "web"), "-brotli", "1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("building the hostile site: %v\n%s", err, out)
	}
	// The refused URLs are reported, and the articles kept.
	if !strings.Contains(string(out), "3 ingested") {
		t.Fatalf("the hostile corpus lost articles:\n%s", out)
	}
	return startStaticHost(t, "/", dir)
}

// openWatched opens path on the host in a fresh context, watching for markup from the start.
func openWatched(t *testing.T, host *staticHost, path string) *siteTab {
	t.Helper()
	tab := openTab(t, newBrowserContext(t), host.URL)
	if strings.HasPrefix(path, "/compare/") {
		// No page is written per pair: the host answers from 404.html, with 404, and the app
		// routes the link (TestStaticDeepLinks).
		tab.Allow("404")
	}
	tab.Run(chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(watchMarkup).Do(ctx)
		return err
	}))
	tab.Go(path)
	return tab
}

func markupSeen(tab *siteTab) []string {
	var got []string
	tab.Eval(`window.__markup || ["the watcher did not run"]`, &got)
	return got
}

// TestHostileCorpusInBrowser opens every view of a site built from hostile articles in
// Chromium and checks that no value became markup at any moment: in the prerendered page, in
// its copy kept on screen while the app starts, and in the live views. The payloads are shown
// as text, the page stays where it was opened, and no CSP violation occurs.
func TestHostileCorpusInBrowser(t *testing.T) {
	host := hostileSite(t)
	payload := `"><svg onload=alert(1)>`
	views := []struct {
		path string
		text string // a payload the view must show as text
	}{
		{"/", `<meta http-equiv="refresh"`},
		{"/read/hostile-meta-refresh", `<svg onload=alert(1)>`},
		{"/read/hostile-meta-refresh#p1s3", `</title><script>alert(document.cookie)</script>`},
		{"/read/hostile-svg-onload", `<img src=x onerror=alert(1)>`},
		{"/read/hostile-javascript-url", "Port works"},
		{"/compare/hostile-meta-refresh/hostile-svg-onload", `<img src=x onerror=alert(1)>`},
		{"/search?q=harbour+plan", "harbour plan"},
		{"/search?q=" + url.QueryEscape(payload), ""},
		{"/timeline", "Council approves"},
		{"/compare/x" + url.PathEscape(payload) + "/hostile-svg-onload", ""},
	}
	for _, v := range views {
		t.Run(strings.TrimPrefix(v.path, "/"), func(t *testing.T) {
			tab := openWatched(t, host, v.path)
			if v.text != "" {
				var text string
				tab.Eval(`document.querySelector("main").textContent`, &text)
				if !strings.Contains(text, v.text) {
					t.Errorf("the view does not show %q as text", v.text)
				}
			}
			if got := markupSeen(tab); len(got) > 0 {
				t.Errorf("article data became markup: %q", got)
			}
			if got := tab.CSPViolations(); len(got) > 0 {
				t.Errorf("CSP violations: %q", got)
			}
			var loc string
			tab.Run(chromedp.Location(&loc))
			if want := host.URL + v.path; strings.Split(loc, "#")[0] != strings.Split(want, "#")[0] {
				t.Errorf("the page moved to %s, want %s", loc, want)
			}
		})
	}

	// The watcher must be able to fail: markup that an unsafe template would make is seen.
	t.Run("watcher", func(t *testing.T) {
		tab := openWatched(t, host, "/read/hostile-svg-onload")
		tab.Eval(`document.querySelector("main").insertAdjacentHTML("beforeend", "<b title=x>b</b><a href='javascript:void 0'>a</a>"), true`, new(bool))
		got := strings.Join(markupSeen(tab), "; ")
		for _, want := range []string{"<b>", "href=javascript:"} {
			if !strings.Contains(got, want) {
				t.Errorf("the watcher missed %s: %q", want, got)
			}
		}
	})
}
