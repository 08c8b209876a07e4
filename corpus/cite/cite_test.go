package cite

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
	"parallax/corpus/align"
	"parallax/corpus/ingest"
	"parallax/internal/embedtest"
	"parallax/internal/fixture"
)

var update = flag.Bool("update", false, "rewrite the golden files")

var links = Links{Base: "https://example.org/parallax"}

// hostile is a comparison built by hand from composed text whose every value tries something:
// a link, an image, HTML, a formula, a forged line, a bidirectional override, a javascript: URL.
func hostile() *align.Comparison {
	a := &corpus.Article{
		ID: "a-one", Title: "Council [votes](javascript:alert(1)) on <b>budget</b>",
		Outlet: "=HYPERLINK(\"http://evil.example\",\"x\")", OutletNote: "From the masthead\nForged: line",
		Author: "", AuthorNote: "No byline in the text.",
		URL:       "javascript:alert(1)",
		Published: corpus.PubDate{Basis: corpus.BasisUnknown, Note: "The text states no date."},
		Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{
			{ID: "p1s1", Text: "The council approved a budget of $4m on Tuesday, see https://evil.example/x or www.evil.example."},
			{ID: "p1s2", Text: "-2 members voted against; ![img](http://evil.example/i.png) *loud* _protests_ followed\u202e."},
		}}},
	}
	b := &corpus.Article{
		ID: "b two", Title: "Budget passes", Outlet: "The Gazette", Author: "Ann Lee",
		URL:       "https://gazette.example/news/budget?id=1&x=(2)",
		Published: corpus.PubDate{Date: corpus.Date{Year: 2024, Month: 11, Precision: corpus.PrecisionMonth}, Basis: corpus.BasisEstimated, Note: "Estimated from the events it reports."},
		Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{
			{ID: "p1s1", Text: "@everyone: the council passed a $5m budget on Tuesday."},
			{ID: "p1s2", Text: "Two members <script>alert(1)</script> voted against, 1. as expected."},
		}}},
	}
	return &align.Comparison{
		A: a, B: b,
		Pairs: []align.Pair{
			{N: 1, A: "p1s1", B: "p1s1", Score: 0.7},
			// Found by meaning (align.Pair.Meaning), with the score meaningPairs gives.
			{N: 2, A: "p1s2", B: "p1s2", Score: align.Threshold, Crossing: true, Meaning: true},
		},
		Summary: align.Summary{
			Shared: []align.EntityCount{{Entity: "Council", Kind: corpus.KindOrganization, A: 1, B: 1, FirstA: "p1s1", FirstB: "p1s1"}},
			OnlyA:  []align.EntityCount{{Entity: "=cmd|' /C calc'!A0", A: 1, FirstA: "p1s2"}},
			OnlyB:  []align.EntityCount{{Entity: "Ann [Lee](http://x)", B: 1, FirstB: "p1s2"}},
			Dates: []align.SharedDate{{Date: corpus.Date{Year: 2024, Month: 11, Day: 5, Precision: corpus.PrecisionDay},
				A: []align.DateRef{{Sentence: "p1s1", Text: "on Tuesday"}}, B: []align.DateRef{{Sentence: "p1s1", Text: "on Tuesday"}}}},
			Quotes:  []align.SharedQuote{{Words: "<img src=x onerror=alert(1)>", A: align.QuoteRef{Sentence: "p1s1", Text: "+quote"}, B: align.QuoteRef{Sentence: "p1s1", Text: "quote"}}},
			Figures: []align.FigureDiff{{Pair: 1, Subject: "budget", Unit: "dollar", A: align.FigureRef{Sentence: "p1s1", Text: "$4m"}, B: align.FigureRef{Sentence: "p1s1", Text: "$5m"}}},
		},
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("%s differs (-want +got):\n%s", name, d)
	}
}

func TestGolden(t *testing.T) {
	c := hostile()
	golden(t, "hostile.md", []byte(Markdown(c, links)))
	data, err := CSV(c, links)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "hostile.csv", data)
	pair, ok := Pair(c, 1, links)
	if !ok {
		t.Fatal("pair 1 not cited")
	}
	golden(t, "hostile-pair.txt", []byte(pair))
	// Pair 2 was found by meaning: its citation says so.
	if pair, ok = Pair(c, 2, links); !ok {
		t.Fatal("pair 2 not cited")
	}
	golden(t, "hostile-pair-2.txt", []byte(pair))
}

func TestDate(t *testing.T) {
	day := corpus.Date{Year: 2024, Month: 11, Day: 17, Precision: corpus.PrecisionDay}
	for _, tc := range []struct {
		p    corpus.PubDate
		want string
	}{
		{corpus.PubDate{Date: day, Basis: corpus.BasisStated, Note: "the date line"}, "17 November 2024 (stated in the text)"},
		{corpus.PubDate{Date: day, Basis: corpus.BasisCurated, Note: "the outlet's archive"}, "17 November 2024 (curated: the outlet's archive)"},
		{corpus.PubDate{Date: corpus.Date{Year: 2024, Month: 11, Precision: corpus.PrecisionMonth}, Basis: corpus.BasisEstimated, Note: "events up to 8 November"}, "November 2024 (estimated: events up to 8 November)"},
		{corpus.PubDate{Date: corpus.Date{Year: 2020, Precision: corpus.PrecisionYear}, Basis: corpus.BasisEstimated}, "2020 (estimated)"},
		// A note that says how, as ingestion writes them, is not preceded by its basis again.
		{corpus.PubDate{Date: corpus.Date{Year: 2024, Month: 11, Precision: corpus.PrecisionMonth}, Basis: corpus.BasisEstimated, Note: "Estimated from the content: events up to 8 November."},
			"November 2024 (estimated from the content: events up to 8 November.)"},
		{corpus.PubDate{Date: day, Basis: corpus.BasisEstimated, Note: "Estimated from the date in the article's URL path."}, "17 November 2024 (estimated from the date in the article's URL path.)"},
		{corpus.PubDate{Date: day, Basis: corpus.BasisEstimated, Note: "Estimates vary"}, "17 November 2024 (estimated: Estimates vary)"},
		{corpus.PubDate{Date: day, Basis: corpus.BasisCurated, Note: "Curated by the desk"}, "17 November 2024 (curated by the desk)"},
		{corpus.PubDate{Basis: corpus.BasisUnknown, Note: "No date in the text."}, "date unknown: No date in the text."},
		{corpus.PubDate{Basis: corpus.BasisUnknown}, "date unknown: no reason recorded"},
		// A basis that claims a date with none known must not show a made-up one.
		{corpus.PubDate{Basis: corpus.BasisStated, Note: "broken entry"}, "date unknown: broken entry"},
		{corpus.PubDate{Basis: corpus.BasisUnknown, Note: "line one\nline two\u202e"}, "date unknown: line one line two"},
	} {
		if got := Date(tc.p); got != tc.want {
			t.Errorf("Date(%+v) = %q, want %q", tc.p, got, tc.want)
		}
	}
}

func TestOriginal(t *testing.T) {
	for in, want := range map[string]string{
		"https://a.example/x?y=1":    "https://a.example/x?y=1",
		"HTTP://A.example":           "http://A.example",
		" http://a.example/ ":        "http://a.example/",
		"javascript:alert(1)":        "",
		"data:text/html,x":           "",
		"/relative/path":             "",
		"ftp://a.example/f":          "",
		"https://user:pw@a.example/": "",
		"":                           "",
	} {
		got, ok := Original(in)
		if got != want || ok != (want != "") {
			t.Errorf("Original(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestCSVCell(t *testing.T) {
	for in, want := range map[string]string{
		"=1+1":            "'=1+1",
		"+44 20":          "'+44 20",
		"-5%":             "'-5%",
		"@SUM(A1)":        "'@SUM(A1)",
		"\t=1":            "'=1", // white space is trimmed first, and the formula still caught
		"\r\n+1":          "'+1",
		" =HYPERLINK(x)":  "'=HYPERLINK(x)",
		"plain":           "plain",
		"a = b":           "a = b",
		"line\nbreak":     "line break",
		"":                "",
		"'already quoted": "'already quoted",
	} {
		if got := CSVCell(in); got != want {
			t.Errorf("CSVCell(%q) = %q, want %q", in, got, want)
		}
	}
}

// unescaped reports the first Markdown-active character of s that no backslash escapes.
func unescaped(s string) (string, bool) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\':
			i++
		case strings.IndexByte("`*_[]<>&!|~@{}", c) >= 0:
			return s[i:], true
		case strings.HasPrefix(s[i:], "://"), i >= 3 && c == '.' && strings.EqualFold(s[i-3:i], "www"):
			return s[i:], true
		}
	}
	return "", false
}

func TestEscapeMarkdown(t *testing.T) {
	for _, in := range []string{
		"[click](javascript:alert(1))", "![x](http://e/i.png)", "<script>alert(1)</script>",
		"&lt;b&gt;", "*bold* _it_ `code` ~~gone~~", "a | b", "see https://evil.example and www.evil.example",
		"mail me@evil.example", "# Heading", "- item", "+ item", "1. item", "12) item", "> quote",
		"back\\slash[", "{{template}}", "line\nbreak\u2028sep",
	} {
		got := EscapeMarkdown(in)
		if rest, bad := unescaped(got); bad {
			t.Errorf("EscapeMarkdown(%q) = %q: %q is not escaped", in, got, rest)
		}
		if strings.ContainsAny(got, "\n\r\u2028") {
			t.Errorf("EscapeMarkdown(%q) = %q keeps a line break", in, got)
		}
		for _, start := range []string{"#", "-", "+", ">", "1.", "12)"} {
			if strings.HasPrefix(got, start) {
				t.Errorf("EscapeMarkdown(%q) = %q starts a block with %q", in, got, start)
			}
		}
	}
}

func FuzzEscapeMarkdown(f *testing.F) {
	for _, s := range []string{"[a](b)", "<x>", "https://e", "1. x", "\\[", "www.e.x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := EscapeMarkdown(s)
		if rest, bad := unescaped(got); bad {
			t.Fatalf("EscapeMarkdown(%q) = %q: %q is not escaped", s, got, rest)
		}
		if strings.ContainsAny(got, "\n\r") {
			t.Fatalf("EscapeMarkdown(%q) = %q keeps a line break", s, got)
		}
	})
}

// TestExportsOverFixture checks properties that hold for any comparison of any corpus: the
// CSV is well-formed RFC 4180 with one row per pair and no live formula, and every line of
// the Markdown that carries article text escapes it.
func TestExportsOverFixture(t *testing.T) {
	arts, err := ingest.Corpus(fixture.Seed())
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(arts); i++ {
		c := align.Compare(arts[i], arts[i+1])
		data, err := CSV(c, links)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasSuffix(data, []byte("\r\n")) || bytes.Contains(bytes.ReplaceAll(data, []byte("\r\n"), nil), []byte("\n")) {
			t.Errorf("%s vs %s: CSV lines must end in CRLF and cells hold no line break", c.A.ID, c.B.ID)
		}
		r := csv.NewReader(bytes.NewReader(data))
		r.FieldsPerRecord = len(CSVHeader)
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s vs %s: CSV does not parse: %v", c.A.ID, c.B.ID, err)
		}
		pairs := 0
		for _, rec := range recs {
			for _, cell := range rec {
				if cell != "" && strings.IndexByte("=+-@\t\r", cell[0]) >= 0 {
					t.Errorf("%s vs %s: live formula cell %q", c.A.ID, c.B.ID, cell)
				}
			}
			if rec[0] == "pair" {
				pairs++
				if !strings.HasPrefix(rec[5], links.Base+"/read/"+c.A.ID+"#") {
					t.Errorf("pair %s: A link %q", rec[1], rec[5])
				}
				if pairs <= len(c.Pairs) && rec[7] != Basis(&c.Pairs[pairs-1]) {
					t.Errorf("pair %s: basis %q, want %q", rec[1], rec[7], Basis(&c.Pairs[pairs-1]))
				}
			} else if rec[7] != "" && rec[7] != "basis" {
				t.Errorf("%s row %q has a basis", rec[0], rec)
			}
		}
		if pairs != len(c.Pairs) {
			t.Errorf("%s vs %s: %d pair rows, want %d", c.A.ID, c.B.ID, pairs, len(c.Pairs))
		}

		md := Markdown(c, links)
		if n := strings.Count(md, "\n### [Pair "); n != len(c.Pairs) {
			t.Errorf("%s vs %s: %d pairs in Markdown, want %d", c.A.ID, c.B.ID, n, len(c.Pairs))
		}
		for _, line := range strings.Split(md, "\n") {
			// The text after the sentence link is article text.
			if k := strings.Index(line, "): "); strings.HasPrefix(line, "- A, [") || strings.HasPrefix(line, "- B, [") {
				if rest, bad := unescaped(line[k+3:]); bad {
					t.Errorf("unescaped %q in %q", rest, line)
				}
			}
		}
		if p, ok := Pair(c, 1, links); len(c.Pairs) > 0 && (!ok || !strings.Contains(p, links.Pair(c.A.ID, c.B.ID, 1))) {
			t.Errorf("%s vs %s: pair 1 citation %q", c.A.ID, c.B.ID, p)
		}
	}
}

func TestSentenceCitation(t *testing.T) {
	c := hostile()
	got := Sentence(c.B, &c.B.Paragraphs[0].Sentences[0], links)
	want := "“@everyone: the council passed a $5m budget on Tuesday.”\n" +
		"The Gazette, “Budget passes”. Published November 2024 (estimated from the events it reports.). Original: https://gazette.example/news/budget?id=1&x=(2).\n" +
		"Sentence p1s1: https://example.org/parallax/read/b%20two#p1s1\n"
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("citation (-want +got):\n%s", d)
	}
	got = Sentence(c.A, &c.A.Paragraphs[0].Sentences[0], Links{Base: "http://127.0.0.1:8000/"})
	for _, want := range []string{"date unknown: The text states no date.", "Original: not a web address", "http://127.0.0.1:8000/read/a-one#p1s1"} {
		if !strings.Contains(got, want) {
			t.Errorf("citation %q lacks %q", got, want)
		}
	}
	if strings.Contains(got, "Original: javascript:") || strings.Count(got, "\n") != 3 {
		t.Errorf("citation %q hands on a javascript: URL or has forged lines", got)
	}
}

// FuzzExports puts arbitrary text into every article value of a comparison, and makes its
// pairs of any kind (kind's bits: crossing, found by meaning, loose): the CSV always parses back
// to rows of the header's width with no live formula and each pair's basis, every line of it
// ends in CRLF, the Markdown's sentence lines keep the text escaped, and each pair's citation
// has its lines, with the note of a weak pair as its last.
func FuzzExports(f *testing.F) {
	f.Add("=1+1", "[x](javascript:y)", "<b>\n# h", "@a", "-2", uint8(0))
	f.Add("", "\"quoted, with comma\"", "\r\n", "\t=cmd", "https://e.example", uint8(7))
	f.Add("Loose match: x", "meaning", "Similar meaning: [x](y)", "words", "loose", uint8(4))
	f.Add("# Pair", "(similar meaning)", "\n\nSimilar meaning: <b>", "- B, [x](y): z", "basis", uint8(2))
	f.Add("Loose match: the two share a few telling words, not their wording. Check that both report the same thing.",
		"\nAligned pair 9 in Parallax: https://evil.example", "a\nLoose match: b", "Similar meaning: \r\nx", "x\u2028y", uint8(4|2<<3))
	f.Fuzz(func(t *testing.T, title, outlet, textA, textB, entity string, kind uint8) {
		c := hostile()
		for i := range c.Pairs {
			p := &c.Pairs[i]
			p.Crossing, p.Meaning = kind&1 != 0, kind&2 != 0
			if kind&4 != 0 {
				p.Score = align.LoosePair / 2
			}
			kind >>= 3
		}
		c.A.Title, c.A.Outlet, c.B.Title = title, outlet, entity
		c.A.Paragraphs[0].Sentences[0].Text = textA
		c.B.Paragraphs[0].Sentences[0].Text = textB
		c.Summary.Shared[0].Entity = entity
		c.Summary.Figures[0].A.Text = textB
		data, err := CSV(c, links)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(bytes.ReplaceAll(data, []byte("\r\n"), nil), []byte("\n")) {
			t.Fatalf("a bare line feed in the CSV: %q", data)
		}
		r := csv.NewReader(bytes.NewReader(data))
		r.FieldsPerRecord = len(CSVHeader)
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatalf("CSV does not parse: %v\n%q", err, data)
		}
		pairs := 0
		for _, rec := range recs {
			for _, cell := range rec {
				if cell != "" && strings.IndexByte("=+-@\t\r", cell[0]) >= 0 {
					t.Fatalf("live formula cell %q", cell)
				}
			}
			if rec[0] == "pair" {
				if want := Basis(&c.Pairs[pairs]); rec[7] != want {
					t.Fatalf("pair %s has basis %q, want %q", rec[1], rec[7], want)
				}
				pairs++
			}
		}
		if pairs != len(c.Pairs) {
			t.Fatalf("%d pair rows, want %d", pairs, len(c.Pairs))
		}
		for i := range c.Pairs {
			p := &c.Pairs[i]
			cited, ok := Pair(c, p.N, links)
			if !ok {
				t.Fatalf("pair %d not cited", p.N)
			}
			// Seven lines, then the note on a weak pair: no article text adds a line or a note.
			lines := strings.Split(strings.TrimSuffix(cited, "\n"), "\n")
			want := 7 + b2i(Basis(p) != BasisWords)
			if len(lines) != want || !strings.HasPrefix(lines[6], "Aligned pair ") || want == 8 && lines[7] != Note(p) {
				t.Fatalf("citation of pair %d (%s) has %d lines, want %d ending in its note:\n%s", p.N, Basis(p), len(lines), want, cited)
			}
		}
		md := Markdown(c, links)
		if n := strings.Count(md, "\nLoose match: ") + strings.Count(md, "\nSimilar meaning: "); n != notes(c) {
			t.Fatalf("%d notes on weak pairs in the Markdown, want %d:\n%s", n, notes(c), md)
		}
		for _, line := range strings.Split(md, "\n") {
			if k := strings.Index(line, "): "); k >= 0 && (strings.HasPrefix(line, "- A, [") || strings.HasPrefix(line, "- B, [")) {
				if rest, bad := unescaped(line[k+3:]); bad {
					t.Fatalf("unescaped %q in %q", rest, line)
				}
			}
		}
	})
}

// TestPairBasis: each kind of pair, alone or told in a different order, is noted in the
// Markdown's heading and, when weak, in a note under its sentences in the compare view's words,
// in the CSV's basis column, and in the same note as the last line of the pair's citation.
func TestPairBasis(t *testing.T) {
	const (
		loose   = "Loose match: the two share a few telling words, not their wording. Check that both report the same thing."
		meaning = "Similar meaning: paired because a model of sentence meaning rates the two alike and they share a few specific words; no date, figure, place or tense in them tells them apart. Check that both report the same thing."
	)
	for _, tc := range []struct {
		name              string
		score             float64
		crossing, meaning bool
		tags, note, basis string
	}{
		{name: "words", score: 0.5, basis: "words"},
		{name: "words at the loose bound", score: align.LoosePair, basis: "words"},
		{name: "loose", score: align.LoosePair - 0.01, tags: " (loose match)", note: loose, basis: "loose"},
		{name: "meaning", score: align.Threshold, meaning: true, tags: " (similar meaning)", note: meaning, basis: "meaning"},
		// A pair by meaning scores under align.LoosePair: it is called by meaning, not loose.
		{name: "meaning over the loose bound", score: 0.9, meaning: true, tags: " (similar meaning)", note: meaning, basis: "meaning"},
		{name: "crossing words", score: 0.5, crossing: true, tags: " (told in a different order)", basis: "words"},
		{name: "crossing loose", score: 0.3, crossing: true, tags: " (told in a different order; loose match)", note: loose, basis: "loose"},
		{name: "crossing meaning", score: align.Threshold, crossing: true, meaning: true, tags: " (told in a different order; similar meaning)", note: meaning, basis: "meaning"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := hostile()
			p := &c.Pairs[1]
			p.Score, p.Crossing, p.Meaning = tc.score, tc.crossing, tc.meaning
			if got := Basis(p); got != tc.basis {
				t.Errorf("Basis = %q, want %q", got, tc.basis)
			}

			md := Markdown(c, links)
			head := "### [Pair 2](https://example.org/parallax/compare/a-one/b%20two#pair-2)"
			lines := "- A, [p1s2](https://example.org/parallax/read/a-one#p1s2): \\-2 members voted against; \\!\\[img\\](http\\://evil.example/i.png) \\*loud\\* \\_protests\\_ followed.\n" +
				"- B, [p1s2](https://example.org/parallax/read/b%20two#p1s2): Two members \\<script\\>alert(1)\\</script\\> voted against, 1. as expected.\n"
			want := "\n" + head + tc.tags + "\n\n" + lines
			if tc.note != "" {
				want += "\n" + tc.note + "\n"
			}
			if !strings.HasSuffix(md, want) {
				t.Errorf("Markdown ends\n%s\nwant\n%s", md[strings.LastIndex(md, "\n### "):], want)
			}
			// Pair 1 is a pair by its words: no note.
			if n := strings.Count(md, "Loose match") + strings.Count(md, "Similar meaning"); n != b2i(tc.note != "") {
				t.Errorf("Markdown has %d notes on weak pairs, want %d:\n%s", n, b2i(tc.note != ""), md)
			}

			recs := csvRecords(t, c, links)
			item := "Aligned pair"
			if tc.crossing {
				item += " (told in a different order)"
			}
			last := recs[len(recs)-1]
			if last[0] != "pair" || last[1] != "2" || last[2] != item || last[7] != tc.basis {
				t.Errorf("CSV row of pair 2 %q: want item %q and basis %q", last, item, tc.basis)
			}
			if first := recs[len(recs)-2]; first[1] != "1" || first[7] != "words" {
				t.Errorf("CSV row of pair 1 %q: want basis words", first)
			}

			// The citation is a pair by its words' with, for a weak pair, the note as its last line.
			byWords := hostile()
			byWords.Pairs[1].Score, byWords.Pairs[1].Meaning = 0.5, false
			wantCited, _ := Pair(byWords, 2, links)
			if tc.note != "" {
				wantCited += tc.note + "\n"
			}
			if cited, ok := Pair(c, 2, links); !ok || cited != wantCited {
				t.Errorf("citation of pair 2:\n%s\nwant\n%s", cited, wantCited)
			}
		})
	}
}

// csvRecords exports c as CSV and reads its rows (see readCSV), failing the test on an error.
func csvRecords(t *testing.T, c *align.Comparison, l Links) [][]string {
	t.Helper()
	data, err := CSV(c, l)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := readCSV(data)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// readCSV reads an export's rows, all as wide as its header, which must end in the basis
// column: the last, as it came after the others.
func readCSV(data []byte) ([][]string, error) {
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 || len(recs[0]) != 8 || recs[0][7] != "basis" {
		return nil, fmt.Errorf("the CSV's header is not the 8 columns ending in basis: %q", recs[:min(len(recs), 1)])
	}
	return recs, nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestMeaningExport follows a pair found by meaning from align.Compare to the exports: a
// paraphrase that shares too few words to pair by them pairs once the two sentences have
// embeddings that agree, and both exports say so; without the embeddings, nothing does.
func TestMeaningExport(t *testing.T) {
	articles := func() (a, b *corpus.Article) {
		build := func(id string, texts ...string) *corpus.Article {
			art := &corpus.Article{ID: id, Title: "Article " + id}
			var p corpus.Paragraph
			for i, s := range texts {
				p.Sentences = append(p.Sentences, corpus.Sentence{ID: "p1s" + string(rune('1'+i)), Text: s})
			}
			art.Paragraphs = []corpus.Paragraph{p}
			return art
		}
		return build("a",
				"Ravel Marine's former treasurer Colm Dervla was jailed for six years on Tuesday.",
				"Dervla, 58, admitted taking 4.2 million euros from the company's pension fund.",
				"The money paid for a lakeside villa, two boats and a string of gambling debts, court filings show."),
			build("b",
				"Colm Dervla, who was treasurer of Ravel Marine, was sentenced to six years in prison on Tuesday.",
				"The 58-year-old had pleaded guilty to stealing 4.2 million euros from the firm's pension scheme.",
				"Investigators traced the stolen money to a house by the lake, a pair of motor launches and heavy losses at casinos.")
	}
	const note = "Similar meaning: paired because a model of sentence meaning rates the two alike"
	for _, embed := range []bool{false, true} {
		a, b := articles()
		if embed {
			embedtest.Embed(a, b, map[string]string{"p1s3": "p1s3"}, 100)
		}
		c := align.Compare(a, b)
		var meant *align.Pair
		for i := range c.Pairs {
			if c.Pairs[i].Meaning {
				meant = &c.Pairs[i]
			}
		}
		if (meant != nil) != embed || embed && (meant.A != "p1s3" || meant.B != "p1s3") {
			t.Fatalf("embeddings %v: pairs %+v, want p1s3/p1s3 by meaning only with them", embed, c.Pairs)
		}
		md := Markdown(c, links)
		if got := strings.Count(md, note); got != b2i(embed) {
			t.Errorf("embeddings %v: the Markdown notes similar meaning %d times:\n%s", embed, got, md)
		}
		recs := csvRecords(t, c, links)
		pairs := 0
		for _, rec := range recs[1:] {
			if rec[0] != "pair" {
				if rec[7] != "" {
					t.Errorf("embeddings %v: a %s row with basis %q", embed, rec[0], rec[7])
				}
				continue
			}
			pairs++
			want := Basis(&c.Pairs[pairs-1])
			if embed && meant.N == pairs {
				want = "meaning"
				if !strings.Contains(md, "#pair-"+rec[1]+") (similar meaning)\n") {
					t.Errorf("the Markdown's heading of pair %s does not say similar meaning:\n%s", rec[1], md)
				}
			}
			if rec[7] != want {
				t.Errorf("embeddings %v: pair %s has basis %q, want %q", embed, rec[1], rec[7], want)
			}
		}
		if pairs != len(c.Pairs) {
			t.Errorf("embeddings %v: %d pair rows, want %d", embed, pairs, len(c.Pairs))
		}
	}
}

// notes counts the pairs of c that are loose or found by meaning.
func notes(c *align.Comparison) int {
	n := 0
	for i := range c.Pairs {
		if Basis(&c.Pairs[i]) != BasisWords {
			n++
		}
	}
	return n
}

// TestPairsSentence: the summary's sentence on the pairs counts them and says how many of them
// are weak, loose matches or found by similar meaning, with each count exact and in the right
// number, in the Markdown as in the compare view (which shows PairsSentence).
func TestPairsSentence(t *testing.T) {
	const (
		w = BasisWords
		l = BasisLoose
		m = BasisMeaning
	)
	for _, tc := range []struct {
		kinds []string
		want  string
	}{
		{nil, "0 pairs of sentences report the same thing."},
		{[]string{w}, "1 pair of sentences reports the same thing."},
		{[]string{w, w, w}, "3 pairs of sentences report the same thing."},
		// The user trial's comparison: its only pair is a loose match.
		{[]string{l}, "1 pair of sentences reports the same thing, a loose match to check."},
		{[]string{m}, "1 pair of sentences reports the same thing, found by similar meaning to check."},
		{[]string{w, l}, "2 pairs of sentences report the same thing, 1 of them a loose match to check."},
		{[]string{l, w, l, w, w, w, w, w, w}, "9 pairs of sentences report the same thing, 2 of them loose matches to check."},
		{[]string{w, w, m}, "3 pairs of sentences report the same thing, 1 of them found by similar meaning to check."},
		{[]string{m, w, m}, "3 pairs of sentences report the same thing, 2 of them found by similar meaning to check."},
		{[]string{l, l}, "2 pairs of sentences report the same thing, both loose matches to check."},
		{[]string{m, m}, "2 pairs of sentences report the same thing, both found by similar meaning to check."},
		{[]string{l, l, l}, "3 pairs of sentences report the same thing, all 3 loose matches to check."},
		{[]string{m, m, m, m}, "4 pairs of sentences report the same thing, all 4 found by similar meaning to check."},
		{[]string{l, m}, "2 pairs of sentences report the same thing, both to check: 1 loose match and 1 found by similar meaning."},
		{[]string{l, m, l, m, m}, "5 pairs of sentences report the same thing, all 5 to check: 2 loose matches and 3 found by similar meaning."},
		{[]string{w, l, m, w}, "4 pairs of sentences report the same thing, 2 of them to check: 1 loose match and 1 found by similar meaning."},
		{[]string{l, w, w, l, m, w, w, w, w}, "9 pairs of sentences report the same thing, 3 of them to check: 2 loose matches and 1 found by similar meaning."},
	} {
		t.Run(strings.Join(tc.kinds, ","), func(t *testing.T) {
			c := hostile()
			c.Pairs = nil
			for i, k := range tc.kinds {
				p := align.Pair{N: i + 1, A: "p1s1", B: "p1s1", Score: 0.7}
				switch k {
				case l:
					p.Score = align.LoosePair - 0.01
				case m:
					p.Score, p.Meaning = align.Threshold, true
				}
				if Basis(&p) != k {
					t.Fatalf("pair %d has basis %q, want %q", p.N, Basis(&p), k)
				}
				c.Pairs = append(c.Pairs, p)
			}
			if got := PairsSentence(c.Pairs); got != tc.want {
				t.Errorf("PairsSentence = %q\nwant            %q", got, tc.want)
			}
			if md := Markdown(c, links); !strings.Contains(md, "\n## At a glance\n\n"+tc.want+"\n\n") {
				t.Errorf("the Markdown's summary lacks %q:\n%s", tc.want, md)
			}
		})
	}
}
