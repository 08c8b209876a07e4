package site

import (
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// webDir writes a small web/ folder with an app.wasm and its precompressed siblings.
func webDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "web")
	files := map[string]string{
		"app.wasm":    "raw wasm",
		"app.wasm.br": "brotli wasm",
		"app.wasm.gz": "gzip wasm",
		"css/x.css":   "body{}",
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The siblings are newer than the original, as after `make wasm`.
	old := time.Now().Add(-time.Hour)
	os.Chtimes(filepath.Join(dir, "app.wasm"), old, old)
	return dir
}

func TestServe(t *testing.T) {
	dir := webDir(t)
	h := Handler(Options{Version: "v1"})
	srv := Serve(h, dir, nil)
	get := func(path, accept, ifNoneMatch string) *httptest.ResponseRecorder {
		r := httptest.NewRequest("GET", path, nil)
		if accept != "" {
			r.Header.Set("Accept-Encoding", accept)
		}
		if ifNoneMatch != "" {
			r.Header.Set("If-None-Match", ifNoneMatch)
		}
		w := httptest.NewRecorder()
		srv.ServeHTTP(w, r)
		return w
	}
	tests := []struct {
		name, path, accept, inm string
		status                  int
		encoding, body, etag    string
		contentType             string
	}{
		{name: "brotli", path: "/web/app.wasm", accept: "gzip, deflate, br", status: 200, encoding: "br", body: "brotli wasm", etag: `"v1-br"`, contentType: "application/wasm"},
		{name: "gzip only", path: "/web/app.wasm", accept: "gzip", status: 200, encoding: "gzip", body: "gzip wasm", etag: `"v1-gzip"`, contentType: "application/wasm"},
		{name: "brotli refused", path: "/web/app.wasm", accept: "br;q=0, gzip", status: 200, encoding: "gzip", body: "gzip wasm"},
		{name: "identity", path: "/web/app.wasm", status: 200, body: "raw wasm"},
		{name: "revalidated", path: "/web/app.wasm", accept: "br", inm: `"v1-br"`, status: 304},
		{name: "escape", path: "/web/../server.go", accept: "br", status: 404},
		{name: "manifest", path: "/manifest.webmanifest", status: 200, contentType: "application/manifest+json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := get(tt.path, tt.accept, tt.inm)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d", w.Code, tt.status)
			}
			hd := w.Header()
			if !strings.HasPrefix(hd.Get("Content-Security-Policy"), CSP) {
				t.Errorf("CSP header %q", hd.Get("Content-Security-Policy"))
			}
			if tt.status != 200 {
				return
			}
			if got := hd.Get("Content-Encoding"); got != tt.encoding {
				t.Errorf("Content-Encoding %q, want %q", got, tt.encoding)
			}
			if tt.body != "" && w.Body.String() != tt.body {
				t.Errorf("body %q, want %q", w.Body.String(), tt.body)
			}
			if tt.etag != "" && hd.Get("ETag") != tt.etag {
				t.Errorf("ETag %q, want %q", hd.Get("ETag"), tt.etag)
			}
			if tt.contentType != "" && hd.Get("Content-Type") != tt.contentType {
				t.Errorf("Content-Type %q, want %q", hd.Get("Content-Type"), tt.contentType)
			}
			if hd.Get("Cache-Control") != "no-cache" {
				t.Errorf("Cache-Control %q, want no-cache", hd.Get("Cache-Control"))
			}
			if tt.encoding != "" && !strings.Contains(hd.Get("Vary"), "Accept-Encoding") {
				t.Error("a negotiated response does not vary on Accept-Encoding")
			}
		})
	}

	w := get("/app-worker.js", "", "")
	worker := w.Body.String()
	for _, want := range []string{`const cacheName = "app-" + "v1"`, `const shellURL = "/"`, "ignoreSearch: true", `/web/icons/icon.svg"`, `/web/css/pwa.css"`} {
		if !strings.Contains(worker, want) {
			t.Errorf("app-worker.js lacks %s", want)
		}
	}
	if strings.Contains(worker, "{{") {
		t.Error("app-worker.js has an unfilled placeholder")
	}
}

func TestStaleSiblingIsNotServed(t *testing.T) {
	dir := webDir(t)
	future := time.Now().Add(time.Hour)
	os.Chtimes(filepath.Join(dir, "app.wasm"), future, future)
	r := httptest.NewRequest("GET", "/web/app.wasm", nil)
	r.Header.Set("Accept-Encoding", "br, gzip")
	w := httptest.NewRecorder()
	Serve(Handler(Options{Version: "v1"}), dir, nil).ServeHTTP(w, r)
	if w.Header().Get("Content-Encoding") != "" {
		t.Errorf("served a sibling older than app.wasm with Content-Encoding %q", w.Header().Get("Content-Encoding"))
	}
}

func TestVersion(t *testing.T) {
	dir := webDir(t)
	v1, err := Version(dir)
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := Version(dir); again != v1 {
		t.Errorf("Version is not stable: %s then %s", v1, again)
	}
	// Precompressed siblings derive from their originals and do not count.
	os.WriteFile(filepath.Join(dir, "app.wasm.br"), []byte("recompressed"), 0o644)
	if v, _ := Version(dir); v != v1 {
		t.Errorf("a new .br sibling changed the version")
	}
	os.WriteFile(filepath.Join(dir, "css", "x.css"), []byte("body{color:red}"), 0o644)
	if v, _ := Version(dir); v == v1 {
		t.Errorf("a changed stylesheet kept the version %s", v)
	}
	if _, err := Version(filepath.Join(dir, "missing")); err == nil {
		t.Error("Version of a missing folder succeeded")
	}
}

func TestPageStatus(t *testing.T) {
	known := func(kind, id string) bool { return kind == KindArticle && (id == "a" || id == "b") }
	tests := []struct {
		path string
		want int
	}{
		{"/", 200}, {"/search", 200}, {"/timeline", 200}, {"/compare", 200},
		{"/read/a", 200}, {"/read/z", 404}, {"/read/", 404}, {"/read/a/b", 404}, {"/read", 404},
		{"/compare/a", 200}, {"/compare/a/b", 200}, {"/compare/", 200}, {"/compare/a/", 200},
		{"/compare//b", 200}, {"/compare/b/a", 200}, {"/compare/a/a", 200},
		{"/compare/a/z", 404}, {"/compare/z/a", 404}, {"/compare/z", 404}, {"/compare/z/y", 404},
		{"/compare/a/b/", 404}, {"/compare/a/b/c", 404},
		{"/compare?a=a&b=b", 200}, {"/compare?a=a", 200}, {"/compare?a=&b=", 200}, {"/compare?view=pairs", 200},
		{"/compare?a=a&b=z", 404}, {"/compare?a=z", 404}, {"/compare?b=z+", 404},
		{"/nope", 404}, {"/search/", 404}, {"/timeline/x", 404}, {"/index.html", 404}, {"", 404},
	}
	for _, tt := range tests {
		path, raw, _ := strings.Cut(tt.path, "?")
		q, _ := url.ParseQuery(raw)
		if got := PageStatus(path, q, known); got != tt.want {
			t.Errorf("PageStatus(%q) = %d, want %d", tt.path, got, tt.want)
		}
	}
	if got := PageStatus("/read/anything", nil, nil); got != 200 {
		t.Errorf("with no Known, an article ID is %d, want 200", got)
	}
}
