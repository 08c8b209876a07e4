package site

import (
	"strings"
	"testing"
)

func TestNormalizeBase(t *testing.T) {
	tests := []struct {
		in, want string
		bad      bool
	}{
		{in: "", want: "/"},
		{in: "/", want: "/"},
		{in: "parallax", want: "/parallax/"},
		{in: "/parallax", want: "/parallax/"},
		{in: "/parallax/", want: "/parallax/"},
		{in: " /a/b-c_d.e~f/ ", want: "/a/b-c_d.e~f/"},
		{in: "/a//b/", bad: true},
		{in: "/../x/", bad: true},
		{in: "/./", bad: true},
		{in: "/a b/", bad: true},
		{in: "/a?x=1", bad: true},
		{in: "/a#x", bad: true},
		{in: "https://example.org/a", bad: true},
		{in: `/a"b/`, bad: true},
		{in: "/é/", bad: true},
	}
	for _, tt := range tests {
		got, err := NormalizeBase(tt.in)
		switch {
		case tt.bad && err == nil:
			t.Errorf("NormalizeBase(%q) = %q, want an error", tt.in, got)
		case !tt.bad && err != nil:
			t.Errorf("NormalizeBase(%q): %v", tt.in, err)
		case !tt.bad && got != tt.want:
			t.Errorf("NormalizeBase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzNormalizeBase(f *testing.F) {
	for _, s := range []string{"", "/", "/parallax/", "a/b", "/../", "//x", "/a?b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := NormalizeBase(s)
		if err != nil {
			return
		}
		if !strings.HasPrefix(b, "/") || !strings.HasSuffix(b, "/") || strings.Contains(b, "//") && b != "/" {
			t.Fatalf("NormalizeBase(%q) = %q: not of the form /x/", s, b)
		}
		if again, err := NormalizeBase(b); err != nil || again != b {
			t.Fatalf("NormalizeBase is not idempotent on %q: %q, %v", b, again, err)
		}
	})
}

func TestPrefixResolver(t *testing.T) {
	r := prefixResolver{"/parallax/"}
	tests := []struct{ in, want string }{
		{"", "/parallax/"},
		{"/", "/parallax/"},
		{"/web/app.wasm", "/parallax/web/app.wasm"},
		{"/web", "/parallax/web"},
		{"/app-worker.js", "/parallax/app-worker.js"},
		{"/read/x#p1s2", "/parallax/read/x#p1s2"},
		{"#main", "#main"},
		{"?sort=oldest", "?sort=oldest"},
		{"relative/x", "relative/x"},
		{"//cdn.example.org/x", "//cdn.example.org/x"},
		{"https://example.org/x", "https://example.org/x"},
		{"http://example.org/x", "http://example.org/x"},
	}
	for _, tt := range tests {
		if got := r.Resolve(tt.in); got != tt.want {
			t.Errorf("Resolve(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
