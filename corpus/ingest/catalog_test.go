package ingest_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus/ingest"
)

// TestParseCatalogMessages pins the message of each kind of catalog fault of issue 11 (item 6):
// each names the file, the line of the field at fault, and what is wrong in words.
func TestParseCatalogMessages(t *testing.T) {
	sub := func(old, new string) string { return strings.Replace(goodCatalog, old, new, 1) }
	tests := []struct {
		name, catalog, want string
	}{
		{"invalid UTF-8", sub("Jane Roe", "Jane \xffRoe"),
			"catalog.json:6:21: invalid UTF-8 (byte 0xFF): save the catalog as UTF-8"},
		{"invalid UTF-8 on the first line", "[\xc3", "catalog.json:1:2: invalid UTF-8 (byte 0xC3): save the catalog as UTF-8"},
		{"no month 13", sub(`"2024-11-17"`, `"2024-13-45"`),
			`catalog.json:7: article "sample-article": date "2024-13-45": no month 13`},
		{"no day 30 in February", sub(`"2024-11-17"`, `"2023-02-29"`),
			`catalog.json:7: article "sample-article": date "2023-02-29": no day 29 in February 2023`},
		{"not a date", sub(`"2024-11-17"`, `"17/11/2024"`),
			`catalog.json:7: article "sample-article": date "17/11/2024": want YYYY, YYYY-MM or YYYY-MM-DD`},
		{"type error points at its field", sub(`"author": "Jane Roe"`, `"author": ["Jane Roe"]`),
			`catalog.json:6: entry: field "author": want string, got array`},
		{"type error in a nested field", sub(`{"date": "2024-11-17"`, `{"date": 20241117`),
			`catalog.json:7: entry: field "published.date": want string, got number`},
		{"null entry", "[\n  null\n]", `catalog.json:2: entry is null: want an object such as {"file": "a.txt"}`},
		{"string entry", "[\n\n  \"a.txt\"\n]", `catalog.json:3: entry is a string: want an object such as {"file": "a.txt"}`},
		{"CR-only line endings count as lines", strings.ReplaceAll(sub(`"2024-11-17"`, `"2024-13-01"`), "\n", "\r"),
			`catalog.json:7: article "sample-article": date "2024-13-01": no month 13`},
		{"CRLF line endings", strings.ReplaceAll(sub(`"2024-11-17"`, `"2024-13-01"`), "\n", "\r\n"),
			`catalog.json:7: article "sample-article": date "2024-13-01": no month 13`},
		{"10,000-character title", sub(`"A Sample Headline"`, `"`+strings.Repeat("x", 10000)+`"`),
			`catalog.json:5: article "sample-article": title is 10000 characters long; the limit is 300`},
		{"empty catalog", "[]", "catalog.json:1: the catalog lists no articles"},
		{"no file", sub(`"file": "a.txt",`, ``), `catalog.json:2: article "sample-article": no file: want the path of its file below the articles folder`},
		{"syntax error after CR-only lines", "[\r{\"id\": \"a\",\r\"file\": \"a.txt\"\r\"x\": 1}]", `catalog.json:4:1: invalid character '"' after object key:value pair`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ingest.ParseCatalog([]byte(tt.catalog))
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got: %s\nwant: %s", err, tt.want)
			}
		})
	}
}

func TestParseCatalogByteOrderMark(t *testing.T) {
	entries, err := ingest.ParseCatalog([]byte("\ufeff" + goodCatalog))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].ID != "sample-article" || entries[0].Line != 2 {
		t.Errorf("got %+v", entries)
	}
}

// TestCatalogFaultsDoNotStopTheBuild: a bad entry is skipped with its problem, the others are used,
// and the files are still read.
func TestCatalogFaultsDoNotStopTheBuild(t *testing.T) {
	catalog := `[
  null,
  {"id": "good-one", "file": "a.txt", "author": "Jane Roe"},
  {"id": "typo", "file": "bb.txt"},
  {"id": "long", "file": "c.txt", "title": "` + strings.Repeat("y", 10000) + `"}
]`
	res, err := ingest.Folder(corpusFS(catalog, map[string]string{"a.txt": goodText, "b.txt": "Second headline\n\nSecond text.\n", "c.txt": "Third headline\n\nThird text.\n"}), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range res.Report.Problems {
		got = append(got, p.String())
	}
	want := []string{
		`catalog.json:2: entry is null: want an object such as {"file": "a.txt"} — entry skipped`,
		`catalog.json:5: article "long": title is 10000 characters long; the limit is 300 — entry skipped`,
		`catalog.json:4: article "typo": file articles/bb.txt not found (did you mean b.txt?) — entry not used`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	var ids []string
	for _, a := range res.Articles {
		ids = append(ids, a.ID)
	}
	if diff := cmp.Diff([]string{"good-one", "second-headline", "third-headline"}, ids); diff != "" {
		t.Errorf("IDs (-want +got):\n%s", diff)
	}
}

// TestEmptyCatalogIsReported: "[]" is not an empty build; the files are read and the report says
// the catalog lists nothing.
func TestEmptyCatalogIsReported(t *testing.T) {
	res, err := ingest.Folder(corpusFS("[]", map[string]string{"a.txt": goodText}), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != 1 || len(res.Report.Problems) != 1 || res.Report.Problems[0].String() != "catalog.json:1: the catalog lists no articles — articles read from their own text" {
		t.Errorf("articles %d, problems %v", len(res.Articles), res.Report.Problems)
	}
	if _, err := ingest.Folder(corpusFS("[]", nil), ingest.Options{}); err == nil || !strings.HasPrefix(err.Error(), "no usable article among 0 seen") {
		t.Errorf("empty folder: error %v, want no usable article", err)
	}
}
