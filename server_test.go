//go:build !wasm

package main

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	ui "parallax/app"
	"parallax/corpus/ingest"
	"parallax/internal/corpusdata"
	"parallax/internal/fixture"
	"parallax/internal/htmlcheck"
	"parallax/internal/site"
)

// testServer runs the local server's handler, as run does, over a small web/ folder.
func testServer(t *testing.T) *httptest.Server {
	t.Helper()
	web := filepath.Join(t.TempDir(), "web")
	if err := os.MkdirAll(web, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(web, "app.wasm"), []byte("wasm"), 0o644); err != nil {
		t.Fatal(err)
	}
	ui.Routes()
	data, _, err := corpusdata.FromFolder(fixture.Seed(), ingest.Options{}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := ui.SetData(data); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(site.Serve(site.Handler(site.Options{Version: "test"}), web, knownIDs))
	t.Cleanup(srv.Close)
	return srv
}

func fetch(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

// TestNotFound checks that every path that names no page, and every unknown article, gets the
// app's own not-found view — with the navigation, a message naming what was not found, and
// links to the library and the search — and status 404, while the real pages get 200.
func TestNotFound(t *testing.T) {
	srv := testServer(t)
	c, err := ui.Corpus() // the test takes its IDs from the corpus the server holds
	if err != nil {
		t.Fatal(err)
	}
	first, last := c.Articles[0].ID, c.Articles[len(c.Articles)-1].ID

	missing := []struct{ path, heading, names string }{
		{"/nope", "Page not found", "/nope"},
		{"/compare/a/b/c", "Page not found", "names two articles at most"},
		{"/compare/" + first + "/" + last + "/x", "Page not found", "/x"},
		{"/read/", "No such article", "names no article"},
		{"/read/no-such-id", "No such article", "no-such-id"},
		{"/read/" + first + "x", "No such article", first + "x"},
		{"/read/a/b", "Page not found", "/read/a/b"},
		{"/search/x", "Page not found", "/search/x"},
		{"/timeline/", "Page not found", "/timeline/"},
		{"/index.html", "Page not found", "/index.html"},
		{"/web", "", ""},
		{"/test/read/" + first, "Page not found", "/test/read/"},
		{"/Read/" + first, "Page not found", "/Read/"},
		{"/%E2%80%AEnope", "Page not found", "\u202enope"},
	}
	for _, tt := range missing {
		status, body := fetch(t, srv.URL+tt.path)
		if status != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404", tt.path, status)
		}
		if tt.heading == "" {
			continue
		}
		for _, want := range []string{
			`class="site-header"`, // the navigation
			"<h1>" + tt.heading + "</h1>",
			tt.names,
			`href="/"`, `href="/search"`,
			"Browse the library", "Search the articles",
		} {
			if !strings.Contains(body, want) {
				t.Errorf("GET %s: the page lacks %q", tt.path, want)
			}
		}
	}

	for _, p := range []string{"/", "/search", "/search?q=x", "/timeline", "/compare", "/read/" + first,
		"/compare/" + first, "/compare/" + first + "/" + last} {
		if status, body := fetch(t, srv.URL+p); status != http.StatusOK || strings.Contains(body, "Page not found") {
			t.Errorf("GET %s: status %d (not-found view: %v), want 200", p, status, strings.Contains(body, "Page not found"))
		}
	}
	// A comparison link with an unknown ID is broken (404), but the comparison page explains it
	// and offers the picker to fix it, rather than the bare not-found view.
	for _, p := range []string{"/compare/" + first + "/no-such-id", "/compare/no-such-id/" + last, "/compare/no-such-id"} {
		status, body := fetch(t, srv.URL+p)
		if status != http.StatusNotFound || !strings.Contains(body, "This comparison link needs fixing") {
			t.Errorf("GET %s: status %d (explained: %v), want 404 with the comparison page's explanation",
				p, status, strings.Contains(body, "This comparison link needs fixing"))
		}
	}
}

// TestHostileURLs probes the local server's prerender with paths and queries that carry markup
// in every encoding, and parses each page as TestHostileSite does: only the element shapes the
// same views write for ordinary URLs, no quote or control character in an attribute, no
// payload unescaped.
func TestHostileURLs(t *testing.T) {
	srv := testServer(t)
	c, err := ui.Corpus()
	if err != nil {
		t.Fatal(err)
	}
	id, other := c.Articles[0].ID, c.Articles[len(c.Articles)-1].ID

	// A partial match, whatever the corpus: a word of the first title and one no article has,
	// for the note a partial match writes ("— without …").
	partial := "/search?q=" + url.QueryEscape(strings.Fields(c.Articles[0].Title + " x")[0]+" qqqqqzz")
	allowed := map[string]bool{}
	for _, p := range []string{"/", "/search", "/search?q=tiktok", "/search?q=amazon&outlet=x&from=2020&to=2025",
		"/search?q=walmrt+microsft", "/search?q=5%+tariff", partial, "/timeline",
		"/timeline?zoom=day&from=2020", "/compare", "/compare/" + id, "/compare/" + id + "/" + other,
		"/compare/" + id + "/nope", "/read/" + id, "/read/nope", "/nope", "/read/",
		// Links that point at nothing the views have, which they say in a notice.
		"/compare/" + id + "/" + other + "?focus=99", "/read/" + id + "?part=99", "/search?q=tiktok+%E0%A4"} {
		_, body := fetch(t, srv.URL+p)
		shapes, err := htmlcheck.Shapes([]byte(body))
		if err != nil {
			t.Fatal(err)
		}
		for s := range shapes {
			allowed[s] = true
		}
	}

	payloads := []string{
		`"><meta http-equiv="refresh" content="0;url=/search?q=x">`,
		`"><svg onload=alert(1)>`,
		`</title><script>alert(1)</script>`,
		`' onmouseover='alert(1)`,
		"`${alert(1)}`",
		`&quot;><svg onload=alert(1)>`,
		`&#34;><img src=x onerror=alert(1)>`,
		"\u2028\u202e\x00",
		`\"><x>`,
	}
	encodings := []func(string) string{
		func(s string) string { return url.PathEscape(s) },
		func(s string) string { return url.QueryEscape(s) },
		func(s string) string { return url.PathEscape(url.PathEscape(s)) }, // double-encoded
		func(s string) string { // only what a browser must encode
			return strings.NewReplacer(" ", "%20", "\x00", "%00", "#", "%23", "?", "%3F", "%", "%25").Replace(s)
		},
	}
	var targets []string
	for _, p := range payloads {
		for _, enc := range encodings {
			e := enc(p)
			targets = append(targets,
				"/read/"+e, "/compare/"+e+"/"+id, "/compare/"+id+"/"+e, "/compare/"+e+"/"+e+"/"+e, "/"+e, "/read/"+e+"/x",
				"/search?q="+e, "/search?q=x&outlet="+e+"&from="+e+"&to="+e,
				"/timeline?from="+e+"&to="+e+"&outlet="+e+"&entity="+e+"&zoom="+e,
				"/?sort="+e, "/compare?a="+e+"&b="+e, "/compare/"+id+"/"+other+"?view="+e+"&focus="+e+"#"+e,
			)
		}
	}
	for _, target := range targets {
		status, body := rawGet(t, strings.TrimPrefix(srv.URL, "http://"), target)
		if status >= 500 {
			t.Errorf("GET %s: status %d", target, status)
			continue
		}
		if !strings.Contains(body, "<html") {
			continue // refused before the app: nothing of the URL is written
		}
		for _, p := range htmlcheck.Check([]byte(body), allowed, htmlcheck.Payloads) {
			t.Errorf("GET %s: %s", target, p)
		}
	}
	t.Logf("%d hostile URLs checked against %d element shapes", len(targets), len(allowed))
}

// rawGet sends target exactly as written on the request line; Go's client would reject or
// normalise some of these forms first.
func rawGet(t *testing.T, addr, target string) (int, string) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", target, addr)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// TestMakefileFuzzesEveryTarget checks that `make fuzz` runs every fuzz target of the
// repository: a new target not added to FUZZ_TARGETS would never run in `make test`.
func TestMakefileFuzzesEveryTarget(t *testing.T) {
	makefile, err := os.ReadFile("Makefile")
	if err != nil {
		t.Fatal(err)
	}
	fuzzRE := regexp.MustCompile(`(?m)^func (Fuzz\w+)\(`)
	n := 0
	err = filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && p != "." || d.Name() == "testdata" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range fuzzRE.FindAllStringSubmatch(string(src), -1) {
			n++
			pair := "./" + filepath.ToSlash(filepath.Dir(p)) + ":" + m[1]
			if filepath.Dir(p) == "." {
				pair = ".:" + m[1]
			}
			if !strings.Contains(string(makefile), pair) {
				t.Errorf("the Makefile's FUZZ_TARGETS lacks %s", pair)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Error("found no fuzz targets")
	}
}

// TestLoadingLabelKnowsTheWasmSize: the local server's app.js gives the loading label app.wasm's
// size, since it sends app.wasm compressed and chunked with no length the label could divide by
// ("Loading Parallax… NaN%" before).
func TestLoadingLabelKnowsTheWasmSize(t *testing.T) {
	web := filepath.Join(t.TempDir(), "web")
	if err := os.MkdirAll(web, 0o755); err != nil {
		t.Fatal(err)
	}
	data, _, err := corpusdata.FromFolder(fixture.Seed(), ingest.Options{}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	lib, err := corpusdata.Library(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(web, "app.wasm"), []byte(strings.Repeat("w", 12345)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := site.WriteData(web, data); err != nil {
		t.Fatal(err)
	}
	if _, err := site.WriteLibrary(web, lib); err != nil {
		t.Fatal(err)
	}
	h, err := handler(web)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(site.Serve(h, web, knownIDs))
	defer srv.Close()
	_, js := fetch(t, srv.URL+"/app.js")
	if want := `goappWasmContentLength = "12345"`; !strings.Contains(js, want) {
		m := regexp.MustCompile(`goappWasmContentLength = "[^"]*"`).FindString(js)
		t.Errorf("app.js declares %s, want %s", m, want)
	}
}
