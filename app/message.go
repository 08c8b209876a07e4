package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
)

// message is a sentence of the app's own words that quotes values from an article, the catalog
// or a URL: a title, an ID, a searched word, an outlet a link names. Views show each value in a
// <bdi>, so that it keeps its own direction: an Arabic or Hebrew title inside an English
// sentence otherwise takes the sentence's, and the quotation marks and full stop around it trade
// places with its words. A message is data, not elements, so that a page can keep one in a field
// and derive its title from it too.
type message []msgPart

type msgPart struct {
	text  string
	value bool            // from an article, the catalog or a URL: isolated where shown
	art   *corpus.Article // the article whose words the value is, for its language; nil for none
}

// words are the app's own words of a message.
func words(s string) msgPart { return msgPart{text: s} }

// val is a value a message quotes.
func val(s string) msgPart { return msgPart{text: s, value: true} }

// articleVal is a value in a's words (its title), marked with a's language.
func articleVal(a *corpus.Article, s string) msgPart { return msgPart{text: s, value: true, art: a} }

// String is the message as plain text, for a page's title and description.
func (m message) String() string {
	var b strings.Builder
	for _, p := range m {
		b.WriteString(p.text)
	}
	return b.String()
}

// ui renders the message: its words as text, each value as text in a <bdi>.
func (m message) ui() []app.UI {
	out := make([]app.UI, 0, len(m))
	for _, p := range m {
		if p.value {
			out = append(out, app.Bdi().Lang(articleLang(p.art)).Text(p.text))
		} else {
			out = append(out, app.Text(p.text))
		}
	}
	return out
}

// cat joins the pieces of a message.
func cat(ms ...message) message {
	var out message
	for _, m := range ms {
		out = append(out, m...)
	}
	return out.merged()
}

// joinMessages joins messages into one text, a space apart.
func joinMessages(ms []message) string {
	s := make([]string, len(ms))
	for i, m := range ms {
		s[i] = m.String()
	}
	return strings.Join(s, " ")
}

// quotedList lists values, each in quotation marks: “a”, “b”.
func quotedList(vs []string) message {
	m := make(message, 0, 3*len(vs))
	for i, v := range vs {
		sep := "“"
		if i > 0 {
			sep = "”, “"
		}
		m = append(m, words(sep), val(v))
	}
	if len(vs) > 0 {
		m = append(m, words("”"))
	}
	return m
}

// plainList lists values a comma apart, unquoted: a, b; a's words when a is not nil. Each is
// isolated on its own: two Arabic words a comma apart in an English line would otherwise read
// as one right-to-left run, the second first.
func plainList(vs []string, a *corpus.Article) message {
	m := make(message, 0, 2*len(vs))
	for i, v := range vs {
		if i > 0 {
			m = append(m, words(", "))
		}
		m = append(m, articleVal(a, v))
	}
	return m
}

// goQuoted reads a text that quotes its values as Go's %q writes them (from date: "أمس": wrong
// number of digits) into a message whose values are what the quotation marks hold, as written:
// the errors of the views' link parsers and ingestion's provenance notes are such texts, made
// outside the app. A double quote that starts no Go string stays a word.
func goQuoted(s string) message {
	var m message
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			break
		}
		q, err := strconv.QuotedPrefix(s[i:])
		if err != nil {
			m = append(m, words(s[:i+1]))
			s = s[i+1:]
			continue
		}
		m = append(m, words(s[:i+1]), val(q[1:len(q)-1]), words(`"`))
		s = s[i+len(q):]
	}
	if s != "" {
		m = append(m, words(s))
	}
	return m.merged()
}

// merged joins adjacent words, so that a sentence is one text node between its values.
func (m message) merged() message {
	var out message
	for _, p := range m {
		if n := len(out); n > 0 && !p.value && !out[n-1].value {
			out[n-1].text += p.text
			continue
		}
		if p.text == "" && !p.value {
			continue
		}
		out = append(out, p)
	}
	return out
}
