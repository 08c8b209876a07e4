//go:build !wasm

package app

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/search"
)

// menuOptions lists the texts of the options of the <select> with the given id, in order.
func menuOptions(html, id string) []string {
	m := regexp.MustCompile(`(?s)<select [^>]*id="` + regexp.QuoteMeta(id) + `"[^>]*>(.*?)</select>`).FindStringSubmatch(html)
	if m == nil {
		return nil
	}
	var out []string
	for _, o := range regexp.MustCompile(`<option[^>]*>([^<]*)</option>`).FindAllStringSubmatch(m[1], -1) {
		out = append(out, strings.TrimSpace(o[1]))
	}
	return out
}

// selectedOption is the text of the option marked selected in the <select> with the given id.
func selectedOption(html, id string) string {
	m := regexp.MustCompile(`(?s)<select [^>]*id="` + regexp.QuoteMeta(id) + `"[^>]*>(.*?)</select>`).FindStringSubmatch(html)
	if m == nil {
		return ""
	}
	if o := regexp.MustCompile(`<option[^>]*selected[^>]*>([^<]*)</option>`).FindStringSubmatch(m[1]); o != nil {
		return strings.TrimSpace(o[1])
	}
	return ""
}

// caseCorpus has one outlet spelt "Reuters" twice and "reuters" twice, another outlet with three
// articles, fewer than the first's four but more than either spelling's, and an article without
// one.
func caseCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	var arts []*corpus.Article
	for i, outlet := range []string{"reuters", "Daily Example", "Reuters", "", "Reuters", "reuters", "Daily Example", "Daily Example"} {
		arts = append(arts, &corpus.Article{ID: fmt.Sprintf("a%d", i), Title: fmt.Sprintf("Title %d", i), Outlet: outlet, AuthorNote: "test",
			Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: "Walmart sells groceries."}}}}})
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestSearchOutletsFoldCase: the search page's outlet menu groups spellings its filter takes as
// one, as the library's does: "Reuters" and "reuters" are one entry, ranked by all their
// articles, and a link in any case selects it and finds them all.
func TestSearchOutletsFoldCase(t *testing.T) {
	eng := search.New(caseCorpus(t))
	for raw, want := range map[string]struct {
		selected string
		total    int
	}{
		"q=walmart":                {"All outlets", 8},
		"q=walmart&outlet=REUTERS": {"Reuters", 4},
		"q=walmart&outlet=reuters": {"Reuters", 4},
	} {
		p := &searchPage{engine: func() (*search.Engine, error) { return eng, nil }}
		p.derive(&url.URL{Path: "/search", RawQuery: raw})
		html := app.HTMLString(p)
		if menu, wantMenu := menuOptions(html, filterOutletID), []string{"All outlets", "Reuters", "Daily Example", "Outlet unknown"}; !slices.Equal(menu, wantMenu) {
			t.Errorf("?%s: outlet menu %q, want %q", raw, menu, wantMenu)
		}
		if got := selectedOption(html, filterOutletID); got != want.selected {
			t.Errorf("?%s: the menu selects %q, want %q", raw, got, want.selected)
		}
		if p.res.Total != want.total {
			t.Errorf("?%s: %d articles, want %d", raw, p.res.Total, want.total)
		}
	}
}

// TestTimelineOutletsFoldCase: the timeline's outlet menu groups spellings its filter takes as
// one, as the library's does, ranked by all their articles, and a link in any case selects that
// entry.
func TestTimelineOutletsFoldCase(t *testing.T) {
	c := caseCorpus(t)
	for raw, selected := range map[string]string{"": "All outlets", "outlet=REUTERS": "Reuters", "outlet=reuters": "Reuters"} {
		_, html := renderTimeline(c, nil, raw)
		if menu, want := menuOptions(html, tlOutletID), []string{"All outlets", "Reuters", "Daily Example", "Outlet unknown"}; !slices.Equal(menu, want) {
			t.Errorf("?%s: outlet menu %q, want %q", raw, menu, want)
		}
		if got := selectedOption(html, tlOutletID); got != selected {
			t.Errorf("?%s: the menu selects %q, want %q", raw, got, selected)
		}
	}
}

// TestBoundedChoicesFoldCase: a menu cut to its first choices keeps the one a link names in
// another case, once, as the filter matches it.
func TestBoundedChoicesFoldCase(t *testing.T) {
	var many []string
	for i := range 100 {
		many = append(many, fmt.Sprint("Outlet ", i))
	}
	got := boundedChoices(many, tlOutletChoices, "OUTLET 77")
	if len(got) != tlOutletChoices+1 || got[len(got)-1] != "Outlet 77" {
		t.Errorf("the menu cut to %d keeps %q last of %d, want Outlet 77 last of %d", tlOutletChoices, got[len(got)-1], len(got), tlOutletChoices+1)
	}
}
