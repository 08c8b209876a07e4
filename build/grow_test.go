package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"parallax/internal/synthfolder"
)

// TestBuildGrownCorpus follows the README's path for your own articles: a copy of the default
// corpus folder, whatever it holds, with 50 articles added (written by a generator), built with
// -corpus as `make dist CORPUS=…` does. Every article gets its page, and the views prerender
// over the grown corpus. It holds for any default corpus: nothing here names an article.
func TestBuildGrownCorpus(t *testing.T) {
	folder := t.TempDir()
	if err := synthfolder.Copy(folder, os.DirFS(filepath.Join("..", "corpus"))); err != nil {
		t.Fatal(err)
	}
	// The Go packages beside the default articles are no part of a corpus folder.
	entries, _ := os.ReadDir(folder)
	for _, e := range entries {
		if e.Name() != "catalog.json" && e.Name() != "articles" {
			os.RemoveAll(filepath.Join(folder, e.Name()))
		}
	}
	before := fixtureCorpus(t, folder)
	if err := synthfolder.Add(folder, 50); err != nil {
		t.Fatal(err)
	}
	out, _ := buildCorpus(t, folder, fakeWeb(t, "wasm "), "/", "")
	c := fixtureCorpus(t, folder)
	if len(c.Articles) != len(before.Articles)+50 {
		t.Fatalf("%d articles, want %d + 50", len(c.Articles), len(before.Articles))
	}
	read := func(name string) string {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	for _, a := range c.Articles {
		page := read("read/" + a.ID + ".html")
		// Titles may be typeset (quotes) on the way; the reader's own "Compare with…" link is not.
		if want := `href="/compare/` + a.ID + `"`; !strings.Contains(page, want) || strings.Contains(page, "notice-error") {
			t.Errorf("read/%s.html does not show the article %q", a.ID, a.Title)
		}
	}
	for _, name := range []string{"index.html", "search.html", "timeline.html", "compare.html"} {
		page := read(name)
		if strings.Contains(page, "notice-error") || !strings.Contains(page, "<main") {
			t.Errorf("%s: not a working view", name)
		}
	}
	// The library counts every article, the new ones too; it shows them a page at a time.
	lib := read("index.html")
	if want := "of " + withCommas(len(c.Articles)) + " ("; !strings.Contains(lib, want) {
		t.Errorf("the library does not count %d articles (%q)", len(c.Articles), want)
	}
}

// withCommas writes n with a comma between thousands, as the library's count does.
func withCommas(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
