package e2e

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// stubClipboard makes navigator.clipboard.writeText record what it is given in window.copied:
// headless Chromium's own clipboard asks for a permission a test cannot answer.
const stubClipboard = `window.copied = null; navigator.clipboard.writeText = t => { window.copied = t; return Promise.resolve(); }; true`

// waitCopied waits for the clipboard stub to receive text and returns it.
func waitCopied(p *Page) string {
	p.t.Helper()
	p.Run(chromedp.Poll(`window.copied !== null`, nil, chromedp.WithPollingTimeout(10*time.Second)))
	var s string
	p.Eval(`window.copied`, &s)
	return s
}

// press sends one real key press: a keydown that carries its text, then a keyup.
func press(p *Page, key, code string, vk int64, mods input.Modifier) {
	p.t.Helper()
	text := key
	if len([]rune(key)) != 1 {
		text = ""
	}
	p.Run(chromedp.ActionFunc(func(ctx context.Context) error {
		down := input.DispatchKeyEvent(input.KeyDown).WithKey(key).WithCode(code).WithWindowsVirtualKeyCode(vk).WithModifiers(mods)
		if text != "" && mods&(input.ModifierCtrl|input.ModifierAlt|input.ModifierMeta) == 0 {
			down = down.WithText(text)
		}
		if err := down.Do(ctx); err != nil {
			return err
		}
		return input.DispatchKeyEvent(input.KeyUp).WithKey(key).WithCode(code).WithWindowsVirtualKeyCode(vk).WithModifiers(mods).Do(ctx)
	}))
}

func pressLetter(p *Page, k string) {
	p.t.Helper()
	press(p, k, "Key"+strings.ToUpper(k), int64(strings.ToUpper(k)[0]), 0)
}

// evalAwait evaluates a JavaScript expression, awaiting it when it is a promise.
func evalAwait(p *Page, expr string, out any) {
	p.t.Helper()
	p.Run(chromedp.Evaluate(expr, out, func(e *runtime.EvaluateParams) *runtime.EvaluateParams {
		return e.WithAwaitPromise(true)
	}))
}

func TestCiteSentence(t *testing.T) {
	p := openPage(t, "/read/"+cmpWhatjobs+"#p2s1")
	p.Eval(stubClipboard, nil)
	var sentence string
	p.Eval(`document.getElementById("p2s1").firstChild.textContent`, &sentence)
	p.Eval(`document.querySelector("#p2s1 .sentence-cite").click()`, nil)
	got := waitCopied(p)
	for _, want := range []string{
		"“" + strings.TrimSpace(sentence),
		"WhatJobs, “Amazon Faces Scrutiny Over TikTok Partnership”",
		"Published 17 November 2024 (stated in the text).",
		"Original: https://www.whatjobs.com/news/usa/us-business-news/amazon-faces-scrutiny-over-tiktok-partnership.",
		"Sentence p2s1: " + baseURL + "/read/" + cmpWhatjobs + "#p2s1",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("citation lacks %q:\n%s", want, got)
		}
	}
	p.Run(chromedp.Poll(`document.getElementById("copy-status").textContent === "Citation of sentence p2s1 copied."`, nil,
		chromedp.WithPollingTimeout(10*time.Second)))
	var role string
	p.Eval(`document.getElementById("copy-status").getAttribute("role")`, &role)
	if role != "status" {
		t.Errorf("the confirmation's role is %q, want status", role)
	}

	// An article of unknown date and address says so, with the catalog's reason; nothing is
	// made up.
	p.Go("/read/" + cmpAcquire)
	p.Eval(stubClipboard, nil)
	p.Eval(`document.querySelector("#p1s1 .sentence-cite").click()`, nil)
	got = waitCopied(p)
	for _, want := range []string{"Outlet unknown", "Published date unknown: The text states no date", "Original: not known.", "/read/" + cmpAcquire + "#p1s1"} {
		if !strings.Contains(strings.ToLower(got), strings.ToLower(want)) {
			t.Errorf("citation lacks %q:\n%s", want, got)
		}
	}

	// A refusal is a message, not an uncaught error.
	p.Eval(`navigator.clipboard.writeText = t => Promise.reject(new DOMException("denied", "NotAllowedError")); true`, nil)
	p.Eval(`document.querySelector("#p1s1 .sentence-cite").click()`, nil)
	p.Run(chromedp.Poll(`document.getElementById("copy-status").textContent.includes("did not allow")`, nil,
		chromedp.WithPollingTimeout(10*time.Second)))
}

func TestCitePair(t *testing.T) {
	link := "/compare/" + cmpWhatjobs + "/" + cmpChew
	p := openPage(t, link)
	p.Eval(stubClipboard, nil)
	p.Eval(`document.querySelector("#pair-2 .pair-cite").click()`, nil)
	got := waitCopied(p)
	var a, b string
	p.Eval(`document.querySelector("#pair-2 .cell-a .cell-text").textContent`, &a)
	p.Eval(`document.querySelector("#pair-2 .cell-b .cell-text").textContent`, &b)
	for _, want := range []string{
		"A: “" + a + "”", "B: “" + b + "”",
		"WhatJobs, “Amazon Faces Scrutiny Over TikTok Partnership”",
		"“TikTok CEO Shou Zi Chew reaches out to Elon Musk”. Published November 2024 (estimated from the content",
		"Aligned pair 2 in Parallax: " + baseURL + link + "#pair-2",
		baseURL + "/read/" + cmpWhatjobs + "#",
		baseURL + "/read/" + cmpChew + "#",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("pair citation lacks %q:\n%s", want, got)
		}
	}
	p.WaitText("#copy-status", "Citation of pair 2 copied.")

	// A pair the two sides tell in a different order is cited from either half.
	p.Eval(stubClipboard, nil)
	p.Eval(`document.querySelector("#pair-1-b .pair-cite").click()`, nil)
	if got := waitCopied(p); !strings.Contains(got, "Aligned pair 1 in Parallax: "+baseURL+link+"#pair-1\n") ||
		!strings.HasPrefix(got, "A: “") || !strings.Contains(got, "\nB: “") {
		t.Errorf("crossing pair citation:\n%s", got)
	}
	p.WaitText("#copy-status", "Citation of pair 1 copied.")
}

// captureDownloads records what the export buttons offer instead of saving files: the object
// URL's Blob and the anchor's download name.
const captureDownloads = `(() => {
	window.blobs = []; window.downloads = [];
	const create = URL.createObjectURL;
	URL.createObjectURL = b => { window.blobs.push(b); return create.call(URL, b); };
	HTMLAnchorElement.prototype.click = function () { window.downloads.push({name: this.download, href: this.href}); };
	return true;
})()`

// download clicks an export button and returns the file's name, type and text.
func download(p *Page, button string) (name, mime, text string) {
	p.t.Helper()
	p.Eval(`window.blobs = []; window.downloads = []; true`, nil)
	p.Click(button)
	p.Run(chromedp.Poll(`window.downloads.length === 1 && window.blobs.length === 1`, nil, chromedp.WithPollingTimeout(10*time.Second)))
	p.Eval(`window.downloads[0].name`, &name)
	p.Eval(`window.blobs[0].type`, &mime)
	evalAwait(p, `window.blobs[0].text()`, &text)
	var href string
	p.Eval(`window.downloads[0].href`, &href)
	if !strings.HasPrefix(href, "blob:"+baseURL+"/") {
		p.t.Errorf("download link %q is not a blob: URL of this origin", href)
	}
	return name, mime, text
}

func TestExportComparison(t *testing.T) {
	link := "/compare/" + cmpWhatjobs + "/" + cmpChew
	p := openPage(t, link)
	p.Eval(captureDownloads, nil)
	var pairs int
	p.Eval(`document.querySelectorAll(".align-pair, .crossing[id$='-b']").length`, &pairs)

	name, mime, md := download(p, "#export-md")
	if name != "parallax-"+cmpWhatjobs+"-vs-"+cmpChew+".md" || !strings.HasPrefix(mime, "text/markdown") {
		t.Errorf("Markdown download %q of type %q", name, mime)
	}
	for _, want := range []string{
		"# Amazon Faces Scrutiny Over TikTok Partnership vs TikTok CEO Shou Zi Chew reaches out to Elon Musk\n",
		"## Sources", "### A: Amazon Faces Scrutiny", "- Outlet: WhatJobs",
		"- Published: 17 November 2024 (stated in the text)",
		"- Original: <https://www.whatjobs.com/news/usa/us-business-news/amazon-faces-scrutiny-over-tiktok-partnership>",
		"## At a glance", "- Both name (", "Joe Biden (A ",
		"## Aligned pairs", "### [Pair 1](" + baseURL + link + "#pair-1)",
		"- A, [", "](" + baseURL + "/read/" + cmpWhatjobs + "#p",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
	if n := strings.Count(md, "\n### [Pair "); n != pairs {
		t.Errorf("Markdown has %d pairs, the page %d", n, pairs)
	}
	p.WaitText("#copy-status", "Downloaded "+name)

	name, mime, data := download(p, "#export-csv")
	if name != "parallax-"+cmpWhatjobs+"-vs-"+cmpChew+".csv" || !strings.HasPrefix(mime, "text/csv") {
		t.Errorf("CSV download %q of type %q", name, mime)
	}
	if !strings.HasSuffix(data, "\r\n") {
		t.Errorf("CSV lines do not end in CRLF")
	}
	r := csv.NewReader(bytes.NewReader([]byte(data)))
	r.FieldsPerRecord = 8
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	if got := strings.Join(recs[0], ","); got != "section,pair,item,A,B,A link,B link,basis" {
		t.Errorf("CSV header %q", got)
	}
	rows := map[string]int{}
	for _, rec := range recs[1:] {
		rows[rec[0]]++
		if rec[0] == "source" && rec[2] == "Published" && (rec[3] != "17 November 2024 (stated in the text)" || !strings.HasPrefix(rec[4], "November 2024 (estimated from")) {
			t.Errorf("CSV Published row %q", rec)
		}
		if rec[0] == "pair" && (!strings.HasPrefix(rec[5], baseURL+"/read/"+cmpWhatjobs+"#p") || !strings.HasPrefix(rec[6], baseURL+"/read/"+cmpChew+"#p")) {
			t.Errorf("CSV pair row without sentence links: %q", rec)
		}
		if rec[0] == "pair" && rec[7] != "words" && rec[7] != "loose" && rec[7] != "meaning" {
			t.Errorf("CSV pair row without its basis: %q", rec)
		}
		for _, cell := range rec {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("CSV cell %q could run as a formula", cell)
			}
		}
	}
	if rows["pair"] != pairs || rows["source"] < 5 || rows["summary"] < 3 {
		t.Errorf("CSV rows by section %v, want %d pairs, the sources and the summary", rows, pairs)
	}
}

func TestComparePairShortcuts(t *testing.T) {
	link := "/compare/" + cmpWhatjobs + "/" + cmpChew
	p := openPage(t, link)
	p.Eval(`document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); true`, nil)
	pressLetter(p, "j")
	waitPath(p, link+"#pair-1")
	if id := activeID(p); id != "pair-1" {
		t.Errorf("after j, focus on %q, want pair-1", id)
	}
	pressLetter(p, "n")
	waitPath(p, link+"#pair-2")
	var top float64
	p.Eval(`document.getElementById("pair-2").getBoundingClientRect().top`, &top)
	if top < 0 || top > 300 {
		t.Errorf("pair 2 is at %v px, not near the top of the window", top)
	}
	// The last pair stays the last.
	pressLetter(p, "j")
	time.Sleep(300 * time.Millisecond)
	if got := p.Location(); got != link+"#pair-2" {
		t.Errorf("j past the last pair went to %q", got)
	}
	var hist int
	p.Eval(`history.length`, &hist)
	pressLetter(p, "k")
	waitPath(p, link+"#pair-1")
	if id := activeID(p); id != "pair-1" {
		t.Errorf("after k, focus on %q, want pair-1", id)
	}
	pressLetter(p, "j")
	waitPath(p, link+"#pair-2")
	pressLetter(p, "p")
	waitPath(p, link+"#pair-1")
	var hist2 int
	p.Eval(`history.length`, &hist2)
	if hist2 != hist {
		t.Errorf("a shortcut added a history entry (%d → %d)", hist, hist2)
	}

	// Not while typing, and not with a modifier. (The header's search box would open the
	// search as you type: a field of the test's own takes the keys.)
	p.Eval(`document.body.append(Object.assign(document.createElement("textarea"), {id: "typing"})); true`, nil)
	p.Run(chromedp.Focus("#typing", chromedp.ByQuery))
	pressLetter(p, "j")
	press(p, "j", "KeyJ", 'J', input.ModifierAlt)
	p.Eval(`document.activeElement.blur(); true`, nil)
	press(p, "j", "KeyJ", 'J', input.ModifierCtrl)
	time.Sleep(300 * time.Millisecond)
	if got := p.Location(); got != link+"#pair-1" {
		t.Errorf("a shortcut fired while typing or with a modifier: at %q", got)
	}
	var typed string
	p.Eval(`document.getElementById("typing").value`, &typed)
	if typed != "j" {
		t.Errorf("the field got %q, want the typed j", typed)
	}
}

func TestReaderHitShortcuts(t *testing.T) {
	p := openPage(t, "/read/"+cmpWalmart+"?q=microsoft")
	status := p.WaitText(".reader-hits [role=status]", "for “microsoft”")
	if strings.HasPrefix(status, "1 of") {
		t.Fatalf("a hit is current before any move: %q", status)
	}
	pressLetter(p, "j")
	p.WaitText(".reader-hits [role=status]", "1 of ")
	if id := activeID(p); id != "hit-1" {
		t.Errorf("after j, focus on %q, want hit-1", id)
	}
	pressLetter(p, "j")
	p.WaitText(".reader-hits [role=status]", "2 of ")
	pressLetter(p, "k")
	p.WaitText(".reader-hits [role=status]", "1 of ")
	if id := activeID(p); id != "hit-1" {
		t.Errorf("after k, focus on %q, want hit-1", id)
	}
}

func TestShortcutHelpDialog(t *testing.T) {
	p := openPage(t, "/compare/"+cmpWhatjobs+"/"+cmpChew)
	p.Run(chromedp.Focus("#compare-copy", chromedp.ByQuery))
	press(p, "?", "Slash", 191, input.ModifierShift)
	p.Run(chromedp.Poll(`document.getElementById("shortcuts-dialog").open`, nil, chromedp.WithPollingTimeout(10*time.Second)))
	text := p.Text("#shortcuts-dialog")
	for _, want := range []string{"Next aligned pair", "Previous aligned pair", "Next match", "?", "Esc"} {
		if !strings.Contains(text, want) {
			t.Errorf("the shortcuts list lacks %q", want)
		}
	}
	// Focus stays in the dialog.
	for i := 0; i < 4; i++ {
		press(p, "Tab", "Tab", 9, 0)
		var inside bool
		p.Eval(`document.getElementById("shortcuts-dialog").contains(document.activeElement)`, &inside)
		if !inside {
			var id string
			p.Eval(`document.activeElement ? document.activeElement.outerHTML.slice(0, 80) : ""`, &id)
			t.Fatalf("after %d Tabs focus left the dialog for %s", i+1, id)
		}
	}
	// j does nothing behind the open dialog.
	loc := p.Location()
	pressLetter(p, "j")
	press(p, "Escape", "Escape", 27, 0)
	p.Run(chromedp.Poll(`!document.getElementById("shortcuts-dialog").open`, nil, chromedp.WithPollingTimeout(10*time.Second)))
	if id := activeID(p); id != "compare-copy" {
		t.Errorf("after Escape focus is on %q, want back on compare-copy", id)
	}
	if got := p.Location(); got != loc {
		t.Errorf("j moved the comparison behind the dialog: %q", got)
	}
	// The footer's button opens it too; Close closes it.
	p.Click("#shortcuts-open")
	p.Run(chromedp.Poll(`document.getElementById("shortcuts-dialog").open`, nil, chromedp.WithPollingTimeout(10*time.Second)))
	p.Click("#shortcuts-close")
	p.Run(chromedp.Poll(`!document.getElementById("shortcuts-dialog").open && document.activeElement.id === "shortcuts-open"`, nil, chromedp.WithPollingTimeout(10*time.Second)))
}

// screenshotDir is where the feature tests save their screenshots for the README, when set.
func screenshotDir() string { return os.Getenv("PARALLAX_SCREENSHOTS") }

func TestComparePhoneToggle(t *testing.T) {
	p := newPage(t)
	p.Run(chromedp.EmulateViewport(360, 740, chromedp.EmulateScale(2), chromedp.EmulateMobile))
	link := "/compare/" + cmpWhatjobs + "/" + cmpChew
	p.Go(link)
	p.Run(chromedp.WaitVisible("#phone-show-a", chromedp.ByQuery))
	visible := func(sel string) int {
		var n int
		p.Eval(fmt.Sprintf(`[...document.querySelectorAll(%q)].filter(e => e.offsetParent !== null).length`, sel), &n)
		return n
	}
	pressed := func(id string) string {
		var s string
		p.Eval(fmt.Sprintf(`document.getElementById(%q).getAttribute("aria-pressed")`, id), &s)
		return s
	}
	if pressed("phone-show-a") != "true" || pressed("phone-show-b") != "false" {
		t.Errorf("toggle starts at A=%s B=%s, want A pressed", pressed("phone-show-a"), pressed("phone-show-b"))
	}
	if a, b := visible(".cell-a"), visible(".cell-b"); a == 0 || b != 0 {
		t.Errorf("showing A: %d A cells and %d B cells visible", a, b)
	}
	// Bring a pair near the top and switch sides: the pair stays where it was on screen. Pair
	// 1 is told in a different order by the two sides, so each side shows it in its own place.
	keep := func(fromID, toID, side string) {
		t.Helper()
		p.Eval(fmt.Sprintf(`window.scrollTo(0, document.getElementById(%q).getBoundingClientRect().top + scrollY - 150); true`, fromID), nil)
		time.Sleep(200 * time.Millisecond)
		var before, after float64
		p.Eval(fmt.Sprintf(`document.getElementById(%q).getBoundingClientRect().top`, fromID), &before)
		p.Eval(fmt.Sprintf(`document.getElementById("phone-show-%s").click()`, side), nil)
		p.Run(chromedp.Poll(fmt.Sprintf(`document.getElementById("phone-show-%s").getAttribute("aria-pressed") === "true"`, side), nil, chromedp.WithPollingTimeout(10*time.Second)))
		time.Sleep(200 * time.Millisecond)
		p.Eval(fmt.Sprintf(`document.getElementById(%q).getBoundingClientRect().top`, toID), &after)
		if d := after - before; d < -4 || d > 4 {
			t.Errorf("switching to %s: %s was at %v px, %s is at %v", side, fromID, before, toID, after)
		}
	}
	keep("pair-1", "pair-1-b", "b")
	if a, b := visible(".cell-a"), visible(".cell-b"); b == 0 || a != 0 {
		t.Errorf("showing B: %d A cells and %d B cells visible", a, b)
	}
	keep("pair-2", "pair-2", "a")
	keep("pair-2", "pair-2", "b")
	var sticky float64
	p.Eval(`document.querySelector(".phone-toggle").getBoundingClientRect().top`, &sticky)
	if sticky < -1 || sticky > 1 {
		t.Errorf("the toggle is at %v px, want it stuck to the top while reading", sticky)
	}
	var wide int
	p.Eval(`document.documentElement.scrollWidth - window.innerWidth`, &wide)
	if wide > 0 {
		t.Errorf("the page scrolls %d px sideways", wide)
	}
	if dir := screenshotDir(); dir != "" {
		p.Eval(`window.scrollTo(0, document.getElementById("pair-2").getBoundingClientRect().top + scrollY - 70); true`, nil)
		time.Sleep(300 * time.Millisecond)
		var png []byte
		p.Run(chromedp.CaptureScreenshot(&png))
		if err := os.WriteFile(filepath.Join(dir, "compare-phone.png"), png, 0o644); err != nil {
			t.Error(err)
		}
	}
	// On a wide screen both columns show and the toggle does not.
	p.Run(chromedp.EmulateViewport(1280, 900))
	time.Sleep(200 * time.Millisecond)
	if a, b, tg := visible(".cell-a"), visible(".cell-b"), visible(".phone-toggle"); a == 0 || b == 0 || tg != 0 {
		t.Errorf("wide: %d A cells, %d B cells, %d toggles visible", a, b, tg)
	}
}

func TestPrintComparison(t *testing.T) {
	p := newPage(t)
	p.Run(chromedp.EmulateViewport(360, 740))
	p.Go("/compare/" + cmpWhatjobs + "/" + cmpChew)
	p.Eval(`document.getElementById("phone-show-b").click()`, nil)
	// The click hides A's column a frame later: print only once it has, or the check below would
	// see both columns because the screen still showed A.
	p.Run(chromedp.Poll(`document.getElementById("phone-show-b").getAttribute("aria-pressed") === "true"`, nil,
		chromedp.WithPollingTimeout(10*time.Second)))
	p.Run(emulation.SetEmulatedMedia().WithMedia("print"))
	check := func() {
		var hidden bool
		p.Eval(`[".site-header", ".site-footer", "#export-md", ".phone-toggle", ".compare-actions"].every(s => { const e = document.querySelector(s); return !e || getComputedStyle(e).display === "none"; })`, &hidden)
		if !hidden {
			t.Errorf("print shows the header, footer, buttons or toggle")
		}
		var cols int
		p.Eval(`getComputedStyle(document.querySelector(".align-pair")).gridTemplateColumns.split(" ").length`, &cols)
		if cols != 2 {
			t.Errorf("a printed pair has %d columns, want 2", cols)
		}
		var a, b int
		p.Eval(`[...document.querySelectorAll(".cell-a")].filter(e => getComputedStyle(e).display !== "none").length`, &a)
		p.Eval(`[...document.querySelectorAll(".cell-b")].filter(e => getComputedStyle(e).display !== "none").length`, &b)
		if a == 0 || b == 0 {
			t.Errorf("print shows %d A and %d B cells, want both columns", a, b)
		}
	}
	check()
	var pdf []byte
	p.Run(chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		pdf, _, err = page.PrintToPDF().WithPaperWidth(8.27).WithPaperHeight(11.69).WithPreferCSSPageSize(true).Do(ctx)
		return err
	}))
	if !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Errorf("printing gave no PDF")
	}
	if dir := screenshotDir(); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, "compare-print.pdf"), pdf, 0o644); err != nil {
			t.Error(err)
		}
		// The top of an A4 page (210 mm at 96 dpi is 794 px), as the print stylesheet lays it out.
		p.Run(chromedp.EmulateViewport(794, 1123))
		p.Eval(`window.scrollTo(0, document.querySelector(".summary-pairs").getBoundingClientRect().top + scrollY - 8); true`, nil)
		time.Sleep(300 * time.Millisecond)
		var png []byte
		p.Run(chromedp.CaptureScreenshot(&png))
		if err := os.WriteFile(filepath.Join(dir, "compare-print.png"), png, 0o644); err != nil {
			t.Error(err)
		}
	}

	// The reader prints its text alone.
	p.Run(emulation.SetEmulatedMedia().WithMedia(""))
	p.Go("/read/" + cmpWhatjobs + "?q=tiktok")
	p.Run(emulation.SetEmulatedMedia().WithMedia("print"))
	var shown []string
	p.Eval(`[".site-header", ".site-footer", ".reader-hits", ".reader-kicker", ".sentence-cite", ".provenance .button"].filter(s => { const e = document.querySelector(s); return e && getComputedStyle(e).display !== "none"; })`, &shown)
	if len(shown) > 0 {
		t.Errorf("the printed reader shows %v", shown)
	}
}

func TestOfflineReadyStatus(t *testing.T) {
	p := openPage(t, "/")
	// A first visit installs the worker, which fills its cache before it takes control.
	p.Run(chromedp.Poll(`document.getElementById("offline-status").textContent.startsWith("Ready to work offline")`, nil,
		chromedp.WithPollingTimeout(45*time.Second)))
	var role string
	p.Eval(`document.getElementById("offline-status").getAttribute("role")`, &role)
	if role != "status" {
		t.Errorf("offline status role %q", role)
	}
}

func TestGlanceNamesLink(t *testing.T) {
	p := openPage(t, "/compare/"+cmpWhatjobs+"/"+cmpChew)
	var search, timeline string
	p.Eval(`[...document.querySelectorAll("#summary-shared a.chip-name")].find(a => a.textContent === "Joe Biden").getAttribute("href")`, &search)
	p.Eval(`[...document.querySelectorAll("#summary-shared a.chip-timeline")].find(a => a.getAttribute("aria-label") === "Joe Biden on the timeline").getAttribute("href")`, &timeline)
	if search != "/search?q=Joe+Biden" || timeline != "/timeline?entity=Joe+Biden" {
		t.Errorf("Joe Biden links to %q and %q", search, timeline)
	}
	p.Eval(`[...document.querySelectorAll("#summary-shared a.chip-timeline")].find(a => a.getAttribute("aria-label") === "Joe Biden on the timeline").click()`, nil)
	waitPath(p, "/timeline?entity=Joe+Biden")
	// The comparison's main names Joe Biden too, and stays on screen a frame after the URL has
	// changed: wait for the timeline's own entity filter.
	p.WaitText("#tl-entity option:checked", "Joe Biden")
}

// TestExportRealDownload lets the browser save an export for real: the policy lets a blob:
// download through, and the file on disk is the comparison.
func TestExportRealDownload(t *testing.T) {
	p := openPage(t, "/compare/"+cmpWhatjobs+"/"+cmpChew)
	dir := t.TempDir()
	p.Run(chromedp.ActionFunc(func(ctx context.Context) error {
		c := chromedp.FromContext(ctx)
		bctx := cdp.WithExecutor(ctx, c.Browser)
		info, err := target.GetTargetInfo().WithTargetID(c.Target.TargetID).Do(bctx)
		if err != nil {
			return err
		}
		return browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllow).WithDownloadPath(dir).
			WithBrowserContextID(info.BrowserContextID).Do(bctx)
	}))
	p.Click("#export-csv")
	name := filepath.Join(dir, "parallax-"+cmpWhatjobs+"-vs-"+cmpChew+".csv")
	deadline := time.Now().Add(15 * time.Second)
	for {
		data, err := os.ReadFile(name)
		if err == nil && len(data) > 0 {
			if !bytes.HasPrefix(data, []byte("section,pair,item,A,B,A link,B link,basis\r\n")) {
				t.Errorf("the saved file starts %q", data[:min(len(data), 60)])
			}
			break
		}
		if time.Now().After(deadline) {
			entries, _ := os.ReadDir(dir)
			t.Fatalf("no download at %s (folder holds %v)", name, entries)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
