package ingest

import (
	"fmt"
	"net/url"
	"path"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"parallax/corpus"
	"parallax/corpus/entity"
)

// MaxTitle is the longest title accepted, in characters: a headline, not a paragraph.
const MaxTitle = 300

// MaxURL is the longest URL accepted, in bytes.
const MaxURL = 2048

// doc is one article as read from its file, before its metadata is settled.
type doc struct {
	// file is the path in the corpus folder, for messages ("articles/business/001.txt"); key is
	// the path below the articles root, as catalog entries name it.
	file, key string
	// record is the 1-based record of an export (.jsonl, .json, .csv), 0 for a file of one article.
	record int
	// line is where the record starts in the file.
	line int
	// lines is the text; lines[0] is line firstLine of the file.
	lines     []string
	firstLine int
	encoding  string
	section   string
	// fields is the metadata the file states in named fields (front matter, meta tags, record
	// fields), by name: title, author, outlet, url, date, id, section.
	fields map[string]field
	// langs are the statements of a saved page's language, in the order they are trusted (see
	// pageMeta); other formats state it in fields["language"].
	langs []field
	// clocks are a saved page's statements of its publication time, every one, in the order
	// they are trusted (see pageMeta and localDay).
	clocks []field
	// estimates are values a library inferred rather than read from a named field.
	estimates map[string]field
	// icons are the names a saved page's markup hands to an icon font (see pageIcons).
	icons map[string]bool
	// siteCut is the site's name taken off the title field, if any.
	siteCut *siteNameCut
}

// field is one stated metadata value and where the file states it.
type field struct {
	value string
	from  string // "front matter: date", "meta og:title", "JSON field headline"
	line  int
}

// problems collects what went wrong, in the order found.
type problems []Problem

func (ps *problems) add(file string, line int, what, done string) {
	*ps = append(*ps, Problem{File: file, Line: line, What: what, Done: done})
}

// build turns a doc and its catalog entry (nil when none) into an article without its ID, or nil
// when nothing usable is left; every problem goes to probs.
func build(d *doc, e *Entry, tagger *entity.Tagger, probs *problems) *corpus.Article {
	if e == nil {
		e = &Entry{}
	}
	// Values from fields and the catalog were decoded from escapes ("\u202e") after the text was
	// cleaned: they are cleaned here, the one place every value passes.
	for k, f := range d.fields {
		f.value, _ = clean(f.value)
		f.value = strings.TrimSpace(f.value)
		d.fields[k] = f
	}
	// A title that ends (or starts) with the site's own name has it taken off; the note says
	// so. What the file's fields and the catalog state are the evidence; the parser adds the
	// address line of a text's header, and cuts its headline line too.
	outlets := []string{d.fields["outlet"].value, e.Outlet}
	urls := []string{d.fields["url"].value, e.URL}
	sites := newSiteNames(outlets, urls)
	if f, ok := d.fields["title"]; ok {
		if c, ok := sites.cut(f.value); ok {
			f.value, d.siteCut = c.title, &c
			d.fields["title"] = f
		}
	}
	p := parser{name: d.file, probs: probs, sites: sites, siteOutlets: outlets, siteURLs: urls, icons: gluedIcons(d.lines, d.icons)}
	// A title from the file's metadata or a catalog title note says the text need not start with
	// its headline; a line that repeats it is still removed.
	if f, ok := d.fields["title"]; ok {
		p.titleGiven = true
		p.hdr.title, p.hdr.normTitle = f.value, normTitle(f.value)
		if d.siteCut != nil {
			p.hdr.normWritten = normTitle(d.siteCut.original)
		}
	} else if e.TitleNote != "" {
		p.catalogTitle = e.Title
	}
	if e.TitleNote != "" {
		p.titleGiven = true
	}
	p.run(d.lines, d.firstLine)
	a := &corpus.Article{File: d.key, Removed: p.removed}
	if d.record > 0 {
		a.File = d.key + "#" + strconv.Itoa(d.record)
	}
	a.Provenance.Encoding = d.encoding
	a.Paragraphs = paragraphs(p.blocks, a.Removed, tagger)
	if len(a.Paragraphs) == 0 {
		what := "no article text"
		if len(p.removed) > 0 {
			what = fmt.Sprintf("no article text: all %d lines are header or page furniture", len(p.removed))
		}
		probs.add(d.file, d.line, what, "skipped")
		return nil
	}
	m := merger{d: d, e: e, p: &p, probs: probs, a: a}
	m.title()
	m.outlet()
	m.author()
	m.url()
	m.published()
	m.section()
	m.language()
	return a
}

// merger settles each metadata field of one article: what the file states, checked against the
// catalog, else an estimate with its reason, else unknown with its reason.
type merger struct {
	d     *doc
	e     *Entry
	p     *parser
	probs *problems
	a     *corpus.Article
}

// stated returns the value the file states for a field: a named field first, then the header
// line of the text.
func (m *merger) stated(name, hdrValue string, hdrLine int) (string, string, int, bool) {
	if f, ok := m.d.fields[name]; ok && f.value != "" {
		// A name or headline is short; a field that holds a page of text is a mistake.
		if n := utf8.RuneCountInString(f.value); n > MaxTitle && name != "url" && name != "date" {
			m.probs.add(m.d.file, f.line, fmt.Sprintf("%s is %d characters long; the limit is %d (%s)", name, n, MaxTitle, f.from), name+" dropped")
			delete(m.d.fields, name)
			return m.stated(name, hdrValue, hdrLine)
		}
		return f.value, f.from, f.line, true
	}
	if hdrLine > 0 {
		return hdrValue, "line " + strconv.Itoa(hdrLine), hdrLine, true
	}
	return "", "", 0, false
}

func (m *merger) catalogFrom(field string) string { return m.e.where(field) }

// check compares a stated value with the catalog's and settles the field. It returns the value
// and its origin, and reports a disagreement (the catalog, reviewed by a person, wins).
func (m *merger) check(name, catalogField, catalogValue, statedValue, from string, line int, note string) (string, corpus.Origin) {
	switch {
	case catalogValue == "":
		return statedValue, corpus.Origin{Basis: corpus.BasisStated, From: from}
	case catalogValue == statedValue:
		return statedValue, corpus.Origin{Basis: corpus.BasisStated, From: from + ", as in " + m.catalogFrom(catalogField)}
	}
	m.probs.add(m.d.file, line, fmt.Sprintf("%s %q (%s) disagrees with catalog %s %q (%s)", name, statedValue, from, catalogField, catalogValue, m.catalogFrom(catalogField)), "catalog value kept")
	return catalogValue, corpus.Origin{Basis: corpus.BasisCurated, From: m.catalogFrom(catalogField), Note: joinNotes(note, disagreement(name, statedValue, from))}
}

// disagreement is the provenance note of a catalog value kept over what the file states, so that
// the reader shows what the build report said.
func disagreement(name, stated, from string) string {
	where := "file"
	if strings.HasPrefix(from, "line ") {
		where = "text"
	}
	return fmt.Sprintf("The %s states the %s %q (%s); the catalog's value is kept.", where, name, clip(stated), from)
}

// joinNotes joins provenance notes into one, each a sentence. A note already said is not said
// again: a catalog written by WriteCatalog and read back holds the notes of the first build.
func joinNotes(notes ...string) string {
	var out []string
	for _, n := range notes {
		if n = strings.TrimSpace(n); n != "" {
			if !strings.HasSuffix(n, ".") {
				n += "."
			}
			if strings.Contains(strings.Join(out, " "), n) {
				continue
			}
			out = append(out, n)
		}
	}
	return strings.Join(out, " ")
}

func (m *merger) title() {
	a, e := m.a, m.e
	v, from, line, ok := m.stated("title", m.p.hdr.title, m.p.hdr.titleLine)
	// The estimate stands in for a missing headline: a descriptive file name, else the first
	// sentence.
	est, estFrom, estNote := titleFromName(m.d.key), "file name", "The text has no headline; the title is made from the file name."
	if est == "" || m.d.record > 0 {
		est = a.Paragraphs[0].Sentences[0].Text
		if utf8.RuneCountInString(est) > 120 {
			est = string([]rune(est)[:117]) + "…"
		}
		estFrom, estNote = "first sentence", "The text has no headline; its first sentence stands in."
	}
	switch {
	case ok:
		a.Title, a.Provenance.Title = m.check("headline", "title", e.Title, v, from, line, e.TitleNote)
		a.TitleNote = e.TitleNote
		if a.Provenance.Title.Basis == corpus.BasisCurated {
			a.TitleNote = a.Provenance.Title.Note
		}
		c := m.d.siteCut
		if from != m.d.fields["title"].from {
			c = m.p.hdr.cut
		}
		if c != nil {
			a.TitleNote = joinNotes(a.TitleNote, c.note(from))
			a.Provenance.Title.Note = joinNotes(a.Provenance.Title.Note, c.note(from))
		}
	case e.Title != "" && !(e.Title == est && e.TitleNote == estNote):
		a.Title, a.TitleNote = e.Title, e.TitleNote
		a.Provenance.Title = corpus.Origin{Basis: corpus.BasisCurated, From: m.catalogFrom("title"), Note: e.TitleNote}
	default:
		a.Title, a.TitleNote = est, estNote
		a.Provenance.Title = corpus.Origin{Basis: corpus.BasisEstimated, From: estFrom, Note: estNote}
	}
}

const outletNote = "Estimated from the host name of the article's URL."

func (m *merger) outlet() {
	a, e := m.a, m.e
	v, from, line, ok := m.stated("outlet", "", 0)
	// The URL is settled later; its host is read here from whichever source states it: the host
	// of the page itself when the URL is an archive's or a proxy's, none when it is a machine's
	// address.
	host, hostNote, noHost := outletHost(m.rawURL())
	switch {
	case ok:
		a.Outlet, a.Provenance.Outlet = m.check("outlet", "outlet", e.Outlet, v, from, line, e.OutletNote)
		a.OutletNote = e.OutletNote
		if a.Provenance.Outlet.Basis == corpus.BasisCurated {
			a.OutletNote = a.Provenance.Outlet.Note
		}
	case e.Outlet != "" && !(e.Outlet == host && e.OutletNote == joinNotes(outletNote, hostNote)):
		a.Outlet, a.OutletNote = e.Outlet, e.OutletNote
		a.Provenance.Outlet = corpus.Origin{Basis: corpus.BasisCurated, From: m.catalogFrom("outlet"), Note: e.OutletNote}
	case host != "":
		a.Outlet, a.OutletNote = host, joinNotes(outletNote, hostNote)
		a.Provenance.Outlet = corpus.Origin{Basis: corpus.BasisEstimated, From: "URL host", Note: a.OutletNote}
	default:
		a.OutletNote = e.OutletNote
		if a.OutletNote == "" {
			a.OutletNote = "The file names no outlet."
		}
		a.OutletNote = joinNotes(a.OutletNote, noHost)
		a.Provenance.Outlet = corpus.Origin{Basis: corpus.BasisUnknown, Note: a.OutletNote}
	}
}

func (m *merger) author() {
	a, e := m.a, m.e
	v, from, line, ok := m.stated("author", m.p.hdr.author, m.p.hdr.authorLine)
	switch {
	case ok:
		a.Author, a.Provenance.Author = m.check("byline author", "author", e.Author, v, from, line, e.AuthorNote)
		a.AuthorNote = e.AuthorNote
		if a.Provenance.Author.Basis == corpus.BasisCurated {
			a.AuthorNote = a.Provenance.Author.Note
		}
	case e.Author != "":
		a.Author, a.AuthorNote = e.Author, e.AuthorNote
		a.Provenance.Author = corpus.Origin{Basis: corpus.BasisCurated, From: m.catalogFrom("author"), Note: e.AuthorNote}
	default:
		a.AuthorNote = e.AuthorNote
		if a.AuthorNote == "" {
			a.AuthorNote = "The file names no author."
		}
		a.Provenance.Author = corpus.Origin{Basis: corpus.BasisUnknown, Note: a.AuthorNote}
	}
}

// rawURL is the first safe URL among the stated one and the catalog's, for estimates.
func (m *merger) rawURL() string {
	if v, _, _, ok := m.stated("url", m.p.hdr.url, m.p.hdr.urlLine); ok && safeURL(v) == nil {
		return v
	}
	if safeURL(m.e.URL) == nil {
		return m.e.URL
	}
	return ""
}

func (m *merger) url() {
	a, e := m.a, m.e
	v, from, line, ok := m.stated("url", m.p.hdr.url, m.p.hdr.urlLine)
	if ok {
		if err := safeURL(v); err != nil {
			m.probs.add(m.d.file, line, fmt.Sprintf("URL %q (%s): %v", clip(v), from, err), "URL dropped; article kept")
			ok = false
		}
	}
	cat := e.URL
	refused := ""
	if cat != "" {
		if err := safeURL(cat); err != nil {
			m.probs.add(CatalogFile, e.lineOf("url"), fmt.Sprintf("article %s: URL %q: %v", e.name(), clip(cat), err), "URL dropped; article kept")
			refused = fmt.Sprintf("The catalog's address (%s) was refused: %v.", e.where("url"), err)
			cat = ""
		}
	}
	if v != "" && !ok && refused == "" {
		if err := safeURL(v); err != nil {
			refused = fmt.Sprintf("The file's address (%s) was refused: %v.", from, err)
		}
	}
	proxy := ""
	if ok {
		// A page saved from a web archive or served by a proxy states the service's address;
		// the page's own address is read out of it, and the service's is kept in the note.
		if p, isProxy := unproxy(v); isProxy && p.original != "" {
			proxy = fmt.Sprintf("The file states the address of %s, %s; the address of the page it saved or served is kept.", p.service, v)
			v = p.original
		}
	}
	switch {
	case ok:
		a.URL, a.Provenance.URL = m.check("URL", "url", cat, v, from, line, "")
		if refused != "" || proxy != "" {
			a.Provenance.URL.Note = joinNotes(a.Provenance.URL.Note, proxy, refused)
		}
	case cat != "":
		a.URL = cat
		a.Provenance.URL = corpus.Origin{Basis: corpus.BasisCurated, From: m.catalogFrom("url"), Note: e.URLNote}
	default:
		note := joinNotes(refused, e.URLNote)
		if note == "" {
			note = "The file gives no address."
		}
		a.Provenance.URL = corpus.Origin{Basis: corpus.BasisUnknown, Note: note}
	}
}

func (m *merger) published() {
	a, e, h := m.a, m.e, &m.p.hdr
	// What the file states: a date field, else the header's date line, else the byline's date.
	var stated corpus.Date
	from, line, order := "", 0, ""
	fieldErr, zoneNote := "", ""
	if f, ok := m.d.fields["date"]; ok && f.value != "" {
		d, o, err := parseFieldDateOrder(f.value)
		if err != nil {
			done := "date left unknown"
			if _, ok := m.d.estimates["date"]; ok {
				done = "the date go-htmldate finds elsewhere in the page kept as an estimate"
			}
			m.probs.add(m.d.file, f.line, fmt.Sprintf("date %q (%s): %v", clip(f.value), f.from, err), done)
			fieldErr = fmt.Sprintf("The file's date %q (%s) was refused: %v.", clip(f.value), f.from, err)
		} else {
			stated, from, line, order = d, f.from, f.line, o
			if d.Precision == corpus.PrecisionYear && o != "" {
				m.probs.add(m.d.file, f.line, fmt.Sprintf("date (%s) %s", f.from, o), "year kept as the date")
			}
			if u, ok := utcInstant(f.value); ok {
				// The day of a UTC instant is UTC's; the page may say which day it was where
				// the outlet is.
				clocks := m.d.clocks
				if i := h.dateLine - m.d.firstLine; h.dateLine > 0 && i >= 0 && i < len(m.d.lines) {
					clocks = append(clocks[:len(clocks):len(clocks)], field{value: m.d.lines[i], from: "line " + strconv.Itoa(h.dateLine)})
				}
				if local, note, ok := localDay(u, f.value, clocks); ok {
					stated, zoneNote = local, note
				} else {
					zoneNote = utcDayNote(f.value)
				}
			}
		}
	}
	if line == 0 && h.dateLine > 0 {
		stated, from, line, order = h.date, "line "+strconv.Itoa(h.dateLine), h.dateLine, h.dateOrder
	}
	if h.bylineDate.Precision != corpus.PrecisionUnknown {
		switch {
		case line == 0:
			stated, from, line, order = h.bylineDate, "line "+strconv.Itoa(h.bylineAt), h.bylineAt, h.bylineOrder
		case h.dateLine > 0 && stated != h.bylineDate:
			m.probs.add(m.d.file, h.bylineAt, fmt.Sprintf("byline date %s disagrees with the date %s (%s)", h.bylineDate.ISO(), stated.ISO(), from), "the first date kept")
		}
	}
	cat, err := e.pubDate()
	if err != nil { // checked when the catalog was read; an entry built in code lands here
		m.probs.add(CatalogFile, e.lineOf("date"), err.Error(), "catalog date not used")
		cat = corpus.PubDate{}
	}
	hasCat := cat.Date.Precision != corpus.PrecisionUnknown
	statedNote := func() string {
		if cat.Note != "" && cat.Basis == corpus.BasisStated {
			return cat.Note
		}
		where := "file"
		if strings.HasPrefix(from, "line ") {
			where = "text"
		}
		if order != "" {
			return joinNotes(fmt.Sprintf("Stated in the %s (%s): %s.", where, from, order), zoneNote)
		}
		return joinNotes(fmt.Sprintf("Stated in the %s (%s).", where, from), zoneNote)
	}
	switch {
	case line > 0 && (!hasCat || cat.Date == stated):
		a.Published = corpus.PubDate{Date: stated, Basis: corpus.BasisStated, Note: statedNote()}
		o := corpus.Origin{Basis: corpus.BasisStated, From: from}
		if hasCat {
			o.From += ", as in " + e.where("date")
		}
		a.Provenance.Published = o
	case line > 0 && cat.Basis == corpus.BasisStated:
		m.probs.add(m.d.file, line, fmt.Sprintf("stated date %s (%s) disagrees with catalog date %s (%s), which the catalog says the text states", stated.ISO(), from, cat.Date.ISO(), e.where("date")), "the date the text states kept")
		note := joinNotes(statedNote(), fmt.Sprintf("The catalog gives %s (%s), which disagrees; the date the text states is kept.", cat.Date.ISO(), e.where("date")))
		a.Published = corpus.PubDate{Date: stated, Basis: corpus.BasisStated, Note: note}
		a.Provenance.Published = corpus.Origin{Basis: corpus.BasisStated, From: from}
	case line > 0:
		m.probs.add(m.d.file, line, fmt.Sprintf("stated date %s (%s) disagrees with catalog date %s (%s)", stated.ISO(), from, cat.Date.ISO(), e.where("date")), "catalog date kept")
		a.Published = cat
		a.Published.Note = joinNotes(cat.Note, fmt.Sprintf("The %s states %s (%s), which disagrees; the catalog's date is kept.", map[bool]string{true: "text", false: "file"}[strings.HasPrefix(from, "line ")], stated.ISO(), from))
		a.Provenance.Published = corpus.Origin{Basis: cat.Basis, From: e.where("date"), Note: a.Published.Note}
	case hasCat && cat.Basis == corpus.BasisStated:
		m.probs.add(CatalogFile, e.lineOf("basis"), fmt.Sprintf("article %s: basis stated, but %s states no date", e.name(), m.d.key), "date kept as curated")
		cat.Basis = corpus.BasisCurated
		if cat.Note == "" {
			cat.Note = "From the catalog; the text states no date."
		}
		a.Published = cat
		a.Provenance.Published = corpus.Origin{Basis: cat.Basis, From: e.where("date"), Note: cat.Note}
	case hasCat:
		a.Published = cat
		a.Provenance.Published = corpus.Origin{Basis: cat.Basis, From: e.where("date"), Note: cat.Note}
	default:
		if f, ok := m.d.estimates["date"]; ok {
			if d, err := parseFieldDate(f.value); err == nil {
				note := "Estimated by go-htmldate from the page's markup or address; no field of the page names it as the publication date."
				if fieldErr != "" {
					note = joinNotes(fieldErr, "Estimated by go-htmldate from the rest of the page's markup or address.")
				}
				a.Published = corpus.PubDate{Date: d, Basis: corpus.BasisEstimated, Note: note}
				a.Provenance.Published = corpus.Origin{Basis: corpus.BasisEstimated, From: f.from, Note: note}
				return
			}
		}
		if d, ok := dateFromURL(pageURL(m.rawURL())); ok {
			note := "Estimated from the date in the article's URL path."
			a.Published = corpus.PubDate{Date: d, Basis: corpus.BasisEstimated, Note: note}
			a.Provenance.Published = corpus.Origin{Basis: corpus.BasisEstimated, From: "URL path", Note: note}
			return
		}
		note := cat.Note
		switch {
		case e.dateRefused != "":
			note = joinNotes(e.dateRefused, fieldErr)
		case fieldErr != "":
			note = fieldErr
		case note == "":
			note = "The file states no date."
		}
		a.Published = corpus.PubDate{Note: note}
		a.Provenance.Published = corpus.Origin{Basis: corpus.BasisUnknown, Note: note}
	}
}

func (m *merger) section() {
	a, e := m.a, m.e
	if f, ok := m.d.fields["section"]; ok && f.value != "" {
		if first, n := firstSection(f.value); first != "" {
			a.Section = first
			a.Provenance.Section = corpus.Origin{Basis: corpus.BasisStated, From: f.from}
			if n > 1 {
				a.Provenance.Section.Note = fmt.Sprintf("The file states %d sections, %q (%s); the first is kept.", n, clip(f.value), f.from)
			}
		}
	}
	switch {
	case e.Section != "" && a.Section == e.Section:
		a.Provenance.Section.From += ", as in " + e.where("section")
	case e.Section != "" && a.Section == "" && e.Section == m.d.section:
		a.Section = m.d.section
		a.Provenance.Section = corpus.Origin{Basis: corpus.BasisEstimated, From: "folder name", Note: "Taken from the name of the folder the file is in."}
	case e.Section != "":
		a.Section = e.Section
		a.Provenance.Section = corpus.Origin{Basis: corpus.BasisCurated, From: e.where("section"), Note: e.SectionNote}
	case a.Section == "" && m.d.section != "":
		a.Section = m.d.section
		a.Provenance.Section = corpus.Origin{Basis: corpus.BasisEstimated, From: "folder name", Note: "Taken from the name of the folder the file is in."}
	case a.Section == "":
		a.Provenance.Section = corpus.Origin{Basis: corpus.BasisUnknown, Note: "The file is at the top of the folder."}
	}
}

// firstSection is the first of the sections a file states, and how many different ones it
// states: a page lists its categories ("Aktuell,FinTech", articleSection ["Politik", "Inland"]),
// separated by commas (ASCII, full-width, Arabic or ideographic), and an article is in one
// section, as a folder puts it, so that a section menu lists sections, not lists of them. Each
// is trimmed; a list with nothing in it gives "".
func firstSection(v string) (first string, n int) {
	seen := map[string]bool{}
	for _, s := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == '，' || r == '،' || r == '、' }) {
		if s = strings.TrimSpace(s); s != "" && !seen[s] {
			if first == "" {
				first = s
			}
			seen[s] = true
		}
	}
	return first, len(seen)
}

// safeURL accepts only a well-formed absolute http or https URL with a host, of at most MaxURL
// bytes, free of spaces, quotes, angle brackets, backslashes and control characters: such a value
// can be written into any attribute without ending it, and never runs script when followed.
func safeURL(s string) error {
	switch {
	case s == "":
		return fmt.Errorf("empty")
	case len(s) > MaxURL:
		return fmt.Errorf("longer than %d bytes", MaxURL)
	case strings.ContainsFunc(s, func(r rune) bool {
		return r <= ' ' || r == 0x7F || r == '"' || r == '\'' || r == '<' || r == '>' || r == '\\' || r == '`' || unicode.IsSpace(r) || unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r)
	}):
		return fmt.Errorf("holds a space, quote, angle bracket, backslash or control character")
	}
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("malformed: %v", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		if u.Scheme == "" {
			return fmt.Errorf("not absolute: want an http or https address")
		}
		return fmt.Errorf("scheme %q refused: want http or https", u.Scheme)
	}
	if u.Host == "" || u.Opaque != "" || u.User != nil {
		return fmt.Errorf("want http(s)://host/path without user info")
	}
	return nil
}

// clip shortens a value quoted in a message.
func clip(s string) string {
	if len(s) <= 100 {
		return s
	}
	i := 97
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "..."
}

// pageURL is the address of the page itself: u, or the page's address inside an archive's or a
// proxy's address u when it holds one.
func pageURL(u string) string {
	if p, ok := unproxy(u); ok && p.original != "" {
		return p.original
	}
	return u
}

func hostOf(u string) string {
	if u == "" {
		return ""
	}
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(p.Hostname(), "www.")
}

// titleFromName makes a title from a descriptive file name ("amazon-tiktok-deal.txt" →
// "amazon tiktok deal"); names without two letters in a row ("001.txt") give none.
func titleFromName(key string) string {
	base := path.Base(key)
	base = strings.TrimSuffix(base, path.Ext(base))
	t := strings.Join(strings.FieldsFunc(base, func(r rune) bool { return r == '-' || r == '_' || r == '.' || unicode.IsSpace(r) }), " ")
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 3 {
		return ""
	}
	return t
}

// accentFolders hold transformer chains that take accents off: a chain keeps state between calls
// and is not safe for concurrent use, and articles are built in parallel (Folder), so each call
// of foldAccents takes one of its own.
var accentFolders = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// foldAccents takes the accents off s ("Café" → "Cafe", "Fähre" → "Fahre"); a letter that is
// not a base letter with accents stays ("Ł", "ø"). It is safe for concurrent use.
func foldAccents(s string) string {
	t := accentFolders.Get().(transform.Transformer)
	defer accentFolders.Put(t)
	f, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return f
}

// idBase is what an article's ID is made from: the slug of its title when most of the title's
// letters are Latin, so that the slug stands for the title. A title in another script (Cyrillic,
// Arabic, CJK…) keeps only its few Latin letters or digits in a slug ("30" for an Arabic headline
// on 30 cases, "article" for none), and such IDs would be told apart by -2, -3… in path order, so
// that one more file in the folder renumbers them and shared links open another article. Its ID
// is the slug of the URL's last path segment instead, when that is Latin words that name the
// article, else of the file name: both belong to the article alone. A segment that names a kind
// of page ("index.html", "story.php?id=5", "amp", a bare number: see genericName) belongs to
// every article of its site and is passed over. So is a generic file name ("index.html" saved in
// a folder per article): the file's whole path is taken then ("2020/harbour/index.html" →
// "2020-harbour-index"), which no other file has.
func idBase(title, rawURL, file string) string {
	if letters, latin := latinLetters(title); 2*latin >= letters {
		return Slug(title)
	}
	if p, err := url.Parse(rawURL); err == nil && rawURL != "" {
		seg := path.Base(strings.TrimRight(p.Path, "/"))
		seg = strings.TrimSuffix(seg, path.Ext(seg))
		if letters, latin := latinLetters(seg); letters >= 3 && 2*latin >= letters && !genericName(seg, true) {
			return Slug(seg)
		}
	}
	name := strings.TrimSuffix(file, path.Ext(file))
	if base := path.Base(name); !genericName(base, false) {
		return Slug(base)
	}
	return Slug(name)
}

// genericPageNames are the words of URL segments and file names that name a kind of page or a
// site's section, not one article: "index.html", "default.aspx", "story.php", ".../amp".
var genericPageNames = map[string]bool{
	"index": true, "default": true, "home": true, "main": true, "page": true, "pages": true,
	"story": true, "stories": true, "article": true, "articles": true, "post": true, "posts": true,
	"news": true, "item": true, "entry": true, "content": true, "detail": true, "details": true,
	"view": true, "show": true, "read": true, "print": true, "amp": true, "full": true,
	"fullstory": true, "text": true, "html": true, "htm": true, "php": true, "aspx": true,
	"asp": true, "jsp": true, "cms": true, "display": true, "node": true, "id": true,
}

// genericName reports whether a URL segment or file name (without its extension) names a kind of
// page rather than one article: it has no letters, or every word of it with letters is in
// genericPageNames ("index", "story", "amp", "article-5", "12345"). A URL segment must also have
// two words at least: a single word ("harbour", "brexit") names a section or a topic as often
// as an article.
func genericName(s string, urlSegment bool) bool {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if urlSegment && len(words) < 2 {
		return true
	}
	for _, w := range words {
		if strings.ContainsFunc(w, unicode.IsLetter) && !genericPageNames[w] {
			return false
		}
	}
	return true
}

// latinLetters counts the letters of s and those of them that are Latin, folding to a-z ("Café"
// has four of four, "Подольски" none of nine).
func latinLetters(s string) (letters, latin int) {
	for _, r := range strings.ToLower(foldAccents(s)) {
		if unicode.IsLetter(r) {
			letters++
			if r >= 'a' && r <= 'z' {
				latin++
			}
		}
	}
	return letters, latin
}

// Slug makes an article ID from a title: accents folded, lower-case ASCII letters and digits,
// words joined by dashes, at most 60 bytes cut at a word boundary; "article" when nothing is left.
// The result satisfies corpus.ValidID.
func Slug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(foldAccents(title)) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		case r == '\'' || r == '’':
			// "Didn't" → "didnt", not "didn-t".
		default:
			dash = true
		}
	}
	out := b.String()
	if len(out) > 60 {
		out = out[:60]
		if i := strings.LastIndexByte(out, '-'); i > 20 {
			out = out[:i]
		}
		out = strings.TrimRight(out, "-")
	}
	if out == "" {
		return "article"
	}
	return out
}
