package app

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestPagerItems checks the windowed pager the library, the reader and the comparison share:
// its labels in order, the current page marked, and a size that does not grow with the pages.
func TestPagerItems(t *testing.T) {
	text := regexp.MustCompile(`>([^<]+)</`)
	tests := []struct {
		cur, last int
		want      string
	}{
		{1, 1, "1"},
		{1, 3, "1 2 3 Next ›"},
		{3, 3, "‹ Previous 1 2 3"},
		{5, 10, "‹ Previous 1 … 3 4 5 6 7 … 10 Next ›"},
		{4, 10, "‹ Previous 1 2 3 4 5 6 … 10 Next ›"},
		{9999, 10000, "‹ Previous 1 … 9997 9998 9999 10000 Next ›"},
	}
	for _, tt := range tests {
		html := app.HTMLString(app.Ul().Body(pagerItems(tt.cur, tt.last, "page", func(n int) string {
			return fmt.Sprintf("/?page=%d", n)
		})...))
		var got []string
		for _, m := range text.FindAllStringSubmatch(html, -1) {
			if s := strings.TrimSpace(m[1]); s != "" {
				got = append(got, s)
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("pager %d of %d: %q, want %q", tt.cur, tt.last, g, tt.want)
		}
		if want := fmt.Sprintf(`href="/?page=%d"`, tt.cur); tt.last > 1 && !regexp.MustCompile(`aria-current="page"[^>]*`+regexp.QuoteMeta(want)+`|`+regexp.QuoteMeta(want)+`[^>]*aria-current="page"`).MatchString(html) {
			t.Errorf("pager %d of %d: the current page is not marked", tt.cur, tt.last)
		}
	}
}
