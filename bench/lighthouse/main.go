// Command lighthouse runs Lighthouse (npm, installed in bench/lighthouse by `make bench`) with its
// default phone preset — an emulated mid-range phone on a throttled connection — against Debian's
// Chromium, on the library (/) and a shared comparison, served by Parallax's own server from a
// release build (the wasm built as `make wasm` builds it, precompressed). It writes the median
// scores of a few runs as Markdown, for BENCHMARKS.md (also to -out when set). Run from the module root:
// go run ./bench/lighthouse [-runs 3]
//
// With -server URL it measures a Parallax server that is already running instead of building
// one, e.g. to alternate runs between two builds (before and after a change) under the same
// machine load.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"parallax/internal/clientbuild"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// pages are the measured paths: the start page and a comparison as a shared link opens it.
var pages = []struct{ name, path string }{
	{"library", "/"},
	{"compare link", "/compare/whatjobs-amazon-tiktok-scrutiny/tiktok-chew-musk-outreach"},
}

// chromeFlags keep Debian's Chromium headless and off the internet (see GOAPP-NOTES.md).
const chromeFlags = "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run " +
	"--disable-background-networking --disable-component-update --disable-sync"

func main() {
	runs := flag.Int("runs", 3, "Lighthouse runs per page (medians are reported)")
	out := flag.String("out", "", "also write the scores to this file")
	keep := flag.String("keep", "", "keep Lighthouse's JSON reports in this directory (to see which elements fail an audit)")
	server := flag.String("server", "", "measure this running server (e.g. http://127.0.0.1:8000) instead of building one")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("bench/lighthouse: ")
	cli := filepath.Join("bench", "lighthouse", "node_modules", "lighthouse", "cli", "index.js")
	if _, err := os.Stat(cli); err != nil {
		log.Fatalf("Lighthouse is not installed: run `npm ci --prefix bench/lighthouse` (make bench does): %v", err)
	}
	dir, err := os.MkdirTemp("", "bench-lighthouse-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	base, stop := strings.TrimSuffix(*server, "/"), func() {}
	if base == "" {
		if err := build(dir); err != nil {
			log.Fatal(err)
		}
		if base, stop, err = serve(dir); err != nil {
			log.Fatal(err)
		}
	}
	defer stop()

	reports := dir
	if *keep != "" {
		if err := os.MkdirAll(*keep, 0o755); err != nil {
			log.Fatal(err)
		}
		reports = *keep
	}
	var rows []row
	for pi, p := range pages {
		var rs []result
		for i := 0; i < *runs; i++ {
			// Lighthouse now and then fails to record a trace (NO_NAVSTART): try that run again.
			var r result
			var err error
			for try := 0; try < 3; try++ {
				if r, err = lighthouse(cli, base+p.path, filepath.Join(reports, fmt.Sprintf("report-%d-%d.json", pi, i))); err == nil {
					break
				}
				log.Printf("%s, run %d: %v (trying again)", p.path, i+1, err)
			}
			if err != nil {
				stop()
				log.Fatalf("%s: %v", p.path, err)
			}
			rs = append(rs, r)
		}
		rows = append(rows, row{name: p.name, path: p.path, med: median(rs), runs: rs})
	}
	md := report(rows, *runs)
	fmt.Print(md)
	if *out != "" {
		if err := os.WriteFile(*out, []byte(md), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

// build makes a release build in dir: web/ copied, app.wasm as `make wasm` builds it (with its
// precompressed siblings), and the server.
func build(dir string) error {
	web := filepath.Join(dir, "web")
	if err := os.CopyFS(web, os.DirFS("web")); err != nil {
		return fmt.Errorf("copying web/ (run from the module root): %w", err)
	}
	for _, n := range []string{"app.wasm", "app.wasm.br", "app.wasm.gz"} {
		os.Remove(filepath.Join(web, n))
	}
	wasm := filepath.Join(web, "app.wasm")
	modfile, err := clientbuild.Write(filepath.Join(dir, "client"))
	if err != nil {
		return err
	}
	steps := []struct {
		env  []string
		args []string
	}{
		{[]string{"GOOS=js", "GOARCH=wasm"}, []string{"build", "-trimpath", "-ldflags=-s -w", "-modfile", modfile, "-o", wasm, "."}},
		{nil, []string{"run", "./internal/precompress", wasm}},
		{nil, []string{"build", "-o", filepath.Join(dir, "parallax"), "."}},
	}
	for _, s := range steps {
		cmd := exec.Command("go", s.args...)
		cmd.Env = append(os.Environ(), s.env...)
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go %s: %w\n%s", strings.Join(s.args, " "), err, out)
		}
	}
	return nil
}

// serve runs the built server on a free loopback port and returns its URL once it answers.
func serve(dir string) (string, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(filepath.Join(dir, "parallax"), "-addr", addr)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return "", nil, err
	}
	stop := func() {
		if cmd.Process != nil {
			cmd.Process.Kill()
			cmd.Wait()
			cmd.Process = nil
		}
	}
	base := "http://" + addr
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if resp, err := http.Get(base + "/web/css/base.css"); err == nil {
			resp.Body.Close()
			return base, stop, nil
		}
	}
	stop()
	return "", nil, fmt.Errorf("the server at %s did not answer", base)
}

// result is one Lighthouse run: category scores 0–100, and metrics.
type result struct {
	A11y, BP, SEO, Perf float64
	CLS                 float64
	LCP, TBT, FCP       float64 // ms
	Fails               []string
}

func lighthouse(cli, url, report string) (result, error) {
	cmd := exec.Command("node", cli, url,
		"--output=json", "--output-path="+report, "--quiet",
		"--only-categories=performance,accessibility,best-practices,seo",
		"--chrome-flags="+chromeFlags)
	cmd.Env = append(os.Environ(), "CHROME_PATH="+chromePath())
	if out, err := cmd.CombinedOutput(); err != nil {
		return result{}, fmt.Errorf("lighthouse: %w\n%s", err, out)
	}
	b, err := os.ReadFile(report)
	if err != nil {
		return result{}, err
	}
	var lhr struct {
		RuntimeError *struct{ Code, Message string } `json:"runtimeError"`
		Categories   map[string]struct {
			Score     *float64 `json:"score"`
			AuditRefs []struct {
				ID     string  `json:"id"`
				Weight float64 `json:"weight"`
			} `json:"auditRefs"`
		} `json:"categories"`
		Audits map[string]struct {
			Title        string   `json:"title"`
			Score        *float64 `json:"score"`
			ScoreDisplay string   `json:"scoreDisplayMode"`
			NumericValue float64  `json:"numericValue"`
		} `json:"audits"`
	}
	if err := json.Unmarshal(b, &lhr); err != nil {
		return result{}, fmt.Errorf("reading %s: %w", report, err)
	}
	if lhr.RuntimeError != nil && lhr.RuntimeError.Code != "NO_ERROR" {
		return result{}, fmt.Errorf("lighthouse: %s: %s", lhr.RuntimeError.Code, lhr.RuntimeError.Message)
	}
	score := func(cat string) float64 {
		if c, ok := lhr.Categories[cat]; ok && c.Score != nil {
			return *c.Score * 100
		}
		return -1
	}
	r := result{
		A11y: score("accessibility"), BP: score("best-practices"), SEO: score("seo"), Perf: score("performance"),
		CLS: lhr.Audits["cumulative-layout-shift"].NumericValue,
		LCP: lhr.Audits["largest-contentful-paint"].NumericValue,
		TBT: lhr.Audits["total-blocking-time"].NumericValue,
		FCP: lhr.Audits["first-contentful-paint"].NumericValue,
	}
	// What cost points outside performance: failed audits with weight in their category.
	for _, cat := range []string{"accessibility", "best-practices", "seo"} {
		for _, ref := range lhr.Categories[cat].AuditRefs {
			a := lhr.Audits[ref.ID]
			if ref.Weight > 0 && a.Score != nil && *a.Score < 1 && a.ScoreDisplay != "notApplicable" && a.ScoreDisplay != "informative" {
				r.Fails = append(r.Fails, cat+": "+a.Title)
			}
		}
	}
	return r, nil
}

func chromePath() string {
	if p := os.Getenv("CHROME_PATH"); p != "" {
		return p
	}
	return "/usr/bin/chromium"
}

type row struct {
	name, path string
	med        result
	runs       []result
}

func median(rs []result) result {
	pick := func(f func(result) float64) float64 {
		v := make([]float64, len(rs))
		for i, r := range rs {
			v[i] = f(r)
		}
		sort.Float64s(v)
		return v[len(v)/2]
	}
	m := result{
		A11y: pick(func(r result) float64 { return r.A11y }),
		BP:   pick(func(r result) float64 { return r.BP }),
		SEO:  pick(func(r result) float64 { return r.SEO }),
		Perf: pick(func(r result) float64 { return r.Perf }),
		CLS:  pick(func(r result) float64 { return r.CLS }),
		LCP:  pick(func(r result) float64 { return r.LCP }),
		TBT:  pick(func(r result) float64 { return r.TBT }),
		FCP:  pick(func(r result) float64 { return r.FCP }),
	}
	seen := map[string]bool{}
	for _, r := range rs {
		for _, f := range r.Fails {
			if !seen[f] {
				seen[f] = true
				m.Fails = append(m.Fails, f)
			}
		}
	}
	return m
}

// loadAverage is the machine's load average over the last 1, 5 and 15 minutes (Linux), which
// moves Lighthouse's simulated CPU times: it observes tasks and multiplies their durations.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(b)); err == nil && len(f) >= 3 {
		return strings.Join(f[:3], " ")
	}
	return "unknown"
}

func report(rows []row, runs int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Lighthouse (phone preset)\n\n")
	fmt.Fprintf(&b, "`go run ./bench/lighthouse -runs %d` (run by `make bench`): Lighthouse's default mobile preset "+
		"(emulated phone, simulated slow 4G and CPU slowdown) against Debian's Chromium (CHROME_PATH=%s), "+
		"Parallax's own server on loopback, release wasm (`-trimpath -ldflags=\"-s -w\"`, brotli). "+
		"Medians of %d runs per page, taken %s, load average %s.\n\n", runs, chromePath(), runs,
		time.Now().UTC().Format("2006-01-02 15:04 MST"), loadAverage())
	fmt.Fprintf(&b, "Targets: accessibility, best practices and SEO 100; performance ≥ 90; CLS ≤ 0.05.\n\n")
	fmt.Fprintf(&b, "| page | accessibility | best practices | SEO | performance | CLS | LCP | TBT | FCP |\n")
	fmt.Fprintf(&b, "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, r := range rows {
		m := r.med
		fmt.Fprintf(&b, "| %s `%s` | %.0f | %.0f | %.0f | %.0f | %.3f | %.1f s | %.0f ms | %.1f s |\n",
			r.name, r.path, m.A11y, m.BP, m.SEO, m.Perf, m.CLS, m.LCP/1000, m.TBT, m.FCP/1000)
	}
	fmt.Fprintf(&b, "\nEvery run (performance / CLS / LCP / TBT):\n\n")
	for _, r := range rows {
		var parts []string
		for _, x := range r.runs {
			parts = append(parts, fmt.Sprintf("%.0f / %.3f / %.1f s / %.0f ms", x.Perf, x.CLS, x.LCP/1000, x.TBT))
		}
		fmt.Fprintf(&b, "- %s: %s\n", r.name, strings.Join(parts, "; "))
	}
	var fails []string
	for _, r := range rows {
		for _, f := range r.med.Fails {
			fails = append(fails, r.name+" — "+f)
		}
	}
	if len(fails) > 0 {
		fmt.Fprintf(&b, "\nAudits that cost points (accessibility, best practices, SEO):\n\n- %s\n", strings.Join(fails, "\n- "))
	} else {
		fmt.Fprintf(&b, "\nNo audit costs points in accessibility, best practices or SEO.\n")
	}
	return b.String()
}
