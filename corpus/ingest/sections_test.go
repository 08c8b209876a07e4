package ingest_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"parallax/corpus"
	"parallax/corpus/library"
)

// TestSectionLists: a section a file states as a list (a page's article:section or JSON-LD
// articleSection, a list or comma-separated; a front matter's or record's section or category)
// becomes its first section, trimmed, so that an article is in one section, as a folder puts
// it: the library's section menu then lists "Aktuell", not "Aktuell,FinTech", and its filter
// finds the article there. The section's note keeps the list as stated. A list with nothing in
// it states no section; a folder's name is one section, commas and all. Written out as a catalog
// and read back, the articles are the same and nothing is reported.
func TestSectionLists(t *testing.T) {
	fsys, res := ingestClean(t, "sections.txtar")
	arts := byFile(res.Articles)
	tests := []struct {
		file, section string
		basis         corpus.Basis
		note          string // a part of the section's note; "" for none
	}{
		{"list-meta.html", "Aktuell", corpus.BasisStated, `The file states 2 sections, "Aktuell,FinTech" (meta article:section); the first is kept.`},
		{"list-ld.html", "Politik", corpus.BasisStated, `2 sections, "Politik , Inland,"`},
		{"array-ld.html", "Wirtschaft", corpus.BasisStated, `2 sections, "Wirtschaft, Börse" (JSON-LD articleSection)`},
		{"single.html", "Food & Drink", corpus.BasisStated, ""},
		{"trailing.html", "Business Aviation", corpus.BasisStated, ""},
		{"wide.html", "國際", corpus.BasisStated, `2 sections`},
		{"kultur/empty-list.html", "kultur", corpus.BasisEstimated, "folder"},
		{"Politik, Inland/folder.txt", "Politik, Inland", corpus.BasisEstimated, "folder"},
		{"front.md", "Sport", corpus.BasisStated, `2 sections, "Sport, Rudern" (front matter: category)`},
		{"feed.jsonl#1", "Welt", corpus.BasisStated, `2 sections, "Welt, Europa, Welt" (JSON field section)`},
	}
	for _, tt := range tests {
		a := arts[tt.file]
		if a == nil {
			t.Errorf("%s: not ingested; problems: %v", tt.file, problemsOf(res.Report, tt.file))
			continue
		}
		o := a.Provenance.Section
		if a.Section != tt.section || o.Basis != tt.basis {
			t.Errorf("%s: section %q (%v), want %q (%v)", tt.file, a.Section, o.Basis, tt.section, tt.basis)
		}
		if !strings.Contains(o.Note, tt.note) || tt.note == "" && o.Note != "" {
			t.Errorf("%s: section note %q, want one with %q", tt.file, o.Note, tt.note)
		}
	}

	var got []string
	for _, c := range library.Sections(res.Articles) {
		got = append(got, fmt.Sprintf("%s: %d", c.Name, c.Count))
	}
	want := []string{"Aktuell: 1", "Business Aviation: 1", "Food & Drink: 1", "Politik: 1", "Politik, Inland: 1", "Sport: 1", "Welt: 1", "Wirtschaft: 1", "kultur: 1", "國際: 1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("library sections (-want +got):\n%s", diff)
	}
	if r := library.Apply(res.Articles, library.Query{Section: "aktuell", Sort: library.SortNewest}); r.Matched != 1 {
		t.Errorf("section=aktuell matched %d, want 1", r.Matched)
	}

	again := withCatalog(t, fsys, res.Articles)
	for _, p := range again.Report.Problems {
		t.Errorf("read back with its catalog: %s", p)
	}
	if diff := cmp.Diff(res.Articles, again.Articles, cmpopts.IgnoreFields(corpus.Origin{}, "From")); diff != "" {
		t.Errorf("articles differ when read back with their catalog (-first +second):\n%s", diff)
	}
}
