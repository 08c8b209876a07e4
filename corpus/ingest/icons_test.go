package ingest

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestIconLabel: an icon font's name glued to the label beside it, at the start of a line, is
// taken off; with evidence that a name is an icon's (the page's markup, or the text gluing it
// elsewhere), it is taken off the start of a line whatever follows, and alone on a line. A
// snake_case identifier with spaces around it, or alone without such evidence, and a line of
// code, are text.
func TestIconLabel(t *testing.T) {
	known := map[string]bool{"bookmark_border": true, "arrow_forward": true}
	tests := []struct {
		line       string
		known      map[string]bool
		name, rest string // name "" when the line starts with no icon's name
	}{
		{"bookmark_borderAuf die Merkliste", nil, "bookmark_border", "Auf die Merkliste"},
		{"chat_bubble0 Kommentare", nil, "chat_bubble", "0 Kommentare"},
		{"arrow_forwardWeiterlesen", nil, "arrow_forward", "Weiterlesen"},
		{"keyboard_arrow_downMehr zum Thema", nil, "keyboard_arrow_down", "Mehr zum Thema"},
		{"bookmark_border", known, "bookmark_border", ""},
		{"bookmark_border Auf die Merkliste", known, "bookmark_border", "Auf die Merkliste"},
		{"arrow_forwardweiterlesen", known, "arrow_forward", "weiterlesen"},
		{"arrow_forward_iosWeiter", known, "arrow_forward_ios", "Weiter"},
		// Text and code.
		{"bookmark_border Auf die Merkliste", nil, "", ""},
		{"apache_builds", nil, "", ""},
		{"arrow_forward_ios", known, "", ""},
		{"The apache_builds file holds the logs.", nil, "", ""},
		{"download_directory = current_directory + os.sep", nil, "", ""},
		{"get_userName = request.user", nil, "", ""},
		{"test_parseJSON()", nil, "", ""},
		{"is_valid2x", nil, "", ""},
		{"snake_Case", nil, "", ""},
		{"Chat_bubbleX", nil, "", ""},
	}
	for _, tt := range tests {
		name, rest, ok := iconLabel(tt.line, tt.known)
		if ok != (tt.name != "") || name != tt.name || rest != tt.rest {
			t.Errorf("iconLabel(%q, %v) = %q, %q, %v; want %q, %q", tt.line, slices.Sorted(maps.Keys(tt.known)), name, rest, ok, tt.name, tt.rest)
		}
	}
}

// TestPageIcons: the names a page's markup hands to a Material icon font, by class or style,
// of two parts or more.
func TestPageIcons(t *testing.T) {
	page := `<html><body><header><i class="material-icons">menu</i><i class="material-icons md-18">keyboard_arrow_down</i>
<span class="material-symbols-outlined"> arrow_forward </span><span style="font-family: 'Material Icons'">chat_bubble</span>
<i class="c-material-icon">person_outline</i><i class="icon">not_an_icon</i><i class="material-icons">Two words</i></header>
<p>The apache_builds file holds the logs.</p></body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	got := slices.Sorted(maps.Keys(pageIcons(root)))
	want := []string{"arrow_forward", "chat_bubble", "keyboard_arrow_down", "person_outline"}
	if !slices.Equal(got, want) {
		t.Errorf("pageIcons = %q, want %q", got, want)
	}
}
