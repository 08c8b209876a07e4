package main

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
)

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func mb(n int64) string { return fmt.Sprintf("%.2f MB", float64(n)/1e6) }

// report prints both tables in Markdown; ratios are Parallax ÷ floor (the targets:
// brotli ≤ 1.15×, cold and warm ≤ 1.2×).
func report(p, f *app, runs int) string {
	var w strings.Builder
	fmt.Fprintf(&w, "app.wasm (-trimpath -ldflags=\"-s -w\", %s; gzip -9, brotli 11):\n\n", runtime.Version())
	fmt.Fprintln(&w, "| app | raw | gzip | brotli |")
	fmt.Fprintln(&w, "| --- | ---: | ---: | ---: |")
	for _, a := range []*app{p, f} {
		fmt.Fprintf(&w, "| %s | %s | %s | %s |\n", a.name, mb(a.size.raw), mb(a.size.gzip), mb(a.size.brotli))
	}
	fmt.Fprintf(&w, "| ratio Parallax ÷ floor | %.2f× | %.2f× | %.2f× |\n\n",
		float64(p.size.raw)/float64(f.size.raw), float64(p.size.gzip)/float64(f.size.gzip),
		float64(p.size.brotli)/float64(f.size.brotli))
	fmt.Fprintf(&w, "Navigation → interactive search box, headless Chromium, median of %d runs (min–max):\n\n", runs)
	fmt.Fprintln(&w, "| app | cold | warm (service worker) |")
	fmt.Fprintln(&w, "| --- | ---: | ---: |")
	span := func(xs []float64) string {
		return fmt.Sprintf("%.0f ms (%.0f–%.0f)", median(xs), slices.Min(xs), slices.Max(xs))
	}
	for _, a := range []*app{p, f} {
		fmt.Fprintf(&w, "| %s | %s | %s |\n", a.name, span(a.cold), span(a.warm))
	}
	fmt.Fprintf(&w, "| ratio Parallax ÷ floor | %.2f× | %.2f× |\n", median(p.cold)/median(f.cold), median(p.warm)/median(f.warm))
	if len(p.afterData) > 0 {
		fmt.Fprintf(&w, "\nParallax's first render after its data (the \"parallax-data\" mark → interactive search box, cold and warm loads together, %d): median %s (target ≤ 100 ms).\n",
			len(p.afterData), span(p.afterData))
	}
	return w.String()
}
