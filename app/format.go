package app

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"parallax/corpus"
)

// corpusSummary describes the loaded corpus for the footer, e.g. "Corpus: 5 articles, 2020–2024".
func corpusSummary(c *corpus.Corpus) string {
	n := len(c.Articles)
	lo, hi := 0, 0
	for _, a := range c.Articles {
		y := a.Published.Date.Year
		if a.Published.Date.Precision == corpus.PrecisionUnknown || y == 0 {
			continue
		}
		if lo == 0 || y < lo {
			lo = y
		}
		if y > hi {
			hi = y
		}
	}
	s := fmt.Sprintf("Corpus: %d %s", n, plural(n, "article", "articles"))
	switch {
	case lo == 0:
	case lo == hi:
		s += fmt.Sprintf(", %d", lo)
	default:
		s += fmt.Sprintf(", %d–%d", lo, hi)
	}
	return s + "."
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// dateLabel is a publication date as a reader should see it: its value at its own precision and,
// unless the text states it, how it is known.
func dateLabel(p corpus.PubDate) string {
	switch p.Basis {
	case corpus.BasisUnknown:
		return "Date unknown"
	case corpus.BasisStated:
		return p.Date.String()
	case corpus.BasisEstimated:
		return "c. " + p.Date.String()
	}
	return p.Date.String()
}

// wordCount counts the words of an article's cleaned text.

// truncate shortens s to at most max runes, cutting at a word boundary and adding an ellipsis.
func truncate(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)[:max]
	cut := strings.LastIndexByte(string(r), ' ')
	if cut < max/2 {
		cut = len(string(r))
	}
	return strings.TrimRight(string(r)[:cut], " ,;:") + "…"
}

// outletChoice names an outlet filter value in a menu or a row: corpus.UnknownOutlet (the
// library's, the search's and the timeline's value for the articles without one) is "Outlet
// unknown".
func outletChoice(o string) string {
	if o == corpus.UnknownOutlet {
		return "Outlet unknown"
	}
	return o
}

// articleLang is the lang attribute of an element that shows a's words (its title, text,
// opening, snippets, quotes): a's language when it is known and not English, the page's own
// language; "" otherwise, which go-app writes as no attribute, so the element inherits the page's.
// Only a tag that corpus.ValidLanguage accepts is returned (letters, digits and dashes, checked
// again here: the data file is input), never other text of the article.
func articleLang(a *corpus.Article) string {
	if a == nil {
		return ""
	}
	if p := a.PrimaryLanguage(); p == "" || p == "en" {
		return ""
	}
	return a.Language
}

// languageNames names the languages news is most often written in, for "About this article"; a
// tag of another language is shown as it is. A full table of names would grow app.wasm.
var languageNames = map[string]string{
	"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
	"nl": "Dutch", "sv": "Swedish", "da": "Danish", "nb": "Norwegian Bokmål", "no": "Norwegian", "fi": "Finnish",
	"pl": "Polish", "cs": "Czech", "sk": "Slovak", "hu": "Hungarian", "ro": "Romanian", "el": "Greek",
	"tr": "Turkish", "ru": "Russian", "uk": "Ukrainian", "be": "Belarusian", "bg": "Bulgarian", "sr": "Serbian",
	"hr": "Croatian", "ar": "Arabic", "fa": "Persian", "he": "Hebrew", "ur": "Urdu", "hi": "Hindi",
	"zh": "Chinese", "ja": "Japanese", "ko": "Korean", "id": "Indonesian", "ms": "Malay", "vi": "Vietnamese",
	"th": "Thai",
}

// languageLabel names a's language with its tag ("German (de-AT)"), or says it is unknown.
func languageLabel(a *corpus.Article) string {
	p := a.PrimaryLanguage()
	if p == "" {
		return "Language unknown"
	}
	if name, ok := languageNames[p]; ok {
		return name + " (" + a.Language + ")"
	}
	return a.Language
}

// outletLabel names the outlet, or says it is unknown.
func outletLabel(a *corpus.Article) string {
	if a.Outlet == "" {
		return "Outlet unknown"
	}
	return a.Outlet
}

// authorLabel names the author, or says it is unknown.
func authorLabel(a *corpus.Article) string {
	if a.Author == "" {
		return "Author unknown"
	}
	return a.Author
}

// absentOutletNote says that a link keeps an outlet no article has, where an empty list alone
// would look like an empty corpus.
func absentOutletNote(name string) message {
	return message{words("This link keeps the outlet “"), val(truncate(name, 80)), words("”, which no article has.")}
}

// absentFrom reports whether a link's filter value is set and is none of names, in any case.
func absentFrom(names []string, name string) bool {
	return name != "" && !slices.ContainsFunc(names, func(o string) bool { return strings.EqualFold(o, name) })
}

// lastPageNote says that a link asked for a page past the last of a list ("results for this
// search"), which is shown instead.
func lastPageNote(pages int, of string) string {
	return fmt.Sprintf("There %s only %d %s of %s: this is the last.", plural(pages, "is", "are"), pages, plural(pages, "page", "pages"), of)
}
