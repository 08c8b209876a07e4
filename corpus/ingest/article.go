package ingest

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
	"parallax/corpus/entity"
)

// header is the metadata an article states about itself in its header lines, each with its line.
type header struct {
	date     corpus.Date
	dateLine int
	// dateOrder says how a numeric date line's order of day and month was read, or why only its
	// year was taken; "" for a date with one reading.
	dateOrder            string
	title, url, author   string
	normTitle            string
	titleLine, urlLine   int
	authorLine, bylineAt int
	bylineDate           corpus.Date
	bylineOrder          string
	// cut is the site's name taken off the headline, nil when none was; normWritten is then
	// the headline as written in normTitle's form, so that a line repeating either is the
	// headline's.
	cut         *siteNameCut
	normWritten string
}

// block is a run of text lines that becomes one paragraph.
type block struct {
	text  string
	line  int // first line
	lines int
}

// Article turns one raw .txt article file and its catalog entry into an Article: it takes the
// header metadata, removes boilerplate (kept in Removed), splits paragraphs and sentences, and
// tags entities with tagger (none when nil). Any problem is an error naming e.File and the line;
// Folder is the forgiving path that reports problems and goes on.
func Article(e Entry, raw []byte, tagger *entity.Tagger) (*corpus.Article, error) {
	var probs problems
	if err := e.check(); err != nil {
		return nil, err
	}
	if e.ID == "" {
		return nil, fmt.Errorf("%s: article without an ID", e.where("id"))
	}
	dec, err := decodeText(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", e.File, err)
	}
	text, encoding := dec.text, dec.encoding
	if refs, n, dropped := decodeCharRefs(text); n > 0 {
		if dropped > 0 {
			return nil, fmt.Errorf("%s: %d character references name NUL, control or bidi-override characters", e.File, dropped)
		}
		text, encoding = refs, encoding+fmt.Sprintf("; %s decoded", count(n, "HTML character reference", "HTML character references"))
	}
	d := &doc{file: e.File, key: e.File, lines: splitLines(text), firstLine: 1, encoding: encoding}
	a := build(d, &e, tagger, &probs)
	if len(probs) > 0 {
		return nil, probs[0]
	}
	if a == nil {
		return nil, fmt.Errorf("%s: not ingested", e.File)
	}
	a.ID = e.ID
	if err := a.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", e.File, err)
	}
	return a, nil
}

// parser holds the state of reading one text, top to bottom.
type parser struct {
	name    string
	probs   *problems
	hdr     header
	blocks  []block
	removed []corpus.Removed
	// titleGiven turns off headline detection: the file's metadata or the catalog supplies it.
	titleGiven bool
	// inHeader is true until the first line of article text: header rules apply only there.
	inHeader bool
	// joinNext is set when the last block ended mid-sentence (with a comma), so the next text line
	// continues it even across a blank line.
	joinNext bool
	// blank is set after a blank line.
	blank bool
	// related counts the headlines removed under a "Related stories" heading; -1 outside one.
	related int
	// sites are the names the article's outlet goes by, from siteOutlets and siteURLs: what
	// the file's fields and the catalog state, and the address line of the text's header once
	// read. Only what the article states is evidence that a part of its headline is the site's
	// name; a text that states neither keeps its headline as written.
	sites                 siteNames
	siteOutlets, siteURLs []string
	// catalogTitle is the catalog's title when only a catalog note turned headline detection
	// off: a first line that is that title with the site's name on it (as the text reads when
	// its catalog was written after such a cut) is still the headline.
	catalogTitle string
	// icons are the names of icon fonts' glyphs the page's markup or the text shows (see
	// iconLabel); iconLine is the line whose icon's name was just taken off: what follows it
	// there is a control's label ("arrow_backZurück"), never the headline.
	icons    map[string]bool
	iconLine int
}

// remove keeps a removed piece at its place; text never continues across it.
func (p *parser) remove(line int, text, rule string) {
	p.removed = append(p.removed, corpus.Removed{Line: line, Before: len(p.blocks), Text: text, Rule: rule})
	p.joinNext, p.blank = false, true
}

// hasRule reports whether a piece was removed by rule.
func (p *parser) hasRule(rule string) bool {
	for _, r := range p.removed {
		if r.Rule == rule {
			return true
		}
	}
	return false
}

func (p *parser) problem(line int, what, done string) {
	p.probs.add(p.name, line, what, done)
}

// run reads lines, the first of which is line first of the file.
func (p *parser) run(lines []string, first int) {
	p.inHeader, p.related = true, -1
	for i, ln := range lines {
		p.line(first+i, strings.TrimFunc(ln, unicode.IsSpace))
	}
}

// line classifies one trimmed line: blank, header metadata, furniture, or article text.
func (p *parser) line(n int, t string) {
	if t == "" {
		p.blank = true
		return
	}
	if name, rest, ok := iconLabel(t, p.icons); ok {
		p.remove(n, name, RuleIconLabel)
		if rest != "" {
			p.iconLine = n
			p.line(n, rest)
			p.iconLine = 0
		}
		return
	}
	if p.inHeader && p.headerLine(n, t) {
		return
	}
	if p.isTitle(t) {
		// The headline at the top of the text, above any paragraph, is the title the page's
		// metadata gives, not furniture; a repeat further down is.
		rule := RuleRepeatedTitle
		if p.titleGiven && len(p.blocks) == 0 && !p.hasRule(RuleTitle) {
			rule = RuleTitle
		}
		p.remove(n, t, rule)
		return
	}
	if rule := furniture(t); rule != "" {
		p.remove(n, t, rule)
		if rule == RuleRelated {
			p.related = 0
		}
		return
	}
	// Under a "Related stories" heading, short lines that do not end like prose are the linked
	// headlines; the first sentence of text ends the block.
	if p.related >= 0 {
		if p.related < 12 && len(t) <= maxFurniture && !endsSentence(t) && !strings.HasSuffix(t, ",") {
			p.related++
			p.remove(n, t, RuleRelated)
			return
		}
		p.related = -1
	}
	if _, ok, _ := dateLineOf(t); ok {
		p.remove(n, t, RuleDate)
		return
	}
	if n == p.iconLine && p.inHeader && len(t) <= maxIconLabel && !endsSentence(t) {
		// Above the article's text, what stands beside an icon is a control's label ("Auf die
		// Merkliste", "Zurück zur Übersicht"), as page furniture as the icon; further down it
		// may open a box of text, and stays.
		p.remove(n, t, RuleIconLabel)
		return
	}
	p.inHeader = false
	p.text(n, t)
}

// refuseDateLine reports line n, a date line whose date could not be read, and removes it: its
// date part, that is; rest, what followed the date on the line, stays as text.
func (p *parser) refuseDateLine(n int, t, date, rest string, err error) {
	p.problem(n, fmt.Sprintf("date %q: %v", date, err), "line removed; no date taken from it")
	p.remove(n, strings.TrimSpace(strings.TrimSuffix(t, rest)), RuleDate)
	if rest != "" {
		p.line(n, rest)
	}
}

// headerLine takes metadata from a line before the article text and reports whether it did.
func (p *parser) headerLine(n int, t string) bool {
	if m := dateLine.FindStringSubmatch(t); m != nil && p.hdr.dateLine == 0 {
		d, err := parseFieldDate(m[1])
		if err != nil || d.Precision == corpus.PrecisionUnknown {
			p.refuseDateLine(n, t, m[1], m[2], err)
			return true
		}
		p.dateHeader(n, t, d, m[2])
		return true
	}
	if m := longDateLine.FindStringSubmatch(t); m != nil && p.hdr.dateLine == 0 {
		d, _, _, err := dateIn(m[1])
		if err != nil || d.Precision == corpus.PrecisionUnknown {
			if err == nil {
				err = fmt.Errorf("not a date this reader knows")
			}
			p.refuseDateLine(n, t, m[1], m[2], err)
			return true
		}
		p.dateHeader(n, t, d, m[2])
		return true
	}
	if d, order, ok, err := dateLineOrder(t); ok {
		if err != nil {
			p.problem(n, fmt.Sprintf("date line %q: %v", t, err), "line removed; no date taken from it")
		} else if p.hdr.dateLine == 0 {
			p.hdr.date, p.hdr.dateLine, p.hdr.dateOrder = d, n, order
			if d.Precision == corpus.PrecisionYear && order != "" {
				p.problem(n, "date line "+order, "year kept as the date; give the full date in the catalog to settle it")
			}
		}
		p.remove(n, t, RuleDate)
		return true
	}
	if p.hdr.urlLine == 0 && bareURL.MatchString(t) && (strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://")) {
		p.hdr.url, p.hdr.urlLine = t, n
		p.remove(n, t, RuleURL)
		// The text states its address: its host is a name the headline may end with.
		p.siteURLs = append(p.siteURLs, t)
		p.sites = newSiteNames(p.siteOutlets, p.siteURLs)
		p.cutTitle()
		return true
	}
	if name, date, ok := bylineOf(t); ok && p.hdr.bylineAt == 0 {
		p.hdr.author, p.hdr.authorLine, p.hdr.bylineAt = name, n, n
		if date != "" {
			d, _, _, order, err := dateInOrder(date)
			p.hdr.bylineOrder = order
			if err != nil || d.Precision == corpus.PrecisionUnknown {
				if err == nil {
					err = fmt.Errorf("not a date this reader knows")
				}
				p.problem(n, fmt.Sprintf("date %q in byline: %v", date, err), "no date taken from the byline")
			} else {
				p.hdr.bylineDate = d
				if d.Precision == corpus.PrecisionYear && order != "" {
					p.problem(n, "date in byline "+order, "year kept as the date; give the full date in the catalog to settle it")
				}
			}
		}
		p.remove(n, t, RuleByline)
		return true
	}
	if p.hdr.titleLine == 0 && n != p.iconLine && (!p.titleGiven || p.isCatalogTitle(t)) && furniture(t) == "" && looksLikeHeadline(t) {
		p.hdr.title, p.hdr.titleLine, p.hdr.normTitle = t, n, normTitle(t)
		p.cutTitle()
		p.remove(n, t, RuleTitle)
		return true
	}
	return false
}

// isTitle reports whether t is the headline: the title the metadata gives or the header's
// headline line, with or without the site's name taken off it.
func (p *parser) isTitle(t string) bool {
	if p.hdr.normTitle == "" || len(t) >= 2*max(len(p.hdr.title), len(p.hdr.normWritten)) {
		return false
	}
	n := normTitle(t)
	return n == p.hdr.normTitle || n == p.hdr.normWritten
}

// cutTitle takes the site's name off the header's headline line, by what the article states
// so far; an address line read later may take off what the catalog and fields could not.
func (p *parser) cutTitle() {
	if p.hdr.titleLine == 0 {
		return
	}
	written := p.hdr.title
	if p.hdr.cut != nil {
		written = p.hdr.cut.original
	}
	c, ok := p.sites.cut(written)
	if !ok {
		return
	}
	p.hdr.cut = &c
	p.hdr.title, p.hdr.normTitle, p.hdr.normWritten = c.title, normTitle(c.title), normTitle(written)
}

// isCatalogTitle reports whether t is the catalog's title with the site's name on it.
func (p *parser) isCatalogTitle(t string) bool {
	if p.catalogTitle == "" {
		return false
	}
	c, ok := p.sites.cut(t)
	return ok && normTitle(c.title) == normTitle(p.catalogTitle)
}

// bylineOf reads a byline: "By Jane Roe", "by · Variety", "By iHeartRadio", "BY JANE ROE, posted
// November 17, 2024". What follows "by" must be a short name whose first word has a capital, so
// that "By the end of the year, …" stays text.
func bylineOf(t string) (name, date string, ok bool) {
	if len(t) > maxFurniture || endsSentence(t) {
		return "", "", false
	}
	// "By Ana Ruiz, 15/09/2020", "By Sam Lee | 16 Sep 2020": a byline and a date line sharing a
	// line, with no verb between them.
	if b := bylineDate.FindStringSubmatch(t); b != nil {
		if _, ok, _ := dateLineOf(strings.TrimSpace(b[2])); ok {
			if name, _, ok := bylineOf(b[1]); ok {
				return name, strings.TrimSpace(b[2]), true
			}
		}
	}
	m := byline.FindStringSubmatch(t)
	if m == nil {
		return "", "", false
	}
	name = strings.TrimSpace(m[1])
	first, _, _ := strings.Cut(name, " ")
	if !bylineName.MatchString(name) || !strings.ContainsFunc(first, unicode.IsUpper) || len(name) > 80 {
		return "", "", false
	}
	return name, m[3], true
}

// bylineDate splits a line at its last comma or separator into what may be a byline and what
// may be a date.
var bylineDate = regexp.MustCompile(`^(.+?)\s*(?:,|\s[|·•–—-])\s*([^,|·•–—]+)$`)

// dateHeader records the stated date d of header line t, whose text after the date is rest.
func (p *parser) dateHeader(n int, t string, d corpus.Date, rest string) {
	p.hdr.date, p.hdr.dateLine = d, n
	p.remove(n, strings.TrimSpace(strings.TrimSuffix(t, rest)), RuleDate)
	if rest != "" {
		// A page's date often shares its line with the breadcrumb that follows it.
		p.line(n, rest)
	}
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

func startsUpper(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}
