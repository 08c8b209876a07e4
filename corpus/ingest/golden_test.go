package ingest_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
	"parallax/corpus/ingest"
	"parallax/internal/fixture"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden ingests the fixed seed corpus and the mixed-format folder and compares a text dump of each article with
// testdata/golden/<id>.txt. The goldens are the reviewed specification of ingestion: header
// metadata, every removed piece with its rule and line, paragraphs, sentence IDs and mentions.
func TestGolden(t *testing.T) {
	arts, err := ingest.Corpus(fixture.Seed())
	if err != nil {
		t.Fatal(err)
	}
	mixed, err := ingest.Folder(mixedFolder(t), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts = append(arts, mixed.Articles...)
	for _, a := range arts {
		t.Run(a.ID, func(t *testing.T) {
			got := Dump(a)
			file := filepath.Join("testdata", "golden", a.ID+".txt")
			if *update {
				if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test ./corpus/ingest -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s differs (-want +got); review, then go test ./corpus/ingest -update:\n%s", file, diff)
			}
		})
	}
}

// Dump renders an article as reviewable text: removed pieces appear at their place among the
// paragraphs, headings are marked with "##", mentions follow their sentence.
func Dump(a *corpus.Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, "id: %s\nfile: %s\n", a.ID, a.File)
	field := func(name, v, note string) {
		fmt.Fprintf(&b, "%s: %s\n", name, v)
		if note != "" {
			fmt.Fprintf(&b, "  note: %s\n", note)
		}
	}
	field("title", a.Title, a.TitleNote)
	field("outlet", a.Outlet, a.OutletNote)
	field("author", a.Author, a.AuthorNote)
	field("url", a.URL, "")
	field("published", fmt.Sprintf("%s (%s, %s)", a.Published.Date, a.Published.Date.Precision, a.Published.Basis), a.Published.Note)
	if a.Section != "" {
		fmt.Fprintf(&b, "section: %s\n", a.Section)
	}
	if a.Language != "" {
		fmt.Fprintf(&b, "language: %s\n", a.Language)
	}
	origin := func(name string, o corpus.Origin) {
		fmt.Fprintf(&b, "  %s: %s", name, o.Basis)
		if o.From != "" {
			fmt.Fprintf(&b, " from %s", o.From)
		}
		if o.Note != "" {
			fmt.Fprintf(&b, " (%s)", o.Note)
		}
		b.WriteString("\n")
	}
	pv := a.Provenance
	fmt.Fprintf(&b, "provenance: encoding %s\n", pv.Encoding)
	origin("title", pv.Title)
	origin("outlet", pv.Outlet)
	origin("author", pv.Author)
	origin("url", pv.URL)
	origin("published", pv.Published)
	origin("section", pv.Section)
	origin("language", pv.Language)
	removed := func(before int) {
		for _, r := range a.Removed {
			if r.Before == before {
				fmt.Fprintf(&b, "\n- removed line %d [%s]: %s", r.Line, r.Rule, r.Text)
			}
		}
	}
	for i, p := range a.Paragraphs {
		removed(i)
		b.WriteString("\n")
		for _, s := range p.Sentences {
			mark := ""
			if p.Heading {
				mark = "## "
			}
			fmt.Fprintf(&b, "\n%-7s %s%s", s.ID, mark, s.Text)
			for _, m := range s.Mentions {
				fmt.Fprintf(&b, "\n        @ %q %s %s", s.Text[m.Start:m.End], m.Kind, m.Entity)
			}
		}
	}
	removed(len(a.Paragraphs))
	b.WriteString("\n")
	return b.String()
}
