package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// The harness's Page belongs to the local server's origin and to a browser context of its own.
// The static-site tests need tabs on the static host's origin that share one browser context,
// because a service worker belongs to its context: a "new tab" must see the worker the first
// visit installed.

// recordCSP collects Content-Security-Policy violations as the page sees them.
const recordCSP = `window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI);
});`

// siteTab is a tab in a given browser context on the static host's origin, recording what a
// reader would see as broken: console errors, exceptions, failed requests, HTTP errors, requests
// to other origins and CSP violations.
type siteTab struct {
	t   *testing.T
	Ctx context.Context
	*problemLog
}

// openTab opens a new tab in the browser context bc, as a reader opening a link in a new tab.
func openTab(t *testing.T, bc cdp.BrowserContextID, origin string) *siteTab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithTargetID(newWindow(t, bc)))
	s := &siteTab{t: t, Ctx: ctx, problemLog: &problemLog{origin: origin}}
	chromedp.ListenTarget(ctx, s.listen)
	err := chromedp.Run(ctx, network.Enable(), log.Enable(), runtime.Enable(),
		// The HTTP cache would answer for a stopped server and make an offline test pass falsely.
		network.SetCacheDisabled(true),
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(recordCSP).Do(ctx)
			return err
		}))
	if err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	t.Cleanup(func() {
		cancel()
		for _, msg := range s.Problems() {
			t.Errorf("browser (%s): %s", origin, msg)
		}
	})
	return s
}

// Go opens path on the host (e.g. "/parallax/read/x#p1s1") and waits until the app is live.
func (s *siteTab) Go(path string) {
	s.t.Helper()
	s.Run(chromedp.Navigate(s.origin + path))
	s.Run(chromedp.WaitVisible(`html[data-parallax="ready"]`, chromedp.ByQuery))
}

// Run runs chromedp actions in the tab and fails the test on error.
func (s *siteTab) Run(actions ...chromedp.Action) {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(s.Ctx, actionTimeout)
	defer cancel()
	if err := chromedp.Run(ctx, actions...); err != nil {
		s.t.Fatalf("browser: %v\nproblems so far: %s", err, strings.Join(s.Problems(), "\n  "))
	}
}

// Text returns the trimmed text of the first visible element matching sel.
func (s *siteTab) Text(sel string) string {
	s.t.Helper()
	var out string
	s.Run(chromedp.Text(sel, &out, chromedp.ByQuery, chromedp.NodeVisible))
	return strings.TrimSpace(out)
}

// Eval evaluates a JavaScript expression, awaiting it if it is a promise.
func (s *siteTab) Eval(expr string, out any) {
	s.t.Helper()
	s.Run(chromedp.Evaluate(expr, out, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
		return p.WithAwaitPromise(true)
	}))
}

// ReloadBy runs act, which makes the page load a new document (the app's own reload, after an
// update), and waits until the app is live in the new document. The old document's ready marker
// is set already, and a Poll does not survive the navigation: the old document is tagged first,
// and the new one is polled for from here.
func (s *siteTab) ReloadBy(act chromedp.Action) {
	s.t.Helper()
	s.Eval(`window.__e2eOldDocument = true`, nil)
	s.Run(act)
	deadline := time.Now().Add(actionTimeout)
	for {
		var live bool
		ctx, cancel := context.WithTimeout(s.Ctx, 5*time.Second)
		err := chromedp.Run(ctx, chromedp.Evaluate(
			`!window.__e2eOldDocument && document.documentElement.getAttribute("data-parallax") === "ready"`, &live))
		cancel()
		if err == nil && live {
			return
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("no new document with the app live (last error: %v)\nproblems so far: %s", err, strings.Join(s.Problems(), "\n  "))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// WaitControlled waits until a service worker controls the page. The worker activates only
// after its precache is complete, so from then on the site works offline.
func (s *siteTab) WaitControlled() {
	s.t.Helper()
	s.Run(chromedp.Poll(`navigator.serviceWorker && navigator.serviceWorker.controller !== null`, nil,
		chromedp.WithPollingTimeout(actionTimeout-time.Second)))
}

// CSPViolations returns the violations the current document has seen.
func (s *siteTab) CSPViolations() []string {
	s.t.Helper()
	var v []string
	s.Eval(`window.__cspViolations || []`, &v)
	return v
}

// InstallabilityErrors returns Chromium's reasons why the page cannot be installed.
func (s *siteTab) InstallabilityErrors() []string {
	s.t.Helper()
	var out []string
	s.Run(chromedp.ActionFunc(func(ctx context.Context) error {
		errs, err := page.GetInstallabilityErrors().Do(ctx)
		for _, e := range errs {
			var args []string
			for _, a := range e.ErrorArguments {
				args = append(args, a.Name+"="+a.Value)
			}
			out = append(out, fmt.Sprintf("%s %s", e.ErrorID, strings.Join(args, " ")))
		}
		return err
	}))
	return out
}
