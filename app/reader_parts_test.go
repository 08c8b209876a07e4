//go:build !wasm

package app

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
)

// longArticle is an article of n sentences in paragraphs of one to seven, a subheading every
// fifty paragraphs and boilerplate removed before its first and after its last paragraph.
func longArticle(n int) *corpus.Article {
	a := &corpus.Article{ID: "long-report", Title: "A very long report", Outlet: "Test Outlet"}
	para := corpus.Paragraph{}
	flush := func() {
		if len(para.Sentences) > 0 {
			a.Paragraphs = append(a.Paragraphs, para)
		}
		para = corpus.Paragraph{}
	}
	for i := 0; i < n; i++ {
		p := len(a.Paragraphs) + 1
		para.Sentences = append(para.Sentences, corpus.Sentence{
			ID:   fmt.Sprintf("p%ds%d", p, len(para.Sentences)+1),
			Text: fmt.Sprintf("On day %d the committee met again, and TikTok's lawyers said the talks on the sale would go on for weeks.", i+1),
		})
		if len(para.Sentences) == 1+len(a.Paragraphs)%7 {
			flush()
			if len(a.Paragraphs)%50 == 49 {
				a.Paragraphs = append(a.Paragraphs, corpus.Paragraph{Heading: true, Sentences: []corpus.Sentence{{
					ID: fmt.Sprintf("p%ds1", len(a.Paragraphs)+1), Text: "What happened next"}}})
			}
		}
	}
	flush()
	a.Removed = []corpus.Removed{
		{Before: 0, Rule: "nav", Line: 1, Text: "Home › News"},
		{Before: len(a.Paragraphs), Rule: "footer", Line: 9999, Text: "Subscribe to our newsletter"},
	}
	return a
}

var (
	spanPattern = regexp.MustCompile(`<span ([^>]*)>`)
	idPattern   = regexp.MustCompile(`\bid="(p\d+s\d+)"`)
)

// sentenceIDs returns the IDs of the sentences in rendered HTML, in order (go-app writes an
// element's attributes in any order).
func sentenceIDs(html string) []string {
	var out []string
	for _, m := range spanPattern.FindAllStringSubmatch(html, -1) {
		if id := idPattern.FindStringSubmatch(m[1]); id != nil && strings.Contains(m[1], `class="sentence`) {
			out = append(out, id[1])
		}
	}
	return out
}

// TestReaderLongArticleInParts renders an article of 5,000 sentences: each part the reader shows
// stays within the bounds of every view, the parts together show every sentence once in order,
// and a link to a sentence, a part number or a searched word opens the right part.
func TestReaderLongArticleInParts(t *testing.T) {
	a := longArticle(5000)
	var all []string
	for _, para := range a.Paragraphs {
		for _, s := range para.Sentences {
			all = append(all, s.ID)
		}
	}
	p := &readerPage{id: a.ID, article: a, showRemoved: true}
	p.setPart("")
	if len(p.parts) < 5000/readerPartSentences {
		t.Fatalf("%d parts for 5,000 sentences", len(p.parts))
	}
	var shown []string
	for k := range p.parts {
		p.setPart(fmt.Sprint(k + 1))
		if p.part != k {
			t.Fatalf("?part=%d shows part %d", k+1, p.part+1)
		}
		html := app.HTMLString(p)
		checkBounds(t, fmt.Sprintf("reader part %d", k+1), html)
		shown = append(shown, sentenceIDs(html)...)
		if want := fmt.Sprintf("Part %d of %d", k+1, len(p.parts)); !strings.Contains(html, want) {
			t.Errorf("part %d does not say %q", k+1, want)
		}
		if got, want := strings.Contains(html, "Home › News"), k == 0; got != want {
			t.Errorf("part %d shows the boilerplate removed before the first paragraph: %v", k+1, got)
		}
		if got, want := strings.Contains(html, "Subscribe to our newsletter"), k == len(p.parts)-1; got != want {
			t.Errorf("part %d shows the boilerplate removed after the last paragraph: %v", k+1, got)
		}
	}
	if d := cmp.Diff(all, shown); d != "" {
		t.Errorf("the parts do not show every sentence once in order (-want +got):\n%.2000s", d)
	}

	last := fmt.Sprint(len(p.parts))
	for _, tc := range []struct {
		target, part string
		want         int
		note         string // in the link's notice; "" for none
	}{
		{"", "", 0, ""},
		{"", "3", 2, ""},
		{"", " 3 ", 2, ""},
		{"", "0", 0, "asks for part 0, but the article has " + last + " parts: showing part 1."},
		{"", "-4", 0, "asks for part -4, but the article has " + last + " parts: showing part 1."},
		{"", "two", 0, "asks for part “two”, which is not a number: showing part 1."},
		{"", "<b>9</b>", 0, "asks for part “<b>9</b>”, which is not a number"},
		{"", "99999", len(p.parts) - 1, "asks for part 99999, but the article has " + last + " parts: showing part " + last + "."},
		{all[len(all)-1], "", len(p.parts) - 1, ""},
		{all[readerPartSentences*2+5], "1", corpus.PartOf(p.parts, readerPartSentences*2+5), ""}, // the sentence wins
		{all[readerPartSentences*2+5], "99999", corpus.PartOf(p.parts, readerPartSentences*2+5), ""},
		{"p9999s9", "2", 1, "points to sentence p9999s9, which this article does not have"}, // an unknown sentence is no target
		{"p9999s9", "", 0, "points to sentence p9999s9"},
		{"main", "", 0, ""}, // an element of the page, as the skip link's
	} {
		p := &readerPage{id: a.ID, article: a, target: tc.target}
		p.setTarget()
		p.setPart(tc.part)
		if p.part != tc.want {
			t.Errorf("target %q, ?part=%q: part %d, want %d", tc.target, tc.part, p.part+1, tc.want+1)
		}
		notes := joinMessages(p.linkNotes)
		if tc.note == "" && notes != "" || !strings.Contains(notes, tc.note) {
			t.Errorf("target %q, ?part=%q: notes %q, want %q", tc.target, tc.part, notes, tc.note)
		}
		if html := app.HTMLString(p); tc.note != "" && (!strings.Contains(html, `role="status"`) || strings.Contains(html, "<b>9")) {
			t.Errorf("target %q, ?part=%q: the notice is not a status of plain text", tc.target, tc.part)
		}
		if html := app.HTMLString(p); p.target != "" && (!slices.Contains(sentenceIDs(html), p.target) || strings.Count(html, "is-target") != 1) {
			t.Errorf("target %q is not shown highlighted", p.target)
		}
	}

	// Hits are numbered across the whole article; moving to one in another part shows that part.
	p = &readerPage{id: a.ID, article: a, engine: fixtureEngine}
	p.setPart("")
	p.findHits("tiktok")
	if p.hits != len(all)-countHeadings(a) {
		t.Fatalf("%d hits, want one per sentence but the headings", p.hits)
	}
	html := app.HTMLString(p)
	if n := strings.Count(html, "<mark"); n >= p.hits || n == 0 {
		t.Errorf("part 1 marks %d of %d hits", n, p.hits)
	}
	p.move(-1) // wraps to the last hit, in the last part
	if p.part = p.hitPart[p.hit]; p.part != len(p.parts)-1 {
		t.Errorf("the last hit is in part %d, want the last, %d", p.part+1, len(p.parts))
	}
	html = app.HTMLString(p)
	if !strings.Contains(html, `id="`+hitID(p.hits-1)+`"`) || strings.Count(html, "is-current") != 1 {
		t.Errorf("the last part lacks the current hit %s", hitID(p.hits-1))
	}
	if !strings.Contains(html, fmt.Sprintf("%d of %d matches", p.hits, p.hits)) {
		t.Error("the hit bar does not count the whole article's hits")
	}
	if !strings.Contains(html, `href="/read/long-report?part=2&amp;q=tiktok"`) && !strings.Contains(html, `href="/read/long-report?part=`) {
		t.Error("the part links lose the searched words")
	}
}

func countHeadings(a *corpus.Article) int {
	n := 0
	for _, p := range a.Paragraphs {
		if p.Heading {
			n += len(p.Sentences)
		}
	}
	return n
}

// TestReaderShortArticleHasNoParts keeps a short article's page as it was: one part, no pager.
func TestReaderShortArticleHasNoParts(t *testing.T) {
	a := longArticle(readerPartSentences - 10)
	p := &readerPage{id: a.ID, article: a}
	p.setPart("2")
	if len(p.parts) != 1 || p.part != 0 {
		t.Fatalf("parts %v, part %d", p.parts, p.part)
	}
	html := app.HTMLString(p)
	if strings.Contains(html, "reader-parts") {
		t.Error("a short article has a pager")
	}
	if !strings.Contains(html, "asks for part 2, but the article has 1 part: showing part 1.") {
		t.Errorf("no notice that part 2 is past the article's one part: %q", p.linkNotes)
	}
}
