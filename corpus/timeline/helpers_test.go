package timeline

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"parallax/corpus"
)

// article builds an article whose paragraphs hold the given sentences, one paragraph per
// string; "|" separates sentences inside a paragraph.
func article(id string, pub corpus.PubDate, paragraphs ...string) *corpus.Article {
	a := &corpus.Article{ID: id, Title: id, AuthorNote: "test", Published: pub}
	for i, p := range paragraphs {
		var para corpus.Paragraph
		for j, s := range strings.Split(p, "|") {
			para.Sentences = append(para.Sentences, corpus.Sentence{ID: fmt.Sprintf("p%ds%d", i+1, j+1), Text: s})
		}
		a.Paragraphs = append(a.Paragraphs, para)
	}
	return a
}

// date parses the compact notation of the gold lists: "2024-11-06", "2024-11", "2024-12-early",
// "2024-Q3", "2024", or "" for unknown.
func date(t testing.TB, s string) corpus.Date {
	t.Helper()
	if s == "" {
		return corpus.Date{}
	}
	f := strings.Split(s, "-")
	y, err := strconv.Atoi(f[0])
	if err != nil {
		t.Fatalf("bad gold date %q", s)
	}
	d := corpus.Date{Year: y, Precision: corpus.PrecisionYear}
	if len(f) == 1 {
		return d
	}
	if strings.HasPrefix(f[1], "Q") {
		d.Quarter, _ = strconv.Atoi(f[1][1:])
		d.Precision = corpus.PrecisionQuarter
		return d
	}
	d.Month, _ = strconv.Atoi(f[1])
	d.Precision = corpus.PrecisionMonth
	if len(f) == 2 {
		return d
	}
	if p, ok := map[string]int{"early": corpus.PartEarly, "mid": corpus.PartMid, "late": corpus.PartLate}[f[2]]; ok {
		d.Part, d.Precision = p, corpus.PrecisionPartOfMonth
		return d
	}
	d.Day, _ = strconv.Atoi(f[2])
	d.Precision = corpus.PrecisionDay
	return d
}

func pubDate(t testing.TB, basis corpus.Basis, s string) corpus.PubDate {
	return corpus.PubDate{Date: date(t, s), Basis: basis, Note: "test"}
}

// show formats a mention for messages.
func show(m corpus.DateMention) string {
	return fmt.Sprintf("%q → %s [%s, %s]", m.Text, m.Date, m.Anchor, m.Role)
}
