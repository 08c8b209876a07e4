// Command compare is the browser benchmark of the alignment engine: it builds a small wasm that
// compares the two longest seed articles (bench/compare/wasm), serves it on 127.0.0.1, has
// headless Chromium time each comparison, times the same comparison natively in this process,
// and prints a Markdown table. Run from the module root: go run ./bench/compare
package main

import (
	"embed"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/chromedp/chromedp"

	"parallax/bench/compare/internal/longest"
	"parallax/bench/internal/benchcorpus"
	"parallax/bench/internal/wasmbench"
	"parallax/corpus/align"
)

//go:embed static
var static embed.FS

// frameMs is the budget the issue sets: a comparison must fit well inside one frame.
const frameMs = 16.0

func main() {
	runs := flag.Int("runs", 200, "timed comparisons per measurement, after as many warm-up ones")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("bench/compare: ")
	if err := run(*runs); err != nil {
		log.Fatal(err)
	}
}

type browserResult struct {
	Ms    []float64 `json:"ms"`
	Pairs int       `json:"pairs"`
	A     string    `json:"a"`
	B     string    `json:"b"`
}

func run(runs int) error {
	c, err := benchcorpus.Load()
	if err != nil {
		return err
	}
	a, b := longest.Two(c.Articles)
	if a == nil {
		return fmt.Errorf("the seed corpus has fewer than two articles")
	}

	// Native, in this process, on the same two articles.
	native := make([]float64, runs)
	for range runs {
		align.Compare(a, b)
	}
	for i := range native {
		t0 := time.Now()
		align.Compare(a, b)
		native[i] = float64(time.Since(t0).Nanoseconds()) / 1e6
	}

	dir, err := os.MkdirTemp("", "bench-compare-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := wasmbench.Build("./bench/compare/wasm", dir); err != nil {
		return err
	}
	br, err := measureBrowser(dir, runs)
	if err != nil {
		return err
	}
	if br.A != a.ID || br.B != b.ID {
		return fmt.Errorf("the browser compared %s and %s, natively %s and %s", br.A, br.B, a.ID, b.ID)
	}
	report(a.ID, b.ID, longest.Size(a), longest.Size(b), br.Pairs, native, br.Ms)
	return nil
}

func measureBrowser(dir string, runs int) (*browserResult, error) {
	page, err := fs.Sub(static, "static")
	if err != nil {
		return nil, err
	}
	ctx, closeBrowser, err := wasmbench.Open(dir, page, "parallaxCompareReady", "parallaxCompareError", 3*time.Minute)
	if err != nil {
		return nil, err
	}
	defer closeBrowser()

	var res browserResult
	err = chromedp.Run(ctx,
		chromedp.Evaluate(fmt.Sprintf(`parallaxCompareBench(%d)`, runs), nil), // warm-up
		chromedp.Evaluate(fmt.Sprintf(`parallaxCompareBench(%d)`, runs), &res),
	)
	if err != nil {
		return nil, fmt.Errorf("timing in the browser: %w", err)
	}
	return &res, nil
}

func report(a, b string, sizeA, sizeB, pairs int, native, wasm []float64) {
	var w strings.Builder
	fmt.Fprintf(&w, "Comparing `%s` (%d bytes) with `%s` (%d bytes): %d aligned %s; %d timed runs each, after as many warm-up runs.\n\n",
		a, sizeA, b, sizeB, pairs, map[bool]string{true: "pair", false: "pairs"}[pairs == 1], len(native))
	fmt.Fprintln(&w, "| where | median | p95 | max | median vs native | median share of a 16 ms frame |")
	fmt.Fprintln(&w, "| --- | ---: | ---: | ---: | ---: | ---: |")
	row := func(name string, xs []float64) {
		med := wasmbench.Quantile(xs, 0.5)
		fmt.Fprintf(&w, "| %s | %.2f ms | %.2f ms | %.2f ms | %.1f× | %.0f%% |\n", name, med, wasmbench.Quantile(xs, 0.95),
			wasmbench.Quantile(xs, 1), med/wasmbench.Quantile(native, 0.5), 100*med/frameMs)
	}
	row("native Go ("+runtime.GOOS+"/"+runtime.GOARCH+")", native)
	row("wasm in headless Chromium", wasm)
	fmt.Print(w.String())
}
