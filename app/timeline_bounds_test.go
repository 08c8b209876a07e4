//go:build !wasm

package app

import (
	"fmt"
	"strings"
	"testing"

	"parallax/corpus"
	"parallax/corpus/timeline"
)

// TestTimelineBoundedOnLongSentences renders a page of timeline entries whose sources have
// sentences of thousands of characters and very long titles, as a badly split text gives: the
// quotes and titles are cut, so the page stays within the bounds of every view.
func TestTimelineBoundedOnLongSentences(t *testing.T) {
	var arts []*corpus.Article
	filler := strings.Repeat("and the talks went on through the night without any agreement ", 60)
	for i := range 100 {
		arts = append(arts, &corpus.Article{
			ID: fmt.Sprintf("run-on-%03d", i), Title: "A headline that ran into the text " + filler[:600],
			Outlet: fmt.Sprintf("Outlet %d", i%9), AuthorNote: "test",
			Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{
				{ID: "p1s1", Text: filler + "on 3 March 2022 " + filler},
			}}},
		})
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	at := len(filler) + len("on ")
	var evs []timeline.Event
	for d := 1; d <= 25; d++ {
		date := corpus.Date{Year: 2022, Month: 3, Day: d, Precision: corpus.PrecisionDay}
		e := timeline.Event{Date: date, Anchor: corpus.AnchorStated}
		for k := range 4 {
			a := arts[(d*4+k)%len(arts)]
			e.Sources = append(e.Sources, timeline.Source{Article: a.ID, Sentence: "p1s1", Text: "3 March 2022",
				Start: at, End: at + len("3 March 2022"), Date: date, Anchor: corpus.AnchorStated})
		}
		evs = append(evs, e)
	}
	for _, raw := range []string{"at=2022-03", "at=2022", "at=2022-03-03"} {
		_, html := renderTimeline(c, evs, raw)
		checkBounds(t, "timeline of run-on sentences ?"+raw, html)
		if !strings.Contains(html, "<mark>3 March 2022</mark>") {
			t.Errorf("?%s: the quoted expression is not marked", raw)
		}
	}
}
