//go:build !wasm

package app

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"parallax/corpus"
)

// TestLibrarySections checks the section filter a corpus of subfolders gets: a menu with each
// section's count, cards naming their section with a link to it, and a link that keeps one
// section's articles only. A corpus without subfolders shows no section menu.
func TestLibrarySections(t *testing.T) {
	var arts []*corpus.Article
	for i, sec := range []string{"sport", "business", "sport", "", "sport"} {
		arts = append(arts, &corpus.Article{ID: fmt.Sprintf("a%d", i), Title: fmt.Sprintf("Title %d", i), Section: sec, AuthorNote: "test",
			Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: "A sentence."}}}}})
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	p, html := renderLibrary(c, "")
	for _, want := range []string{
		`id="lib-section"`, `name="section"`, "sport (3)", "business (1)",
		`href="/?section=business"`, ": show only this section",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("library lacks %q", want)
		}
	}
	if p.res.Matched != 5 {
		t.Errorf("unfiltered: %d articles, want 5", p.res.Matched)
	}

	p, html = renderLibrary(c, "section=SPORT")
	if p.res.Matched != 3 || p.query.Section != "sport" {
		t.Errorf("section=SPORT: %d articles, section %q; want 3, sport", p.res.Matched, p.query.Section)
	}
	// go-app writes attributes in map order.
	if !slices.ContainsFunc(regexp.MustCompile(`<option [^>]*>`).FindAllString(html, -1), func(o string) bool {
		return strings.Contains(o, ` value="sport"`) && strings.Contains(o, " selected")
	}) {
		t.Error("the menu does not show the section in the link as selected")
	}
	if !strings.Contains(html, "Clear filters") {
		t.Error("a section filter offers no way to clear it")
	}

	flat, _ := corpus.New([]*corpus.Article{arts[3]})
	if _, html := renderLibrary(flat, ""); strings.Contains(html, "lib-section") {
		t.Error("a corpus without sections shows a section menu")
	}
}

// TestLibrarySectionsFoldCase: sections spelt in different cases are one entry of the menu,
// under the spelling most articles use, with the count the filter then selects; a link in
// another case selects that entry.
func TestLibrarySectionsFoldCase(t *testing.T) {
	var arts []*corpus.Article
	for i, sec := range []string{"News", "news", "News", "Business", "business", "business", "NEWS"} {
		arts = append(arts, &corpus.Article{ID: fmt.Sprintf("a%d", i), Title: fmt.Sprintf("Title %d", i), Section: sec, AuthorNote: "test",
			Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: "A sentence."}}}}})
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	sectionMenu := regexp.MustCompile(`(?s)<select [^>]*id="lib-section"[^>]*>(.*?)</select>`)
	option := regexp.MustCompile(`<option[^>]*>([^<]*)</option>`)
	for _, raw := range []string{"", "section=news", "section=BUSINESS"} {
		p, html := renderLibrary(c, raw)
		var menu []string
		if m := sectionMenu.FindStringSubmatch(html); m != nil {
			for _, o := range option.FindAllStringSubmatch(m[1], -1)[1:] {
				menu = append(menu, strings.TrimSpace(o[1]))
			}
		}
		if want := []string{"News (4)", "business (3)"}; !slices.Equal(menu, want) {
			t.Errorf("%q: section menu %q, want %q", raw, menu, want)
		}
		if want := map[string]int{"": 7, "section=news": 4, "section=BUSINESS": 3}[raw]; p.res.Matched != want {
			t.Errorf("%q: %d articles, want %d", raw, p.res.Matched, want)
		}
		if want := map[string]string{"": "", "section=news": "News", "section=BUSINESS": "business"}[raw]; p.query.Section != want {
			t.Errorf("%q: the menu selects %q, want %q", raw, p.query.Section, want)
		}
	}
}

// TestCardCountsInWords checks that a card writes its length as a reader would: "1 word",
// "1,234 words".
func TestCardCountsInWords(t *testing.T) {
	one := &corpus.Article{ID: "one", Title: "One", AuthorNote: "test",
		Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: "Hello."}}}}}
	long := &corpus.Article{ID: "long", Title: "Long", AuthorNote: "test",
		Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: strings.Repeat("word ", 1234) + "end."}}}}}
	c, err := corpus.New([]*corpus.Article{one, long})
	if err != nil {
		t.Fatal(err)
	}
	_, html := renderLibrary(c, "")
	for _, want := range []string{">1 word<", ">1,235 words<"} {
		if !strings.Contains(html, want) {
			t.Errorf("library lacks %q", want)
		}
	}
}

// TestLibraryLinkNotices checks how the library words a damaged link: what it ignored, with a
// way out, and a swapped date range as applied, not as ignored.
func TestLibraryLinkNotices(t *testing.T) {
	c, err := corpus.New([]*corpus.Article{{ID: "a", Title: "A", AuthorNote: "test",
		Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: "A sentence."}}}}}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		raw       string
		want, not []string
	}{
		{"from=2022&to=2020", []string{"The dates were the wrong way round, so they were swapped: showing 2020 to 2022."},
			[]string{"Ignored", "Open the link without"}},
		{"from=2024-13-45&sort=random", []string{"Ignored a filter: from date:", "no such month", "Ignored a filter: sort:", "Open the link without what was ignored"},
			[]string{"library link", "swapped"}},
		{"from=2022&to=2020&page=x", []string{"swapped: showing 2020 to 2022", "Ignored a filter: page:", "Open the link without"}, nil},
	}
	for _, tt := range tests {
		_, html := renderLibrary(c, tt.raw)
		wantHTML(t, tt.raw, html, tt.want, tt.not)
	}
}

// TestLibraryAbsentFilters: a link that keeps an outlet or a section no article has says so,
// rather than leaving an empty list that looks like an empty corpus; a name the corpus has, in
// any case, and the unknown outlet where articles lack one, say nothing.
func TestLibraryAbsentFilters(t *testing.T) {
	var arts []*corpus.Article
	for i, a := range []struct{ outlet, section string }{{"Reuters", "sport"}, {"", "business"}, {"BBC", ""}} {
		arts = append(arts, &corpus.Article{ID: fmt.Sprintf("a%d", i), Title: fmt.Sprintf("Title %d", i), Outlet: a.outlet, Section: a.section, AuthorNote: "test",
			Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: "A sentence."}}}}})
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	flat, err := corpus.New(arts[2:])
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		c         *corpus.Corpus
		raw       string
		want, not []string
	}{
		{c, "outlet=Nope", []string{"This link keeps the outlet “", "<bdi>Nope</bdi>", "”, which no article has.", "No article matches these filters."}, []string{"the section “"}},
		{c, "section=nonexistent", []string{"This link keeps the section “", "<bdi>nonexistent</bdi>", "”, which no article is in."}, []string{"outlet “"}},
		{c, "outlet=Nope&section=weather", []string{"the outlet “", "<bdi>Nope</bdi>", "”", "the section “", "<bdi>weather</bdi>", "”"}, nil},
		{flat, "section=sport", []string{"This link keeps the section “", "<bdi>sport</bdi>", "”, but these articles have no sections."}, nil},
		{c, "outlet=reuters&section=SPORT", nil, []string{"This link keeps"}},
		{c, "outlet=unknown", nil, []string{"This link keeps"}},
		{c, "outlet=%3Cb%3Ex%3C%2Fb%3E", []string{"“", "<bdi>&lt;b&gt;x&lt;/b&gt;</bdi>", "”"}, []string{"<b>x"}},
	} {
		_, html := renderLibrary(tt.c, tt.raw)
		wantHTML(t, tt.raw, html, tt.want, tt.not)
	}
}
