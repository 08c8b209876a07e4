package ingest_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus/ingest"
)

func utf16LE(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

func utf16BE(s string) []byte {
	out := []byte{0xFE, 0xFF}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u>>8), byte(u))
	}
	return out
}

const mdGood = "---\ntitle: Front matter headline\ndate: 2024-05-06\noutlet: The Test Times\nauthor: [Ann Lee, Bo Chan]\nurl: https://example.com/2024/05/06/x\n---\n\nBody text here.\n"

// TestFormatProblems: each kind of malformed or unsafe input in each format is one problem with
// its file and line, and only what it spoils is skipped.
func TestFormatProblems(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		max   int64
		want  []string
	}{
		{"huge article", map[string]string{"big.txt": "Headline\n\n" + strings.Repeat("Word word word. ", 20)}, 120,
			[]string{"big.txt: huge article: 330 bytes, over the limit of 120 bytes per article — skipped"}},
		{"huge record", map[string]string{"e.jsonl": `{"title": "Big", "text": "` + strings.Repeat("Word. ", 30) + `"}` + "\n"}, 120,
			[]string{"e.jsonl:1: huge article: record 1 is 208 bytes, over the limit of 120 bytes per article — record skipped"}},
		{"front matter YAML error", map[string]string{"a.md": "---\ntitle: A\n  bad: x\n---\nHeadline here\n\nBody.\n"}, 0,
			[]string{"a.md:3: front matter: mapping values are not allowed in this context — front matter not used"}},
		{"front matter never closed", map[string]string{"a.md": "---\ntitle: A\n\nBody.\n"}, 0,
			[]string{"a.md:1: front matter opened with --- is never closed — read as text"}},
		{"front matter date unreadable", map[string]string{"a.md": strings.Replace(mdGood, "2024-05-06", "sometime in May", 1)}, 0,
			[]string{`a.md:3: date "sometime in May" (front matter: date): not a date this reader knows (want e.g. 2024-04-24 or April 24, 2024) — date left unknown`}},
		{"front matter javascript URL", map[string]string{"a.md": strings.Replace(mdGood, "https://example.com/2024/05/06/x", "javascript:alert(1)", 1)}, 0,
			[]string{`a.md:6: URL "javascript:alert(1)" (front matter: url): scheme "javascript" refused: want http or https — URL dropped; article kept`}},
		{"JSON syntax error", map[string]string{"a.json": "[\n{\"title\": \"A\", \"text\": \"B.\"},\n{\"title\": \"C\" \"text\": \"D.\"}\n]"}, 0,
			[]string{`a.json:3: invalid JSON at column 15: invalid character '"' after object key:value pair — skipped`}},
		{"JSON record of the wrong type", map[string]string{"a.json": "[\n{\"title\": \"A\", \"text\": \"B.\"},\n{\"title\": true, \"text\": \"D.\"},\n7\n]"}, 0,
			[]string{`a.json:3: record: field "title": want text, got a boolean — record skipped`, `a.json:4: record: want a JSON object, got number — record skipped`}},
		{"JSON record without text", map[string]string{"a.jsonl": "{\"title\": \"A\", \"text\": \"B.\"}\n{\"title\": \"C\"}\n"}, 0,
			[]string{"a.jsonl:2: record 2 has no text (want a field text, content or body) — record skipped"}},
		{"CSV without a text column", map[string]string{"a.csv": "title,url\nA,https://example.com/a\n", "b.txt": "B headline\n\nB text.\n"}, 0,
			[]string{`a.csv:1: CSV header "title,url" names no text column (want text, content or body) — skipped`}},
		{"CSV relative URL", map[string]string{"a.csv": "title,link,content\nA,/news/a,Text of A.\n"}, 0,
			[]string{`a.csv:2: URL "/news/a" (CSV column link): not absolute: want an http or https address — URL dropped; article kept`}},
		{"HTML canonical URL with a quote", map[string]string{"a.html": `<html><head><title>T</title><link rel="canonical" href="https://example.com/&quot;&gt;&lt;script&gt;"><meta property="og:title" content="Page headline"></head><body><article><p>` + strings.Repeat("A sentence of the article that is long enough. ", 8) + `</p></article></body></html>`}, 0,
			[]string{`a.html: URL "https://example.com/\"><script>" (link rel=canonical): holds a space, quote, angle bracket, backslash or control character — URL dropped; article kept`}},
		{"HTML without text", map[string]string{"a.html": "<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>", "b.txt": "B headline\n\nB text.\n"}, 0,
			[]string{"a.html: no article text found in the page (1 words) — skipped"}},
		{"text header URL with a quote", map[string]string{"a.txt": "Headline\nhttps://example.com/a\"onmouseover=x\n\nBody.\n"}, 0,
			[]string{`a.txt:2: URL "https://example.com/a\"onmouseover=x" (line 2): holds a space, quote, angle bracket, backslash or control character — URL dropped; article kept`}},
		{"10,000-character author in a record", map[string]string{"a.jsonl": `{"title": "T", "author": "` + strings.Repeat("x", 10000) + `", "text": "Body."}` + "\n"}, 0,
			[]string{"a.jsonl:1: author is 10000 characters long; the limit is 300 (JSON field author) — author dropped"}},
		{"10,000-character title in front matter", map[string]string{"a.md": "---\ntitle: " + strings.Repeat("y", 10000) + "\n---\nBody.\n"}, 0,
			[]string{"a.md:2: title is 10000 characters long; the limit is 300 (front matter: title) — title dropped"}},
		{"front matter ID not valid", map[string]string{"a.md": "---\nid: Not Valid\ntitle: T\n---\nBody.\n"}, 0,
			[]string{`a.md:2: invalid article ID "Not Valid": want lower-case words joined by dashes — ID made from the title`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, text := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(text)}
			}
			if len(tt.files) == 1 {
				fsys["z-other.txt"] = &fstest.MapFile{Data: []byte(goodText)}
			}
			res, err := ingest.Folder(fsys, ingest.Options{MaxArticleBytes: tt.max})
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
				t.Error("no article: one bad file stopped the others")
			}
		})
	}
}

func TestEncodings(t *testing.T) {
	const text = "Caf\u00e9 prices rise\n\nA coffee now costs \u00a33.\n"
	tests := []struct {
		name     string
		raw      []byte
		encoding string
	}{
		{"UTF-8", []byte(text), "UTF-8"},
		{"UTF-8 with BOM", append([]byte("\ufeff"), text...), "UTF-8 with a byte order mark"},
		{"UTF-16LE with BOM", utf16LE(text), "UTF-16LE with a byte order mark"},
		{"UTF-16BE with BOM", utf16BE(text), "UTF-16BE with a byte order mark"},
		{"Windows-1252", []byte("Caf\xe9 prices rise\n\nA coffee now costs \xa33.\n"), "Windows-1252"},
		{"CR line endings", []byte(strings.ReplaceAll(text, "\n", "\r")), "UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ingest.Folder(fstest.MapFS{"a.txt": {Data: tt.raw}}, ingest.Options{})
			if err != nil {
				t.Fatal(err)
			}
			a := res.Articles[0]
			if a.Title != "Café prices rise" || paragraphTexts(a)[0] != "A coffee now costs £3." || a.Provenance.Encoding != tt.encoding {
				t.Errorf("title %q, text %q, encoding %q; want the café text in %s", a.Title, paragraphTexts(a), a.Provenance.Encoding, tt.encoding)
			}
		})
	}
}

// TestNoHiddenCharacters: NUL, C0 controls and the bidi overrides never reach the text, the
// title or the removed pieces, in any format.
func TestNoHiddenCharacters(t *testing.T) {
	evil := "Head\u202eline\x00 here\n\nBody \u2066text\u2069 with\x07 a bell.\n"
	fsys := fstest.MapFS{
		"a.txt":   {Data: []byte(evil)},
		"b.md":    {Data: []byte("---\ntitle: \"Front \u202ematter\"\n---\n" + evil)},
		"c.jsonl": {Data: []byte(`{"title": "Rec\u202eord", "text": "Body \u2066text\u0000 here."}` + "\n")},
		"d.html":  {Data: []byte("<html><head><title>Pa\u202ege</title></head><body><article><p>" + strings.Repeat("Body \u2066text\u2069 of the page that goes on. ", 6) + "</p></article></body></html>")},
	}
	res, err := ingest.Folder(fsys, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != 4 {
		t.Fatalf("%d articles, want 4: %v", len(res.Articles), res.Report.Problems)
	}
	bad := func(s string) bool {
		return strings.ContainsAny(s, "\x00\x07\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
	}
	for _, a := range res.Articles {
		texts := []string{a.Title, a.Author, a.Outlet, a.URL}
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				texts = append(texts, s.Text)
			}
		}
		for _, r := range a.Removed {
			texts = append(texts, r.Text)
		}
		for _, s := range texts {
			if bad(s) {
				t.Errorf("%s: hidden character in %q", a.File, s)
			}
		}
	}
}

// TestSavedPageAssets: the folder a browser saves beside a page is not read, not even its frames.
func TestSavedPageAssets(t *testing.T) {
	page := "<html><head><title>Headline</title></head><body><article><p>" + strings.Repeat("Word after word of the article text goes on. ", 6) + "</p></article></body></html>"
	res, err := ingest.Folder(fstest.MapFS{
		"story.html":               {Data: []byte(page)},
		"story_files/ad.html":      {Data: []byte(page)},
		"story_files/logo.png":     {Data: []byte("\x89PNG")},
		"story_files/analytics.js": {Data: []byte("x=1")},
	}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Report.Seen != 1 || len(res.Articles) != 1 || len(res.Report.Problems) != 0 {
		t.Errorf("seen %d, articles %d, problems %v; want only story.html", res.Report.Seen, len(res.Articles), res.Report.Problems)
	}
}

// TestIDs: slugs of the title, suffixed in path order on collision; a front matter or catalog ID
// overrides.
func TestIDs(t *testing.T) {
	fsys := fstest.MapFS{
		"a/1.txt": {Data: []byte("Same headline\n\nOne.\n")},
		"a/2.txt": {Data: []byte("Same headline\n\nTwo.\n")},
		"b/3.md":  {Data: []byte("---\ntitle: Same headline\n---\nThree.\n")},
		"b/4.md":  {Data: []byte("---\nid: my-own-id\ntitle: Same headline\n---\nFour.\n")},
		"c.jsonl": {Data: []byte(`{"title": "Same headline", "text": "Five."}` + "\n")},
	}
	res, err := ingest.Folder(fsys, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range res.Articles {
		ids = append(ids, a.File+"="+a.ID)
	}
	want := []string{"a/1.txt=same-headline", "a/2.txt=same-headline-2", "b/3.md=same-headline-3", "b/4.md=my-own-id", "c.jsonl#1=same-headline-4"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("IDs (-want +got):\n%s", diff)
	}
}

// TestHTMLDates: a date the page names as its publication date is stated; one that go-htmldate
// finds elsewhere in the markup is estimated, with the reason; none stays unknown.
func TestHTMLDates(t *testing.T) {
	body := "<body><article><p>" + strings.Repeat("The council met on the matter again and voted late in the evening. ", 5) + "</p>%s</article></body></html>"
	tests := []struct {
		name, head, extra, date, basis, from string
	}{
		{"JSON-LD", `<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", "datePublished": "2021-03-04T10:00:00+01:00"}</script>`, "", "2021-03-04", "stated", "JSON-LD datePublished"},
		{"article:published_time", `<meta property="article:published_time" content="2020-01-02">`, "", "2020-01-02", "stated", "meta article:published_time"},
		{"time element", "", `<time datetime="2019-05-06">6 May 2019</time>`, "2019-05-06", "estimated", "go-htmldate"},
		{"none", "", "", "", "unknown", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head><title>A headline</title>" + tt.head + "</head>" + fmt.Sprintf(body, tt.extra)
			res, err := ingest.Folder(fstest.MapFS{"a.html": {Data: []byte(page)}}, ingest.Options{})
			if err != nil {
				t.Fatal(err)
			}
			a := res.Articles[0]
			got := []string{a.Published.Date.ISO(), a.Published.Basis.String(), a.Provenance.Published.From}
			if a.Published.Date.Precision == 0 {
				got[0] = ""
			}
			if diff := cmp.Diff([]string{tt.date, tt.basis, tt.from}, got); diff != "" {
				t.Errorf("date, basis, from (-want +got):\n%s", diff)
			}
		})
	}
}
