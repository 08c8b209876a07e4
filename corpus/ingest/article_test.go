package ingest_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
	"parallax/corpus/entity"
	"parallax/corpus/ingest"
)

var supplied = ingest.Entry{ID: "a", File: "a.txt", Title: "T", TitleNote: "supplied", AuthorNote: "none"}

// paragraphTexts renders paragraphs as their sentences joined by " | ", headings prefixed "## ".
func paragraphTexts(a *corpus.Article) []string {
	var out []string
	for _, p := range a.Paragraphs {
		var ss []string
		for _, s := range p.Sentences {
			ss = append(ss, s.Text)
		}
		t := strings.Join(ss, " | ")
		if p.Heading {
			t = "## " + t
		}
		out = append(out, t)
	}
	return out
}

func TestArticleParagraphs(t *testing.T) {
	tests := []struct {
		name, raw string
		want      []string
	}{
		{"blank lines", "One. Two.\n\nThree.\n", []string{"One. | Two.", "Three."}},
		{"single newlines", "One.\nTwo.\nThree.", []string{"One.", "Two.", "Three."}},
		{"CRLF", "One.\r\n\r\nTwo.\r\n", []string{"One.", "Two."}},
		{"comma continues across a blank line", "It is uncertain. In April,\n\nPresident Biden signed it.\n\nNext.",
			[]string{"It is uncertain. | In April, President Biden signed it.", "Next."}},
		{"hard wrap continues", "The deal was\nannounced today.\n\nNext.", []string{"The deal was announced today.", "Next."}},
		{"no continuation across boilerplate", "In April,\n\nADVERTISEMENT\n\nPresident Biden signed it.",
			[]string{"In April,", "President Biden signed it."}},
		{"heading", "Intro text.\n\nPolitical pressure and US sale\n\nBody text.", []string{"Intro text.", "## Political pressure and US sale", "Body text."}},
		{"last line is no heading", "Intro text.\n\nThe end", []string{"Intro text.", "The end"}},
		{"inline question heading", "Intro text. Why Is This Causing Concern? The answer follows.",
			[]string{"Intro text.", "## Why Is This Causing Concern?", "The answer follows."}},
		{"list items stay text", "Key points:\n\n  1. Expand Its Reach – it grows.\n\n  • Potential US Ban – a risk.",
			[]string{"Key points:", "1. Expand Its Reach – it grows.", "• Potential US Ban – a risk."}},
		{"no BOM or odd space", "\ufeffOne.\u00a0\n", []string{"One."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ingest.Article(supplied, []byte(tt.raw), nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, paragraphTexts(a)); diff != "" {
				t.Errorf("paragraphs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestArticleRemovedPositions(t *testing.T) {
	raw := "Headline Here\n\nFirst.\n\nADVERTISEMENT\n\nSecond.\n\nRead more"
	e := ingest.Entry{ID: "a", File: "a.txt", Title: "Headline Here", AuthorNote: "none"}
	a, err := ingest.Article(e, []byte(raw), entity.Default())
	if err != nil {
		t.Fatal(err)
	}
	want := []corpus.Removed{
		{Line: 1, Before: 0, Text: "Headline Here", Rule: ingest.RuleTitle},
		{Line: 5, Before: 1, Text: "ADVERTISEMENT", Rule: ingest.RuleAdvertisement},
		{Line: 9, Before: 2, Text: "Read more", Rule: ingest.RuleReadMore},
	}
	if diff := cmp.Diff(want, a.Removed); diff != "" {
		t.Errorf("removed (-want +got):\n%s", diff)
	}
}

func TestArticleLongDateLine(t *testing.T) {
	e := ingest.Entry{ID: "a", File: "a.txt", Title: "Headline Here", AuthorNote: "none"}
	raw := "Headline Here\nPublished on 17 November 2024\n\nBody text.\n"
	a, err := ingest.Article(e, []byte(raw), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published; got.Date.ISO() != "2024-11-17" || got.Basis != corpus.BasisStated {
		t.Errorf("published %+v, want 2024-11-17 stated", got)
	}
	want := []corpus.Removed{
		{Line: 1, Text: "Headline Here", Rule: ingest.RuleTitle},
		{Line: 2, Text: "Published on 17 November 2024", Rule: ingest.RuleDate},
	}
	if diff := cmp.Diff(want, a.Removed); diff != "" {
		t.Errorf("removed (-want +got):\n%s", diff)
	}
}
