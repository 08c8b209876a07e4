package ingest_test

import (
	"embed"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
	"parallax/corpus/ingest"
)

//go:embed testdata/language
var languageFiles embed.FS

// TestLanguage ingests testdata/language, a folder written for this test: pages, front matter,
// records and a catalog that state an article's language, well or badly, or not at all. A
// statement is validated and canonicalised, checked against the text, and the catalog's wins
// over it; nothing is guessed.
func TestLanguage(t *testing.T) {
	fsys, err := fs.Sub(languageFiles, "testdata/language")
	if err != nil {
		t.Fatal(err)
	}
	res, err := ingest.Folder(fsys, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		lang  string
		basis corpus.Basis
		from  string
		note  string // a part of the note; "" when the note must be empty
	}
	tests := map[string]want{
		// Stated, canonicalised.
		"stated-de.html":       {"de", corpus.BasisStated, "html lang", ""},
		"og-locale-fr.html":    {"fr-FR", corpus.BasisStated, "meta og:locale", ""},
		"jsonld-ru.html":       {"ru-RU", corpus.BasisStated, "JSON-LD inLanguage", ""},
		"front-matter-lang.md": {"de-AT", corpus.BasisStated, "front matter: lang", ""},
		"records.jsonl#1":      {"es", corpus.BasisStated, "JSON field language", ""},
		"records.jsonl#2":      {"pt-BR", corpus.BasisStated, "JSON field lang", ""},
		"malformed-html.html":  {"en-GB", corpus.BasisStated, "meta og:locale", `The file's language "english" (html lang) was refused: not a well-formed language tag`},
		"fallthrough-og.html":  {"de-DE", corpus.BasisStated, "meta og:locale", "The file states the language en-US (html lang), but the text is not English"},
		"curated.txt":          {"fa", corpus.BasisCurated, "catalog.json:2", "The outlet publishes in Persian only."},
		"catalog-disagrees.md": {"de-CH", corpus.BasisCurated, "catalog.json:3", `The file states the language "de" (front matter: language); the catalog's value is kept.`},
		"contradicted-en.html": {"", corpus.BasisUnknown, "", "The file states the language en (html lang), but the text is not English"},
		"english-says-de.md":   {"", corpus.BasisUnknown, "", "The file states the language de (front matter: language), but the text is clearly English"},
		"malformed.md":         {"", corpus.BasisUnknown, "", `The file's language "zz" (front matter: language) was refused: the subtag "zz" is no known language`},
		"catalog-bad.txt":      {"", corpus.BasisUnknown, "", `The catalog's language "not a tag" (catalog.json:4) was refused`},
		"absent.txt":           {"", corpus.BasisUnknown, "", "The file states no language."},
	}
	seen := 0
	for _, a := range res.Articles {
		w, ok := tests[a.File]
		if !ok {
			t.Errorf("unexpected article %s", a.File)
			continue
		}
		seen++
		o := a.Provenance.Language
		if a.Language != w.lang || o.Basis != w.basis || o.From != w.from {
			t.Errorf("%s: language %q, %s from %q; want %q, %s from %q", a.File, a.Language, o.Basis, o.From, w.lang, w.basis, w.from)
		}
		if w.note == "" && o.Note != "" || !strings.Contains(o.Note, w.note) {
			t.Errorf("%s: note %q, want one that holds %q", a.File, o.Note, w.note)
		}
		if a.Language != "" && !corpus.ValidLanguage(a.Language) {
			t.Errorf("%s: language %q is no valid tag", a.File, a.Language)
		}
	}
	if seen != len(tests) {
		t.Errorf("%d of the %d articles ingested", seen, len(tests))
	}
	var probs []string
	for _, p := range res.Report.Problems {
		probs = append(probs, p.String())
	}
	wantProbs := []string{
		`catalog.json:4: article "catalog-bad.txt": language "not a tag": not a well-formed language tag: want a BCP 47 tag such as "de", "en-GB" or "fa-IR" — catalog language not used; the rest of the entry kept`,
		`articles/catalog-disagrees.md:3: language de (front matter: language) disagrees with catalog language de-CH (catalog.json:3) — catalog value kept`,
		`articles/malformed-html.html:2: language "english" (html lang): not a well-formed language tag: want a BCP 47 tag such as "de", "en-GB" or "fa-IR" — not used`,
		`articles/malformed.md:3: language "zz" (front matter: language): the subtag "zz" is no known language, script or region — not used`,
	}
	if diff := cmp.Diff(wantProbs, probs); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

// TestLanguageCanonical checks the forms a stated tag is written in.
func TestLanguageCanonical(t *testing.T) {
	for in, want := range map[string]string{
		"fa-IR": "fa-IR", "fa_ir": "fa-IR", "EN-gb": "en-GB", "de": "de", " de ": "de", "ger": "de", "iw": "he",
		"zh-hans-cn": "zh-Hans-CN",
		"und":        "", "x-klingon": "", "english": "", "en-": "", "zz": "", "de\"x": "",
	} {
		md := "---\ntitle: Radweg\nlanguage: '" + strings.ReplaceAll(in, "'", "''") + "'\n---\n" +
			"Der Stadtrat hat am Montag beschlossen, dass die neuen Radwege im Mai eröffnet werden, und die Arbeiten sind fast fertig.\n"
		if strings.HasPrefix(want, "en") || strings.HasPrefix(in, "EN") {
			md = "---\ntitle: Cycle lanes\nlanguage: '" + in + "'\n---\nThe council said on Monday that it would open the new cycle lanes in May, after the floods of the winter, which had closed them for a year.\n"
		}
		res, err := ingest.Folder(fstest.MapFS{"a.md": {Data: []byte(md)}}, ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Articles) != 1 {
			t.Fatalf("%q: %d articles", in, len(res.Articles))
		}
		a := res.Articles[0]
		if a.Language != want {
			t.Errorf("%q: language %q (%s), want %q", in, a.Language, a.Provenance.Language.Note, want)
		}
		if want == "" && len(res.Report.Problems) != 1 {
			t.Errorf("%q: refused with %d problems, want 1: %v", in, len(res.Report.Problems), res.Report.Problems)
		}
	}
}
