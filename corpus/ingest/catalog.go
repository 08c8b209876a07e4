package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"parallax/corpus"
)

// CatalogFile is the name of the catalog inside the corpus folder; it prefixes catalog messages.
const CatalogFile = "catalog.json"

// Entry is one article's curated metadata in the catalog.
type Entry struct {
	ID         string    `json:"id"`
	File       string    `json:"file"`
	Title      string    `json:"title,omitempty"`
	TitleNote  string    `json:"title_note,omitempty"`
	Outlet     string    `json:"outlet,omitempty"`
	OutletNote string    `json:"outlet_note,omitempty"`
	Author     string    `json:"author,omitempty"`
	AuthorNote string    `json:"author_note,omitempty"`
	URL        string    `json:"url,omitempty"`
	Published  Published `json:"published"`

	// Line is where the entry starts in the catalog (1-based), 0 when it was built in code; error
	// messages point there.
	Line int `json:"-"`
	// lines holds the line of each field name, for messages that point at the field itself.
	lines map[string]int
}

// Published is a catalog publication date: Date is "YYYY", "YYYY-MM" or "YYYY-MM-DD" (empty when
// unknown) and Basis one of stated, curated, estimated or unknown.
type Published struct {
	Date  string `json:"date,omitempty"`
	Basis string `json:"basis,omitempty"`
	Note  string `json:"note,omitempty"`
}

// where names the catalog position of the entry, or of one of its fields when known.
func (e *Entry) where(field string) string {
	if l := e.lines[field]; l > 0 {
		return CatalogFile + ":" + strconv.Itoa(l)
	}
	if e.Line > 0 {
		return CatalogFile + ":" + strconv.Itoa(e.Line)
	}
	return CatalogFile
}

// ParseCatalog decodes a catalog: a JSON array of entries. Entries are checked one by one (valid
// and unique IDs, a file name, a parseable date whose basis fits it) and errors name the line.
func ParseCatalog(data []byte) ([]Entry, error) {
	// A first pass over the whole document reports syntax errors at their absolute offset; the
	// streaming decoder below counts offsets from where each value starts.
	if err := json.Unmarshal(data, new(json.RawMessage)); err != nil {
		return nil, jsonError(data, err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return nil, jsonError(data, err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return nil, fmt.Errorf("%s:1: want a JSON array of article entries", CatalogFile)
	}
	var entries []Entry
	firstLine := make(map[string]int)
	line, lineOff := 1, 0
	for dec.More() {
		start := skipSpace(data, int(dec.InputOffset()))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, jsonError(data, err)
		}
		// Lines are counted on from the previous entry, so a big catalog is read in linear time.
		line += bytes.Count(data[lineOff:start], []byte("\n"))
		lineOff = start
		e := Entry{Line: line, lines: fieldLines(data, start, len(raw), line)}
		ed := json.NewDecoder(bytes.NewReader(raw))
		ed.DisallowUnknownFields()
		if err := ed.Decode(&e); err != nil {
			return nil, fmt.Errorf("%s: entry: %w", e.where(""), err)
		}
		if err := e.check(); err != nil {
			return nil, err
		}
		if l, dup := firstLine[e.ID]; dup {
			return nil, fmt.Errorf("%s: duplicate article ID %q (first at line %d)", e.where("id"), e.ID, l)
		}
		firstLine[e.ID] = e.Line
		entries = append(entries, e)
	}
	if _, err := dec.Token(); err != nil {
		return nil, jsonError(data, err)
	}
	return entries, nil
}

// check validates what an entry says on its own, before its article is read.
func (e *Entry) check() error {
	if !corpus.ValidID(e.ID) {
		return fmt.Errorf("%s: invalid article ID %q: want lower-case words joined by dashes", e.where("id"), e.ID)
	}
	if e.File == "" || strings.ContainsAny(e.File, `/\`) || e.File == "." || e.File == ".." {
		return fmt.Errorf("%s: article %q: file %q: want a file name inside articles/", e.where("file"), e.ID, e.File)
	}
	if _, err := e.pubDate(); err != nil {
		return err
	}
	return nil
}

// pubDate converts the catalog's publication date into the model's form.
func (e *Entry) pubDate() (corpus.PubDate, error) {
	p := corpus.PubDate{Note: e.Published.Note}
	switch e.Published.Basis {
	case "stated":
		p.Basis = corpus.BasisStated
	case "curated":
		p.Basis = corpus.BasisCurated
	case "estimated":
		p.Basis = corpus.BasisEstimated
	case "unknown", "":
		p.Basis = corpus.BasisUnknown
	default:
		return p, fmt.Errorf("%s: article %q: publication basis %q: want stated, curated, estimated or unknown", e.where("basis"), e.ID, e.Published.Basis)
	}
	if e.Published.Date != "" {
		d, err := corpus.ParseDate(e.Published.Date)
		if err != nil {
			return p, fmt.Errorf("%s: article %q: unparseable date %q: want YYYY, YYYY-MM or YYYY-MM-DD", e.where("date"), e.ID, e.Published.Date)
		}
		p.Date = d
	}
	switch {
	case p.Basis == corpus.BasisUnknown && e.Published.Date != "":
		return p, fmt.Errorf("%s: article %q: date %q with basis unknown: give its basis or drop the date", e.where("date"), e.ID, e.Published.Date)
	case (p.Basis == corpus.BasisCurated || p.Basis == corpus.BasisEstimated) && e.Published.Date == "":
		return p, fmt.Errorf("%s: article %q: basis %s without a date", e.where("basis"), e.ID, e.Published.Basis)
	case (p.Basis == corpus.BasisCurated || p.Basis == corpus.BasisEstimated) && p.Note == "":
		return p, fmt.Errorf("%s: article %q: a %s date needs a note that gives its source or reason", e.where("basis"), e.ID, e.Published.Basis)
	}
	return p, nil
}

// jsonError turns a syntax error into "catalog.json:line:col: …" so that a typo is found fast.
func jsonError(data []byte, err error) error {
	var syn *json.SyntaxError
	if !errors.As(err, &syn) {
		return fmt.Errorf("%s: %w", CatalogFile, err)
	}
	line, col := lineCol(data, int(syn.Offset))
	if int(syn.Offset) >= len(data) {
		col++ // the end of input: point just past the last byte, where more was expected
	}
	return fmt.Errorf("%s:%d:%d: %w", CatalogFile, line, col, err)
}

// lineCol gives the 1-based line and column (in bytes) of offset off; json's offsets point just
// past the bad byte, so the column names the byte itself.
func lineCol(data []byte, off int) (int, int) {
	off = min(max(off, 0), len(data))
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := off - bytes.LastIndexByte(data[:off], '\n') - 1
	return line, max(col, 1)
}

func skipSpace(data []byte, off int) int {
	for off < len(data) && (data[off] == ' ' || data[off] == '\n' || data[off] == '\r' || data[off] == '\t' || data[off] == ',') {
		off++
	}
	return off
}

// fieldLines finds the line of each field name in the entry at data[start:start+n], which starts
// on the given line. A field name is a quoted key followed by a colon; a quote inside a string
// value is escaped and never matches.
func fieldLines(data []byte, start, n, line int) map[string]int {
	end := min(start+n, len(data))
	lines := make(map[string]int)
	for i := start; i < end; i++ {
		switch data[i] {
		case '\n':
			line++
		case '"':
			j := i + 1
			for j < end && data[j] != '"' {
				if data[j] == '\\' {
					j++
				}
				j++
			}
			k := j + 1
			for k < end && (data[k] == ' ' || data[k] == '\t') {
				k++
			}
			if k < end && data[k] == ':' && j <= end {
				key := string(data[i+1 : min(j, end)])
				if _, seen := lines[key]; !seen {
					lines[key] = line
				}
			}
			// Strings in a valid entry hold no raw newline, so the line count stays right.
			i = j
		}
	}
	return lines
}
