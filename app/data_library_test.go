//go:build !wasm

package app

import (
	"bytes"
	"errors"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"parallax/corpus/index"
	"parallax/internal/site"
)

// fixtureLibrary is the library file of fixtureData, as the build writes it.
func fixtureLibrary(t *testing.T) []byte {
	t.Helper()
	arts, err := index.Decode(fixtureData())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := index.EncodeLibrary(&buf, arts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestLibraryBeforeText renders every view with only the library file loaded, as the browser
// has it while the data file is on its way: the library is the same page as with the whole
// corpus; the views that need the text say it is loading, in a status, and never fail; a
// failure of the text is shown in those views while the library keeps working.
func TestLibraryBeforeText(t *testing.T) {
	Routes()
	defer SetData(fixtureData())
	srv := httptest.NewServer(site.Serve(site.Handler(site.Options{Version: "test"}), "web", nil))
	defer srv.Close()
	pages := []string{"/", "/?sort=title", "/?page=2"}
	full := map[string]string{}
	// The <head>'s attributes come in no fixed order: the body is the page.
	body := func(p string) string {
		page := get(t, srv.URL+p)
		return sortedAttrs(t, page[strings.Index(page, "<body"):])
	}
	for _, p := range pages {
		full[p] = body(p)
	}

	if err := SetLibrary(fixtureLibrary(t)); err != nil {
		t.Fatal(err)
	}
	select {
	case <-textLoaded():
		t.Fatal("the text is marked loaded after the library file alone")
	default:
	}
	for _, p := range pages {
		if got := body(p); got != full[p] {
			t.Errorf("GET %s with the library file only differs from the page with the whole corpus:\n%s", p, firstDiff(full[p], got))
		}
	}
	const loading = `role="status"`
	tests := []struct {
		path string
		want []string
	}{
		{"/search?q=amazon", []string{loading, `id="text-loading"`, "Loading the articles&#39; text…", "<h1>Search</h1>"}},
		{"/timeline", []string{loading, "<h1>Timeline</h1>"}},
		// The heading is the article's title, which sets its own direction as the reader's does.
		{"/read/whatjobs-amazon-tiktok-scrutiny", []string{loading, `<h1 dir="auto">Amazon Faces Scrutiny Over TikTok Partnership</h1>`}},
		{"/read/no-such-article", []string{"No such article"}},
		{"/compare/whatjobs-amazon-tiktok-scrutiny/no-such", []string{loading}},
		{"/compare", []string{"compare-picker"}},
		{"/compare/whatjobs-amazon-tiktok-scrutiny", []string{"compare-picker", "Compare “Amazon Faces Scrutiny Over TikTok Partnership” with…"}},
	}
	for _, tt := range tests {
		body := get(t, srv.URL+tt.path)
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s before the text: missing %q", tt.path, w)
			}
		}
		if strings.Contains(body, "could not") {
			t.Errorf("GET %s before the text: an error view", tt.path)
		}
	}

	SetTextError(errors.New("the data file is gone"))
	select {
	case <-textLoaded():
	default:
		t.Fatal("a failure of the text leaves the views waiting")
	}
	for _, p := range []string{"/search?q=amazon", "/timeline", "/read/whatjobs-amazon-tiktok-scrutiny", "/compare/whatjobs-amazon-tiktok-scrutiny/x"} {
		if body := get(t, srv.URL+p); !strings.Contains(body, "the data file is gone") {
			t.Errorf("GET %s after the text failed: its error is not shown", p)
		}
	}
	for _, p := range pages {
		if got := body(p); got != full[p] {
			t.Errorf("GET %s after the text failed: the library changed", p)
		}
	}

	// The text arriving after the library file also ends the wait.
	if err := SetLibrary(fixtureLibrary(t)); err != nil {
		t.Fatal(err)
	}
	if err := SetData(fixtureData()); err != nil {
		t.Fatal(err)
	}
	select {
	case <-textLoaded():
	default:
		t.Fatal("the text arrived but the views keep waiting")
	}
	if body := get(t, srv.URL+"/search?q=amazon"); strings.Contains(body, `id="text-loading"`) || !strings.Contains(body, "result-title") {
		t.Error("search after the text arrived: no results, or still the loading status")
	}
}

// TestSetLibraryErrors checks that a bad library file is an error, never a panic or a half
// state: the views keep the corpus they had.
func TestSetLibraryErrors(t *testing.T) {
	defer SetData(fixtureData())
	lib := fixtureLibrary(t)
	for name, data := range map[string][]byte{
		"empty":     nil,
		"data file": fixtureData(),
		"truncated": lib[:len(lib)/2],
	} {
		if err := SetLibrary(data); err == nil {
			t.Errorf("%s: no error", name)
		}
		if c, err := loadCorpus(); err != nil || c == nil {
			t.Errorf("%s: the corpus was lost: %v", name, err)
		}
	}
}

// firstDiff shows where a and b first differ, with some context.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(i-80, 0)
	return "want …" + a[lo:min(i+80, len(a))] + "…\n got …" + b[lo:min(i+80, len(b))] + "…"
}

// sortedAttrs renders the HTML doc again with every element's attributes sorted: go-app writes
// them in map order.
func sortedAttrs(t *testing.T, doc string) string {
	t.Helper()
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	for n := range root.Descendants() {
		slices.SortFunc(n.Attr, func(a, b html.Attribute) int { return strings.Compare(a.Key, b.Key) })
	}
	var buf bytes.Buffer
	if err := html.Render(&buf, root); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}
