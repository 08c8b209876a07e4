//go:build js && wasm

// Command wasm is the browser side of the timeline benchmark: it loads the fixed seed corpus of internal/fixture
// and exports parallaxTimelineBench(name, runs), which runs one workload runs times and returns
// each sample's duration per operation in milliseconds, timed with performance.now().
package main

import (
	"fmt"
	"syscall/js"

	"parallax/bench/internal/benchcorpus"
	"parallax/bench/timeline/internal/work"
)

func main() {
	fail := func(err error) {
		js.Global().Set("parallaxTimelineError", err.Error())
		select {}
	}
	c, err := benchcorpus.Load()
	if err != nil {
		fail(err)
	}
	ws, err := work.All(c)
	if err != nil {
		fail(err)
	}
	perf := js.Global().Get("performance")
	js.Global().Set("parallaxTimelineBench", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 2 {
			return map[string]any{"error": "want (name, runs)"}
		}
		name, runs := args[0].String(), args[1].Int()
		for _, w := range ws {
			if w.Name != name {
				continue
			}
			out := make([]any, runs)
			for i := range out {
				t0 := perf.Call("now").Float()
				for range w.Batch {
					w.Run()
				}
				out[i] = (perf.Call("now").Float() - t0) / float64(w.Batch)
			}
			return map[string]any{"ms": out}
		}
		return map[string]any{"error": "no workload " + name}
	}))
	js.Global().Set("parallaxTimelineReady", true)
	fmt.Println("timeline bench ready")
	select {}
}
