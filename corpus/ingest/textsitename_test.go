package ingest_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"parallax/corpus"
	"parallax/corpus/ingest"
)

// TestSiteNameInTextTitle: the headline line of a text, Markdown or export article loses the
// site's name at its end or start by the rule of a page's title, when the article states its
// outlet or address: the catalog's outlet or URL, a URL line in the text's header, a front
// matter's or a record's outlet or url. With none of them, or when the part is not the outlet,
// the headline stays as written. The title's note says what was taken off and how the line
// read; the line as written is what was removed, so no word is lost, and a later line that
// repeats the headline without the name is removed as the headline's repeat. Written out as a
// catalog and read back, the articles are the same and nothing is reported.
func TestSiteNameInTextTitle(t *testing.T) {
	fsys, res := ingestClean(t, "textsitenames.txtar")
	arts := byFile(res.Articles)
	tests := []struct {
		file, title string
		note        string // a part of the title's note; "" for none
	}{
		{"catalog-outlet.txt", "Ferry fares rise again", `The site's name "Isle Post" was removed from the end of the title (line 1), which read "Ferry fares rise again | Isle Post".`},
		{"catalog-url.txt", "Harbour cranes stand idle as the strike goes on", `"HARBOURNEWS.NET" was removed from the end`},
		{"catalog-not-outlet.txt", "Dortmund - Gladbach live on the ferry", ""},
		{"catalog-short.txt", "Harbour Town", `"Ferryport" was removed from the end`},
		{"url-line.txt", "Harbour cranes stand idle as the strike goes on", `"Harbour News" was removed from the end`},
		// A host's bare name is a word a headline may use: with two words of headline left it
		// stays, as on a page.
		{"url-line-rival.txt", "Harbour Town - Ferryport", ""},
		// No outlet or address stated: the part is not known to be the site's name.
		{"no-evidence.txt", "Ferry fares rise again - Isle Post", ""},
		// An address at the foot of the text is not the article's: it is furniture.
		{"late-url.txt", "Ferry fares rise again - Wire Daily", ""},
		{"front-outlet.md", "Ferry timetable cut for winter", `"Wire Daily" was removed from the end of the title (line 4)`},
		{"front-url.md", "Winter timetable published", `"isleferries.co.uk" was removed from the start`},
		{"front-none.md", "Winter timetable published - Isle Ferries", ""},
		{"feed.jsonl#1", "Ferry fares rise again", `"Wire Daily" was removed from the end`},
	}
	for _, tt := range tests {
		a := checkSiteTitle(t, res, arts[tt.file], tt.file, tt.title, tt.note)
		if a == nil {
			continue
		}
		// The headline line is removed as the text wrote it, and the note quotes it.
		for _, r := range a.Removed {
			if r.Rule == ingest.RuleTitle && tt.note != "" && !strings.Contains(a.TitleNote, `which read "`+r.Text+`"`) {
				t.Errorf("%s: removed headline %q is not the one the note quotes: %q", tt.file, r.Text, a.TitleNote)
			}
		}
		for _, p := range a.Paragraphs {
			if s := p.Sentences[0].Text; s == a.Title || strings.HasPrefix(s, tt.title+" ") && strings.Contains(s, " - ") {
				t.Errorf("%s: the headline %q is left in the text", tt.file, s)
			}
		}
	}
	if a := arts["url-line.txt"]; a != nil {
		want := []string{"title: Harbour cranes stand idle as the strike goes on - Harbour News", "url: https://www.harbournews.net/2023/cranes-idle", "repeated-title: Harbour cranes stand idle as the strike goes on"}
		var got []string
		for _, r := range a.Removed {
			got = append(got, r.Rule+": "+r.Text)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("url-line.txt: removed pieces (-want +got):\n%s", diff)
		}
	}

	again := withCatalog(t, fsys, res.Articles)
	for _, p := range again.Report.Problems {
		t.Errorf("read back with its catalog: %s", p)
	}
	if diff := cmp.Diff(res.Articles, again.Articles, cmpopts.IgnoreFields(corpus.Origin{}, "From")); diff != "" {
		t.Errorf("articles differ when read back with their catalog (-first +second):\n%s", diff)
	}
}
