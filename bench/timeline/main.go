// Command timeline is the browser benchmark of the timeline engine: it builds a small wasm
// (bench/timeline/wasm) that runs the workloads of internal/work on the fixed seed corpus of internal/fixture,
// serves it on 127.0.0.1, has headless Chromium time them, times the same calls natively in
// this process, and prints a Markdown table. Run from the module root: go run ./bench/timeline
package main

import (
	"embed"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"strings"
	"time"

	"github.com/chromedp/chromedp"

	"parallax/bench/internal/benchcorpus"
	"parallax/bench/internal/wasmbench"
	"parallax/bench/timeline/internal/work"
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
	c, err := benchcorpus.Load()
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
	if err := wasmbench.Build("./bench/timeline/wasm", dir); err != nil {
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

type browserResult struct {
	Ms    []float64 `json:"ms"`
	Error string    `json:"error"`
}

func measureBrowser(dir string, ws []work.Workload, runs int) (map[string][]float64, error) {
	page, err := fs.Sub(static, "static")
	if err != nil {
		return nil, err
	}
	ctx, closeBrowser, err := wasmbench.Open(dir, page, "parallaxTimelineReady", "parallaxTimelineError", 5*time.Minute)
	if err != nil {
		return nil, err
	}
	defer closeBrowser()

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

func report(ws []work.Workload, native, wasm map[string][]float64, runs int) {
	var w strings.Builder
	fmt.Fprintf(&w, "%d timed samples per workload and side, after as many warm-up ones; per operation.\n\n", runs)
	fmt.Fprintln(&w, "| workload | native median | wasm median | wasm p95 | wasm ÷ native | wasm share of a 16 ms frame |")
	fmt.Fprintln(&w, "| --- | ---: | ---: | ---: | ---: | ---: |")
	for _, wl := range ws {
		n, m := wasmbench.Quantile(native[wl.Name], 0.5), wasmbench.Quantile(wasm[wl.Name], 0.5)
		ratio := 0.0
		if n > 0 {
			ratio = m / n
		}
		fmt.Fprintf(&w, "| %s | %s | %s | %s | %.1f× | %.1f%% |\n", wl.Name, ms(n), ms(m), ms(wasmbench.Quantile(wasm[wl.Name], 0.95)), ratio, 100*m/frameMs)
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
