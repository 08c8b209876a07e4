package ingest_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
	"parallax/corpus/ingest"
)

// TestIconLabels: the names of icon fonts' glyphs that a saved page or a text copied from one
// leaves in the text are removed as furniture; the label beside one is removed with it above the
// article's text (a control's, never the headline), and stays as text further down; the
// snake_case names of a tech article, with spaces around them or alone on a line, stay.
func TestIconLabels(t *testing.T) {
	res, err := ingest.Folder(txtarFolder(t, "icons.txtar"), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts := byFile(res.Articles)
	tests := []struct {
		file, title string
		removed     []string // the pieces removed as icon labels, in order
		kept        []string // pieces of the text, a line each
	}{
		{"material.html", "Ferry timetable cut for winter",
			[]string{"bookmark_border", "Auf die Merkliste", "chat_bubble", "0 Kommentare", "arrow_forward"},
			[]string{"The ferry company said on Monday"}},
		{"copied.txt", "Ferry timetable cut for winter",
			[]string{"bookmark_border", "Auf die Merkliste", "chat_bubble", "0 Kommentare", "bookmark_border", "info_outline"},
			[]string{"The harbour master will publish the sailings for the holidays in December\n"}},
		{"back-link.txt", "Ferry timetable cut for winter", []string{"arrow_back", "Zurück zur Übersicht"}, nil},
		{"tech.txt", "Measuring the parser on two files", nil,
			[]string{"The apache_builds file", "github_events a day", "\napache_builds\n", "\ngithub_events\n", "download_directory = current_directory"}},
	}
	for _, tt := range tests {
		a := arts[tt.file]
		if a == nil {
			t.Errorf("%s: not ingested: %v", tt.file, problemsOf(res.Report, tt.file))
			continue
		}
		var removed []string
		for _, r := range a.Removed {
			if r.Rule == ingest.RuleIconLabel {
				removed = append(removed, r.Text)
			}
		}
		if diff := cmp.Diff(tt.removed, removed); diff != "" {
			t.Errorf("%s: removed as icon labels (-want +got):\n%s", tt.file, diff)
		}
		if a.Title != tt.title {
			t.Errorf("%s: title %q, want %q", tt.file, a.Title, tt.title)
		}
		text := "\n" + articleText(a) + "\n"
		for _, k := range tt.kept {
			if !strings.Contains(text, k) {
				t.Errorf("%s: %q is not in the text:\n%s", tt.file, k, text)
			}
		}
		if tt.file != "tech.txt" && strings.Contains(text, "_") {
			t.Errorf("%s: an icon's name is left in the text:\n%s", tt.file, text)
		}
	}
}

// articleText is an article's text, a paragraph a line.
func articleText(a *corpus.Article) string {
	var ps []string
	for _, p := range a.Paragraphs {
		var ss []string
		for _, s := range p.Sentences {
			ss = append(ss, s.Text)
		}
		ps = append(ps, strings.Join(ss, " "))
	}
	return strings.Join(ps, "\n")
}
