// Command timeline is the browser benchmark of the timeline engine: it builds a small wasm
// (bench/timeline/wasm) that runs the workloads of internal/work on the embedded seed corpus,
// serves it on 127.0.0.1, has headless Chromium time them, times the same calls natively in
// this process, and prints a Markdown table. Run from the module root: go run ./bench/timeline
package main

import (
	"context"
	"embed"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/chromedp"

	"parallax/bench/timeline/internal/work"
	"parallax/corpus/seed"
)

//go:embed static
var static embed.FS

// frameMs is one frame at 60 Hz: work on the UI goroutine should stay well inside it.
const frameMs = 16.0

func main() {
	runs := flag.Int("runs", 50, "timed samples per workload, after as many warm-up ones")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("bench/timeline: ")
	if err := run(*runs); err != nil {
		log.Fatal(err)
	}
}

func run(runs int) error {
	c, err := seed.Load()
	if err != nil {
		return err
	}
	ws, err := work.All(c)
	if err != nil {
		return err
	}
	native := make(map[string][]float64, len(ws))
	for _, w := range ws {
		native[w.Name] = measureNative(w, runs)
	}
	dir, err := os.MkdirTemp("", "bench-timeline-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := buildWasm(dir); err != nil {
		return err
	}
	wasm, err := measureBrowser(dir, ws, runs)
	if err != nil {
		return err
	}
	report(ws, native, wasm, runs)
	return nil
}

func measureNative(w work.Workload, runs int) []float64 {
	out := make([]float64, runs)
	for range runs * w.Batch {
		w.Run()
	}
	for i := range out {
		t0 := time.Now()
		for range w.Batch {
			w.Run()
		}
		out[i] = float64(time.Since(t0).Nanoseconds()) / 1e6 / float64(w.Batch)
	}
	return out
}

// buildWasm compiles bench/timeline/wasm and copies the Go toolchain's wasm_exec.js beside it.
func buildWasm(dir string) error {
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(dir, "bench.wasm"), "./bench/timeline/wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building the benchmark wasm: %w\n%s", err, out)
	}
	root, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return fmt.Errorf("go env GOROOT: %w", err)
	}
	js, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(root)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		return fmt.Errorf("wasm_exec.js of this Go: %w", err)
	}
	return os.WriteFile(filepath.Join(dir, "wasm_exec.js"), js, 0o644)
}

type browserResult struct {
	Ms    []float64 `json:"ms"`
	Error string    `json:"error"`
}

func measureBrowser(dir string, ws []work.Workload, runs int) (map[string][]float64, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	page, err := fs.Sub(static, "static")
	if err != nil {
		return nil, err
	}
	mux.Handle("/", http.FileServerFS(page))
	mux.Handle("/build/", http.StripPrefix("/build/", http.FileServer(http.Dir(dir))))
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	defer srv.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.DisableGPU, chromedp.NoSandbox,
		chromedp.Flag("disable-quic", true), chromedp.UserDataDir(filepath.Join(dir, "profile")))
	if p, err := exec.LookPath("chromium"); err == nil {
		opts = append(opts, chromedp.ExecPath(p))
	}
	alloc, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()

	var failure string
	err = chromedp.Run(ctx,
		chromedp.Navigate("http://"+ln.Addr().String()+"/"),
		chromedp.Poll(`window.parallaxTimelineReady === true || typeof window.parallaxTimelineError === "string"`, nil,
			chromedp.WithPollingTimeout(time.Minute)),
		chromedp.Evaluate(`window.parallaxTimelineError || ""`, &failure),
	)
	if err != nil {
		return nil, fmt.Errorf("loading the benchmark page: %w", err)
	}
	if failure != "" {
		return nil, fmt.Errorf("in the browser: %s", failure)
	}
	out := make(map[string][]float64, len(ws))
	for _, w := range ws {
		var res browserResult
		call := fmt.Sprintf(`parallaxTimelineBench(%q, %d)`, w.Name, runs)
		if err := chromedp.Run(ctx, chromedp.Evaluate(call, nil), chromedp.Evaluate(call, &res)); err != nil {
			return nil, fmt.Errorf("timing %s in the browser: %w", w.Name, err)
		}
		if res.Error != "" {
			return nil, fmt.Errorf("timing %s in the browser: %s", w.Name, res.Error)
		}
		out[w.Name] = res.Ms
	}
	return out, nil
}

func quantile(xs []float64, q float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return s[min(len(s)-1, int(q*float64(len(s))))]
}

func report(ws []work.Workload, native, wasm map[string][]float64, runs int) {
	var w strings.Builder
	fmt.Fprintf(&w, "%d timed samples per workload and side, after as many warm-up ones; per operation.\n\n", runs)
	fmt.Fprintln(&w, "| workload | native median | wasm median | wasm p95 | wasm ÷ native | wasm share of a 16 ms frame |")
	fmt.Fprintln(&w, "| --- | ---: | ---: | ---: | ---: | ---: |")
	for _, wl := range ws {
		n, m := quantile(native[wl.Name], 0.5), quantile(wasm[wl.Name], 0.5)
		ratio := 0.0
		if n > 0 {
			ratio = m / n
		}
		fmt.Fprintf(&w, "| %s | %s | %s | %s | %.1f× | %.1f%% |\n", wl.Name, ms(n), ms(m), ms(quantile(wasm[wl.Name], 0.95)), ratio, 100*m/frameMs)
	}
	fmt.Fprintln(&w)
	for _, wl := range ws {
		fmt.Fprintf(&w, "- %s: %s\n", wl.Name, wl.What)
	}
	fmt.Print(w.String())
}

func ms(x float64) string {
	if x < 0.1 {
		return fmt.Sprintf("%.1f µs", x*1000)
	}
	return fmt.Sprintf("%.2f ms", x)
}
