// Command search is the browser benchmark of the search engine: it builds the engine to wasm,
// serves it with Fuse.js on 127.0.0.1, and has headless Chromium type a fixed list of queries
// character by character into both, on the embedded corpus and on a synthetic one of 10,000
// articles. It prints a Markdown table. Run from the module root: go run ./bench/search
// (npm ci first, for Fuse.js).
package main

import (
	"context"
	"embed"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"parallax/corpus/search/synth"
)

//go:embed static
var static embed.FS

func main() {
	fuseEvery := flag.Int("fuse-every", 20, "on the synthetic corpus, time Fuse.js on every n-th keystroke only (and every full query): it takes seconds per search there")
	only := flag.String("corpus", "", `run one corpus only: "seed" or "synthetic"`)
	articles := flag.Int("articles", 10000, "articles in the synthetic corpus")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("bench/search: ")
	if err := run(*fuseEvery, *only, *articles); err != nil {
		log.Fatal(err)
	}
}

type probe struct {
	Text     string `json:"text"`
	Article  string `json:"article"`
	Sentence string `json:"sentence"`
}

type latency struct {
	N   int     `json:"n"`
	P50 float64 `json:"p50"`
	P95 float64 `json:"p95"`
	Max float64 `json:"max"`
}

type engineResult struct {
	BuildMs float64 `json:"buildMs"`
	MemMB   float64 `json:"memMB"`
	Keys    latency `json:"keys"`
	Top1    int     `json:"top1"`
}

type result struct {
	Corpus      string  `json:"corpus"`
	WasmStartMs float64 `json:"wasmStartMs"`
	Load        struct {
		DecodeMs  float64 `json:"decodeMs"`
		GenMs     float64 `json:"genMs"`
		BuildMs   float64 `json:"buildMs"`
		IndexMB   float64 `json:"indexMB"`
		HeapMB    float64 `json:"heapMB"`
		Articles  int     `json:"articles"`
		Sentences int     `json:"sentences"`
		Terms     int     `json:"terms"`
	} `json:"load"`
	Engines      map[string]engineResult `json:"engines"`
	OursOnSample latency                 `json:"oursOnSample"`
	TotalKeys    int                     `json:"totalKeys"`
}

func run(fuseEvery int, only string, articles int) error {
	fuse := filepath.Join("node_modules", "fuse.js", "dist", "fuse.mjs")
	if _, err := os.Stat(fuse); err != nil {
		return fmt.Errorf("fuse.js is not installed (run `npm ci` in the module root): %w", err)
	}
	dir, err := os.MkdirTemp("", "parallax-bench-search-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	wasm := filepath.Join(dir, "bench.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-o", wasm, "./bench/search/wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building the benchmark wasm: %w\n%s", err, out)
	}

	sub, _ := fs.Sub(static, "static")
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServerFS(sub))
	file := func(path, name, typ string) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", typ)
			http.ServeFile(w, r, name)
		})
	}
	file("/bench.wasm", wasm, "application/wasm")
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return fmt.Errorf("finding GOROOT for wasm_exec.js: %w", err)
	}
	file("/wasm_exec.js", filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"), "text/javascript")
	file("/fuse.mjs", fuse, "text/javascript")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String()

	var probes []probe
	for _, p := range synth.Probes {
		probes = append(probes, probe{p.Text, p.Article, p.Sentence})
	}
	pj, _ := json.Marshal(probes)

	var results []result
	for _, c := range []struct {
		name  string
		every int
	}{{"seed", 1}, {"synthetic", fuseEvery}} {
		if only != "" && only != c.name {
			continue
		}
		log.Printf("running on the %s corpus…", c.name)
		r, err := runPage(base, dir, c.name, articles, string(pj), c.every)
		if err != nil {
			return fmt.Errorf("%s corpus: %w", c.name, err)
		}
		results = append(results, r)
	}
	printTable(os.Stdout, results, len(probes), fuseEvery)
	return nil
}

// runPage runs the benchmark in a fresh headless Chromium, so each corpus starts with a clean heap.
func runPage(base, dir, corpus string, articles int, probes string, every int) (result, error) {
	opts := append([]chromedp.ExecAllocatorOption{}, chromedp.DefaultExecAllocatorOptions[:]...)
	opts = append(opts, chromedp.DisableGPU, chromedp.NoSandbox,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("enable-precise-memory-info", true),
		chromedp.Flag("js-flags", "--expose-gc"),
		chromedp.UserDataDir(filepath.Join(dir, "profile-"+corpus)))
	if p, err := exec.LookPath("chromium"); err == nil {
		opts = append(opts, chromedp.ExecPath(p))
	}
	alloc, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 30*time.Minute)
	defer cancel()
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*cdpruntime.EventConsoleAPICalled); ok {
			var parts []string
			for _, a := range e.Args {
				parts = append(parts, strings.Trim(string(a.Value), `"`))
			}
			log.Printf("%s: %s", corpus, strings.Join(parts, " "))
		}
	})
	var out string
	err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/index.html"),
		chromedp.WaitVisible(`//p[@id="status" and text()="ready"]`),
		chromedp.Evaluate(fmt.Sprintf("runBench(%q, %d, %s, %d)", corpus, articles, probes, every), &out,
			func(p *cdpruntime.EvaluateParams) *cdpruntime.EvaluateParams { return p.WithAwaitPromise(true) }),
	)
	if err != nil {
		return result{}, err
	}
	var r result
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		return result{}, fmt.Errorf("reading the page's result: %w", err)
	}
	return r, nil
}

const ours = "Parallax (Go, wasm)"

func printTable(w *os.File, rs []result, probes, fuseEvery int) {
	fmt.Fprintf(w, "Chromium headless, %s/%s host, %d probe queries typed character by character.\n\n", runtime.GOOS, runtime.GOARCH, probes)
	for _, r := range rs {
		l := r.Load
		fmt.Fprintf(w, "### %s corpus: %d articles, %d sentences, %d terms\n\n", r.Corpus, l.Articles, l.Sentences, l.Terms)
		fmt.Fprintf(w, "wasm start %.0f ms · index decode %.1f ms", r.WasmStartMs, l.DecodeMs)
		if l.GenMs > 0 {
			fmt.Fprintf(w, " · synthetic generation %.0f ms", l.GenMs)
		}
		fmt.Fprintf(w, " · Go heap after indexing %.1f MB\n\n", l.HeapMB)
		fmt.Fprintln(w, "| engine | build (ms) | index memory (MB) | keystrokes timed | p50 (ms) | p95 (ms) | max (ms) | top-1 | p50 ratio | p95 ratio |")
		fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
		// Ratios compare like with like: Parallax on the keystrokes Fuse.js was timed on.
		base := r.Engines[ours].Keys
		sampled := r.OursOnSample.N > 0 && r.OursOnSample.N != base.N
		if sampled {
			base = r.OursOnSample
		}
		ratio := func(a, b float64) string {
			switch {
			case b <= 0:
				return "—"
			case a/b < 10:
				return fmt.Sprintf("%.1f×", a/b)
			}
			return fmt.Sprintf("%.0f×", a/b)
		}
		row := func(name string, e engineResult, r50, r95 string) {
			fmt.Fprintf(w, "| %s | %.1f | %.1f | %d | %.2f | %.2f | %.2f | %d/%d | %s | %s |\n",
				name, e.BuildMs, e.MemMB, e.Keys.N, e.Keys.P50, e.Keys.P95, e.Keys.Max, e.Top1, probes, r50, r95)
		}
		row(ours, r.Engines[ours], "1×", "1×")
		if sampled {
			fmt.Fprintf(w, "| %s, Fuse.js's keystrokes only | | | %d | %.2f | %.2f | %.2f | | 1× | 1× |\n",
				ours, base.N, base.P50, base.P95, base.Max)
		}
		var names []string
		for n := range r.Engines {
			if n != ours {
				names = append(names, n)
			}
		}
		sortStrings(names)
		for _, n := range names {
			e := r.Engines[n]
			row(n, e, ratio(e.Keys.P50, base.P50), ratio(e.Keys.P95, base.P95))
		}
		fmt.Fprintln(w)
	}
	if fuseEvery > 1 {
		fmt.Fprintf(w, "On the synthetic corpus Fuse.js was timed on every %d-th keystroke and every full query.\n", fuseEvery)
	}
	fmt.Fprintln(w, "Ratios are Fuse.js time ÷ Parallax time on the same keystrokes (higher: Parallax faster). Top-1: the probe's expected sentence is the first result. Index memory: Go heap growth for Parallax, JS heap growth (performance.memory) for Fuse.js.")
}

func sortStrings(s []string) {
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if strings.Compare(s[j], s[i]) < 0 {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
}
