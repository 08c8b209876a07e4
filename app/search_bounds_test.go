//go:build !wasm

package app

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/ingest"
	"parallax/corpus/search"
	"parallax/corpus/search/synth"
	"parallax/internal/fixture"
)

// TestSearchBoundedOnManyOutlets searches a corpus of 3,000 articles from as many outlets (a
// collection of blogs): the filter menu lists the 40 with the most articles and the one the
// link names, so the page stays within the bounds.
func TestSearchBoundedOnManyOutlets(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes 3,000 articles")
	}
	seed, err := ingest.Corpus(fixture.Seed())
	if err != nil {
		t.Fatal(err)
	}
	arts := synth.Generate(seed, 3000)
	for i, a := range arts[len(seed):] {
		a.Outlet = fmt.Sprintf("Blog %04d", i)
		if i%100 == 0 {
			a.Outlet = "Big Blog" // the largest outlet, listed first
		}
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	eng := search.New(c)
	for _, raw := range []string{"q=tiktok", "q=tiktok&outlet=blog+2990"} {
		sp := &searchPage{engine: func() (*search.Engine, error) { return eng, nil }}
		sp.derive(&url.URL{Path: "/search", RawQuery: raw})
		html := app.HTMLString(sp)
		checkBounds(t, "search of 3,000 outlets ?"+raw, html)
		if n := strings.Count(html, "<option"); n > searchOutletChoices+2 {
			t.Errorf("?%s: %d outlets in the menu", raw, n)
		}
		if menu := menuOptions(html, filterOutletID); len(menu) < 2 || menu[1] != "Big Blog" {
			t.Errorf("?%s: the menu does not list the largest outlet first", raw)
		}
		if strings.Contains(raw, "outlet=") && !strings.Contains(html, ">Blog 2990<") {
			t.Errorf("?%s: the menu lacks the outlet the link names", raw)
		}
		if !strings.Contains(html, "can be named in a link") {
			t.Errorf("?%s: the menu does not say it leaves outlets out", raw)
		}
	}
	shown, more := outletChoices([]string{"a", "b", "c"}, "")
	if len(shown) != 3 || more != 0 {
		t.Errorf("a short list is cut: %v, %d", shown, more)
	}
	var many []string
	for i := range 100 {
		many = append(many, fmt.Sprint("o", i))
	}
	shown, more = outletChoices(many, "O77")
	if shown[0] != "o0" || shown[searchOutletChoices-1] != "o39" || shown[len(shown)-1] != "o77" || len(shown) != searchOutletChoices+1 || more != 100-len(shown) {
		t.Errorf("ranked choices %v, %d more", shown, more)
	}
}
