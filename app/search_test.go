package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus/search"
)

// renderSearch mounts the search page for a query in go-app's test engine.
func renderSearch(t *testing.T, q search.Query) string {
	t.Helper()
	p := &searchPage{query: q, res: runSearch(q), outlets: searchOutlets()}
	e := app.NewTestEngine()
	if err := e.Load(p); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return app.HTMLString(p)
}

func TestSearchRender(t *testing.T) {
	html := renderSearch(t, search.Query{Text: "walmrt microsft"})
	for _, want := range []string{
		`href="/read/walmart-microsoft-tiktok-bid#p1s1"`,
		"<mark>Walmart</mark>",
		"<mark>Microsoft</mark>",
		"1 article matches every word.",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("rendered results lack %q", want)
		}
	}

	if html := renderSearch(t, search.Query{Text: "walmart georgia"}); !strings.Contains(html, "best partial matches") ||
		!strings.Contains(html, "without “georgia”") {
		t.Error("partial matches are not labelled")
	}

	// A hostile query is text, never markup, and stays out of attributes.
	hostile := `"><script>alert(1)</script>`
	html = renderSearch(t, search.Query{Text: hostile})
	if strings.Contains(html, "<script>alert") {
		t.Error("the query was rendered as markup")
	}
}

func TestSearchMarked(t *testing.T) {
	text := "“Walmart” » TikTok’s"
	for _, c := range []struct {
		spans []search.Span
		want  string
	}{
		{[]search.Span{{Start: 1, End: 8}, {Start: 12, End: 18}}, "“<mark>Walmart</mark>” » <mark>TikTok</mark>’s"},
		// Spans out of range or out of order are dropped, not trusted.
		{[]search.Span{{Start: 1, End: 8}, {Start: 0, End: 2}, {Start: 18, End: 99}, {Start: 5, End: 5}}, "“<mark>Walmart</mark>” » TikTok’s"},
	} {
		html := app.HTMLString(app.P().Body(searchMarked(text, c.spans)...))
		got := strings.Join(strings.Fields(strings.NewReplacer("<p>", "", "</p>", "", "\n", "").Replace(html)), " ")
		want := strings.Join(strings.Fields(c.want), " ")
		if strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(want, " ", "") {
			t.Errorf("got %s, want %s", got, want)
		}
	}
}
