// Package e2e drives the real app in headless Chromium: the wasm and the server are built from
// this checkout into a temporary folder, the server runs as its own process, and every test
// opens pages in a fresh browser context that fails the test on any console error, uncaught
// exception, failed request, CSP violation or request to another origin.
package e2e

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"parallax/internal/clientbuild"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

var (
	// baseURL is the running server, e.g. "http://127.0.0.1:41234".
	baseURL string
	// browserCtx is the shared headless browser; tests open their own contexts in it.
	browserCtx context.Context
	// buildDir holds the built server, web/ and app.wasm.
	buildDir string
	// generatorPath is the static-site generator (build/), built once; fixtureDir the corpus
	// folder it builds the tests' data from: the fixed seed articles of internal/fixture.
	generatorPath, fixtureDir string
)

func TestMain(m *testing.M) {
	code, err := setup(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(1)
	}
	os.Exit(code)
}

func setup(m *testing.M) (int, error) {
	root, err := filepath.Abs("..")
	if err != nil {
		return 0, err
	}
	buildDir, err = os.MkdirTemp("", "parallax-e2e-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(buildDir)

	if err := buildApp(root, buildDir); err != nil {
		return 0, err
	}
	srv, err := startServer(buildDir)
	if err != nil {
		return 0, err
	}
	defer srv.stop()
	baseURL = srv.url

	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), browserOptions(buildDir)...)
	defer cancelAlloc()
	var cancelBrowser context.CancelFunc
	browserCtx, cancelBrowser = chromedp.NewContext(alloc)
	defer cancelBrowser()
	if err := chromedp.Run(browserCtx); err != nil {
		return 0, fmt.Errorf("starting Chromium (is Debian's chromium installed? `make chromium`): %w", err)
	}
	code := m.Run()
	for _, f := range atExit {
		f()
	}
	return code, nil
}

// atExit are run after the last test, before the build folder is removed: they stop what a test
// started once for the whole binary, such as the 10,000-article server.
var atExit []func()

// browserOptions start Debian's Chromium headless, with nothing that reaches the internet.
func browserOptions(dir string) []chromedp.ExecAllocatorOption {
	opts := append([]chromedp.ExecAllocatorOption{}, chromedp.DefaultExecAllocatorOptions[:]...)
	opts = append(opts,
		chromedp.DisableGPU,
		chromedp.NoSandbox,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("no-pings", true),
		chromedp.UserDataDir(filepath.Join(dir, "chromium-profile")),
		chromedp.WindowSize(1280, 900),
	)
	if p := os.Getenv("CHROMIUM"); p != "" {
		opts = append(opts, chromedp.ExecPath(p))
	} else if p, err := exec.LookPath("chromium"); err == nil {
		opts = append(opts, chromedp.ExecPath(p))
	}
	return opts
}

// buildApp builds the wasm, the server and the static-site generator from the checkout at root
// into dir, with a copy of web/ and the fixture's corpus data, so that the tests never touch the
// developer's own build or depend on the shipped corpus.
func buildApp(root, dir string) error {
	generatorPath = filepath.Join(dir, "parallax-build")
	fixtureDir = filepath.Join(root, "internal", "fixture", "testdata", "seed")
	if err := os.CopyFS(filepath.Join(dir, "web"), os.DirFS(filepath.Join(root, "web"))); err != nil {
		return fmt.Errorf("copying web/: %w", err)
	}
	for _, name := range []string{"app.wasm", "app.wasm.gz", "app.wasm.br", "data"} {
		os.RemoveAll(filepath.Join(dir, "web", name)) // built below; stale copies must not be served
	}
	// The wasm is built as `make wasm` builds it: against go-app without its server.
	modfile, err := clientbuild.Write(filepath.Join(dir, "client"))
	if err != nil {
		return err
	}
	builds := []struct {
		env  []string
		args []string
	}{
		{[]string{"GOOS=js", "GOARCH=wasm"}, []string{"build", "-trimpath", "-modfile", modfile, "-o", filepath.Join(dir, "web", "app.wasm"), "."}},
		{nil, []string{"build", "-o", filepath.Join(dir, "parallax"), "."}},
		{nil, []string{"build", "-o", generatorPath, "./build"}},
	}
	for _, b := range builds {
		cmd := exec.Command("go", b.args...)
		cmd.Dir = root
		cmd.Env = append(os.Environ(), b.env...)
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go %s: %w\n%s", strings.Join(b.args, " "), err, out)
		}
	}
	// With the sentence encoder `make encoder` fetched, the fixture's sentences carry embeddings,
	// as `make data` gives them, so that the app decodes and compares with them.
	args := []string{"-data-only", "-corpus", fixtureDir, "-web", filepath.Join(dir, "web"), "-encoder", ""}
	if model := filepath.Join(root, "bin", "encoder", "package", "dist"); fileExists(filepath.Join(model, "model.json")) {
		args = append(args[:len(args)-2], "-encoder", model, "-encoder-cache", filepath.Join(root, "bin", "encoder", "cache"))
	}
	cmd := exec.Command(generatorPath, args...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building the corpus data: %w\n%s", err, out)
	}
	return nil
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

type server struct {
	url string
	cmd *exec.Cmd
}

// startServer runs the built server on a free loopback port and waits until it answers.
func startServer(dir string) (*server, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(filepath.Join(dir, "parallax"), "-addr", addr)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &server{url: "http://" + addr, cmd: cmd}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		resp, err := http.Get(s.url + "/web/css/base.css")
		if err == nil {
			resp.Body.Close()
			return s, nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	s.stop()
	return nil, fmt.Errorf("server at %s did not answer", s.url)
}

func (s *server) stop() {
	s.cmd.Process.Kill()
	s.cmd.Wait()
}

// Page is a browser tab in its own browser context (no shared cache, storage or service worker).
type Page struct {
	t   *testing.T
	Ctx context.Context
	// base is the server the tab's paths are on, e.g. baseURL.
	base string
	*problemLog
}

// openPage opens path (e.g. "/read/x#p1s1") in a fresh context and waits until the wasm app has
// taken over the prerendered page. The test fails at its end if the page logged any problem.
func openPage(t *testing.T, path string) *Page {
	t.Helper()
	p := newPage(t)
	p.Go(path)
	return p
}

// newPage opens a blank tab in a fresh browser context.
func newPage(t *testing.T) *Page {
	t.Helper()
	return newPageAt(t, baseURL)
}

// newPageAt opens a blank tab in a fresh browser context on the server at base (scheme://host):
// its paths are on base, and a request to any other origin is a problem.
func newPageAt(t *testing.T, base string) *Page {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithTargetID(newWindow(t, newBrowserContext(t))))
	p := &Page{t: t, Ctx: ctx, base: base, problemLog: &problemLog{origin: base}}
	chromedp.ListenTarget(ctx, p.listen)
	if err := chromedp.Run(ctx, network.Enable(), log.Enable(), runtime.Enable()); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	t.Cleanup(func() {
		cancel()
		for _, msg := range p.Problems() {
			t.Errorf("browser: %s", msg)
		}
	})
	return p
}

// Go navigates to path on the test server and waits for the app to be live.
func (p *Page) Go(path string) {
	p.t.Helper()
	p.Run(chromedp.Navigate(p.base + path))
	p.WaitReady()
}

// WaitReady waits until the wasm app has mounted (the shell marks <html data-parallax="ready">).
// It only means something after a new document (Go, a Reload): the marker stays set through
// every navigation inside the app, so after a click, a key or history.back() it returns at once,
// before the new view is rendered. Wait for what the new view shows instead (WaitText, a
// WaitVisible of an element only the new view has).
func (p *Page) WaitReady() {
	p.t.Helper()
	p.Run(chromedp.WaitVisible(`html[data-parallax="ready"]`, chromedp.ByQuery))
}

// actionTimeout bounds one Run call, so that a missing element fails the test quickly with the
// browser's problems instead of hanging until the test binary's timeout.
const actionTimeout = 30 * time.Second

// Run runs chromedp actions in the tab and fails the test on error.
func (p *Page) Run(actions ...chromedp.Action) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.Ctx, actionTimeout)
	defer cancel()
	if err := chromedp.Run(ctx, actions...); err != nil {
		p.t.Fatalf("browser: %v\n%s", err, p.report())
	}
}

// Click clicks the first element matching the CSS selector as a reader does, with a real mouse
// press and release at its centre, once it holds still in view. chromedp.Click scrolls, reads
// the element's box and presses the mouse in separate round trips: a render in between (a late
// batch of rows, a status line filling in, a scroll the app makes) moves the element from under
// the pointer, and the click lands elsewhere or nowhere. Click waits until the element is in the
// same place over two frames and is what the browser finds at that point; a press that still
// lands elsewhere is cancelled before the page sees it, and Click tries again, until
// actionTimeout, when it fails naming what was under the pointer.
func (p *Page) Click(sel string) {
	p.t.Helper()
	p.Run(chromedp.WaitVisible(sel, chromedp.ByQuery))
	var at struct {
		X, Y  float64
		Still bool
		Hit   string
		Token string
	}
	deadline := time.Now().Add(actionTimeout)
	for {
		evalAwait(p, fmt.Sprintf(clickTargetJS, sel), &at)
		if at.Still {
			p.Run(chromedp.MouseClickXY(at.X, at.Y))
			// The guard ends with the press's click, or here. A click that loaded a new
			// document leaves another token, or none: only a miss that the same document
			// reports is one.
			var after struct {
				Token  string
				Missed string
			}
			var err error
			for read := 0; read < 5; read++ { // a new document may be on its way in
				ctx, cancel := context.WithTimeout(p.Ctx, 5*time.Second)
				err = chromedp.Run(ctx, chromedp.Evaluate(`(() => {
					if (window.parallaxClickDisarm) window.parallaxClickDisarm();
					return {Token: window.parallaxClickToken || "", Missed: window.parallaxClickMissed || ""};
				})()`, &after))
				cancel()
				if err == nil {
					break
				}
				time.Sleep(200 * time.Millisecond)
			}
			if err != nil {
				p.t.Fatalf("after the click on %s the page does not answer: %v\n%s", sel, err, p.report())
			}
			if after.Token != at.Token || after.Missed == "" {
				return
			}
			at.Hit = after.Missed + " (the press moved off it)"
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("%s never holds still and uncovered under the pointer: the point at its centre is %s\n%s", sel, at.Hit, p.report())
		}
	}
}

// clickTargetJS (a format taking the selector) scrolls the element into the middle of the view
// when it is not wholly in it or something covers its centre, and returns the centre of its
// largest box (X, Y), whether that point stayed put over two frames and is the element or inside
// it (Still), what is there (Hit), and the token of the guard it arms (Token). When Still, it
// arms listeners for the next press, which end with its click: a press that lands
// outside the element is recorded in window.parallaxClickMissed and cancelled (mousedown,
// mouseup and click), so that it changes nothing on the page.
const clickTargetJS = `(async (sel) => {
	const describe = n => !n ? "nothing" : n.tagName.toLowerCase() + (n.id ? "#" + n.id : "") +
		(typeof n.className === "string" && n.className.trim() ? "." + n.className.trim().split(/\s+/).join(".") : "");
	const el = document.querySelector(sel);
	if (!el) return {Still: false, Hit: "no element"};
	const frame = () => new Promise(r => requestAnimationFrame(() => r()));
	const box = () => {
		let best = null;
		for (const b of el.getClientRects()) {
			if (b.width > 0 && b.height > 0 && (!best || b.width * b.height > best.width * best.height)) best = b;
		}
		return best || el.getBoundingClientRect();
	};
	const inside = n => n !== null && (n === el || el.contains(n));
	let r = box();
	if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth ||
		!inside(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2))) {
		el.scrollIntoView({block: "center", inline: "center"});
	}
	await frame();
	const before = box();
	await frame();
	await frame();
	r = box();
	const x = r.left + r.width / 2, y = r.top + r.height / 2;
	const hit = document.elementFromPoint(x, y);
	const still = before.top === r.top && before.left === r.left && r.width > 0 && r.height > 0 && inside(hit);
	let token = "";
	if (still) {
		if (window.parallaxClickDisarm) window.parallaxClickDisarm();
		token = String(Math.random());
		window.parallaxClickToken = token;
		window.parallaxClickMissed = "";
		const types = ["mousedown", "mouseup", "click"];
		let pressedInside = false;
		// Only the mouse's own events: a click handler may click a link of its own (a
		// download's), which is no press. An element that acts on mousedown and goes (a
		// picker's option) was pressed: what comes under the pointer after it is no miss.
		const guard = e => {
			if (!e.isTrusted) return;
			if (e.type === "mousedown") pressedInside = inside(e.target);
			if (!inside(e.target) && !(pressedInside && !el.isConnected)) {
				window.parallaxClickMissed = window.parallaxClickMissed || describe(e.target);
				e.preventDefault();
				e.stopImmediatePropagation();
			}
			// The click ends the press; Click disarms the guard too when it reads the result,
			// for a press that makes no click.
			if (e.type === "click" && window.parallaxClickDisarm) window.parallaxClickDisarm();
		};
		types.forEach(t => window.addEventListener(t, guard, true));
		window.parallaxClickDisarm = () => {
			types.forEach(t => window.removeEventListener(t, guard, true));
			window.parallaxClickDisarm = null;
		};
	}
	return {X: x, Y: y, Still: still, Hit: describe(hit), Token: token};
})(%q)`

// Text returns the text content of the first element matching the CSS selector. It waits for
// such an element to be visible, not for its text: after an action, an element the old view
// had too is read as the old view showed it.
func (p *Page) Text(sel string) string {
	p.t.Helper()
	var s string
	p.Run(chromedp.Text(sel, &s, chromedp.ByQuery, chromedp.NodeVisible))
	return strings.TrimSpace(s)
}

// Count returns how many elements match the CSS selector, without waiting.
func (p *Page) Count(sel string) int {
	p.t.Helper()
	var n int
	p.Run(chromedp.Evaluate(fmt.Sprintf(`document.querySelectorAll(%q).length`, sel), &n))
	return n
}

// Eval evaluates a JavaScript expression into out.
func (p *Page) Eval(expr string, out any) {
	p.t.Helper()
	p.Run(chromedp.Evaluate(expr, out))
}

// Location returns the page's current URL, relative to the server.
func (p *Page) Location() string {
	p.t.Helper()
	var s string
	p.Run(chromedp.Location(&s))
	return strings.TrimPrefix(s, p.base)
}

func (p *Page) report() string {
	problems := p.Problems()
	if len(problems) == 0 {
		return ""
	}
	return "browser problems so far:\n  " + strings.Join(problems, "\n  ")
}

// WaitText waits until the first element matching sel contains substr and returns its text: after
// a navigation the URL changes a frame or more before the new view is rendered.
func (p *Page) WaitText(sel, substr string) string {
	p.t.Helper()
	deadline := time.Now().Add(actionTimeout)
	var s string
	for {
		err := chromedp.Run(p.Ctx, chromedp.Evaluate(fmt.Sprintf(
			`(document.querySelector(%q) || {}).textContent || ""`, sel), &s))
		if err == nil && strings.Contains(s, substr) {
			return strings.TrimSpace(s)
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("%s never contained %q (last: %q)\n%s", sel, substr, s, p.report())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// newBrowserContext is a fresh browser context: no cache, storage or service worker. Chromium
// treats such contexts as incognito, where nothing can be installed, so the installability test
// uses the browser's default context ("" here) instead, on a host port no other test uses.
func newBrowserContext(t *testing.T) cdp.BrowserContextID {
	t.Helper()
	var id cdp.BrowserContextID
	err := chromedp.Run(browserCtx, chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		id, err = target.CreateBrowserContext().WithDisposeOnDetach(true).Do(cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser))
		return err
	}))
	if err != nil {
		t.Fatalf("creating a browser context: %v", err)
	}
	t.Cleanup(func() {
		chromedp.Run(browserCtx, chromedp.ActionFunc(func(ctx context.Context) error {
			return target.DisposeBrowserContext(id).Do(cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser))
		}))
	})
	return id
}

// newWindow opens a blank tab in its own window in browser context bc ("" for the default one).
// chromedp's WithNewBrowserContext opens its tab without a window, which headless Chromium
// refuses ("no browser is open").
func newWindow(t *testing.T, bc cdp.BrowserContextID) target.ID {
	t.Helper()
	var tid target.ID
	err := chromedp.Run(browserCtx, chromedp.ActionFunc(func(ctx context.Context) error {
		create := target.CreateTarget("about:blank").WithNewWindow(true)
		if bc != "" {
			create = create.WithBrowserContextID(bc)
		}
		var err error
		tid, err = create.Do(cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser))
		return err
	}))
	if err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	return tid
}
