package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parallax/internal/site"
)

// TestHeadersFile checks that a built site carries the security headers for the hosts that read
// a _headers file (Netlify, Cloudflare Pages), scoped to the site's sub-path.
func TestHeadersFile(t *testing.T) {
	out, _ := buildInto(t, fakeWeb(t, "wasm "), "/parallax/", "")
	data, err := os.ReadFile(filepath.Join(out, "_headers"))
	if err != nil {
		t.Fatal(err)
	}
	got := string(data)
	if !strings.Contains(got, "\n/parallax/*\n") {
		t.Errorf("_headers is not scoped to /parallax/*:\n%s", got)
	}
	for _, want := range []string{
		"  Content-Security-Policy: " + site.CSP + "; frame-ancestors 'none'\n",
		"  X-Content-Type-Options: nosniff\n",
		"  Referrer-Policy: no-referrer\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("_headers lacks %q:\n%s", want, got)
		}
	}
	if root := headersFile("/"); !strings.Contains(root, "\n/*\n") {
		t.Errorf("at the domain root, _headers is not scoped to /*:\n%s", root)
	}
}

// TestReadmeHeaders keeps the README's nginx and Apache lines in step with the headers the
// server sends.
func TestReadmeHeaders(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	for _, h := range site.SecurityHeaders {
		for _, line := range []string{
			"add_header " + h.Name + ` "` + h.Value + `" always;`,
			"Header always set " + h.Name + ` "` + h.Value + `"`,
		} {
			if !strings.Contains(readme, line) {
				t.Errorf("README.md lacks %s", line)
			}
		}
	}
}
