package ingest_test

import (
	"bytes"
	"embed"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"parallax/corpus"
	"parallax/corpus/ingest"
	"parallax/internal/fixture"
)

//go:embed testdata/mixed
var mixedFiles embed.FS

// mixedFolder is a corpus folder without a catalog holding one file of each format, plus a Latin-1
// file, an empty file, a truncated page, a photo credit on line 1, a quoted headline and a
// "14 Sep 2020" date line. All its texts were written for this test. It is embedded, so that the
// test runs in the browser too, and copied into a map that a test may add a catalog to.
func mixedFolder(t testing.TB) fstest.MapFS {
	fsys := fstest.MapFS{}
	sub, err := fs.Sub(mixedFiles, "testdata/mixed")
	if err != nil {
		t.Fatal(err)
	}
	err = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(sub, p)
		fsys[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return fsys
}

// TestMixedFolder is the "Done when" of issue 9: every article shows its title, outlet, author and
// date with the right basis, and the report names the empty file and each other problem.
func TestMixedFolder(t *testing.T) {
	res, err := ingest.Folder(mixedFolder(t), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		File, Title, Outlet, Author, Date, Basis, Section string
		TitleFrom, DateFrom, Encoding                     string
	}
	var got []row
	for _, a := range res.Articles {
		got = append(got, row{a.File, a.Title, a.Outlet, a.Author, a.Published.Date.ISO(), a.Published.Basis.String(), a.Section,
			a.Provenance.Title.Basis.String() + " " + a.Provenance.Title.From,
			a.Provenance.Published.From, a.Provenance.Encoding})
	}
	want := []row{
		{"business/harbour-cranes.txt", "Harbour cranes stand idle as dock strike enters second week", "", "Tomas Berg", "2020-09-14", "stated", "business", "stated line 2", "line 3", "UTF-8"},
		{"culture/gallery-reopens.md", "Riverside gallery reopens after two-year refit", "The Northern Ledger", "Priya Natarajan", "2025-04-02", "stated", "culture", "stated front matter: title", "front matter: date", "UTF-8"},
		{"exports.csv#1", "Rail fares to rise by four per cent", "Rail Desk", "Ana Ruiz", "2025-01-02", "stated", "", "stated CSV column title", "CSV column published", "UTF-8"},
		{"exports.json#1", "Wind farm approved off the east coast", "Energy Brief", "Noor Haddad", "2021-07-19", "stated", "", "stated JSON field title", "JSON field date", "UTF-8"},
		{"exports.jsonl#1", "Bakery chain to open forty new shops", "Daily Example", "Sam Okafor, Lena Fischer", "2024-02-10", "stated", "", "stated JSON field headline", "JSON field publish_date", "UTF-8"},
		{"exports.jsonl#2", "Council approves new cycle lanes", "Metro Wire", "Kit Moreau", "2024-06-01", "stated", "", "stated JSON field title", "JSON field date", "UTF-8"},
		{"ferry-timetable.html", "Island ferry timetable cut for winter", "Coastline News", "Elin Hughes", "2023-11-05", "stated", "", "stated JSON-LD headline", "JSON-LD datePublished", "UTF-8"},
		{"latin1-radio.txt", "Radio host pledges £1m to music schools", "", "iHeartRadio", "2024-04-24", "stated", "", "stated line 1", "line 3", "Windows-1252"},
		{"library-funding-truncated.html", "Town library wins funding for longer opening hours", "Valley Courier", "", "2022-03-18", "stated", "", "stated meta og:title", "meta article:published_time", "UTF-8"},
		{"quoted-headline.txt", "Call centre users 'lose patience'", "", "", "", "unknown", "", "stated line 1", "", "UTF-8"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
	var rep bytes.Buffer
	if _, err := res.Report.WriteTo(&rep); err != nil {
		t.Fatal(err)
	}
	wantReport := `empty.txt: empty file — skipped
exports.csv:5: record has 2 fields, the header 6 — record skipped
exports.jsonl:2: record: invalid JSON at column 74: unexpected end of JSON input — record skipped
exports.jsonl:3: URL "javascript:alert(1)" (JSON field url): scheme "javascript" refused: want http or https — URL dropped; article kept
latin1-radio.txt: not UTF-8 — decoded as Windows-1252 (Latin-1)
library-funding-truncated.html: the page ends before </body> and </html>: it may be cut off — ingested what the page holds
13 articles seen, 10 ingested, 3 skipped, 6 problems
`
	if diff := cmp.Diff(wantReport, rep.String()); diff != "" {
		t.Errorf("report (-want +got):\n%s", diff)
	}
	// The furniture of the text file is removed by its rules, and kept.
	rules := map[string]string{}
	for _, r := range res.Articles[0].Removed {
		rules[r.Text] = r.Rule
	}
	for text, rule := range map[string]string{
		"Maria Lindqvist/Getty Images": ingest.RuleImageCredit, "14 Sep 2020": ingest.RuleDate, "0": ingest.RuleShareCount,
		"83": ingest.RuleShareCount, "Related Stories": ingest.RuleRelated, "Port authority posts record profit": ingest.RuleRelated,
		"(Source: Eastmouth Gazette)": ingest.RuleSourceTag, "By Tomas Berg": ingest.RuleByline,
	} {
		if rules[text] != rule {
			t.Errorf("%q removed by %q, want %q", text, rules[text], rule)
		}
	}
	if _, err := ingest.Folder(mixedFolder(t), ingest.Options{Strict: true}); err == nil || !strings.HasPrefix(err.Error(), "empty.txt: empty file\n") {
		t.Errorf("strict: error %v, want the problems, starting with the empty file", err)
	}
}

// TestWriteCatalogRoundTrip writes what was found as a catalog and reads the folder again with it:
// the articles are the same, and no new problem appears. Only Origin.From may now also name the
// catalog line that agrees.
func TestWriteCatalogRoundTrip(t *testing.T) {
	for name, fsys := range map[string]fstest.MapFS{"mixed": mixedFolder(t), "seed": seedCopy(t)} {
		t.Run(name, func(t *testing.T) {
			first, err := ingest.Folder(fsys, ingest.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := ingest.WriteCatalog(&buf, first.Articles); err != nil {
				t.Fatal(err)
			}
			fsys[ingest.CatalogFile] = &fstest.MapFile{Data: buf.Bytes()}
			second, err := ingest.Folder(fsys, ingest.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(first.Articles, second.Articles, cmpopts.IgnoreFields(corpus.Origin{}, "From")); diff != "" {
				t.Errorf("articles differ after the round trip (-first +second):\n%s", diff)
			}
			if diff := cmp.Diff(first.Report.Problems, second.Report.Problems); diff != "" {
				t.Errorf("problems differ (-first +second):\n%s", diff)
			}
			var again bytes.Buffer
			if err := ingest.WriteCatalog(&again, second.Articles); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(buf.String(), again.String()); diff != "" {
				t.Errorf("catalog differs when written again (-first +second):\n%s", diff)
			}
		})
	}
}

// seedCopy is the fixed seed corpus in a writable map.
func seedCopy(t testing.TB) fstest.MapFS {
	out := fstest.MapFS{}
	err := fs.WalkDir(fixture.Seed(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fixture.Seed(), p)
		out[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
