package app

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestCompareNavigateLater: on the page load the compare page leaves the alignment for a task of
// its own (navigateLater with later set); finishing it with navigate gives the same page as
// aligning at once, for a plain link, a focused pair and the pairs-only view. Links that need
// no alignment are never left pending.
func TestCompareNavigateLater(t *testing.T) {
	links := []string{
		"/compare/" + idWhatjobs + "/" + idChew,
		"/compare/" + idWhatjobs + "/" + idChew + "#pair-2",
		"/compare/" + idWalmart + "/" + idAcquire + "?view=pairs&focus=1",
		"/compare?a=" + idChew + "&b=" + idWalmart,
	}
	for _, link := range links {
		t.Run(link, func(t *testing.T) {
			now := newComparePage()
			wantTitle, wantDesc := now.navigate(mustURL(t, link))

			p := newComparePage()
			title, desc := p.navigateLater(mustURL(t, link), true)
			if !p.pending || p.cmp != nil || p.view != nil {
				t.Fatalf("navigateLater(later) aligned at once: pending %v, comparison %v", p.pending, p.cmp != nil)
			}
			if title != wantTitle || desc != "" {
				t.Errorf("pending title, description = %q, %q; want %q, \"\"", title, desc, wantTitle)
			}
			if html := app.HTMLString(p); !strings.Contains(html, `role="status"`) || !strings.Contains(html, "Aligning") {
				t.Errorf("the pending page does not say it is aligning:\n%s", html)
			}
			title, desc = p.navigate(mustURL(t, link))
			if p.pending || p.cmp == nil {
				t.Fatalf("navigate left the page pending")
			}
			if title != wantTitle || desc != wantDesc || p.focus != now.focus {
				t.Errorf("finished page: %q, %q, focus %d; aligning at once: %q, %q, focus %d", title, desc, p.focus, wantTitle, wantDesc, now.focus)
			}
			// go-app writes attributes in map order, so the pages are compared by what they show.
			if diff := cmp.Diff(len(now.cmp.Pairs), len(p.cmp.Pairs)); diff != "" {
				t.Errorf("aligned pairs differ (-now +later):\n%s", diff)
			}
			html := app.HTMLString(p)
			if strings.Contains(html, "Aligning") || (len(p.cmp.Pairs) > 0 && !strings.Contains(html, `id="pair-1"`)) {
				t.Errorf("the finished page still says it is aligning, or shows no pair 1 of %d", len(p.cmp.Pairs))
			}
		})
	}
	for _, link := range []string{"/compare", "/compare/" + idChew, "/compare/x/y", "/compare/" + idChew + "/" + idChew} {
		p := newComparePage()
		p.navigateLater(mustURL(t, link), true)
		if p.pending {
			t.Errorf("%s: left pending, but there is nothing to align", link)
		}
	}
}
