package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"parallax/corpus"
	"parallax/corpus/index"
	"parallax/internal/corpusdata"
	"parallax/internal/fixture"
	"parallax/internal/site"
	"parallax/internal/synthfolder"
)

// fakeWeb is a copy of the repository's web/ styles and icons with a stand-in app.wasm: the
// generator only copies the wasm, and the prerendered pages come from this (native) process.
func fakeWeb(t *testing.T, wasm string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "web")
	for _, sub := range []string{"css", "icons"} {
		if err := os.CopyFS(filepath.Join(dir, sub), os.DirFS(filepath.Join("..", "web", sub))); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "app.wasm"), []byte(strings.Repeat(wasm, 1000)), 0o644); err != nil {
		t.Fatal(err)
	}
	// The local server's data file, which a site must not copy: it gets its own from -corpus.
	if _, err := site.WriteData(dir, []byte("stale local data")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// fixtureFolder is a corpus folder on disk with the fixed seed articles of package fixture.
func fixtureFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := synthfolder.Copy(dir, fixture.Seed()); err != nil {
		t.Fatal(err)
	}
	return dir
}

// fixtureCorpus is the corpus of fixtureFolder as the build reads it.
func fixtureCorpus(t *testing.T, dir string) *corpus.Corpus {
	t.Helper()
	data, _, err := readCorpus(config{corpus: dir, report: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	arts, err := index.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func buildInto(t *testing.T, web, base, domain string) (string, string) {
	t.Helper()
	return buildCorpus(t, fixtureFolder(t), web, base, domain)
}

func buildCorpus(t *testing.T, corpusDir, web, base, domain string) (string, string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "dist")
	if _, err := build(config{corpus: corpusDir, out: out, base: base, web: web, domain: domain, brotli: 1}); err != nil {
		t.Fatal(err)
	}
	v, err := os.ReadFile(filepath.Join(out, marker))
	if err != nil {
		t.Fatal(err)
	}
	return out, strings.TrimSpace(string(v))
}

func TestBuildSubPath(t *testing.T) {
	web := fakeWeb(t, "wasm v1 ")
	folder := fixtureFolder(t)
	out, version := buildCorpus(t, folder, web, "/parallax/", "")

	c := fixtureCorpus(t, folder)
	data, _, err := readCorpus(config{corpus: folder, report: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	dataFile := "web/data/" + site.DataFile(data)
	lib, err := corpusdata.Library(data)
	if err != nil {
		t.Fatal(err)
	}
	libFile := "web/data/" + site.LibraryFile(lib)
	want := []string{libFile, libFile + ".br", "index.html", "404.html", "_redirects", "search.html", "timeline.html", "compare.html",
		"app.js", "app-worker.js", "wasm_exec.js", "app.css", "manifest.webmanifest",
		"web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "web/css/pwa.css", "web/icons/icon.svg",
		dataFile, dataFile + ".br", dataFile + ".gz"}
	for _, a := range c.Articles {
		want = append(want, "read/"+a.ID+".html")
	}
	for _, name := range want {
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(name))); err != nil {
			t.Errorf("missing %s", name)
		}
	}
	// Pairs of articles are never prerendered; the local server's data is not copied.
	if _, err := os.Stat(filepath.Join(out, "compare")); err == nil {
		t.Error("the build wrote comparison pages: n×(n−1) of them do not scale")
	}
	if got, _ := filepath.Glob(filepath.Join(out, "web", "data", "corpus.*.bin")); len(got) != 1 {
		t.Errorf("data files %v, want only %s", got, dataFile)
	}
	if got, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(dataFile))); err != nil || string(got) != string(data) {
		t.Errorf("%s is not the corpus data (%v)", dataFile, err)
	}
	if got, _ := filepath.Glob(filepath.Join(out, "web", "data", "library.*.bin")); len(got) != 1 {
		t.Errorf("library files %v, want only %s", got, libFile)
	}

	read := func(name string) string {
		data, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	var m struct{ ID, Scope, StartURL string }
	if err := json.Unmarshal([]byte(strings.Replace(read("manifest.webmanifest"), "start_url", "StartURL", 1)), &m); err != nil {
		t.Fatal(err)
	}
	if m.ID != "/parallax/" || m.Scope != "/parallax/" || m.StartURL != "/parallax/" {
		t.Errorf("manifest %+v, want everything at /parallax/", m)
	}
	worker := read("app-worker.js")
	for _, s := range []string{`"app-" + "` + version + `"`, `const shellURL = "/parallax/"`, `"/parallax/web/app.wasm"`, `"/parallax/` + dataFile + `"`, `"/parallax/` + libFile + `"`} {
		if !strings.Contains(worker, s) {
			t.Errorf("app-worker.js lacks %s", s)
		}
	}
	appJS := read("app.js")
	for _, s := range []string{`"GOAPP_VERSION":"` + version + `"`, `"PARALLAX_DATA":"/parallax/` + dataFile + `"`, fmt.Sprintf(`"PARALLAX_DATA_SIZE":"%d"`, len(data)),
		`"PARALLAX_LIBRARY":"/parallax/` + libFile + `"`, fmt.Sprintf(`"PARALLAX_LIBRARY_SIZE":"%d"`, len(lib))} {
		if !strings.Contains(appJS, s) {
			t.Errorf("app.js lacks %s", s)
		}
	}
	// The library's page, where the app starts from the library file, has the browser fetch it
	// early, under the sub-path and in fetch()'s CORS mode; a page that waits for the data file
	// does not.
	preload := regexp.MustCompile(`<link[^>]*"preload"[^>]*>`)
	if tag := preload.FindString(read("index.html")); !strings.Contains(tag, `href="/parallax/`+libFile+`"`) ||
		!strings.Contains(tag, `as="fetch"`) || !strings.Contains(tag, `crossorigin="anonymous"`) {
		t.Errorf("index.html preloads %q, want the library file as a fetch with CORS", tag)
	}
	if tag := preload.FindString(read("search.html")); tag != "" {
		t.Errorf("search.html preloads %s", tag)
	}
	if got, want := read("_redirects"), "/parallax/compare/*  /parallax/404.html  200\n"; !strings.Contains(got, want) {
		t.Errorf("_redirects:\n%s\nwant the line %q", got, want)
	}

	// Every page: the policy first in <head>, links under the sub-path, nothing remote.
	// Links to an article's original page are fine: a reader follows them. Anything the page
	// loads by itself is not.
	remote := regexp.MustCompile(`(?i)<(script|img|link|iframe|source|video|audio|object|embed|form)\b[^>]*\b(src|href|action|data)="(https?:)?//`)
	filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".html" {
			return err
		}
		data, _ := os.ReadFile(path)
		html := string(data)
		rel, _ := filepath.Rel(out, path)
		metas := strings.SplitN(html, "<meta", 4)
		if len(metas) < 3 || !strings.Contains(metas[1], `charset="UTF-8"`) || !strings.Contains(metas[2], "Content-Security-Policy") {
			t.Errorf("%s: the policy is not first in <head>", rel)
		}
		if m := remote.FindString(html); m != "" {
			t.Errorf("%s: refers to another origin: %s", rel, m)
		}
		if strings.Contains(html, versionPlaceholder) {
			t.Errorf("%s: version placeholder left", rel)
		}
		for _, bad := range []string{`href="/read/`, `href="/compare/`, `src="/web/`, `action="/search"`} {
			if strings.Contains(html, bad) {
				t.Errorf("%s: %s… escapes the sub-path", rel, bad)
			}
		}
		return nil
	})

	// The shell answers every path the build did not write.
	if read("404.html") != read("index.html") {
		t.Error("404.html is not the app shell")
	}

	// The same input builds the same version; different content, a different one.
	if _, again := buildCorpus(t, folder, web, "/parallax/", ""); again != version {
		t.Errorf("rebuilding the same input gave version %s, then %s", version, again)
	}
	if _, other := buildInto(t, fakeWeb(t, "wasm v2 "), "/parallax/", ""); other == version {
		t.Errorf("a different app.wasm kept the version %s", version)
	}
	if err := synthfolder.Add(folder, 1); err != nil {
		t.Fatal(err)
	}
	if _, other := buildCorpus(t, folder, web, "/parallax/", ""); other == version {
		t.Errorf("a different corpus kept the version %s", version)
	}
}

func TestBuildDomain(t *testing.T) {
	out, _ := buildInto(t, fakeWeb(t, "wasm "), "/", "example.org")
	data, err := os.ReadFile(filepath.Join(out, "read", "walmart-microsoft-tiktok-bid.html"))
	if err != nil {
		t.Fatal(err)
	}
	html := string(data)
	for _, want := range []string{
		`content="https://example.org/read/walmart-microsoft-tiktok-bid" property="og:url"`,
		`content="https://example.org/web/icons/icon-512.png" property="og:image"`,
		"Walmart partners with Microsoft",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("reader page lacks %s", want)
		}
	}
}

func TestBuildRefuses(t *testing.T) {
	web := fakeWeb(t, "wasm ")
	notOurs := t.TempDir()
	os.WriteFile(filepath.Join(notOurs, "go.mod"), []byte("module x\n"), 0o644)
	tests := []struct {
		name string
		c    config
		msg  string
	}{
		{"no corpus", config{corpus: filepath.Join(t.TempDir(), "none"), out: t.TempDir(), base: "/", web: web, brotli: 1}, "-corpus"},
		{"corpus is a file", config{corpus: filepath.Join(web, "app.wasm"), out: t.TempDir(), base: "/", web: web, brotli: 1}, "not a folder"},
		{"no articles", config{corpus: t.TempDir(), out: t.TempDir(), base: "/", web: web, brotli: 1, report: io.Discard}, "no usable article"},
		{"bad base", config{out: t.TempDir(), base: "/a b/", web: web, brotli: 1}, "base path"},
		{"bad domain", config{out: t.TempDir(), base: "/", web: web, domain: "https://example.org", brotli: 1}, "-domain"},
		{"bad quality", config{out: t.TempDir(), base: "/", web: web, brotli: 12}, "-brotli"},
		{"no wasm", config{out: t.TempDir(), base: "/", web: t.TempDir(), brotli: 1}, "no app.wasm"},
		{"foreign folder", config{corpus: fixtureFolder(t), out: notOurs, base: "/", web: web, brotli: 1}, "refusing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := build(tt.c)
			if err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("build: %v, want an error with %q", err, tt.msg)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(notOurs, "go.mod")); err != nil {
		t.Error("a refused build touched the folder")
	}
}

// TestMode: -catalog alone writes the catalog and nothing else; with -data-only or -out it comes
// with the data file or the site, as asked.
func TestMode(t *testing.T) {
	tests := []struct {
		name   string
		c      config
		outSet bool
		want   string
	}{
		{"catalog alone", config{catalog: "/tmp/found.json"}, false, modeCatalog},
		{"catalog with -data-only", config{catalog: "/tmp/found.json", dataOnly: true}, false, modeData},
		{"catalog with -out", config{catalog: "/tmp/found.json", out: "dist"}, true, modeSite},
		{"-data-only", config{dataOnly: true}, false, modeData},
		{"no flags", config{}, false, modeSite},
		{"-out alone", config{out: "site"}, true, modeSite},
	}
	for _, tt := range tests {
		if got := mode(tt.c, tt.outSet); got != tt.want {
			t.Errorf("%s: mode %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestCatalogOnly: the catalog is written and no data file is.
func TestCatalogOnly(t *testing.T) {
	web := t.TempDir()
	found := filepath.Join(t.TempDir(), "found.json")
	var report strings.Builder
	if _, err := catalogOnly(config{corpus: "testdata/hostile", web: web, catalog: found, report: &report}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(found); err != nil {
		t.Errorf("no catalog written: %v", err)
	}
	if entries, _ := os.ReadDir(web); len(entries) != 0 {
		t.Errorf("the web folder got %d entries, want none", len(entries))
	}
}
