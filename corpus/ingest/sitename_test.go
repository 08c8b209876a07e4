package ingest_test

import (
	"strings"
	"testing"

	"parallax/corpus"
	"parallax/corpus/ingest"
)

// TestSiteNameInTitle: a site's name at the end or start of a page's title is taken off when it
// is the outlet the page names or its host's name, and the title's note says what was taken off
// and how the title read; a part that is anything else (a team, a section, the headline's own
// words) stays. Written out as a catalog and read back, the titles and notes are the same and
// nothing is reported.
func TestSiteNameInTitle(t *testing.T) {
	fsys, res := ingestClean(t, "sitenames.txtar")
	arts := byFile(res.Articles)
	tests := []struct {
		file, title string
		note        string // a part of the title's note; "" for none
	}{
		{"outlet-end.html", "Ferry timetable cut for winter", `The site's name "Wire Daily" was removed from the end of the title (title element), which read "Ferry timetable cut for winter - Wire Daily".`},
		{"host-end.html", "Ferry timetable cut", `"HARBOURNEWS.NET"`},
		{"label-end.html", "Fährplan im Winter gekürzt", `"NLT"`},
		{"legal-form.html", "Fährplan gekürzt", `"Inselbote"`},
		{"outlet-with-dashes.html", "Ferry cut - By Ann Lee", `"Isle Post - Good News for the Isles"`},
		{"start-capitals.html", "Fährplan für den Winter gekürzt", `"BMVF" was removed from the start of the title`},
		{"start-host.html", "Winter timetable published", `"isleferries.co.uk"`},
		{"body-meta.html", "Ferry timetable cut for the winter months", ""},
		{"initials.html", "Ferry timetable cut for winter", `"Isle Post Daily"`},
		{"start-lower.html", "Fährplan für den Winter gekürzt", `"seeblog" was removed from the start`},
		{"subdomain.html", "Winter timetable", `"FerryNova"`},
		{"initials-short.html", "Ferry timetable cut for winter - Isle Post", ""},
		{"not-outlet.html", "Dortmund - Gladbach live on the ferry", ""},
		{"section.html", "Ferry timetable cut - Travel", ""},
		{"start-label-lower.html", "Gladbach - Fans take the ferry to the match", ""},
		{"only-site.html", "Wire Daily - Wire Daily", ""},
		{"no-spaces.html", "Ferry timetable cut-Wire", ""},
		{"name-inside.html", "Wire Daily sold - buyer keeps the ferry column", ""},
		// A host's bare name is a word a headline may use: it is taken off only with three
		// words of headline left (or written in mixed case, as subdomain.html), unless the page
		// states it as its outlet.
		{"rival-end.html", "Harbour Town - Ferryport", ""},
		{"rival-end-de.html", "Inselbote Nord - Hafenstadt", ""},
		{"rival-start.html", "FERRYPORT - Harbour Town", ""},
		{"label-long-end.html", "Ferry fares rise again", `"Ferryport" was removed from the end`},
		{"stated-short.html", "Harbour Town", `"Ferryport" was removed from the end`},
		// A generic subdomain (a section, an edition, amp) is no name of the site.
		{"edition.html", "Markets - Edition", ""},
		{"politics.html", "Ferry vote - Politics", ""},
		{"politics-long.html", "Islanders vote against the ferry cut - Politics", ""},
		{"amp.html", "Ferry fares rise again - Amp", ""},
	}
	for _, tt := range tests {
		a := checkSiteTitle(t, res, arts[tt.file], tt.file, tt.title, tt.note)
		if a == nil {
			continue
		}
		for _, p := range a.Paragraphs {
			if p.Sentences[0].Text == a.Title {
				t.Errorf("%s: the headline %q is left in the text", tt.file, a.Title)
			}
		}
	}
	if a := arts["body-meta.html"]; a != nil && (a.URL != "https://www.wire.com/ferry-timetable" || a.Outlet != "Wire Europe") {
		t.Errorf("body-meta.html: URL %q, outlet %q: the OpenGraph tags the parser moved into the body were not read", a.URL, a.Outlet)
	}

	again := withCatalog(t, fsys, res.Articles)
	for _, p := range again.Report.Problems {
		t.Errorf("read back with its catalog: %s", p)
	}
	for _, b := range again.Articles {
		if a := arts[b.File]; a == nil || a.Title != b.Title || a.TitleNote != b.TitleNote {
			t.Errorf("%s: read back with its catalog: title %q (%q)", b.File, b.Title, b.TitleNote)
		}
	}
}

// checkSiteTitle checks the article ingested from file, a: its title, that its title's note and
// provenance hold note (and say nothing of a site's name when note is ""), and that its title is
// stated. It returns a, or nil, reported, when file was not ingested.
func checkSiteTitle(t *testing.T, res *ingest.Result, a *corpus.Article, file, title, note string) *corpus.Article {
	t.Helper()
	if a == nil {
		t.Errorf("%s: not ingested; problems: %v", file, problemsOf(res.Report, file))
		return nil
	}
	if a.Title != title {
		t.Errorf("%s: title %q, want %q", file, a.Title, title)
	}
	if note == "" && strings.Contains(a.TitleNote, "site's name") || !strings.Contains(a.TitleNote, note) || !strings.Contains(a.Provenance.Title.Note, note) {
		t.Errorf("%s: title note %q, provenance %q; want one with %q", file, a.TitleNote, a.Provenance.Title.Note, note)
	}
	if a.Provenance.Title.Basis != corpus.BasisStated {
		t.Errorf("%s: title basis %v, want stated", file, a.Provenance.Title.Basis)
	}
	return a
}
