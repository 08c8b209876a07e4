// Package wasmbench is what the browser benchmarks share: build a benchmark's wasm with this Go's
// wasm_exec.js, serve it beside the benchmark's page on 127.0.0.1, and open that page in headless
// Chromium until the page says it is ready.
package wasmbench

import (
	"context"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
)

// Build compiles the wasm main package pkg (e.g. "./bench/compare/wasm") to dir/bench.wasm and
// copies the toolchain's wasm_exec.js beside it: the two must come from the same Go.
func Build(pkg, dir string) error {
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(dir, "bench.wasm"), pkg)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building %s: %w\n%s", pkg, err, out)
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return fmt.Errorf("go env GOROOT: %w", err)
	}
	js, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		return fmt.Errorf("wasm_exec.js of this Go: %w", err)
	}
	return os.WriteFile(filepath.Join(dir, "wasm_exec.js"), js, 0o644)
}

// Open serves page at / and dir at /build/, starts headless Chromium, loads the page and waits
// until the JavaScript global ready is true or failed holds an error message. The returned
// context drives the tab until timeout; close releases the browser and the server.
func Open(dir string, page fs.FS, ready, failed string, timeout time.Duration) (ctx context.Context, close func(), err error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServerFS(page))
	mux.Handle("/build/", http.StripPrefix("/build/", http.FileServer(http.Dir(dir))))
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)

	opts := append(slices.Clone(chromedp.DefaultExecAllocatorOptions[:]), chromedp.DisableGPU, chromedp.NoSandbox,
		chromedp.Flag("disable-quic", true), chromedp.UserDataDir(filepath.Join(dir, "profile")))
	if p, err := exec.LookPath("chromium"); err == nil {
		opts = append(opts, chromedp.ExecPath(p))
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	tab, cancelTab := chromedp.NewContext(alloc)
	ctx, cancelTimeout := context.WithTimeout(tab, timeout)
	close = func() {
		cancelTimeout()
		cancelTab()
		cancelAlloc()
		srv.Close()
	}
	var failure string
	err = chromedp.Run(ctx,
		chromedp.Navigate("http://"+ln.Addr().String()+"/"),
		chromedp.Poll(fmt.Sprintf(`window.%s === true || typeof window.%s === "string"`, ready, failed), nil,
			chromedp.WithPollingTimeout(time.Minute)),
		chromedp.Evaluate(fmt.Sprintf(`window.%s || ""`, failed), &failure),
	)
	if err == nil && failure != "" {
		err = fmt.Errorf("in the browser: %s", failure)
	}
	if err != nil {
		close()
		return nil, nil, fmt.Errorf("loading the benchmark page: %w", err)
	}
	return ctx, close, nil
}

// Quantile returns the q-quantile (0–1) of xs by the nearest-rank method; 0 for no data.
func Quantile(xs []float64, q float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return s[min(len(s)-1, int(q*float64(len(s))))]
}
