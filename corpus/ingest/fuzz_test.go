package ingest_test

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"parallax/corpus/entity"
	"parallax/corpus/ingest"
	"parallax/internal/fixture"
)

// seedTexts returns the raw seed articles, the fuzzers' starting points.
func seedTexts(f *testing.F) [][]byte {
	names, err := fs.Glob(fixture.Seed(), "articles/*.txt")
	if err != nil {
		f.Fatal(err)
	}
	var out [][]byte
	for _, n := range names {
		data, err := fs.ReadFile(fixture.Seed(), n)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

// FuzzArticle checks that ingestion never panics and that what it accepts is sound: valid
// articles, non-empty sentences, mentions inside their sentence, removed text from the input.
// The seeds are whole articles, so run it with a short -fuzzminimizetime (e.g. 2s): the default
// minute spent shrinking each new input looks like a stall.
func FuzzArticle(f *testing.F) {
	for _, s := range seedTexts(f) {
		f.Add(s, "")
		f.Add(s, "supplied")
	}
	f.Add([]byte(goodText), "")
	f.Add([]byte("date 2024-02-30\nBy X, posted Feb 30, 2024\n"), "")
	f.Add([]byte("In April,\n\n\n,\n.\n?\n"), "supplied")
	tagger := entity.Default()
	f.Fuzz(func(t *testing.T, raw []byte, titleNote string) {
		e := ingest.Entry{ID: "fuzz", File: "f.txt", TitleNote: titleNote, AuthorNote: "none"}
		if titleNote != "" {
			e.Title = "Supplied"
		}
		a, err := ingest.Article(e, raw, tagger)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.txt") && !strings.HasPrefix(err.Error(), "catalog.json") {
				t.Errorf("error %q names neither the file nor the catalog", err)
			}
			return
		}
		if err := a.Validate(); err != nil {
			t.Error(err)
		}
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				if s.Text == "" || !utf8.ValidString(s.Text) {
					t.Errorf("%s: empty or invalid sentence %q", s.ID, s.Text)
				}
				for _, m := range s.Mentions {
					if m.Start < 0 || m.End > len(s.Text) || m.Start >= m.End {
						t.Errorf("%s: mention %+v outside %q", s.ID, m, s.Text)
					}
				}
			}
		}
		// Decoding and cleaning change the bytes of other inputs; for clean UTF-8 nothing is lost.
		if !utf8.Valid(raw) || strings.ContainsFunc(string(raw), func(r rune) bool {
			return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7F || r == '\ufffd' || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 || r == '\ufeff' && !strings.HasPrefix(string(raw), "\ufeff")
		}) {
			return
		}
		if !slices.Equal(rawWords(raw), words(a)) {
			t.Errorf("words lost or changed")
		}
		for _, r := range a.Removed {
			if r.Before < 0 || r.Before > len(a.Paragraphs) || !strings.Contains(string(raw), r.Text) {
				t.Errorf("removed %+v: bad position or text not in the input", r)
			}
		}
	})
}

// FuzzParseCatalog checks that the catalog parser never panics and that every error names the
// catalog.
func FuzzParseCatalog(f *testing.F) {
	data, err := fs.ReadFile(fixture.Seed(), "catalog.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(goodCatalog))
	f.Add([]byte(`[{"id":"a","file":"b","published":{"date":"2024-02-29","basis":"curated"}}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := ingest.ParseCatalog(data)
		if err != nil && !strings.HasPrefix(err.Error(), "catalog.json") {
			t.Errorf("error %q does not name the catalog", err)
		}
	})
}

// FuzzSentences checks that splitting never panics, loses no text and yields trimmed sentences.
func FuzzSentences(f *testing.F) {
	f.Add("Donald J. Trump met the U.S. Senate. “Why?” he asked. Fine.")
	f.Add("1. A. b.\u00a0C? \"D.\" ”E.”")
	f.Fuzz(func(t *testing.T, text string) {
		got := ingest.Sentences(text)
		if strings.Join(strings.Fields(strings.Join(got, " ")), " ") != strings.Join(strings.Fields(text), " ") {
			t.Errorf("Sentences(%q) = %q: text lost or changed", text, got)
		}
		for _, s := range got {
			if s == "" || s != strings.TrimSpace(s) {
				t.Errorf("Sentences(%q): untrimmed or empty sentence %q", text, s)
			}
		}
	})
}

// FuzzFolder feeds one file in each format to Folder: it never panics, every article it keeps is
// valid with a safe URL, and every problem names a file.
func FuzzFolder(f *testing.F) {
	f.Add("a.txt", []byte(goodText))
	f.Add("a.md", []byte("---\ntitle: T\ndate: 2024-01-02\nurl: https://e.com/a\n---\n# T\n\nBody.\n"))
	f.Add("a.html", []byte("<html><head><meta property=\"og:title\" content=\"T\"></head><body><article><p>One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty.</p></article></body></html>"))
	f.Add("a.jsonl", []byte(`{"title": "T", "url": "javascript:x", "text": "Body."}`+"\n"))
	f.Add("a.json", []byte(`[{"headline": "T", "content": "Body."}]`))
	f.Add("a.csv", []byte("title,body\nT,Body.\n"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		ext := name
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			ext = name[i:]
		}
		if ingest.Formats[ext] == "" {
			return
		}
		res, _ := ingest.Folder(fstest.MapFS{"x" + ext: {Data: data}}, ingest.Options{})
		for _, a := range res.Articles {
			if err := a.Validate(); err != nil {
				t.Error(err)
			}
			if a.URL != "" && !strings.HasPrefix(a.URL, "http") || strings.ContainsAny(a.URL, "\"'<> ") {
				t.Errorf("unsafe URL %q kept", a.URL)
			}
		}
		for _, p := range res.Report.Problems {
			if p.File == "" {
				t.Errorf("problem without a file: %v", p)
			}
		}
	})
}
