package app

import (
	"strings"
	"testing"
)

// wantHTML reports each of want that html lacks and each of not that it has, as errors that
// name what was rendered.
func wantHTML(t *testing.T, what, html string, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(html, w) {
			t.Errorf("%s: the page lacks %q", what, w)
		}
	}
	for _, w := range not {
		if strings.Contains(html, w) {
			t.Errorf("%s: the page has %q", what, w)
		}
	}
}
