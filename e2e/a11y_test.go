package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Viewports of the layout checks: a small phone and a laptop.
var (
	phone   = viewport{360, 740}
	desktop = viewport{1280, 900}
)

type viewport struct{ w, h int64 }

func (v viewport) String() string { return fmt.Sprintf("%dpx", v.w) }

// transitions outlasts the stylesheets' colour transitions (0.3 s), which a contrast check
// caught half-way after a change of colour scheme would misread.
const transitions = 400 * time.Millisecond

// emulate sets the tab's viewport (a touch phone under 500 px) and colour scheme.
func (p *Page) emulate(v viewport, dark bool) {
	p.t.Helper()
	scheme := "light"
	if dark {
		scheme = "dark"
	}
	defer p.Run(chromedp.Sleep(transitions))
	p.Run(
		chromedp.EmulateViewport(v.w, v.h, chromedp.EmulateScale(1), func(d *emulation.SetDeviceMetricsOverrideParams, touch *emulation.SetTouchEmulationEnabledParams) {
			d.Mobile = v.w < 500
			touch.Enabled = v.w < 500
		}),
		emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}),
	)
}

// openAt opens path in a fresh tab emulating v, so that the page loads at that size.
func openAt(t *testing.T, path string, v viewport) *Page {
	t.Helper()
	p := newPage(t)
	p.emulate(v, false)
	p.Go(path)
	return p
}

// onNewDocument runs script in every document the tab loads from now on, before the page's own.
func (p *Page) onNewDocument(script string) {
	p.t.Helper()
	p.Run(chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(script).Do(ctx)
		return err
	}))
}

// evalAwait evaluates a JavaScript expression that may return a promise, into out.
func (p *Page) evalAwait(expr string, out any) {
	p.t.Helper()
	p.Run(chromedp.Evaluate(expr, out, func(e *runtime.EvaluateParams) *runtime.EvaluateParams {
		return e.WithAwaitPromise(true)
	}))
}

// axeSource is axe-core's script, installed by `npm ci` (make test does it).
func axeSource(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		t.Fatalf("axe-core is not installed (run `npm ci` at the repository root, as `make test` does): %v", err)
	}
	return string(b)
}

type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target  []any  `json:"target"`
		Summary string `json:"failureSummary"`
	} `json:"nodes"`
}

// axeViolations runs axe-core on the page as it is. The script is injected through the DevTools
// protocol: the page's CSP rightly forbids loading it as a script.
func (p *Page) axeViolations(src string) []axeViolation {
	p.t.Helper()
	var loaded bool
	p.Eval(`typeof axe !== "undefined"`, &loaded)
	if !loaded {
		p.Run(chromedp.Evaluate(src+";true", &loaded))
	}
	var raw string
	p.evalAwait(`axe.run(document, {resultTypes: ["violations"]}).then(r => JSON.stringify(r.violations))`, &raw)
	var out []axeViolation
	if err := json.Unmarshal([]byte(raw), &out); err != nil {
		p.t.Fatalf("axe's answer: %v", err)
	}
	return out
}

func describeViolations(vs []axeViolation) string {
	var b strings.Builder
	for _, v := range vs {
		fmt.Fprintf(&b, "\n  %s (%s): %s", v.ID, v.Impact, v.Help)
		for i, n := range v.Nodes {
			if i == 3 {
				fmt.Fprintf(&b, "\n    … and %d more", len(v.Nodes)-3)
				break
			}
			fmt.Fprintf(&b, "\n    %v: %s", n.Target, strings.ReplaceAll(n.Summary, "\n", " "))
		}
	}
	return b.String()
}

// TestAxeEveryView: axe-core finds no violation on any view, at phone and desktop widths, in the
// light and the dark colour scheme.
func TestAxeEveryView(t *testing.T) {
	src := axeSource(t)
	views := []struct{ name, path string }{
		{"library", "/"},
		{"search", "/search?q=tiktok"},
		{"search with filters", "/search?q=amazon&from=2025&to=2020"},
		{"reader", "/read/" + cmpWhatjobs + "?q=tiktok#p1s1"},
		{"compare", "/compare/" + cmpWhatjobs + "/" + cmpChew},
		{"compare pairs", "/compare/" + cmpWalmart + "/" + cmpAcquire + "?view=pairs"},
		{"compare picker", "/compare"},
		{"timeline", "/timeline"},
		{"not found", "/no/such/page"},
	}
	for _, v := range views {
		t.Run(v.name, func(t *testing.T) {
			p := newPage(t)
			if v.name == "not found" {
				p.Allow("404") // the page's own status, as it should be
			}
			p.emulate(phone, false)
			p.Go(v.path)
			for _, vp := range []viewport{phone, desktop} {
				for _, dark := range []bool{false, true} {
					p.emulate(vp, dark)
					if vs := p.axeViolations(src); len(vs) > 0 {
						t.Errorf("%s at %s, dark %v: %d violations:%s", v.path, vp, dark, len(vs), describeViolations(vs))
					}
				}
			}
		})
	}
}

// TestAxeFiltersOpenOnPhone checks the search filters unfolded on a phone, which the sweep
// above sees folded.
func TestAxeFiltersOpenOnPhone(t *testing.T) {
	src := axeSource(t)
	p := openAt(t, "/search?q=tiktok&outlet=WhatJobs", phone)
	p.Click(".filter-toggle")
	p.Run(chromedp.WaitVisible("#search-outlet", chromedp.ByQuery))
	for _, dark := range []bool{false, true} {
		p.emulate(phone, dark)
		if vs := p.axeViolations(src); len(vs) > 0 {
			t.Errorf("filters open, dark %v: %s", dark, describeViolations(vs))
		}
	}
}
