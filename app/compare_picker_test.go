//go:build !wasm

package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/library"
)

// TestPickerLeavesOutTheOtherSide: typing side A's title into side B does not offer A itself,
// and two suggestions with the same title, outlet and date are told apart by their section and
// file.
func TestPickerLeavesOutTheOtherSide(t *testing.T) {
	arts := []*corpus.Article{
		{ID: "blogger", File: "entertainment/001.txt", Section: "entertainment", Title: "Baghdad Blogger on big screen"},
		{ID: "blogger-2", File: "entertainment/002.txt", Section: "entertainment", Title: "Baghdad Blogger on big screen"},
		{ID: "blogger-3", File: "tech/100.txt", Section: "tech", Title: "Baghdad Blogger on big screen"},
		{ID: "van-gogh", File: "entertainment/003.txt", Section: "entertainment", Title: "Van Gogh festival film withdrawn"},
	}
	pk := &comparePicker{Prefix: "compare-pick", finder: library.NewFinder(arts)}
	pk.sides[0] = pickSide{chosen: arts[0], text: arts[0].Title, active: -1}
	pk.sides[1] = pickSide{text: "Baghdad Blogger", active: -1}
	pk.search(1)
	for _, h := range pk.sides[1].hits {
		if h.Article.ID == "blogger" {
			t.Errorf("side B offers side A's article")
		}
	}
	if len(pk.sides[1].hits) != 2 {
		t.Fatalf("side B offers %d articles, want the two others of that title", len(pk.sides[1].hits))
	}
	html := app.HTMLString(pk)
	wantHTML(t, "side B's suggestions", html,
		[]string{"<bdi>entertainment/002.txt</bdi>", "<bdi>tech</bdi>", " · ", "<bdi>tech/100.txt</bdi>"},
		[]string{"entertainment/001.txt"})

	// Titles alike but metadata apart: no file names.
	pk.sides[0] = pickSide{active: -1}
	pk.sides[1] = pickSide{text: "Van Gogh", active: -1}
	pk.search(1)
	if html := app.HTMLString(pk); strings.Contains(html, "entertainment/003.txt") {
		t.Errorf("a suggestion with no twin names its file")
	}
}
