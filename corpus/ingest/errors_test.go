package ingest_test

import (
	"strings"
	"testing"
	"testing/fstest"

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

func TestCorpusErrors(t *testing.T) {
	sub := func(old, new string) string { return strings.Replace(goodCatalog, old, new, 1) }
	two := strings.Replace(goodCatalog, "\n]", `,
  {"id": "sample-article", "file": "b.txt", "title": "B", "title_note": "supplied", "author_note": "none"}
]`, 1)
	tests := []struct {
		name    string
		catalog string
		files   map[string]string
		want    string
	}{
		{"no catalog", "", map[string]string{"a.txt": goodText},
			"reading the catalog: open catalog.json: file does not exist"},
		{"bad JSON", sub(`"file": "a.txt",`, `"file": "a.txt"`), map[string]string{"a.txt": goodText},
			`catalog.json:5:5: invalid character '"' after object key:value pair`},
		{"truncated JSON", goodCatalog[:40], map[string]string{"a.txt": goodText},
			"catalog.json:4:7: unexpected end of JSON input"},
		{"not an array", `{"id": "x"}`, nil,
			"catalog.json:1: want a JSON array of article entries"},
		{"wrong type", sub(`"title": "A Sample Headline"`, `"title": 7`), map[string]string{"a.txt": goodText},
			"catalog.json:2: entry: json: cannot unmarshal number into Go struct field Entry.title of type string"},
		{"unknown field", sub(`"author":`, `"writer":`), map[string]string{"a.txt": goodText},
			`catalog.json:2: entry: json: unknown field "writer"`},
		{"invalid ID", sub(`"sample-article"`, `"Sample Article"`), map[string]string{"a.txt": goodText},
			`catalog.json:3: invalid article ID "Sample Article": want lower-case words joined by dashes`},
		{"duplicate ID", two, map[string]string{"a.txt": goodText, "b.txt": "Text."},
			`catalog.json:9: duplicate article ID "sample-article" (first at line 2)`},
		{"file is a path", sub(`"a.txt"`, `"../a.txt"`), map[string]string{"a.txt": goodText},
			`catalog.json:4: article "sample-article": file "../a.txt": want a file name inside articles/`},
		{"unparseable catalog date", sub(`"2024-11-17"`, `"2024-11-31"`), map[string]string{"a.txt": goodText},
			`catalog.json:7: article "sample-article": unparseable date "2024-11-31": want YYYY, YYYY-MM or YYYY-MM-DD`},
		{"unknown basis", sub(`"stated"`, `"guessed"`), map[string]string{"a.txt": goodText},
			`catalog.json:7: article "sample-article": publication basis "guessed": want stated, curated, estimated or unknown`},
		{"estimate without note", sub(`"stated"`, `"estimated"`), map[string]string{"a.txt": goodText},
			`catalog.json:7: article "sample-article": a estimated date needs a note that gives its source or reason`},
		{"missing file", goodCatalog, map[string]string{},
			`catalog.json:4: article "sample-article": file articles/a.txt not found`},
		{"file without entry", goodCatalog, map[string]string{"a.txt": goodText, "z.txt": "Text.", "y.txt": "Text."},
			"articles/y.txt, articles/z.txt: no entry in catalog.json"},
		{"invalid UTF-8", goodCatalog, map[string]string{"a.txt": goodText + "Fine line.\nBad \xff byte.\n"},
			"a.txt:9: invalid UTF-8"},
		{"unparseable text date", goodCatalog, map[string]string{"a.txt": strings.Replace(goodText, "2024-11-17", "2024-13-01", 1)},
			`a.txt:1: unparseable date "2024-13-01": want YYYY, YYYY-MM or YYYY-MM-DD`},
		{"unparseable byline date", goodCatalog, map[string]string{"a.txt": strings.Replace(goodText, "November 17, 2024", "Novembre 17, 2024", 1)},
			`a.txt:5: unparseable date "Novembre 17, 2024" in byline`},
		{"unparseable long date line", goodCatalog, map[string]string{"a.txt": strings.Replace(goodText, "date 2024-11-17", "Published: Smarch 17, 2024", 1)},
			`a.txt:1: unparseable date "Smarch 17, 2024"`},
		{"byline date conflict", goodCatalog, map[string]string{"a.txt": strings.Replace(goodText, "November 17", "November 18", 1)},
			"a.txt:5: byline date 2024-11-18 conflicts with date line 2024-11-17 (line 1)"},
		{"catalog date conflict", sub(`"2024-11-17"`, `"2024-11-16"`), map[string]string{"a.txt": goodText},
			"a.txt:1: stated date 2024-11-17 conflicts with catalog date 2024-11-16 (catalog.json:7)"},
		{"catalog basis conflict", sub(`"basis": "stated"`, `"basis": "curated", "note": "n"`), map[string]string{"a.txt": goodText},
			"a.txt:1: the text states the date 2024-11-17 but the catalog gives basis curated (catalog.json:7)"},
		{"stated but no date", goodCatalog, map[string]string{"a.txt": "A Sample Headline\n\nBy Jane Roe\n\nThe text.\n"},
			`catalog.json:7: article "sample-article": basis stated, but a.txt states no date`},
		{"author conflict", sub(`"Jane Roe"`, `"John Doe"`), map[string]string{"a.txt": goodText},
			`a.txt:5: byline author "Jane Roe" conflicts with catalog author "John Doe" (catalog.json:6)`},
		{"title conflict", sub(`"A Sample Headline"`, `"Another Headline"`), map[string]string{"a.txt": goodText},
			`a.txt:3: headline "A Sample Headline" conflicts with catalog title "Another Headline" (catalog.json:5)`},
		{"URL conflict", sub(`"author"`, `"url": "https://example.org/b", "author"`), map[string]string{"a.txt": strings.Replace(goodText, "\n\nBy", "\n\nhttps://example.org/a\n\nBy", 1)},
			`a.txt:5: URL "https://example.org/a" conflicts with catalog url "https://example.org/b" (catalog.json:6)`},
		{"no headline, no title note", goodCatalog, map[string]string{"a.txt": "date 2024-11-17\n\nThe text begins here.\n"},
			`catalog.json:5: article "sample-article": the text has no headline, so the catalog title needs a title_note saying it is supplied`},
		{"no text", goodCatalog, map[string]string{"a.txt": "date 2024-11-17\n\nA Sample Headline\n\nADVERTISEMENT\n"},
			"a.txt: article sample-article: no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ingest.Corpus(corpusFS(tt.catalog, tt.files))
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got: %s\nwant: %s", err, tt.want)
			}
		})
	}
}

func TestCorpusGood(t *testing.T) {
	arts, err := ingest.Corpus(corpusFS(goodCatalog, map[string]string{"a.txt": goodText, "notes.md": "not an article"}))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || arts[0].Title != "A Sample Headline" || arts[0].Author != "Jane Roe" || arts[0].Published.Date.ISO() != "2024-11-17" {
		t.Errorf("got %+v", arts)
	}
}
