//go:build js && wasm

// Command wasm is the browser side of the compare benchmark: it loads the fixed seed corpus of internal/fixture
// and exports parallaxCompareBench(runs), which compares the two longest articles runs times and
// returns each run's duration in milliseconds, timed with performance.now().
package main

import (
	"fmt"
	"syscall/js"

	"parallax/bench/compare/internal/longest"
	"parallax/bench/internal/benchcorpus"
	"parallax/corpus/align"
)

func main() {
	c, err := benchcorpus.Load()
	if err != nil {
		js.Global().Set("parallaxCompareError", err.Error())
		select {}
	}
	a, b := longest.Two(c.Articles)
	perf := js.Global().Get("performance")
	js.Global().Set("parallaxCompareBench", js.FuncOf(func(this js.Value, args []js.Value) any {
		runs := 1
		if len(args) > 0 {
			runs = args[0].Int()
		}
		out := make([]any, runs)
		pairs := 0
		for i := range out {
			t0 := perf.Call("now").Float()
			pairs = len(align.Compare(a, b).Pairs)
			out[i] = perf.Call("now").Float() - t0
		}
		return map[string]any{"ms": out, "pairs": pairs, "a": a.ID, "b": b.ID}
	}))
	js.Global().Set("parallaxCompareReady", true)
	fmt.Println("compare bench ready")
	select {}
}
