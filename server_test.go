//go:build !wasm

package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	ui "parallax/app"
	"parallax/corpus/seed"
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
	c, err := seed.Load() // whatever the corpus holds: the test takes its IDs from it
	if err != nil {
		t.Fatal(err)
	}
	first, last := c.Articles[0].ID, c.Articles[len(c.Articles)-1].ID

	missing := []struct{ path, heading, names string }{
		{"/nope", "Page not found", "/nope"},
		{"/compare/a/b/c", "Page not found", "/compare/a/b/c"},
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
		"/compare/" + first, "/compare/" + first + "/" + last, "/compare/" + first + "/no-such-id"} {
		if status, body := fetch(t, srv.URL+p); status != http.StatusOK || strings.Contains(body, "Page not found") {
			t.Errorf("GET %s: status %d (not-found view: %v), want 200", p, status, strings.Contains(body, "Page not found"))
		}
	}
}
