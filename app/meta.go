package app

import (
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// setPageMeta sets the page's title and, when not empty, its description. go-app's prerender
// writes both into <meta> attributes (og:title, og:description, description), so both go
// through attrText.
func setPageMeta(ctx app.Context, title, description string) {
	ctx.Page().SetTitle(attrText(title))
	if description != "" {
		ctx.Page().SetDescription(attrText(description))
	}
}

// Attribute values.
//
// go-app's prerender writes an attribute value as strconv.Quote(value) (node.go,
// encodeHTMLAttribute), which is Go syntax, not HTML: a `"` becomes `\"`, and HTML ends the
// attribute at that quote, so the rest of a title or a URL would be read as markup. An `&`
// followed by a name is read as a character reference (`&quot;` is a quote in the DOM, but not
// on the client, where go-app sets the same value through the DOM), and strconv.Quote spells
// `\`, control and format characters as Go escapes. Every value from an article, the catalog or
// a URL that reaches an attribute goes through attrText, or attrURL for an address, and so is
// made safe by construction, whatever the attribute: href, id, title, aria-*, data-*, value,
// the page title and description that go-app copies into og:* and <title>.

// attrText returns s in a form that reads the same and that strconv.Quote and HTML both leave
// unchanged: typographic look-alikes for `"`, `\`, a reference-starting `&`, and `<` and `>`
// (harmless inside a quoted attribute, but not to every scraper of link previews); a space for
// line and paragraph separators and other white space; invalid UTF-8 as U+FFFD; and control and
// format characters (NUL, bidirectional overrides, zero-width joiners) dropped, because they
// can only disguise the text around them.
func attrText(s string) string {
	if attrSafe(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	// Control and format characters go first: dropped inside the loop, they would join an "&"
	// to what follows them ("&\a#0" → "&#0") after the check for a character reference.
	s = strings.Map(func(r rune) rune {
		if !strconv.IsPrint(r) && !unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch {
		case r == '"':
			b.WriteString("”")
		case r == '\\':
			b.WriteString("∖")
		case r == '<':
			b.WriteString("‹")
		case r == '>':
			b.WriteString("›")
		case r == '&' && startsReference(s[i+1:]):
			b.WriteString("＆")
		case unicode.IsSpace(r) && !strconv.IsPrint(r):
			b.WriteByte(' ') // tab, line feed, U+2028, no-break space…
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// attrSafe reports whether s needs no change: the common case, checked without allocating.
func attrSafe(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\' || c == '<' || c == '>' || c < 0x20 || c == 0x7f:
			return false
		case c == '&' && startsReference(s[i+1:]):
			return false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || !strconv.IsPrint(r) {
				return false
			}
			i += size - 1
		}
	}
	return true
}

// startsReference reports whether an `&` followed by rest could be read as a character
// reference in an attribute: `&#`, or `&` and a name that is followed by `;` or by what ends a
// legacy reference without one (`&amp&`, `&quot` at the end).
func startsReference(rest string) bool {
	if rest == "" {
		return false
	}
	if rest[0] == '#' {
		return true
	}
	n := 0
	for n < len(rest) && isAlnum(rest[n]) {
		n++
	}
	if n == 0 {
		return false
	}
	if n == len(rest) || rest[n] == ';' {
		return true
	}
	// In an attribute, a reference without `;` followed by `=` or a letter is left alone
	// (so "?a=1&b=2" is safe); anything else after it may end a legacy one.
	return rest[n] != '='
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// attrURL makes an address the app built (a path, query and fragment, or a whole http(s) URL)
// safe in an href: every byte outside the characters a URL needs is percent-encoded — quotes,
// `<`, `>`, `\`, backticks, spaces, controls and non-ASCII among them — and an `&` that could be
// read as a character reference is encoded too. Existing percent escapes are kept.
func attrURL(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '&' && startsReference(s[i+1:]):
			b.WriteString("%26")
		case isAlnum(c) || strings.IndexByte("-._~:/?#[]@!$&()*+,;=%", c) >= 0:
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

// externalURL returns the address of an original article as an href, and false when it is not
// a well-formed http or https URL with a host: a javascript:, data: or relative address from a
// catalog never becomes a link.
func externalURL(s string) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" || u.Opaque != "" || u.User != nil {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	default:
		return "", false
	}
	return attrURL(u.String()), true
}

// selectedIf marks an option selected only when it is: go-app prerenders Selected(false) as
// selected="false", which HTML reads as selected.
func selectedIf(o app.HTMLOption, selected bool) app.HTMLOption {
	if selected {
		return o.Selected(true)
	}
	return o
}
