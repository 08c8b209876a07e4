package ingest_test

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"parallax/corpus/entity"
	"parallax/corpus/ingest"
)

// smallArticles are short texts in the shapes of saved news pages.
var smallArticles = []string{
	"Home > News > Business\n\nTikTok deal talks resume\n\nBy Jane Roe, posted November 17, 2024\n\nTalks resumed on Monday. Officials said little.\n",
	"ADVERTISEMENT\n\nAmazon said on 3 April 2021 that it would appeal.\n\nShare this article\n",
	"https://example.com/news/a\n\nNeed Career Advice? Get a free review.\n\nThe U.S. Senate voted 79-18. “Why?” he asked.\n",
	"# Heading\n\n- a list item\n\nWalmart and Microsoft made a joint bid.\r\nIt failed.\n",
}

// FuzzArticle checks that ingestion never panics and that what it accepts is sound: valid
// articles, non-empty sentences, mentions inside their sentence, removed text from the input.
// The seeds are whole articles, so run it with a short -fuzzminimizetime (e.g. 2s): the default
// minute spent shrinking each new input looks like a stall.
func FuzzArticle(f *testing.F) {
	// Small seeds with the shapes real pages have (a header, a byline, a URL line, navigation
	// crumbs, an advertisement, a job prompt), not whole articles: see FuzzTag in corpus/entity.
	for _, s := range smallArticles {
		f.Add([]byte(s), "")
		f.Add([]byte(s), "supplied")
	}
	f.Add([]byte(goodText), "")
	f.Add([]byte("date 2024-02-30\nBy X, posted Feb 30, 2024\n"), "")
	f.Add([]byte("In April,\n\n\n,\n.\n?\n"), "supplied")
	f.Add([]byte("Headline &#163;1 &amp; &#8238;\n15/09/2020\nBy Ana Ruiz\n04.05.2020 10:30\n\n9/15/2020 text.\n"), "")
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
		// Decoding and cleaning change the bytes of other inputs (and decoding character
		// references, recorded in the provenance, changes words); for clean UTF-8 nothing is lost.
		if strings.Contains(a.Provenance.Encoding, "character reference") || !utf8.Valid(raw) || strings.ContainsFunc(string(raw), func(r rune) bool {
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
	f.Add([]byte(goodCatalog))
	f.Add([]byte(`[{"id":"x-y","file":"a.txt","title":"T","outlet":"O","url":"https://example.com/a","author_note":"none","published":{"date":"2024-11","basis":"estimated","note":"n"}}]`))
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
