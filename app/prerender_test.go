//go:build !wasm

package app

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"parallax/internal/site"
)

// TestPrerender runs each page's OnNav and Render through go-app's server-side prerender, as the
// local server and the static-site generator do, and checks what crawlers and link previews get.
func TestPrerender(t *testing.T) {
	Routes()
	srv := httptest.NewServer(site.Serve(site.Handler(site.Options{Version: "test"}), "web", nil))
	defer srv.Close()

	tests := []struct {
		path string
		want []string
	}{
		{"/", []string{"<title>Parallax — library</title>", "Amazon Faces Scrutiny Over TikTok Partnership", "Date unknown"}},
		{"/read/whatjobs-amazon-tiktok-scrutiny", []string{
			"<title>Amazon Faces Scrutiny Over TikTok Partnership — Parallax</title>",
			`id="p1s1"`, "Nagasunder", "Show removed boilerplate",
		}},
		{"/read/no-such-article", []string{"No such article", "no-such-article"}},
	}
	for _, tt := range tests {
		body := get(t, srv.URL+tt.path)
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s: missing %q", tt.path, w)
			}
		}
	}

	// Text from the URL reaches titles and <meta> attributes only as harmless text.
	for _, path := range []string{"/compare/%22%3E%3Cb%3Ehostile/x", "/read/%22%3E%3Cb%3Ehostile"} {
		if body := get(t, srv.URL+path); strings.Contains(body, `"><b>hostile`) {
			t.Errorf("GET %s: text from the URL became markup", path)
		}
	}

	// The current sort order is marked in the prerendered page too (attribute order varies).
	body := get(t, srv.URL+"/?sort=oldest")
	tag := regexp.MustCompile(`<a[^>]*sort=oldest[^>]*>`).FindString(body)
	if !strings.Contains(tag, `aria-current="page"`) {
		t.Errorf("current sort link not marked: %s", tag)
	}
}

func get(t *testing.T, u string) string {
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
	return string(body)
}
