package entity

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
)

// TestTagDocumentNoFalseFullNames: the document pass makes a person of an unknown run whose last
// word the document writes alone; a run that only looks like a name because of where it stands is
// none, nor does every later mention of its last word become that "person". A title-case heading
// ("Run Windows On Mac": a function word in capitals), a sentence opened by a word the document
// also writes in lower case ("Run", "Install"), and a word shaped like an adjective ("Legitimate",
// "Ambitious") are no full name.
func TestTagDocumentNoFalseFullNames(t *testing.T) {
	for _, doc := range [][]string{
		{"Run Windows On Mac", "Parallels lets you run Windows on a Mac without rebooting.", "The Mac version costs $80.", "Mac users can try it free."},
		{"Parallels Brings Windows To Mac", "Mac owners can try it free."},
		{"Our guide, Windows On Mac, is free.", "Mac owners can try it."},
		{"Legitimate Bollywood films earned more than ever this year.", "Piracy has long dogged Bollywood, producers say.", "Bollywood is the Hindi film industry in Mumbai."},
		{"Ambitious Nollywood studios are growing.", "Nollywood makes 2,500 films a year."},
		{"Install Fastmail on every laptop.", "Fastmail is free to install.", "Users like Fastmail."},
	} {
		for i, ms := range Default().TagDocument(doc) {
			for _, m := range ms {
				if m.Kind == corpus.KindPerson {
					t.Errorf("TagDocument(%q)[%d]: %q is a person %q", doc, i, doc[i][m.Start:m.End], m.Entity)
				}
			}
		}
	}
	// A name the lists lack still stands at a sentence's start when nothing says it is a word.
	doc := []string{"Ilkka Varga won the Halden City Marathon.", "Varga is 31.", "Fans cheered as Varga crossed the line."}
	want := [][]span{
		{{"Ilkka Varga", "Ilkka Varga", per}},
		{{"Varga", "Ilkka Varga", per}},
		{{"Varga", "Ilkka Varga", per}},
	}
	got := Default().TagDocument(doc)
	for i := range doc {
		if diff := cmp.Diff(want[i], spans(doc[i], got[i])); diff != "" {
			t.Errorf("sentence %d %q (-want +got):\n%s", i, doc[i], diff)
		}
	}
}
