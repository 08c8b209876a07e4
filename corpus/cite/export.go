package cite

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"parallax/corpus"
	"parallax/corpus/align"
)

// Pair is the citation of aligned pair n of c: both sentences quoted, each with its article's
// reference and its link, and the link to the pair in the comparison, then, for a loose match
// or a pair found by similar meaning, a line that says why it stands, as the exports do (see
// Note). It returns false when c has no pair n or a sentence of it is missing.
func Pair(c *align.Comparison, n int, l Links) (string, bool) {
	p := c.PairByN(n)
	if p == nil || c.A == nil || c.B == nil {
		return "", false
	}
	sa, sb := c.A.Sentence(p.A), c.B.Sentence(p.B)
	if sa == nil || sb == nil {
		return "", false
	}
	out := "A: " + Sentence(c.A, sa, l) +
		"B: " + Sentence(c.B, sb, l) +
		fmt.Sprintf("Aligned pair %d in Parallax: %s\n", n, l.Pair(c.A.ID, c.B.ID, n))
	if note := Note(p); note != "" {
		out += note + "\n"
	}
	return out, true
}

// Markdown writes comparison c as a Markdown document: both articles' provenance, the summary
// ("At a glance") and every aligned pair with links to its sentences. A pair's heading notes
// that the two tell it in a different order, that it is a loose match, or that it was found by
// similar meaning ("### Pair 3 (told in a different order; loose match)"); under the sentences
// of a loose pair or a pair by meaning, a note says why it stands, in the compare view's words
// (see Basis). Article and catalog text is escaped (see EscapeMarkdown), so it renders as the
// text it is: never a link, an image, HTML, emphasis or a heading.
func Markdown(c *align.Comparison, l Links) string {
	var b strings.Builder
	if c.A == nil || c.B == nil {
		return "# Comparison\n\nNothing to export: the comparison lacks an article.\n"
	}
	esc := EscapeMarkdown
	fmt.Fprintf(&b, "# %s vs %s\n\n", esc(title(c.A)), esc(title(c.B)))
	fmt.Fprintf(&b, "Compared in Parallax: <%s>\n\n", mdURL(l.Compare(c.A.ID, c.B.ID)))

	b.WriteString("## Sources\n\n")
	for _, side := range []struct {
		letter string
		a      *corpus.Article
	}{{"A", c.A}, {"B", c.B}} {
		a := side.a
		fmt.Fprintf(&b, "### %s: %s\n\n", side.letter, esc(title(a)))
		fmt.Fprintf(&b, "- Outlet: %s%s\n", esc(outlet(a)), mdNote(a.OutletNote))
		fmt.Fprintf(&b, "- Author: %s%s\n", esc(author(a)), mdNote(a.AuthorNote))
		fmt.Fprintf(&b, "- Published: %s\n", esc(Date(a.Published)))
		if a.TitleNote != "" {
			fmt.Fprintf(&b, "- Title: %s\n", esc(Clean(a.TitleNote)))
		}
		if u, ok := Original(a.URL); ok {
			fmt.Fprintf(&b, "- Original: <%s>\n", mdURL(u))
		} else {
			fmt.Fprintf(&b, "- Original: %s\n", esc(originalText(a.URL)))
		}
		fmt.Fprintf(&b, "- In Parallax: <%s>\n\n", mdURL(l.Article(a.ID)))
	}

	s := c.Summary
	b.WriteString("## At a glance\n\n")
	b.WriteString(PairsSentence(c.Pairs) + "\n\n")
	entities := func(head string, es []align.EntityCount, both bool) {
		fmt.Fprintf(&b, "- %s (%d):", head, len(es))
		if len(es) == 0 {
			b.WriteString(" none\n")
			return
		}
		for i, e := range es {
			if i > 0 {
				b.WriteByte(';')
			}
			if both {
				fmt.Fprintf(&b, " %s (A %d, B %d)", esc(Clean(e.Entity)), e.A, e.B)
			} else {
				fmt.Fprintf(&b, " %s (%d)", esc(Clean(e.Entity)), e.A+e.B)
			}
		}
		b.WriteByte('\n')
	}
	entities("Both name", s.Shared, true)
	entities("Only A names", s.OnlyA, false)
	entities("Only B names", s.OnlyB, false)
	fmt.Fprintf(&b, "- Dates both mention (%d):", len(s.Dates))
	if len(s.Dates) == 0 {
		b.WriteString(" none")
	}
	b.WriteByte('\n')
	for _, d := range s.Dates {
		fmt.Fprintf(&b, "  - %s: A %s; B %s\n", esc(d.Label()), esc(dateRefs(d.A)), esc(dateRefs(d.B)))
	}
	fmt.Fprintf(&b, "- Quotes both carry (%d):", len(s.Quotes))
	if len(s.Quotes) == 0 {
		b.WriteString(" none")
	}
	b.WriteByte('\n')
	for _, q := range s.Quotes {
		fmt.Fprintf(&b, "  - “%s”\n", esc(Clean(q.Words)))
	}
	fmt.Fprintf(&b, "- Figures that differ (%d):", len(s.Figures))
	if len(s.Figures) == 0 {
		b.WriteString(" none")
	}
	b.WriteByte('\n')
	for _, f := range s.Figures {
		fmt.Fprintf(&b, "  - %s (%s): A %s; B %s ([pair %d](%s))\n", esc(Clean(f.Subject)), esc(Clean(f.Unit)),
			esc(Clean(f.A.Text)), esc(Clean(f.B.Text)), f.Pair, mdURL(l.Pair(c.A.ID, c.B.ID, f.Pair)))
	}
	if c.Capped {
		fmt.Fprintf(&b, "\nThis comparison was cut short: %s. Some pairs, quotes or shared facts may be missing.\n", esc(Clean(c.CapNote)))
	}

	b.WriteString("\n## Aligned pairs\n")
	if len(c.Pairs) == 0 {
		b.WriteString("\nNo sentence of one article reports the same thing as a sentence of the other.\n")
	}
	for _, p := range c.Pairs {
		sa, sb := c.A.Sentence(p.A), c.B.Sentence(p.B)
		if sa == nil || sb == nil {
			continue
		}
		var tags []string
		if p.Crossing {
			tags = append(tags, "told in a different order")
		}
		switch Basis(&p) {
		case BasisLoose:
			tags = append(tags, "loose match")
		case BasisMeaning:
			tags = append(tags, "similar meaning")
		}
		fmt.Fprintf(&b, "\n### [Pair %d](%s)", p.N, mdURL(l.Pair(c.A.ID, c.B.ID, p.N)))
		if len(tags) > 0 {
			b.WriteString(" (" + strings.Join(tags, "; ") + ")")
		}
		b.WriteString("\n\n")
		fmt.Fprintf(&b, "- A, [%s](%s): %s\n", esc(Clean(sa.ID)), mdURL(l.Sentence(c.A.ID, sa.ID)), esc(Clean(sa.Text)))
		fmt.Fprintf(&b, "- B, [%s](%s): %s\n", esc(Clean(sb.ID)), mdURL(l.Sentence(c.B.ID, sb.ID)), esc(Clean(sb.Text)))
		if note := Note(&p); note != "" {
			b.WriteString("\n" + note + "\n")
		}
	}
	return b.String()
}

func mdNote(n string) string {
	if n = Clean(n); n == "" {
		return ""
	}
	return " (" + EscapeMarkdown(n) + ")"
}

// dateRefs lists a side's words for a shared date, each once: `“in April” (announced)`.
func dateRefs(rs []align.DateRef) string {
	var out []string
	seen := make(map[string]bool)
	for _, r := range rs {
		s := "“" + Clean(r.Text) + "”"
		if r.Role != corpus.RoleHappened {
			s += " (" + r.Role.String() + ")"
		}
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return strings.Join(out, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// EscapeMarkdown makes s (one line, see Clean) render as exactly its text in CommonMark and
// GitHub Flavored Markdown: a backslash before every character that can start a link, an
// image, an autolink, HTML, a character reference, emphasis, code, a strikethrough or a table
// cell, and a break in what GFM would turn into a bare link ("https\://", "www\.", "a\@b").
// Characters that matter only at the start of a line (# - + > 1.) are escaped there too.
// Parentheses are left as they are: with every bracket escaped they start nothing, and a
// citation reads "(stated in the text)", not "\(stated in the text\)".
func EscapeMarkdown(s string) string {
	s = Clean(s)
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '!', '|', '~', '@', '{', '}':
			b.WriteByte('\\')
		case ':':
			if strings.HasPrefix(s[i:], "://") {
				b.WriteByte('\\')
			}
		case '.':
			if i >= 3 && strings.EqualFold(s[i-3:i], "www") {
				b.WriteByte('\\')
			}
		case '#', '-', '+', '=':
			if i == 0 {
				b.WriteByte('\\')
			}
		}
		if i == 0 && c >= '0' && c <= '9' {
			// "1. " or "1) " at the start of a line is a list item.
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j < len(s) && (s[j] == '.' || s[j] == ')') {
				b.WriteString(s[:j])
				b.WriteByte('\\')
				i = j - 1
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// mdURL percent-encodes what would end or break a Markdown link destination or autolink:
// spaces, controls, `<`, `>`, `(`, `)`, `\`, backtick and non-ASCII bytes. The app's links
// are already escaped; this guards against a base URL that is not.
func mdURL(u string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte("<>()\\`\"'", c) >= 0 {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// CSVHeader names the columns of CSV. Columns are only ever added at the end, so that a
// reader that takes columns by position keeps working: basis came last, after B link.
var CSVHeader = []string{"section", "pair", "item", "A", "B", "A link", "B link", "basis"}

// CSV writes comparison c as RFC 4180 CSV (CRLF line ends, fields with commas, quotes or line
// breaks quoted, quotes doubled) under CSVHeader: one row per provenance fact of both articles
// ("source"), per summary entry ("summary") and per aligned pair ("pair", with both sentences
// and their links). A pair's item is "Aligned pair", or "Aligned pair (told in a different
// order)" for one the two sides tell in a different order; its basis says what it stands on
// (see Basis): "words" for shared wording, "loose" for a loose match (a few telling words, not
// their wording) and "meaning" for a pair found by similar meaning, the last two weak pairs
// whose sentences a reader should check report the same thing. Rows other than pairs leave
// basis empty. A cell that a spreadsheet would read as a formula (one starting with =, +, -, @, a tab
// or a carriage return) gets a leading apostrophe, so it is shown as text.
func CSV(c *align.Comparison, l Links) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	row := func(cells ...string) {
		out := make([]string, len(CSVHeader))
		for i := range out {
			if i < len(cells) {
				out[i] = CSVCell(cells[i])
			}
		}
		w.Write(out) // errors surface through w.Error below
	}
	w.Write(CSVHeader)
	if c.A == nil || c.B == nil {
		w.Flush()
		return buf.Bytes(), w.Error()
	}
	A, B := c.A, c.B
	row("source", "", "Title", title(A), title(B), l.Article(A.ID), l.Article(B.ID))
	row("source", "", "Outlet", withNote(outlet(A), A.OutletNote), withNote(outlet(B), B.OutletNote))
	row("source", "", "Author", withNote(author(A), A.AuthorNote), withNote(author(B), B.AuthorNote))
	row("source", "", "Published", Date(A.Published), Date(B.Published))
	ua, _ := Original(A.URL)
	ub, _ := Original(B.URL)
	row("source", "", "Original", originalText(A.URL), originalText(B.URL), ua, ub)
	row("source", "", "Comparison", l.Compare(A.ID, B.ID))

	s := c.Summary
	row("summary", "", "Aligned pairs", strconv.Itoa(len(c.Pairs)), strconv.Itoa(len(c.Pairs)))
	for _, e := range s.Shared {
		row("summary", "", "Both name: "+Clean(e.Entity), strconv.Itoa(e.A), strconv.Itoa(e.B),
			sentenceLink(l, A.ID, e.FirstA), sentenceLink(l, B.ID, e.FirstB))
	}
	for _, e := range s.OnlyA {
		row("summary", "", "Only A names: "+Clean(e.Entity), strconv.Itoa(e.A), "", sentenceLink(l, A.ID, e.FirstA))
	}
	for _, e := range s.OnlyB {
		row("summary", "", "Only B names: "+Clean(e.Entity), "", strconv.Itoa(e.B), "", sentenceLink(l, B.ID, e.FirstB))
	}
	for _, d := range s.Dates {
		var fa, fb string
		if len(d.A) > 0 {
			fa = d.A[0].Sentence
		}
		if len(d.B) > 0 {
			fb = d.B[0].Sentence
		}
		row("summary", "", "Date both mention: "+d.Label(), dateRefs(d.A), dateRefs(d.B),
			sentenceLink(l, A.ID, fa), sentenceLink(l, B.ID, fb))
	}
	for _, q := range s.Quotes {
		row("summary", "", "Quote both carry", Clean(q.A.Text), Clean(q.B.Text),
			sentenceLink(l, A.ID, q.A.Sentence), sentenceLink(l, B.ID, q.B.Sentence))
	}
	for _, f := range s.Figures {
		row("summary", strconv.Itoa(f.Pair), "Figure that differs: "+Clean(f.Subject)+" ("+Clean(f.Unit)+")",
			Clean(f.A.Text), Clean(f.B.Text), sentenceLink(l, A.ID, f.A.Sentence), sentenceLink(l, B.ID, f.B.Sentence))
	}
	if c.Capped {
		row("summary", "", "Cut short", Clean(c.CapNote))
	}
	for _, p := range c.Pairs {
		sa, sb := A.Sentence(p.A), B.Sentence(p.B)
		if sa == nil || sb == nil {
			continue
		}
		item := "Aligned pair"
		if p.Crossing {
			item += " (told in a different order)"
		}
		row("pair", strconv.Itoa(p.N), item, Clean(sa.Text), Clean(sb.Text),
			l.Sentence(A.ID, sa.ID), l.Sentence(B.ID, sb.ID), Basis(&p))
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, fmt.Errorf("writing the comparison as CSV: %w", err)
	}
	return buf.Bytes(), nil
}

func withNote(v, note string) string {
	if note = Clean(note); note != "" {
		return v + " (" + note + ")"
	}
	return v
}

func sentenceLink(l Links, article, sentence string) string {
	if sentence == "" {
		return ""
	}
	return l.Sentence(article, sentence)
}

// CSVCell neutralises spreadsheet formula injection: a value starting with =, +, -, @, a tab
// or a carriage return gets a leading apostrophe, which spreadsheets show as text. Values are
// cleaned of line breaks first (see Clean), so a cell is one line.
func CSVCell(v string) string {
	v = Clean(v)
	if v != "" && strings.IndexByte("=+-@\t\r", v[0]) >= 0 {
		return "'" + v
	}
	return v
}
