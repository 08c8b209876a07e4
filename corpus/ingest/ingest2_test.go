package ingest_test

import (
	"embed"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/tools/txtar"

	"parallax/corpus"
	"parallax/corpus/ingest"
)

//go:embed testdata/ingest2
var ingest2Files embed.FS

// txtarFolder reads testdata/ingest2/name as a corpus folder: each file of the archive is a file.
func txtarFolder(t testing.TB, name string) fstest.MapFS {
	t.Helper()
	data, err := ingest2Files.ReadFile("testdata/ingest2/" + name)
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for _, f := range txtar.Parse(data).Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	return fsys
}

// withCatalog writes the catalog of arts into fsys and ingests the folder again: the round trip
// a written catalog must survive.
func withCatalog(t testing.TB, fsys fstest.MapFS, arts []*corpus.Article) *ingest.Result {
	t.Helper()
	var buf strings.Builder
	if err := ingest.WriteCatalog(&buf, arts); err != nil {
		t.Fatal(err)
	}
	fsys["catalog.json"] = &fstest.MapFile{Data: []byte(buf.String())}
	res, err := ingest.Folder(fsys, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// ingestClean ingests testdata/ingest2/name and returns the folder and the result, failing the
// test on an error and on each problem reported: for fixtures every file of which must get in
// whole.
func ingestClean(t testing.TB, name string) (fstest.MapFS, *ingest.Result) {
	t.Helper()
	fsys := txtarFolder(t, name)
	res, err := ingest.Folder(fsys, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Report.Problems {
		t.Errorf("problem: %s", p)
	}
	return fsys, res
}

func byFile(arts []*corpus.Article) map[string]*corpus.Article {
	m := make(map[string]*corpus.Article, len(arts))
	for _, a := range arts {
		m[a.File] = a
	}
	return m
}

func problemsOf(rep *ingest.Report, file string) []string {
	var out []string
	for _, p := range rep.Problems {
		if p.File == file {
			out = append(out, p.String())
		}
	}
	return out
}

// TestNumericHeaders: a numeric date line under the headline is the publication date, read in the
// one order its numbers allow and never guessed when both orders fit, and a byline before or after
// it is the author; neither becomes a paragraph.
func TestNumericHeaders(t *testing.T) {
	res, err := ingest.Folder(txtarFolder(t, "headers.txtar"), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts := byFile(res.Articles)
	tests := []struct {
		file, author, date string
		basis              corpus.Basis
		note               string // a part of the date's note
		problem            string // a part of a problem of the file, "" for none
		firstWords         string // how the first paragraph starts
	}{
		{"business/dock2.txt", "Ana Ruiz", "2020-09-15", corpus.BasisStated, "day first: 15 is no month", "", "Ships queued"},
		{"month-first.txt", "Sam Lee", "2020-09-15", corpus.BasisStated, "month first: 15 is no month", "", "Apple growers"},
		{"iso.txt", "Mia Chen", "2021-03-04", corpus.BasisStated, "(line 2)", "", "The building"},
		{"dots.txt", "Ola Berg", "2021-03-04", corpus.BasisStated, "day.month.year", "", "Crews on"},
		{"year-first-slash.txt", "", "2021-03-04", corpus.BasisStated, "(line 2)", "", "The central"},
		{"ambiguous.txt", "Tom Hale", "2020", corpus.BasisStated, "ambiguous: 4 May or April 5", "ambiguous", "Drivers on"},
		{"same-day-month.txt", "", "2020-05-05", corpus.BasisStated, "(line 2)", "", "The festival"},
		{"dashes.txt", "Rosa Diaz", "2020-09-15", corpus.BasisStated, "day first", "", "Two new"},
		{"impossible.txt", "Ana Ruiz", "", corpus.BasisUnknown, "", "no day 31 in February 2020", "Councillors backed"},
		{"labelled.txt", "Ana Ruiz and Tom Hale", "2020-09-16", corpus.BasisStated, "day first", "", "The regulator"},
		{"body-mention.txt", "", "", corpus.BasisUnknown, "states no date", "", "The fund paid out on 15/09/2020"},
		{"byline-comma-date.txt", "Rosa Diaz", "2020-09-15", corpus.BasisStated, "day first", "", "The path between"},
		{"byline-ambiguous.txt", "Ola Berg", "2021", corpus.BasisStated, "ambiguous: 3 April or March 4", "ambiguous", "Fares on the"},
		{"byline-bar-date.txt", "Sam Lee", "2020-09-16", corpus.BasisStated, "(line 2)", "", "Night buses will"},
		// A byline with a role after the comma is not a byline this reader knows: it stays text,
		// as before, rather than be read as a name with a bad date.
		{"byline-comma-role.txt", "", "", corpus.BasisUnknown, "states no date", "", "By Tom Hale, Business reporter"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a := arts[tt.file]
			if a == nil {
				t.Fatalf("not ingested; problems: %v", problemsOf(res.Report, tt.file))
			}
			if a.Author != tt.author {
				t.Errorf("author %q, want %q (note %q)", a.Author, tt.author, a.AuthorNote)
			}
			if got := a.Published.Date.ISO(); got != tt.date || a.Published.Basis != tt.basis {
				t.Errorf("date %q %v, want %q %v (note %q)", got, a.Published.Basis, tt.date, tt.basis, a.Published.Note)
			}
			if !strings.Contains(a.Published.Note, tt.note) {
				t.Errorf("date note %q, want it to contain %q", a.Published.Note, tt.note)
			}
			probs := strings.Join(problemsOf(res.Report, tt.file), "\n")
			if tt.problem == "" && probs != "" || !strings.Contains(probs, tt.problem) {
				t.Errorf("problems %q, want one containing %q", probs, tt.problem)
			}
			if first := a.Paragraphs[0].Sentences[0].Text; !strings.HasPrefix(first, tt.firstWords) {
				t.Errorf("first paragraph %q, want it to start %q", first, tt.firstWords)
			}
		})
	}
}

// TestCatalogNotes: a refused catalog value and a catalog value that disagrees with the text are
// in the article's provenance, where the reader shows them, not only in the build report.
func TestCatalogNotes(t *testing.T) {
	res, err := ingest.Folder(txtarFolder(t, "catalog.txtar"), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts := byFile(res.Articles)
	note := func(field string) func(a *corpus.Article) string {
		return func(a *corpus.Article) string {
			switch field {
			case "url":
				return a.Provenance.URL.Note
			case "date":
				return a.Published.Note
			case "author":
				return a.AuthorNote
			}
			return ""
		}
	}
	tests := []struct {
		file, field string
		want        []string // parts of the note
		not         string   // what the note must not say
	}{
		{"js.txt", "url", []string{"catalog's address", "refused", `scheme "javascript"`}, "gives no address"},
		{"quote.txt", "url", []string{"catalog's address", "refused", "quote"}, "gives no address"},
		{"data.txt", "url", []string{"catalog's address", "refused", `scheme "data"`, "copied from the archive"}, "gives no address"},
		{"bad-month.txt", "date", []string{"catalog's date", `"2025-13-40"`, "refused", "no month 13"}, "states no date"},
		{"not-a-date.txt", "date", []string{"catalog's date", `"yesterday"`, "refused", "want YYYY"}, "states no date"},
		{"disagree.txt", "date", []string{"from the print edition", "The text states 2020-09-14 (line 2)", "catalog's date is kept"}, ""},
		{"disagree-stated.txt", "date", []string{"Stated in the text (line 2)", "The catalog gives 2020-09-15", "the date the text states is kept"}, ""},
		{"author.txt", "author", []string{"from the desk", `"Priya Natarajan"`, "catalog's value is kept"}, ""},
		{"good-url.txt", "url", []string{"from the archive index"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a := arts[tt.file]
			if a == nil {
				t.Fatalf("not ingested; problems: %v", problemsOf(res.Report, tt.file))
			}
			got := note(tt.field)(a)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("%s note %q, want it to contain %q", tt.field, got, w)
				}
			}
			if tt.not != "" && strings.Contains(got, tt.not) {
				t.Errorf("%s note %q says %q", tt.field, got, tt.not)
			}
		})
	}
	// The refused date cost the entry nothing else: its author is still curated.
	if a := arts["bad-month.txt"]; a == nil || a.Author != "Lena Ortiz" {
		t.Errorf("bad-month.txt: the rest of the entry was dropped with its date: %+v", a)
	}
}

// TestStrayFiles: files that describe a folder, hidden files and excluded files are not articles;
// each is listed with its reason, and articles whose names only look alike are read.
func TestStrayFiles(t *testing.T) {
	res, err := ingest.Folder(txtarFolder(t, "stray.txtar"), ingest.Options{Exclude: []string{"archive/"}, Strict: true})
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, a := range res.Articles {
		files = append(files, a.File)
	}
	if want := []string{"notices/fair.txt", "readme-corner.txt", "sport/cup-final.txt"}; !slices.Equal(files, want) {
		t.Errorf("articles %q, want %q", files, want)
	}
	excluded := map[string]string{}
	for _, p := range res.Report.Excluded {
		excluded[p.File] = p.What
	}
	for file, why := range map[string]string{
		"README.TXT": "README", "LICENSE": "LICENSE", "LICENSE-MIT": "LICENSE", "COPYING.md": "COPYING",
		"CHANGELOG.txt": "CHANGELOG", "notice.txt": "NOTICE", "sport/Readme.md": "README",
		".hidden.txt": "hidden", ".git/": "hidden",
		"drafts/one.txt": `"drafts/*" (.parallaxignore:2)`, "sport/old.bak.txt": `"*.bak.txt" (.parallaxignore:3)`,
		"archive/": `"archive" (-exclude)`,
	} {
		if !strings.Contains(excluded[file], why) {
			t.Errorf("%s: listed as %q, want a reason naming %q", file, excluded[file], why)
		}
	}
	if _, ok := excluded[".parallaxignore"]; ok || len(excluded) != 12 {
		t.Errorf("excluded %d files: %v", len(excluded), excluded)
	}
	var b strings.Builder
	if _, err := res.Report.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "README.TXT: not an article: a README file") || !strings.Contains(b.String(), "12 files or folders not read") {
		t.Errorf("report:\n%s", b.String())
	}
	if _, err := ingest.Folder(txtarFolder(t, "stray.txtar"), ingest.Options{Exclude: []string{"[x"}}); err == nil {
		t.Error("a malformed -exclude pattern was accepted")
	}
}

// TestShortHTML: a short saved page keeps its paragraphs, and its headline, being the title, is
// not in the text and not counted as removed furniture.
func TestShortHTML(t *testing.T) {
	res, err := ingest.Folder(txtarFolder(t, "html.txtar"), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts := byFile(res.Articles)
	tests := []struct {
		file       string
		paragraphs int
		first      string
		titleRule  bool // the headline is removed as the title
	}{
		{"ferry.html", 2, "The island ferry will sail", true},
		{"three.html", 3, "The road over the river bridge", true},
		{"no-h1.html", 2, "The market hall will get", false},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a := arts[tt.file]
			if a == nil {
				t.Fatalf("not ingested; problems: %v", problemsOf(res.Report, tt.file))
			}
			if len(a.Paragraphs) != tt.paragraphs {
				t.Errorf("%d paragraphs, want %d", len(a.Paragraphs), tt.paragraphs)
			}
			if first := a.Paragraphs[0].Sentences[0].Text; !strings.HasPrefix(first, tt.first) {
				t.Errorf("first paragraph %q, want it to start %q", first, tt.first)
			}
			var rules []string
			for _, r := range a.Removed {
				rules = append(rules, r.Rule)
			}
			if tt.titleRule && !slices.Equal(rules, []string{ingest.RuleTitle}) || !tt.titleRule && len(rules) != 0 {
				t.Errorf("removed %q, want only the headline as %q", rules, ingest.RuleTitle)
			}
		})
	}
}

// TestCharRefs: a plain-text file that uses HTML character references has them decoded, in its
// headline and its text; ampersands that are not complete references stay as written, and a
// reference never smuggles in a hidden character.
func TestCharRefs(t *testing.T) {
	res, err := ingest.Folder(txtarFolder(t, "charrefs.txtar"), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Report.Problems) != 1 || res.Report.Problems[0].File != "bidi.txt" {
		t.Errorf("problems %v, want one: the bidi override named by a reference in bidi.txt", res.Report.Problems)
	}
	arts := byFile(res.Articles)
	tests := []struct {
		file, title, text string
		decoded           bool
	}{
		{"pound.txt", "£1.8m fine for broadcaster over late-night show", "The regulator fined the broadcaster £1.8m & ordered an apology on air.", true},
		{"hex.txt", "Rail fares rise by £5 a week", "Season tickets will cost £5 a week more from January.", true},
		{"named.txt", "Café owners’ plea to the council", "Owners of the café asked the council to keep the square open.", true},
		{"plain.txt", "Q&A: how the new fares work", "Fares set by AT&T; and R&D; budgets stay as written here, the firm said.", false},
		{"bidi.txt", "Council vote delayed again", "The vote was delayed again on Tuesday, the council said.", true},
		{"markup.txt", "Readers send in their comments", "One reader wrote br /> <b>bold</b> under the story.", true},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a := arts[tt.file]
			if a == nil {
				t.Fatalf("not ingested; problems: %v", problemsOf(res.Report, tt.file))
			}
			if a.Title != tt.title {
				t.Errorf("title %q, want %q", a.Title, tt.title)
			}
			if got := a.Paragraphs[0].Sentences[0].Text; got != tt.text {
				t.Errorf("text %q, want %q", got, tt.text)
			}
			if got := strings.Contains(a.Provenance.Encoding, "character reference"); got != tt.decoded {
				t.Errorf("encoding %q: decoding recorded = %v, want %v", a.Provenance.Encoding, got, tt.decoded)
			}
		})
	}
}

// TestProblemOrder: an export's problems are listed in line order, whatever order the records
// were built in.
func TestProblemOrder(t *testing.T) {
	for range 5 { // the records are built in parallel: a wrong order need not show every time
		res, err := ingest.Folder(txtarFolder(t, "records.txtar"), ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var lines []int
		for _, p := range res.Report.Problems {
			if p.File == "feed.jsonl" {
				lines = append(lines, p.Line)
			}
		}
		if len(lines) < 5 || !slices.IsSorted(lines) {
			t.Fatalf("problems of feed.jsonl on lines %v, want at least 5, in line order:\n%v", lines, res.Report.Problems)
		}
	}
}

// TestCatalogNotesRoundTrip: the catalog WriteCatalog writes, read back, gives the same notes:
// a disagreement is said once, not once per round.
func TestCatalogNotesRoundTrip(t *testing.T) {
	fsys := txtarFolder(t, "catalog.txtar")
	first, err := ingest.Folder(fsys, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	again := byFile(withCatalog(t, fsys, first.Articles).Articles)
	for _, a := range first.Articles {
		b := again[a.File]
		if b == nil {
			t.Errorf("%s: lost on the second round", a.File)
			continue
		}
		if a.AuthorNote != b.AuthorNote || a.Published.Note != b.Published.Note {
			t.Errorf("%s: notes changed on the second round:\n author %q\n     → %q\n date %q\n     → %q", a.File, a.AuthorNote, b.AuthorNote, a.Published.Note, b.Published.Note)
		}
	}
}
