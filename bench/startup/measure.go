package main

import (
	"context"
	"fmt"
	"mime"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// recordInteractive notes performance.now() — milliseconds since navigation started — when the
// search box is interactive: the wasm app has mounted (both apps then set
// <html data-parallax="ready">) and the box, with its input handler, is in the document.
const recordInteractive = `(() => {
  const check = () => {
    if (window.__interactive === undefined &&
        document.documentElement && document.documentElement.getAttribute("data-parallax") === "ready" &&
        document.getElementById("search-q")) {
      window.__interactive = performance.now();
      const m = performance.getEntriesByName("parallax-data");
      window.__afterData = m.length ? window.__interactive - m[0].startTime : -1;
    }
    return window.__interactive !== undefined;
  };
  new MutationObserver((_, o) => { if (check()) o.disconnect(); })
    .observe(document, { attributes: true, subtree: true, childList: true, attributeFilter: ["data-parallax"] });
})();`

// staticSite serves a folder like a static host with precompressed files: name, else
// name.html, and the .br or .gz sibling when the browser accepts it. Nothing is cached by HTTP
// ("no-cache"), so a warm load is the service worker's doing.
func staticSite(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rel := path.Clean("/" + r.URL.Path)
		if strings.HasSuffix(rel, "/") || rel == "/" {
			rel += "index.html"
		}
		name := filepath.Join(dir, filepath.FromSlash(rel))
		if st, err := os.Stat(name); err != nil || st.IsDir() {
			name += ".html"
		}
		if _, err := os.Stat(name); err != nil {
			http.NotFound(w, r)
			return
		}
		hd := w.Header()
		hd.Set("Cache-Control", "no-cache")
		ct := mime.TypeByExtension(filepath.Ext(name))
		if ct == "" {
			ct = "application/octet-stream"
		}
		hd.Set("Content-Type", ct)
		hd.Add("Vary", "Accept-Encoding")
		accept := r.Header.Get("Accept-Encoding")
		for _, enc := range []struct{ ext, token string }{{".br", "br"}, {".gz", "gzip"}} {
			if !strings.Contains(accept, enc.token) {
				continue
			}
			if _, err := os.Stat(name + enc.ext); err == nil {
				hd.Set("Content-Encoding", enc.token)
				http.ServeFile(w, r, name+enc.ext)
				return
			}
		}
		http.ServeFile(w, r, name)
	})
}

func serve(dir string) (url string, stop func(), err error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	srv := &http.Server{Handler: staticSite(dir), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String(), func() { srv.Close() }, nil
}

// measure loads each app runs times cold, in a fresh browser context (no HTTP cache, no
// service worker), then warm in the same tab once the service worker controls it. The apps
// alternate, so that load from other work on the machine falls on both alike.
func measure(dir string, runs int, apps ...*app) error {
	urls := map[*app]string{}
	for _, a := range apps {
		u, stop, err := serve(a.dist)
		if err != nil {
			return err
		}
		defer stop()
		urls[a] = u
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.DisableGPU, chromedp.NoSandbox,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-component-update", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")), chromedp.WindowSize(1280, 900))
	if p, err := exec.LookPath("chromium"); err == nil {
		opts = append(opts, chromedp.ExecPath(p))
	}
	alloc, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	browser, cancel := chromedp.NewContext(alloc)
	defer cancel()
	if err := chromedp.Run(browser); err != nil {
		return fmt.Errorf("starting Chromium: %w", err)
	}
	for i := range runs + 1 {
		for _, a := range apps {
			cold, warm, after, err := load(browser, urls[a]+"/")
			if err != nil {
				return fmt.Errorf("%s: %w", a.name, err)
			}
			if i == 0 {
				continue // the first round warms up Chromium itself and the disk cache of the OS
			}
			a.cold = append(a.cold, cold)
			a.warm = append(a.warm, warm)
			for _, d := range after {
				if d >= 0 {
					a.afterData = append(a.afterData, d)
				}
			}
		}
	}
	return nil
}

// load opens url cold in a new browser context, waits for the service worker, opens it again,
// and returns both times to an interactive search box, and the time from the app's data mark to
// it in each load (-1 where the app sets no mark).
func load(browser context.Context, url string) (cold, warm float64, afterData [2]float64, err error) {
	var bc cdp.BrowserContextID
	var tid target.ID
	err = chromedp.Run(browser, chromedp.ActionFunc(func(ctx context.Context) error {
		exec := cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser)
		var err error
		if bc, err = target.CreateBrowserContext().WithDisposeOnDetach(true).Do(exec); err != nil {
			return err
		}
		tid, err = target.CreateTarget("about:blank").WithBrowserContextID(bc).WithNewWindow(true).Do(exec)
		return err
	}))
	if err != nil {
		return 0, 0, afterData, fmt.Errorf("opening a browser context: %w", err)
	}
	defer chromedp.Run(browser, chromedp.ActionFunc(func(ctx context.Context) error {
		return target.DisposeBrowserContext(bc).Do(cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser))
	}))
	tab, cancel := chromedp.NewContext(browser, chromedp.WithTargetID(tid))
	defer cancel()
	tab, cancel = context.WithTimeout(tab, 2*time.Minute)
	defer cancel()
	wait := chromedp.Poll(`window.__interactive`, nil, chromedp.WithPollingInterval(5*time.Millisecond))
	err = chromedp.Run(tab,
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(recordInteractive).Do(ctx)
			return err
		}),
		chromedp.Navigate(url), wait, chromedp.Evaluate(`window.__interactive`, &cold),
		chromedp.Evaluate(`window.__afterData`, &afterData[0]),
		chromedp.Poll(`navigator.serviceWorker.controller !== null`, nil),
		chromedp.Navigate(url), wait, chromedp.Evaluate(`window.__interactive`, &warm),
		chromedp.Evaluate(`window.__afterData`, &afterData[1]),
		chromedp.Evaluate(`navigator.serviceWorker.controller !== null`, nil),
	)
	if err != nil {
		return 0, 0, afterData, fmt.Errorf("loading %s: %w", url, err)
	}
	return cold, warm, afterData, nil
}
