package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestNotFoundPage renders the catch-all view: the navigation, the path named as text (never as
// markup), the ways on, and a hint for a mistyped comparison link.
func TestNotFoundPage(t *testing.T) {
	for _, tt := range []struct{ path, hint string }{
		{"/nope", ""},
		{"/compare/a/b/c", "names two articles at most"},
		{"/read/a/b", "names one article"},
		{`/"><script>alert(1)</script>`, ""},
	} {
		p := &notFoundPage{path: tt.path}
		e := app.NewTestEngine()
		if err := e.Load(p); err != nil {
			t.Fatal(err)
		}
		e.ConsumeAll()
		html := app.HTMLString(p)
		for _, want := range []string{`class="site-header"`, "Page not found", "Browse the library", "Search the articles", tt.hint} {
			if !strings.Contains(html, want) {
				t.Errorf("%s: the view lacks %q", tt.path, want)
			}
		}
		if strings.Contains(html, "<script>alert") {
			t.Errorf("%s: the path became markup", tt.path)
		}
		if !strings.Contains(html, "&lt;script&gt;") && strings.Contains(tt.path, "<script>") {
			t.Errorf("%s: the path is not shown as text", tt.path)
		}
	}
}
