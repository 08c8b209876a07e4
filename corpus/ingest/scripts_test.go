package ingest_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"parallax/corpus"
	"parallax/corpus/ingest"
)

// TestScriptIDs: an article whose title is in a script other than Latin gets its ID from its
// URL's last path segment or its file name, never from the few digits or Latin letters of its
// title, nor "article-N" numbered in path order, so that its links survive a growing folder. A
// segment that names a kind of page ("index.html", "story.php?id=5", "amp", a number) is passed
// over for the file name, and a generic file name for the file's whole path.
func TestScriptIDs(t *testing.T) {
	fsys := txtarFolder(t, "ids.txtar")
	want := map[string]string{
		"a-latin.md":        "harbour-cranes-stand-idle",
		"b-cyrillic.md":     "parom-do-ostrova-khodytyme-ridshe-n150",
		"c-arabic.md":       "c-arabic",             // the URL's segment is Arabic too: the file name
		"d-japanese.md":     "d-japanese",           // no URL: the file name
		"e-mixed.md":        "ferry-timetable-2024", // mostly Latin: the title
		"f-greek-no-url.md": "f-greek-no-url",       // the URL has no path
		"g-short-latin.md":  "q-a",
		// A URL segment that names a kind of page, not the article: the file name.
		"h-index.md":    "h-index",
		"i-story.md":    "i-story",
		"j-amp.md":      "j-amp",
		"k-default.md":  "k-default",
		"l-number.md":   "l-number",
		"m-article.md":  "m-article",
		"n-news.md":     "n-news",
		"o-one-word.md": "o-one-word",
		"p-kinds.md":    "p-kinds",
		// A generic file name too: the file's whole path.
		"q/index.md":          "q-index",
		"r/index.md":          "r-index",
		"s/2020/06/825077.md": "s-2020-06-825077",
	}
	ids := func(fsys fstest.MapFS) map[string]string {
		res, err := ingest.Folder(fsys, ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		out := make(map[string]string)
		for _, a := range res.Articles {
			if !corpus.ValidID(a.ID) {
				t.Errorf("%s: ID %q is not valid", a.File, a.ID)
			}
			out[a.File] = a.ID
		}
		return out
	}
	got := ids(fsys)
	for file, id := range want {
		if got[file] != id {
			t.Errorf("%s: ID %q, want %q", file, got[file], id)
		}
	}
	// One more article in another script, first in path order: no other ID changes.
	fsys["0-new.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Новий міст відкрили\n---\nНовий міст відкрили в понеділок.\n")}
	again := ids(fsys)
	for file, id := range got {
		if again[file] != id {
			t.Errorf("%s: ID %q became %q when a file was added", file, id, again[file])
		}
	}
}

// TestInlineSpacing: where a page puts white space between two inline elements (a kicker and its
// headline, an interview's question and answer), the text keeps a space there, as the browser
// shows it; where the page has none ("land<em>slide</em>", a link before a comma), none is added.
func TestInlineSpacing(t *testing.T) {
	res, err := ingest.Folder(txtarFolder(t, "spacing.txtar"), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := make(map[string]string)
	for _, a := range res.Articles {
		var b strings.Builder
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				b.WriteString(s.Text + " ")
			}
		}
		text[a.File] = b.String()
	}
	tests := []struct {
		file     string
		has, not []string
	}{
		{"kicker.html", []string{"COMMENT Mayoral election", "Sunday, and the turnout was", "Ana Ruiz, who", "the Green list", "a landslide for"}, []string{"COMMENTMayoral", "land slide", "Ruiz ,"}},
		{"interview.html", []string{"this year? No. We hoped", "in the spring? The young players", "Ivan Petrov"}, []string{"year?No", "spring?The"}},
	}
	for _, tt := range tests {
		got, ok := text[tt.file]
		if !ok {
			t.Errorf("%s: not ingested; problems: %v", tt.file, problemsOf(res.Report, tt.file))
			continue
		}
		for _, s := range tt.has {
			if !strings.Contains(got, s) {
				t.Errorf("%s: text lacks %q:\n%s", tt.file, s, got)
			}
		}
		for _, s := range tt.not {
			if strings.Contains(got, s) {
				t.Errorf("%s: text has %q:\n%s", tt.file, s, got)
			}
		}
	}
}

// TestPageDates: a page's date field in ISO 8601's basic format, in the format of Unix's date
// command or written out in another language is read as the day it states; one that cannot be
// read is refused with its reason, and the date go-htmldate finds elsewhere in the page, if any,
// is kept as an estimate that says so. An all-numeric day that could be either way round keeps
// only its year, as before; one among words or with a time ("03/04/20 10:00 AM") is refused, its
// order never guessed.
func TestPageDates(t *testing.T) {
	res, err := ingest.Folder(txtarFolder(t, "pagedates.txtar"), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts := byFile(res.Articles)
	tests := []struct {
		file, date string
		basis      corpus.Basis
		note       string // a part of the date's note
	}{
		{"basic-iso.html", "2020-09-24", corpus.BasisStated, ""},
		{"basic-date.html", "2023-11-02", corpus.BasisStated, ""},
		{"unix-date.html", "2019-07-30", corpus.BasisStated, ""},
		{"arabic.html", "2020-10-07", corpus.BasisStated, ""},
		{"russian.html", "2020-11-02", corpus.BasisStated, ""},
		{"refused-time.html", "2021-03-04", corpus.BasisEstimated, `The file's date "soon" (meta date) was refused`},
		{"refused-only.html", "", corpus.BasisUnknown, `The file's date "yesterday" (meta date) was refused`},
		{"ambiguous.html", "2020", corpus.BasisStated, ""},
		// A numeric day, month and year among words or with a time is no month in words: its
		// order is not guessed, the date is refused.
		{"numeric-ampm.html", "", corpus.BasisUnknown, `The file's date "03/04/20 10:00 AM" (meta date) was refused`},
		{"numeric-words.html", "", corpus.BasisUnknown, `The file's date "Thursday 03 04 2020 at 10am" (meta date) was refused`},
		{"numeric-offset.html", "", corpus.BasisUnknown, `The file's date "03-04-20 10:00:00 +0100 CET" (meta date) was refused`},
		// A date found elsewhere in the page is still an estimate; go-htmldate's own reading
		// of the refused field is not (above).
		{"numeric-and-time.html", "2021-05-06", corpus.BasisEstimated, `The file's date "03/04/20 10:00 AM" (meta date) was refused`},
		// A number marked as the month, and a time written the German way, are read.
		{"cjk-month.html", "2020-03-04", corpus.BasisStated, ""},
		{"german-time.html", "2020-03-04", corpus.BasisStated, ""},
	}
	for _, tt := range tests {
		a := arts[tt.file]
		if a == nil {
			t.Errorf("%s: not ingested; problems: %v", tt.file, problemsOf(res.Report, tt.file))
			continue
		}
		got := ""
		if a.Published.Date.Precision != corpus.PrecisionUnknown {
			got = a.Published.Date.ISO()
		}
		if got != tt.date || a.Published.Basis != tt.basis || !strings.Contains(a.Published.Note, tt.note) {
			t.Errorf("%s: date %q (%v, %q), want %q (%v, note with %q); problems: %v", tt.file, got, a.Published.Basis, a.Published.Note, tt.date, tt.basis, tt.note, problemsOf(res.Report, tt.file))
		}
	}
}

// TestLocalDay: a publication time given as a UTC instant keeps UTC's day unless the page
// states the same moment in local time (a time element's offset, a JSON-LD date without a zone,
// the page's date line); then the outlet's day is kept and the note says how it was found. A
// UTC day with no local statement says so; a time given with its own offset is read as written.
func TestLocalDay(t *testing.T) {
	_, res := ingestClean(t, "localdays.txtar")
	arts := byFile(res.Articles)
	tests := []struct {
		file, date string
		note       string // a part of the date's note
	}{
		{"offset-time.html", "2023-11-08", `"2023-11-08T20:09:55-05:00" (time element), the same moment with its offset, at UTC−5: the outlet's local day is kept`},
		{"naive-jsonld.html", "2023-11-08", `"2023-11-08 18:09:55" (JSON-LD datePublished), the same second as a local clock time, at UTC−7`},
		{"dateline.html", "2020-02-24", `"February 24, 2020 | 9:25pm" (the page's date line), the same minute as a local clock time, at UTC−5`},
		{"utc-only.html", "2023-11-09", `the day is UTC's, and the outlet's local day may be the one before or after`},
		// A local time that is another moment (an update) says nothing of the instant's day.
		{"other-moment.html", "2023-11-09", `the day is UTC's`},
		{"local-offset.html", "2023-11-08", ""},
	}
	for _, tt := range tests {
		a := arts[tt.file]
		if a == nil {
			t.Errorf("%s: not ingested", tt.file)
			continue
		}
		if got := a.Published.Date.ISO(); got != tt.date || a.Published.Basis != corpus.BasisStated || !strings.Contains(a.Published.Note, tt.note) {
			t.Errorf("%s: %s (%s) %q, want %s (stated) with %q", tt.file, got, a.Published.Basis, a.Published.Note, tt.date, tt.note)
		}
		if tt.note == "" && strings.Contains(a.Published.Note, "UTC") {
			t.Errorf("%s: note %q speaks of UTC for a local time", tt.file, a.Published.Note)
		}
	}
}
