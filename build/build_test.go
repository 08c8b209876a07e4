package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"parallax/corpus/seed"
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
	return dir
}

func buildInto(t *testing.T, web, base, domain string) (string, string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "dist")
	if _, err := build(config{out: out, base: base, web: web, domain: domain, brotli: 1}); err != nil {
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
	out, version := buildInto(t, web, "/parallax/", "")

	c, err := seed.Load()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"index.html", "404.html", "search.html", "timeline.html", "compare.html",
		"app.js", "app-worker.js", "wasm_exec.js", "app.css", "manifest.webmanifest",
		"web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "web/css/pwa.css", "web/icons/icon.svg"}
	for _, a := range c.Articles {
		want = append(want, "read/"+a.ID+".html")
		for _, b := range c.Articles {
			if a != b {
				want = append(want, "compare/"+a.ID+"/"+b.ID+".html")
			}
		}
	}
	for _, name := range want {
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(name))); err != nil {
			t.Errorf("missing %s", name)
		}
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
	for _, s := range []string{`"app-" + "` + version + `"`, `const shellURL = "/parallax/"`, `"/parallax/web/app.wasm"`} {
		if !strings.Contains(worker, s) {
			t.Errorf("app-worker.js lacks %s", s)
		}
	}
	if !strings.Contains(read("app.js"), `"GOAPP_VERSION":"`+version+`"`) {
		t.Error("app.js does not carry the version")
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

	// Link previews name the articles of a comparison.
	a, b := c.Articles[0], c.Articles[1]
	cmp := read("compare/" + a.ID + "/" + b.ID + ".html")
	head := cmp[:strings.Index(cmp, "</head>")]
	title := head[strings.Index(head, "<title>"):]
	var desc string
	for _, line := range strings.Split(head, "\n") {
		if strings.Contains(line, `property="og:description"`) {
			desc = line
		}
	}
	if strings.Contains(head, "og:url") {
		t.Error("comparison page has og:url without a domain")
	}
	for _, name := range []string{a.Title, b.Title} {
		// Titles pass through HTML escaping; compare their first words, free of apostrophes.
		words := strings.Join(strings.Fields(name)[:3], " ")
		if !strings.Contains(title, words) || !strings.Contains(desc, words) {
			t.Errorf("comparison preview does not name %q:\n%s", name, head)
		}
	}

	// The same input builds the same version; different content, a different one.
	if _, again := buildInto(t, web, "/parallax/", ""); again != version {
		t.Errorf("rebuilding the same input gave version %s, then %s", version, again)
	}
	if _, other := buildInto(t, fakeWeb(t, "wasm v2 "), "/parallax/", ""); other == version {
		t.Errorf("a different app.wasm kept the version %s", version)
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
		{"bad base", config{out: t.TempDir(), base: "/a b/", web: web, brotli: 1}, "base path"},
		{"bad domain", config{out: t.TempDir(), base: "/", web: web, domain: "https://example.org", brotli: 1}, "-domain"},
		{"bad quality", config{out: t.TempDir(), base: "/", web: web, brotli: 12}, "-brotli"},
		{"no wasm", config{out: t.TempDir(), base: "/", web: t.TempDir(), brotli: 1}, "no app.wasm"},
		{"foreign folder", config{out: notOurs, base: "/", web: web, brotli: 1}, "refusing"},
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
