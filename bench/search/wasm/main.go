//go:build js && wasm

// Command wasm is the search engine as the browser benchmark drives it: it exports functions to
// JavaScript that load a corpus, index it, hand its sentences to the peer library, and search.
package main

import (
	"runtime"
	"strings"
	"syscall/js"
	"time"

	"parallax/bench/internal/benchcorpus"
	"parallax/corpus"
	"parallax/corpus/search"
	"parallax/corpus/search/synth"
)

var (
	arts   []*corpus.Article
	engine *search.Engine
)

func main() {
	js.Global().Set("pxLoad", js.FuncOf(load))
	js.Global().Set("pxSentences", js.FuncOf(sentences))
	js.Global().Set("pxSearch", js.FuncOf(find))
	select {}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// load ingests the fixed seed corpus of internal/fixture ("seed") or generates the synthetic one ("synthetic"), then
// indexes it, and reports the time of each step and the Go heap once the index is built.
func load(this js.Value, args []js.Value) any {
	t0 := time.Now()
	c, err := benchcorpus.Load()
	if err != nil {
		return js.ValueOf(map[string]any{"error": err.Error()})
	}
	decode := time.Since(t0)
	arts = c.Articles
	var gen time.Duration
	if len(args) > 1 && args[0].String() == "synthetic" {
		t1 := time.Now()
		arts = synth.Generate(c.Articles, args[1].Int())
		gen = time.Since(t1)
		if c, err = corpus.New(arts); err != nil {
			return js.ValueOf(map[string]any{"error": err.Error()})
		}
	}
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	t2 := time.Now()
	engine = search.New(c)
	build := time.Since(t2)
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	st := engine.Stats()
	return js.ValueOf(map[string]any{
		"decodeMs":  ms(decode),
		"genMs":     ms(gen),
		"buildMs":   ms(build),
		"indexMB":   float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / (1 << 20),
		"heapMB":    float64(after.HeapAlloc) / (1 << 20),
		"articles":  st.Articles,
		"sentences": st.Units - st.Articles,
		"terms":     st.Terms,
	})
}

// sentences returns every sentence as "articleID#sentenceID\ttext" lines, one string, because
// one string crosses into JavaScript far faster than 300,000 objects.
func sentences(this js.Value, args []js.Value) any {
	var b strings.Builder
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				b.WriteString(a.ID + "#" + s.ID + "\t" + strings.ReplaceAll(s.Text, "\n", " ") + "\n")
			}
		}
	}
	return b.String()
}

// find runs a query and returns the top result as "articleID#sentenceID" ("articleID#" when it
// matched a title only, "" when nothing matched).
func find(this js.Value, args []js.Value) any {
	if engine == nil || len(args) == 0 {
		return ""
	}
	r := engine.Search(search.Query{Text: args[0].String()})
	if len(r.Groups) == 0 {
		return ""
	}
	g := r.Groups[0]
	top := g.Article.ID + "#"
	if len(g.Snippets) > 0 {
		top += g.Snippets[0].SentenceID
	}
	return top
}
