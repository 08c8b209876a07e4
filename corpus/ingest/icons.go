package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// An icon font draws a glyph for a word written in the page: Material Icons shows a bookmark for
// <i class="material-icons">bookmark_border</i>. The word is no text of the article, but the
// extracted text keeps it, glued to the label it stands beside ("bookmark_borderAuf die
// Merkliste", "chat_bubble0 Kommentare", "arrow_forwardWeiterlesen") or alone on a line. Such a
// name is removed as page furniture (RuleIconLabel) where there is evidence that it is one:
//
//   - it is written as no word of text is, a lower-case snake_case name of two parts or more
//     glued to a capitalised word or a number at the start of a line, on a line that is no code;
//   - or the page's markup shows it as an icon font's ligature, or the text shows it glued so
//     elsewhere: then it goes at the start of a line whatever follows it, and alone on a line.
//
// Above the article's text, the label beside such an icon goes with it when it is short and not a
// sentence: it names a control ("Auf die Merkliste", "Zurück zur Übersicht"); further down it may
// open a box of text, and stays.
//
// A snake_case name with spaces around it, or alone on a line without such evidence, is text: a
// tech article's identifiers and file names ("the apache_builds file", a table's row
// "github_events") look the same. Single words ("search", "menu", "headset") are icon names too,
// and words of text as often ("home page", "face"): they stay.

// maxIconLabel is the longest label beside an icon that is removed with it, above the article's
// text: a control's label is a few words.
const maxIconLabel = 60

// gluedIcon is a snake_case name of two parts or more, letters only, glued to a capital or a
// digit at the start of a line.
var gluedIcon = regexp.MustCompile(`^([a-z]+(?:_[a-z]+)+)[\p{Lu}\p{Nd}]`)

// iconName is the shape of an icon font's ligature as markup writes it: lower-case letters and
// digits, parts joined by underscores.
var iconName = regexp.MustCompile(`^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$`)

// codeChars are characters of a line of code, not of a label: "get_userName = value" stays.
const codeChars = "=(){}[];<>"

// iconLabel returns the icon font's name at the start of line t, and what follows it, trimmed;
// ok is false when t starts with none. known holds the names the page's markup or the text
// itself shows as ligatures.
func iconLabel(t string, known map[string]bool) (name, rest string, ok bool) {
	if strings.IndexByte(t, '_') < 0 {
		return "", "", false
	}
	// The longest known name that starts the line and is not the start of a longer name.
	for k := range known {
		if len(k) > len(name) && strings.HasPrefix(t, k) && (len(t) == len(k) || t[len(k)] != '_') {
			name = k
		}
	}
	if name != "" {
		return name, strings.TrimSpace(t[len(name):]), true
	}
	if m := gluedIcon.FindStringSubmatch(t); m != nil && gluedLabel(t[len(m[1]):]) {
		return m[1], strings.TrimSpace(t[len(m[1]):]), true
	}
	return "", "", false
}

// gluedLabel reports whether rest, what follows a snake_case name glued to it, reads as a label:
// its first word is letters only or digits only, and the line holds no code's punctuation.
func gluedLabel(rest string) bool {
	if strings.ContainsAny(rest, codeChars) {
		return false
	}
	word, _, _ := strings.Cut(rest, " ")
	r, _ := utf8.DecodeRuneInString(word)
	if unicode.IsDigit(r) {
		return !strings.ContainsFunc(word, func(r rune) bool { return !unicode.IsDigit(r) })
	}
	return !strings.ContainsFunc(word, func(r rune) bool { return !unicode.IsLetter(r) })
}

// gluedIcons are the names a text shows glued to a label (see iconLabel), evidence that the same
// names elsewhere in it are icons too.
func gluedIcons(lines []string, known map[string]bool) map[string]bool {
	for _, ln := range lines {
		t := strings.TrimSpace(ln)
		if strings.IndexByte(t, '_') < 0 {
			continue
		}
		if m := gluedIcon.FindStringSubmatch(t); m != nil && gluedLabel(t[len(m[1]):]) {
			if known == nil {
				known = map[string]bool{}
			}
			known[m[1]] = true
		}
	}
	return known
}

// pageIcons are the ligatures of two parts or more that a page's markup hands to an icon font:
// the text of an element whose class or style names Material Icons or Material Symbols.
func pageIcons(root *html.Node) map[string]bool {
	var icons map[string]bool
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && iconElement(n) {
			if t := strings.TrimSpace(elementText(n)); iconName.MatchString(t) {
				if icons == nil {
					icons = map[string]bool{}
				}
				icons[t] = true
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return icons
}

// iconElement reports whether n's class or style names a Material icon font ("material-icons",
// "material-icons-outlined", "material-symbols-rounded", font-family: 'Material Icons').
func iconElement(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "style" {
			continue
		}
		v := strings.ToLower(a.Val)
		if a.Key == "style" {
			v = strings.ReplaceAll(v, " ", "-")
		}
		if strings.Contains(v, "material-icon") || strings.Contains(v, "material-symbol") {
			return true
		}
	}
	return false
}

// elementText is the text inside n, at most a few dozen bytes: an icon's name is short, and a
// long text is no icon's.
func elementText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if b.Len() > 64 {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
