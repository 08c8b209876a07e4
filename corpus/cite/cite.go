// Package cite turns articles, sentences and comparisons into text a reader takes elsewhere: a
// citation for the clipboard, and a comparison exported as Markdown or as CSV.
//
// Everything here is plain text built from catalog and article values, so every value is
// cleaned first (line breaks and control characters cannot forge lines or fields), a date keeps
// its basis ("date unknown: <reason>" when unknown, never a guess), an original address is
// given only when it is an http(s) URL, and links to the app are absolute, built from the
// site's base URL.
package cite

import (
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"parallax/corpus"
)

// Links builds absolute links into a Parallax site. Base is the site's origin and base path
// without a trailing slash, e.g. "https://example.org/parallax" (window.location.origin plus
// the app's base path).
type Links struct {
	Base string
}

// Article links to an article in the reader.
func (l Links) Article(id string) string {
	return strings.TrimRight(l.Base, "/") + "/read/" + url.PathEscape(id)
}

// Sentence links to one sentence of an article in the reader.
func (l Links) Sentence(articleID, sentenceID string) string {
	return l.Article(articleID) + "#" + url.PathEscape(sentenceID)
}

// Compare links to the comparison of articles a and b.
func (l Links) Compare(a, b string) string {
	return strings.TrimRight(l.Base, "/") + "/compare/" + url.PathEscape(a) + "/" + url.PathEscape(b)
}

// Pair links to aligned pair n (1-based) of the comparison of a and b.
func (l Links) Pair(a, b string, n int) string {
	return l.Compare(a, b) + "#pair-" + strconv.Itoa(n)
}

// Clean makes one line of s: every run of white space (line and paragraph separators, tabs)
// becomes one space, control and format characters (bidirectional overrides, zero-width
// joiners) are dropped, invalid UTF-8 becomes U+FFFD, and the ends are trimmed.
func Clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case !strconv.IsPrint(r):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Date is a publication date as a citation gives it, with its basis: "17 November 2024
// (stated in the text)", "November 2024 (estimated: <reason>)", "2020 (curated: <source>)",
// or "date unknown: <reason>".
func Date(p corpus.PubDate) string {
	note := Clean(p.Note)
	with := func(s, basis string) string {
		switch {
		case note == "":
			return s + " (" + basis + ")"
		case len(note) > len(basis) && strings.EqualFold(note[:len(basis)], basis) && note[len(basis)] == ' ':
			// The note already says how ("Estimated from the content: …"): not "estimated:
			// Estimated from the content".
			return s + " (" + basis + note[len(basis):] + ")"
		}
		return s + " (" + basis + ": " + note + ")"
	}
	if p.Basis == corpus.BasisUnknown || p.Date.Precision == corpus.PrecisionUnknown {
		if note == "" {
			return "date unknown: no reason recorded"
		}
		return "date unknown: " + note
	}
	switch p.Basis {
	case corpus.BasisStated:
		return p.Date.String() + " (stated in the text)"
	case corpus.BasisEstimated:
		return with(p.Date.String(), "estimated")
	}
	return with(p.Date.String(), p.Basis.String())
}

// Original returns an article's original address when it is a well-formed http(s) URL with a
// host, and false otherwise: a javascript:, data: or relative address is never handed on.
func Original(address string) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(address))
	if err != nil || u.Host == "" || u.Opaque != "" || u.User != nil {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return u.String(), true
	}
	return "", false
}

// originalText is the original address for plain text, or why there is none.
func originalText(address string) string {
	if u, ok := Original(address); ok {
		return u
	}
	if strings.TrimSpace(address) == "" {
		return "not known"
	}
	return "not a web address, so left out"
}

func outlet(a *corpus.Article) string {
	if o := Clean(a.Outlet); o != "" {
		return o
	}
	return "outlet unknown"
}

func author(a *corpus.Article) string {
	if s := Clean(a.Author); s != "" {
		return s
	}
	return "author unknown"
}

func title(a *corpus.Article) string {
	if t := Clean(a.Title); t != "" {
		return t
	}
	return "untitled"
}

// Source is an article's reference on one line: outlet, title, date with its basis, original
// address: `WhatJobs, “Amazon Faces Scrutiny”. Published 17 November 2024 (stated in the
// text). Original: https://…`.
func Source(a *corpus.Article) string {
	return outlet(a) + ", “" + title(a) + "”. Published " + stop(Date(a.Published)) + " Original: " + stop(originalText(a.URL))
}

// stop ends s with a full stop unless it has one.
func stop(s string) string {
	if strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
}

// Sentence is the citation of one sentence: the sentence quoted, the article's reference, and
// the link to the sentence in the reader. s must belong to a.
func Sentence(a *corpus.Article, s *corpus.Sentence, l Links) string {
	return "“" + Clean(s.Text) + "”\n" +
		Source(a) + "\n" +
		"Sentence " + Clean(s.ID) + ": " + l.Sentence(a.ID, s.ID) + "\n"
}
