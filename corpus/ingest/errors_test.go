package ingest_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus/ingest"
)

// goodCatalog and goodText make a valid one-article corpus; each error case breaks one thing.
const goodCatalog = `[
  {
    "id": "sample-article",
    "file": "a.txt",
    "title": "A Sample Headline",
    "author": "Jane Roe",
    "published": {"date": "2024-11-17", "basis": "stated"}
  }
]
`

const goodText = "date 2024-11-17\n\nA Sample Headline\n\nBy Jane Roe, posted November 17, 2024\n\nThe text begins here. It ends here.\n"

func corpusFS(catalog string, files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	if catalog != "" {
		fsys["catalog.json"] = &fstest.MapFile{Data: []byte(catalog)}
	}
	for name, text := range files {
		fsys["articles/"+name] = &fstest.MapFile{Data: []byte(text)}
	}
	return fsys
}

// TestFolderProblems checks that each kind of bad input is one reported problem with its file and
// line and what was done, and that the rest of the folder is still read.
func TestFolderProblems(t *testing.T) {
	sub := func(old, new string) string { return strings.Replace(goodCatalog, old, new, 1) }
	two := strings.Replace(goodCatalog, "\n]", `,
  {"id": "sample-article", "file": "b.txt", "title": "B", "title_note": "supplied", "author_note": "none"}
]`, 1)
	tests := []struct {
		name    string
		catalog string
		files   map[string]string
		want    []string
	}{
		{"no catalog", "", map[string]string{"a.txt": goodText}, nil},
		{"bad JSON", sub(`"file": "a.txt",`, `"file": "a.txt"`), map[string]string{"a.txt": goodText},
			[]string{`catalog.json:5:5: invalid character '"' after object key:value pair — catalog not used; articles read from their own text`}},
		{"truncated JSON", goodCatalog[:40], map[string]string{"a.txt": goodText},
			[]string{"catalog.json:4:7: unexpected end of JSON input — catalog not used; articles read from their own text"}},
		{"not an array", `{"id": "x"}`, map[string]string{"a.txt": goodText},
			[]string{"catalog.json:1: want a JSON array of article entries — catalog not used; articles read from their own text"}},
		{"wrong type", sub(`"title": "A Sample Headline"`, `"title": 7`), map[string]string{"a.txt": goodText},
			[]string{`catalog.json:5: entry: field "title": want string, got number — entry skipped`}},
		{"unknown field", sub(`"author":`, `"writer":`), map[string]string{"a.txt": goodText},
			[]string{`catalog.json:6: entry: unknown field "writer" (the fields are id, file, record, section, title, title_note, outlet, outlet_note, author, author_note, url, url_note, section_note, published, language, lang, language_note, published.date, published.basis, published.note) — entry skipped`}},
		{"invalid ID", sub(`"sample-article"`, `"Sample Article"`), map[string]string{"a.txt": goodText},
			[]string{`catalog.json:3: invalid article ID "Sample Article": want lower-case words joined by dashes — entry skipped`}},
		{"duplicate ID", two, map[string]string{"a.txt": goodText, "b.txt": "Text."},
			[]string{`catalog.json:9: duplicate article ID "sample-article" (first at line 2) — entry skipped`}},
		{"file is a path", sub(`"a.txt"`, `"../a.txt"`), map[string]string{"a.txt": goodText},
			[]string{`catalog.json:4: article "sample-article": file "../a.txt": want a path inside the articles folder — entry skipped`}},
		{"impossible catalog date", sub(`"2024-11-17"`, `"2024-11-31"`), map[string]string{"a.txt": goodText},
			[]string{`catalog.json:7: article "sample-article": date "2024-11-31": no day 31 in November 2024 — catalog date not used; the rest of the entry kept`}},
		{"unknown basis", sub(`"stated"`, `"guessed"`), map[string]string{"a.txt": goodText},
			[]string{`catalog.json:7: article "sample-article": publication basis "guessed": want stated, curated, estimated or unknown — entry skipped`}},
		{"estimate without note", sub(`"stated"`, `"estimated"`), map[string]string{"a.txt": goodText},
			[]string{`catalog.json:7: article "sample-article": a estimated date needs a note that gives its source or reason — entry skipped`}},
		{"misspelt file", sub(`"a.txt"`, `"a.tx"`), map[string]string{"a.txt": goodText},
			[]string{`catalog.json:4: article "sample-article": file articles/a.tx not found (did you mean a.txt?) — entry not used`}},
		{"file without entry is read from its text", goodCatalog, map[string]string{"a.txt": goodText, "z.txt": "Text."}, nil},
		{"Latin-1 text", goodCatalog, map[string]string{"a.txt": goodText + "It cost \xa35.\n"},
			[]string{"articles/a.txt: not UTF-8 — decoded as Windows-1252 (Latin-1)"}},
		{"bidi override and NUL-free control", goodCatalog, map[string]string{"a.txt": goodText + "Evil \u202etxt.exe\x01 here.\n"},
			[]string{"articles/a.txt: 2 NUL, control or bidi-override characters — removed from the text"}},
		{"impossible text date", goodCatalog, map[string]string{"a.txt": strings.Replace(goodText, "2024-11-17", "2024-13-01", 1)},
			[]string{`articles/a.txt:1: date "2024-13-01": no month 13 — line removed; no date taken from it`}},
		{"unreadable byline date", goodCatalog, map[string]string{"a.txt": strings.Replace(goodText, "November 17, 2024", "Novembre 17, 2024", 1)},
			[]string{`articles/a.txt:5: date "Novembre 17, 2024" in byline: not a date this reader knows — no date taken from the byline`}},
		{"unreadable long date line", goodCatalog, map[string]string{"a.txt": strings.Replace(goodText, "date 2024-11-17", "Published: Smarch 17, 2024", 1)},
			[]string{`articles/a.txt:1: date "Smarch 17, 2024": not a date this reader knows — line removed; no date taken from it`}},
		{"byline date conflict", goodCatalog, map[string]string{"a.txt": strings.Replace(goodText, "November 17", "November 18", 1)},
			[]string{"articles/a.txt:5: byline date 2024-11-18 disagrees with the date 2024-11-17 (line 1) — the first date kept"}},
		{"catalog date conflict", sub(`"2024-11-17"`, `"2024-11-16"`), map[string]string{"a.txt": goodText},
			[]string{"articles/a.txt:1: stated date 2024-11-17 (line 1) disagrees with catalog date 2024-11-16 (catalog.json:7), which the catalog says the text states — the date the text states kept"}},
		{"curated date conflict", sub(`"2024-11-17", "basis": "stated"`, `"2024-11-16", "basis": "curated", "note": "n"`), map[string]string{"a.txt": goodText},
			[]string{"articles/a.txt:1: stated date 2024-11-17 (line 1) disagrees with catalog date 2024-11-16 (catalog.json:7) — catalog date kept"}},
		{"stated but no date", goodCatalog, map[string]string{"a.txt": "A Sample Headline\n\nBy Jane Roe\n\nThe text.\n"},
			[]string{`catalog.json:7: article "sample-article": basis stated, but a.txt states no date — date kept as curated`}},
		{"author conflict", sub(`"Jane Roe"`, `"John Doe"`), map[string]string{"a.txt": goodText},
			[]string{`articles/a.txt:5: byline author "Jane Roe" (line 5) disagrees with catalog author "John Doe" (catalog.json:6) — catalog value kept`}},
		{"title conflict", sub(`"A Sample Headline"`, `"Another Headline"`), map[string]string{"a.txt": goodText},
			[]string{`articles/a.txt:3: headline "A Sample Headline" (line 3) disagrees with catalog title "Another Headline" (catalog.json:5) — catalog value kept`}},
		{"URL conflict", sub(`"author"`, `"url": "https://example.org/b", "author"`), map[string]string{"a.txt": strings.Replace(goodText, "\n\nBy", "\n\nhttps://example.org/a\n\nBy", 1)},
			[]string{`articles/a.txt:5: URL "https://example.org/a" (line 5) disagrees with catalog url "https://example.org/b" (catalog.json:6) — catalog value kept`}},
		{"javascript URL in the catalog", sub(`"author"`, `"url": "javascript:alert(1)", "author"`), map[string]string{"a.txt": goodText},
			[]string{`catalog.json:6: article "sample-article": URL "javascript:alert(1)": scheme "javascript" refused: want http or https — URL dropped; article kept`}},
		{"quote in a catalog URL", sub(`"author"`, `"url": "https://example.com/\"><meta http-equiv=refresh>", "author"`), map[string]string{"a.txt": goodText},
			[]string{`catalog.json:6: article "sample-article": URL "https://example.com/\"><meta http-equiv=refresh>": holds a space, quote, angle bracket, backslash or control character — URL dropped; article kept`}},
		{"no text", goodCatalog, map[string]string{"a.txt": "date 2024-11-17\n\nA Sample Headline\n\nADVERTISEMENT\n", "b.txt": goodText},
			[]string{"articles/a.txt:1: no article text: all 3 lines are header or page furniture — skipped"}},
		{"empty file", "", map[string]string{"a.txt": goodText, "empty.txt": ""},
			[]string{"articles/empty.txt: empty file — skipped"}},
		{"binary file", "", map[string]string{"a.txt": goodText, "image.txt": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
			[]string{"articles/image.txt: not a text file (it holds NUL bytes) — skipped"}},
		{"unsupported format", "", map[string]string{"a.txt": goodText, "paper.pdf": "%PDF-1.4"},
			[]string{"articles/paper.pdf: .pdf files are not read: save it as .txt, .md or .html — skipped"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := corpusFS(tt.catalog, tt.files)
			res, err := ingest.Folder(fsys, ingest.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range res.Report.Problems {
				got = append(got, p.String())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if len(res.Articles) == 0 {
				t.Error("no article ingested: one bad input stopped the others")
			}
			_, err = ingest.Folder(fsys, ingest.Options{Strict: true})
			if (err != nil) != (len(tt.want) > 0) {
				t.Errorf("strict: error %v, want one exactly when there are problems", err)
			}
		})
	}
}

func TestCorpusGood(t *testing.T) {
	arts, err := ingest.Corpus(corpusFS(goodCatalog, map[string]string{"a.txt": goodText, "notes.png": "not an article"}))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || arts[0].Title != "A Sample Headline" || arts[0].Author != "Jane Roe" || arts[0].Published.Date.ISO() != "2024-11-17" {
		t.Errorf("got %+v", arts)
	}
}
