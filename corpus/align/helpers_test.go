package align

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"unicode"

	"parallax/corpus"
	"parallax/corpus/entity"
	"parallax/corpus/timeline"
	"parallax/internal/fixture"
)

// article builds an article from paragraphs of sentences, tagged with the project's tagger the
// way ingestion does, the whole document at once (a surname alone names the person the
// document named in full), with the embeddings of embeddingsFile that the build would compute;
// the IDs follow the "p3s2" scheme.
func article(id string, paras ...[]string) *corpus.Article {
	a := &corpus.Article{ID: id, Title: id, AuthorNote: "test"}
	var texts []string
	for _, ss := range paras {
		texts = append(texts, ss...)
	}
	mentions := entity.Default().TagDocument(texts)
	n := 0
	for p, ss := range paras {
		var para corpus.Paragraph
		for s, text := range ss {
			para.Sentences = append(para.Sentences, corpus.Sentence{
				ID: fmt.Sprintf("p%ds%d", p+1, s+1), Text: text, Mentions: mentions[n]})
			n++
		}
		a.Paragraphs = append(a.Paragraphs, para)
	}
	a.Dates = timeline.Extract(a)
	withEmbeddings(a)
	return a
}

// find returns the ID of the one sentence of a that contains sub, failing the test otherwise.
func find(t *testing.T, a *corpus.Article, sub string) string {
	t.Helper()
	var ids []string
	for _, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			if strings.Contains(s.Text, sub) {
				ids = append(ids, s.ID)
			}
		}
	}
	if len(ids) != 1 {
		t.Fatalf("%s: %d sentences contain %q, want 1: %v", a.ID, len(ids), sub, ids)
	}
	return ids[0]
}

// partner returns the sentence of B paired with sentence id of A, and the pair; "" when none.
func partner(c *Comparison, id string) (string, *Pair) {
	for i := range c.Pairs {
		if c.Pairs[i].A == id {
			return c.Pairs[i].B, &c.Pairs[i]
		}
	}
	return "", nil
}

// dump renders a comparison as text, one row per line, for failure messages and golden files.
func dump(c *Comparison) string {
	var b strings.Builder
	text := func(a *corpus.Article, id string) string {
		if id == "" {
			return ""
		}
		s := a.Sentence(id)
		if s == nil {
			return id + " ?"
		}
		return id + " " + s.Text
	}
	for _, r := range c.Rows {
		switch {
		case r.A != "" && r.B != "":
			p := c.PairByN(r.Pair)
			fmt.Fprintf(&b, "= pair %d (%.2f)\n  A %s\n  B %s\n", r.Pair, p.Score, text(c.A, r.A), text(c.B, r.B))
		case r.A != "":
			fmt.Fprintf(&b, "< %s%s\n", crossMark(r), text(c.A, r.A))
		default:
			fmt.Fprintf(&b, "> %s%s\n", crossMark(r), text(c.B, r.B))
		}
	}
	s := c.Summary
	names := func(es []EntityCount) string {
		var out []string
		for _, e := range es {
			out = append(out, fmt.Sprintf("%s (%d/%d)", e.Entity, e.A, e.B))
		}
		return strings.Join(out, ", ")
	}
	fmt.Fprintf(&b, "shared entities: %s\nonly A: %s\nonly B: %s\n", names(s.Shared), names(s.OnlyA), names(s.OnlyB))
	for _, d := range s.Dates {
		fmt.Fprintf(&b, "date %s: A %v B %v\n", d.Date, d.A, d.B)
	}
	for _, q := range s.Quotes {
		fmt.Fprintf(&b, "quote %q: A %s B %s\n", q.Words, q.A.Sentence, q.B.Sentence)
	}
	for _, f := range s.Figures {
		fmt.Fprintf(&b, "figure %s (%s): A %q B %q in pair %d\n", f.Subject, f.Unit, f.A.Text, f.B.Text, f.Pair)
	}
	return b.String()
}

func crossMark(r Row) string {
	switch {
	case r.Pair > 0:
		return fmt.Sprintf("[crossing pair %d] ", r.Pair)
	case r.Also > 0:
		return fmt.Sprintf("[also pair %d] ", r.Also)
	}
	return ""
}

// rawArticle builds an article from a raw seed file with a naive splitter: a paragraph per
// non-blank line, a sentence after ".", "?" or "!" (and a closing quote) before a capital. It
// stands in for ingestion so that the engine is tested on real text independently of it.
func rawArticle(t testing.TB, id, file string) *corpus.Article {
	t.Helper()
	data, err := fs.ReadFile(fixture.Seed(), "articles/"+file)
	if err != nil {
		t.Fatal(err)
	}
	var paras [][]string
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			paras = append(paras, splitSentences(line))
		}
	}
	a := article(id, paras...)
	// A one-line paragraph without a full stop is a subheading, as ingestion marks it.
	for i, p := range paras {
		last := p[len(p)-1]
		a.Paragraphs[i].Heading = len(p) == 1 && !strings.HasSuffix(last, ".") &&
			!strings.HasSuffix(last, "\"") && !strings.HasSuffix(last, "”")
	}
	return a
}

func splitSentences(line string) []string {
	var out []string
	start := 0
	for i := 0; i < len(line); i++ {
		if !strings.ContainsRune(".?!", rune(line[i])) {
			continue
		}
		j := i + 1
		for j < len(line) && (line[j] == '"' || strings.HasPrefix(line[j:], "”")) {
			j += len(string([]rune(line[j:])[0]))
		}
		if j >= len(line) || line[j] != ' ' {
			continue
		}
		k := j + 1
		if k >= len(line) || !(unicode.IsUpper(rune(line[k])) || line[k] == '"' || strings.HasPrefix(line[k:], "“")) {
			continue
		}
		// "U.S. President": a dot after a lone capital is an abbreviation, not a full stop.
		if line[i] == '.' && i >= 2 && unicode.IsUpper(rune(line[i-1])) && (line[i-2] == '.' || line[i-2] == ' ') {
			continue
		}
		out = append(out, strings.TrimSpace(line[start:j]))
		start = k
	}
	return append(out, strings.TrimSpace(line[start:]))
}

// contentKeys are the keys of the words of s that are not stop words, in order.
func contentKeys(s string) []string {
	var out []string
	for _, tok := range tokenize(s) {
		if !tok.stop {
			out = append(out, tok.key)
		}
	}
	return out
}

// checkKeys checks that the words and phrases of each group share the keys of the group's
// first, and that the two of each distinct pair do not.
func checkKeys(t *testing.T, same [][]string, distinct [][2]string) {
	t.Helper()
	for _, g := range same {
		want := contentKeys(g[0])
		for _, w := range g[1:] {
			if got := contentKeys(w); !slices.Equal(got, want) {
				t.Errorf("keys(%q) = %q, want %q as for %q", w, got, want, g[0])
			}
		}
	}
	for _, d := range distinct {
		if x, y := contentKeys(d[0]), contentKeys(d[1]); slices.Equal(x, y) {
			t.Errorf("keys(%q) = keys(%q) = %q, want different", d[0], d[1], x)
		}
	}
}

// spanTexts returns the highlighted spans of text as "kind:text" ("figure:18,450"), for
// membership tests and failure messages.
func spanTexts(text string, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, s.Kind.String()+":"+text[s.Start:s.End])
	}
	return out
}

// firstScore is the score, anywhere in the articles, of the first sentences of a and b.
func firstScore(a, b []string) float64 {
	sp := newSpace()
	as, _ := sp.sentences(article("a", a), 0, len(a))
	bs, _ := sp.sentences(article("b", b), 1, len(b))
	sp.weigh(as, bs)
	return similarity(sp, as[0], bs[0])
}
