package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
	"parallax/corpus/entity"
)

// header is the metadata an article states about itself in its header lines, each with its line.
type header struct {
	date                 corpus.Date
	dateLine             int
	title, url, author   string
	normTitle            string
	titleLine, urlLine   int
	authorLine, bylineAt int
	bylineDate           corpus.Date
}

// block is a run of text lines that becomes one paragraph.
type block struct {
	text  string
	line  int // first line
	lines int
}

// Article turns one raw article file and its catalog entry into an Article: it takes the header
// metadata, removes boilerplate (kept in Removed), splits paragraphs and sentences, and tags
// entities with tagger (none when nil). Errors name e.File and the line.
func Article(e Entry, raw []byte, tagger *entity.Tagger) (*corpus.Article, error) {
	if err := e.check(); err != nil {
		return nil, err
	}
	p := parser{entry: &e, name: e.File}
	if err := p.run(raw); err != nil {
		return nil, err
	}
	a := &corpus.Article{
		ID: e.ID, File: e.File,
		Title: e.Title, TitleNote: e.TitleNote,
		Outlet: e.Outlet, OutletNote: e.OutletNote,
		Author: e.Author, AuthorNote: e.AuthorNote,
		URL:     e.URL,
		Removed: p.removed,
	}
	if err := p.merge(a); err != nil {
		return nil, err
	}
	a.Paragraphs = paragraphs(p.blocks, a.Removed, tagger)
	if err := a.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", e.File, err)
	}
	return a, nil
}

// parser holds the state of reading one file, top to bottom.
type parser struct {
	entry   *Entry
	name    string
	hdr     header
	blocks  []block
	removed []corpus.Removed
	// inHeader is true until the first line of article text: header rules apply only there.
	inHeader bool
	// joinNext is set when the last block ended mid-sentence (with a comma), so the next text line
	// continues it even across a blank line.
	joinNext bool
	// blank is set after a blank line.
	blank bool
}

// remove keeps a removed piece at its place; text never continues across it.
func (p *parser) remove(line int, text, rule string) {
	p.removed = append(p.removed, corpus.Removed{Line: line, Before: len(p.blocks), Text: text, Rule: rule})
	p.joinNext, p.blank = false, true
}

func (p *parser) errorf(line int, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", p.name, line, fmt.Sprintf(format, args...))
}

func (p *parser) run(raw []byte) error {
	p.inHeader = true
	raw = bytes.TrimPrefix(raw, []byte("\ufeff")) // a byte-order mark is encoding, not text
	lineNo := 0
	for len(raw) > 0 {
		lineNo++
		var ln []byte
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			ln, raw = raw[:i], raw[i+1:]
		} else {
			ln, raw = raw, nil
		}
		if !utf8.Valid(ln) {
			return p.errorf(lineNo, "invalid UTF-8")
		}
		if err := p.line(lineNo, strings.TrimFunc(string(ln), unicode.IsSpace)); err != nil {
			return err
		}
	}
	return nil
}

// line classifies one trimmed line: blank, header metadata, furniture, or article text.
func (p *parser) line(n int, t string) error {
	if t == "" {
		p.blank = true
		return nil
	}
	if p.inHeader {
		done, err := p.headerLine(n, t)
		if done || err != nil {
			return err
		}
	}
	if p.hdr.title != "" && len(t) < 2*len(p.hdr.title) && normTitle(t) == p.hdr.normTitle {
		p.remove(n, t, RuleRepeatedTitle)
		return nil
	}
	if rule := furniture(t); rule != "" {
		p.remove(n, t, rule)
		return nil
	}
	p.inHeader = false
	p.text(n, t)
	return nil
}

// headerLine takes metadata from a line before the article text and reports whether it did.
func (p *parser) headerLine(n int, t string) (bool, error) {
	if m := dateLine.FindStringSubmatch(t); m != nil && p.hdr.dateLine == 0 {
		d, err := corpus.ParseDate(m[1])
		if err != nil {
			return true, p.errorf(n, "unparseable date %q: want YYYY, YYYY-MM or YYYY-MM-DD", m[1])
		}
		return true, p.dateHeader(n, t, d, m[2])
	}
	if m := longDateLine.FindStringSubmatch(t); m != nil && p.hdr.dateLine == 0 {
		tm, ok := parseBylineDate(m[1])
		if !ok {
			return true, p.errorf(n, "unparseable date %q", m[1])
		}
		return true, p.dateHeader(n, t, corpus.Date{Year: tm.Year(), Month: int(tm.Month()), Day: tm.Day(), Precision: corpus.PrecisionDay}, m[2])
	}
	if bareURL.MatchString(t) && p.hdr.urlLine == 0 {
		p.hdr.url, p.hdr.urlLine = t, n
		p.remove(n, t, RuleURL)
		return true, nil
	}
	if m := byline.FindStringSubmatch(t); m != nil && len(t) <= maxFurniture && p.hdr.bylineAt == 0 {
		p.hdr.author, p.hdr.authorLine, p.hdr.bylineAt = strings.TrimSpace(m[1]), n, n
		if m[3] != "" {
			tm, ok := parseBylineDate(m[3])
			if !ok {
				return true, p.errorf(n, "unparseable date %q in byline", m[3])
			}
			p.hdr.bylineDate = corpus.Date{Year: tm.Year(), Month: int(tm.Month()), Day: tm.Day(), Precision: corpus.PrecisionDay}
		}
		p.remove(n, t, RuleByline)
		return true, nil
	}
	// The catalog says whether the text has a headline: a title_note means the title is supplied,
	// so a short first line is then a subheading of the article, not its title.
	if p.hdr.titleLine == 0 && p.entry.TitleNote == "" && furniture(t) == "" && looksLikeHeadline(t) {
		p.hdr.title, p.hdr.titleLine, p.hdr.normTitle = t, n, normTitle(t)
		p.remove(n, t, RuleTitle)
		return true, nil
	}
	return false, nil
}

// dateHeader records the stated date d of header line t, whose text after the date is rest.
func (p *parser) dateHeader(n int, t string, d corpus.Date, rest string) error {
	p.hdr.date, p.hdr.dateLine = d, n
	p.remove(n, strings.TrimSpace(strings.TrimSuffix(t, rest)), RuleDate)
	if rest == "" {
		return nil
	}
	// A page's date often shares its line with the breadcrumb that follows it.
	return p.line(n, rest)
}

// text adds a line of article text to the current paragraph or starts a new one.
func (p *parser) text(n int, t string) {
	last := len(p.blocks) - 1
	switch {
	case last >= 0 && p.joinNext:
		// A paragraph that ended with a comma continues: a page break split its sentence.
		p.blocks[last].text += " " + t
		p.blocks[last].lines++
	case last >= 0 && !p.blank && startsLower(t) && !endsSentence(p.blocks[last].text):
		// A hard-wrapped line continues its paragraph.
		p.blocks[last].text += " " + t
		p.blocks[last].lines++
	default:
		p.blocks = append(p.blocks, block{text: t, line: n, lines: 1})
	}
	p.blank = false
	p.joinNext = strings.HasSuffix(t, ",")
}

func startsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// merge checks the header metadata against the catalog, fills what the catalog leaves empty, and
// fails on any conflict, naming both sources.
func (p *parser) merge(a *corpus.Article) error {
	e, h := p.entry, &p.hdr
	if h.titleLine > 0 {
		if a.Title != "" && a.Title != h.title {
			return p.errorf(h.titleLine, "headline %q conflicts with catalog title %q (%s)", h.title, a.Title, e.where("title"))
		}
		a.Title = h.title
	} else if a.TitleNote == "" {
		return fmt.Errorf("%s: article %q: the text has no headline, so the catalog title needs a title_note saying it is supplied", e.where("title"), e.ID)
	}
	if h.urlLine > 0 {
		if a.URL != "" && a.URL != h.url {
			return p.errorf(h.urlLine, "URL %q conflicts with catalog url %q (%s)", h.url, a.URL, e.where("url"))
		}
		a.URL = h.url
	}
	if h.authorLine > 0 {
		if a.Author != "" && a.Author != h.author {
			return p.errorf(h.authorLine, "byline author %q conflicts with catalog author %q (%s)", h.author, a.Author, e.where("author"))
		}
		a.Author = h.author
	}
	stated, statedLine := h.date, h.dateLine
	if h.bylineDate.Precision != corpus.PrecisionUnknown {
		if statedLine > 0 && stated != h.bylineDate {
			return p.errorf(h.bylineAt, "byline date %s conflicts with date line %s (line %d)", h.bylineDate.ISO(), stated.ISO(), statedLine)
		}
		if statedLine == 0 {
			stated, statedLine = h.bylineDate, h.bylineAt
		}
	}
	pub, err := e.pubDate()
	if err != nil {
		return err
	}
	if statedLine > 0 {
		if pub.Basis != corpus.BasisStated && !(pub.Basis == corpus.BasisUnknown && e.Published.Basis == "") {
			return p.errorf(statedLine, "the text states the date %s but the catalog gives basis %s (%s)", stated.ISO(), pub.Basis, e.where("basis"))
		}
		if pub.Date.Precision != corpus.PrecisionUnknown && pub.Date != stated {
			return p.errorf(statedLine, "stated date %s conflicts with catalog date %s (%s)", stated.ISO(), pub.Date.ISO(), e.where("date"))
		}
		pub.Date, pub.Basis = stated, corpus.BasisStated
		if pub.Note == "" {
			pub.Note = fmt.Sprintf("Stated in the text (line %d).", statedLine)
		}
	} else if pub.Basis == corpus.BasisStated {
		return fmt.Errorf("%s: article %q: basis stated, but %s states no date", e.where("basis"), e.ID, e.File)
	}
	a.Published = pub
	return nil
}
