package timeline

import (
	"slices"
	"testing"

	"parallax/corpus"
)

// TestShowTitleIsNoDay: "Today", "Tonight" and "Tomorrow" with a capital after a word, or before
// a word for a programme, name a programme or a paper, not the day; at a sentence's start, after
// a quotation mark or in lower case they are the day.
func TestShowTitleIsNoDay(t *testing.T) {
	pub := pubDate(t, corpus.BasisStated, "2005-03-10")
	for _, c := range []struct {
		text string
		want []string // the mentions' texts
	}{
		{"Speaking on BBC Radio 4's Today programme, he said the plan would go ahead.", nil},
		{"He told the Today programme on Tuesday that talks had failed.", []string{"Tuesday"}},
		{"Mr Brown told Today the budget was fair.", nil},
		{"The figures were first reported by USA Today.", nil},
		{"She will appear on ITV's Tonight programme.", nil},
		{"Tonight show host Jay Leno made the joke on Monday.", []string{"Monday"}},
		{"Today, the minister said the plan would go ahead.", []string{"Today"}},
		{"The minister said today that the plan would go ahead.", []string{"today"}},
		{"\"Today we begin again,\" she said.", []string{"Today"}},
		{"Talks resume tomorrow.", []string{"tomorrow"}},
	} {
		var got []string
		for _, m := range Extract(article("a", pub, c.text)) {
			got = append(got, c.text[m.Start:m.End])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: mentions %q, want %q", c.text, got, c.want)
		}
	}
}
