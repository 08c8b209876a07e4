package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"parallax/corpus"
)

// CatalogFile is the name of the catalog inside the corpus folder; it prefixes catalog messages.
const CatalogFile = "catalog.json"

// Entry is one article's curated metadata in the catalog. File is the path of the article's file
// below the articles folder (slash-separated); Record picks one record (1-based) of an export
// file. ID, when given, overrides the slug of the title.
type Entry struct {
	ID         string `json:"id,omitempty"`
	File       string `json:"file"`
	Record     int    `json:"record,omitempty"`
	Section    string `json:"section,omitempty"`
	Title      string `json:"title,omitempty"`
	TitleNote  string `json:"title_note,omitempty"`
	Outlet     string `json:"outlet,omitempty"`
	OutletNote string `json:"outlet_note,omitempty"`
	Author     string `json:"author,omitempty"`
	AuthorNote string `json:"author_note,omitempty"`
	URL        string `json:"url,omitempty"`
	// URLNote and SectionNote say where the address and the section come from; the article's
	// provenance shows them.
	URLNote     string    `json:"url_note,omitempty"`
	SectionNote string    `json:"section_note,omitempty"`
	Published   Published `json:"published"`
	// Language is the BCP 47 tag of the article's language ("de", "fa-IR"); Lang is another name
	// for it. LanguageNote says where it comes from.
	Language     string `json:"language,omitempty"`
	Lang         string `json:"lang,omitempty"`
	LanguageNote string `json:"language_note,omitempty"`

	// Line is where the entry starts in the catalog (1-based), 0 when it was built in code; error
	// messages point there.
	Line int `json:"-"`
	// lines holds the line of each field name, for messages that point at the field itself.
	lines map[string]int
	// dateRefused says why the entry's date was not used ("" when it was, or none was given), so
	// that the article's provenance says so instead of "no date".
	dateRefused string
	// languageRefused says why the entry's language was not used, likewise.
	languageRefused string
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
	if l := e.lineOf(field); l > 0 {
		return CatalogFile + ":" + strconv.Itoa(l)
	}
	return CatalogFile
}

// lineOf is the line of a field of the entry, else of the entry, else 0.
func (e *Entry) lineOf(field string) int {
	if l := e.lines[field]; l > 0 {
		return l
	}
	return e.Line
}

// name is how messages call the entry: by its ID, else by its file.
func (e *Entry) name() string {
	if e.ID != "" {
		return strconv.Quote(e.ID)
	}
	return strconv.Quote(e.File)
}

// ParseCatalog decodes a catalog: a JSON array of entries. Entries are checked one by one (valid
// and unique IDs, a file name, a parseable date whose basis fits it) and the first problem is
// returned as an error naming the line. Folder reads catalogs forgivingly instead: it reports
// each bad entry and goes on without it.
func ParseCatalog(data []byte) ([]Entry, error) {
	entries, probs, err := parseCatalog(data)
	if err != nil {
		return nil, err
	}
	if len(probs) > 0 {
		return nil, probs[0]
	}
	return entries, nil
}

// parseCatalog returns the usable entries and a problem for each unusable one; the error is for a
// catalog that cannot be read at all (not UTF-8, not JSON, not an array).
func parseCatalog(data []byte) ([]Entry, problems, error) {
	// A byte order mark is encoding, not JSON; editors on Windows add one.
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		line, col := lineCol(data, off+1)
		return nil, nil, fmt.Errorf("%s:%d:%d: invalid UTF-8 (byte 0x%02X): save the catalog as UTF-8", CatalogFile, line, col, data[off])
	}
	// Old Mac line endings (a lone CR) end lines too; turning them into LF keeps every offset.
	if bytes.IndexByte(data, '\r') >= 0 {
		data = bytes.Clone(data)
		for i, b := range data {
			if b == '\r' && (i+1 == len(data) || data[i+1] != '\n') {
				data[i] = '\n'
			}
		}
	}
	// A first pass over the whole document reports syntax errors at their absolute offset; the
	// streaming decoder below counts offsets from where each value starts.
	if err := json.Unmarshal(data, new(json.RawMessage)); err != nil {
		return nil, nil, jsonError(data, err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return nil, nil, jsonError(data, err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return nil, nil, fmt.Errorf("%s:1: want a JSON array of article entries", CatalogFile)
	}
	var (
		entries []Entry
		probs   problems
	)
	firstLine := make(map[string]int)
	firstFile := make(map[string]int)
	line, lineOff := 1, 0
	for dec.More() {
		start := skipSpace(data, int(dec.InputOffset()))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, nil, jsonError(data, err)
		}
		// Lines are counted on from the previous entry, so a big catalog is read in linear time.
		line += bytes.Count(data[lineOff:start], []byte("\n"))
		lineOff = start
		e := Entry{Line: line, lines: fieldLines(data, start, len(raw), line)}
		switch raw[0] {
		case '{':
		case 'n':
			probs.add(CatalogFile, line, `entry is null: want an object such as {"file": "a.txt"}`, "entry skipped")
			continue
		default:
			probs.add(CatalogFile, line, fmt.Sprintf("entry is %s: want an object such as {\"file\": \"a.txt\"}", jsonKind(raw[0])), "entry skipped")
			continue
		}
		ed := json.NewDecoder(bytes.NewReader(raw))
		ed.DisallowUnknownFields()
		if err := ed.Decode(&e); err != nil {
			probs = append(probs, e.decodeProblem(err))
			continue
		}
		for _, f := range []*string{&e.Title, &e.TitleNote, &e.Outlet, &e.OutletNote, &e.Author, &e.AuthorNote, &e.Section, &e.URL, &e.URLNote, &e.SectionNote, &e.Published.Note, &e.Language, &e.Lang, &e.LanguageNote} {
			*f, _ = clean(*f)
		}
		if p := e.refuseBadDate(); p != nil {
			probs = append(probs, *p)
		}
		if p := e.refuseBadLanguage(); p != nil {
			probs = append(probs, *p)
		}
		if err := e.check(); err != nil {
			probs = append(probs, *err)
			continue
		}
		if e.ID != "" {
			if l, dup := firstLine[e.ID]; dup {
				probs.add(CatalogFile, e.lineOf("id"), fmt.Sprintf("duplicate article ID %q (first at line %d)", e.ID, l), "entry skipped")
				continue
			}
			firstLine[e.ID] = e.Line
		}
		key := e.File + "#" + strconv.Itoa(e.Record)
		if l, dup := firstFile[key]; dup {
			probs.add(CatalogFile, e.lineOf("file"), fmt.Sprintf("article %s: file %s is already named by the entry at line %d", e.name(), e.File, l), "entry skipped")
			continue
		}
		firstFile[key] = e.Line
		entries = append(entries, e)
	}
	if _, err := dec.Token(); err != nil {
		return nil, nil, jsonError(data, err)
	}
	if len(entries) == 0 && len(probs) == 0 {
		probs.add(CatalogFile, 1, "the catalog lists no articles", "articles read from their own text")
	}
	return entries, probs, nil
}

func jsonKind(b byte) string {
	switch b {
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	}
	return "a number"
}

// decodeProblem points a decoding error at the field it is about.
func (e *Entry) decodeProblem(err error) Problem {
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		name := typ.Field
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			name = name[i+1:]
		}
		return Problem{File: CatalogFile, Line: e.lineOf(name), What: fmt.Sprintf("entry: field %q: want %s, got %s", typ.Field, typ.Type, typ.Value), Done: "entry skipped"}
	}
	msg := err.Error()
	if f, ok := strings.CutPrefix(msg, `json: unknown field "`); ok {
		f = strings.TrimSuffix(f, `"`)
		return Problem{File: CatalogFile, Line: e.lineOf(f), What: fmt.Sprintf("entry: unknown field %q (the fields are %s)", f, catalogFields()), Done: "entry skipped"}
	}
	return Problem{File: CatalogFile, Line: e.Line, What: "entry: " + msg, Done: "entry skipped"}
}

// check validates what an entry says on its own, before its article is read.
func (e *Entry) check() *Problem {
	bad := func(field, format string, args ...any) *Problem {
		return &Problem{File: CatalogFile, Line: e.lineOf(field), What: fmt.Sprintf(format, args...), Done: "entry skipped"}
	}
	if e.ID != "" && !corpus.ValidID(e.ID) {
		return bad("id", "invalid article ID %q: want lower-case words joined by dashes", e.ID)
	}
	if e.File == "" {
		return bad("file", "article %s: no file: want the path of its file below the articles folder", e.name())
	}
	if strings.Contains(e.File, "\\") || path.IsAbs(e.File) || !fs.ValidPath(e.File) || e.File == "." {
		return bad("file", "article %s: file %q: want a path inside the articles folder", e.name(), e.File)
	}
	if e.Record < 0 {
		return bad("record", "article %s: record %d: want 1 or more", e.name(), e.Record)
	}
	for _, f := range []struct{ name, v string }{{"title", e.Title}, {"outlet", e.Outlet}, {"author", e.Author}, {"section", e.Section}} {
		if n := utf8.RuneCountInString(f.v); n > MaxTitle {
			return bad(f.name, "article %s: %s is %d characters long; the limit is %d", e.name(), f.name, n, MaxTitle)
		}
	}
	if _, err := e.pubDate(); err != nil {
		return err
	}
	return nil
}

// refuseBadDate drops a date that is not a date ("yesterday") or names no real day
// ("2025-13-40"), with its basis, keeping the rest of the entry: one bad field does not cost the
// article its other curated metadata. The reason is kept for the article's provenance.
func (e *Entry) refuseBadDate() *Problem {
	v := e.Published.Date
	if v == "" {
		return nil
	}
	var why string
	if !catalogDate.MatchString(v) {
		why = "want YYYY, YYYY-MM or YYYY-MM-DD"
	} else if _, err := parseFieldDate(v); err != nil {
		why = err.Error()
	} else {
		return nil
	}
	e.dateRefused = fmt.Sprintf("The catalog's date %q (%s) was refused: %s.", clip(v), e.where("date"), why)
	e.Published = Published{}
	return &Problem{File: CatalogFile, Line: e.lineOf("date"), What: fmt.Sprintf("article %s: date %q: %s", e.name(), clip(v), why), Done: "catalog date not used; the rest of the entry kept"}
}

// refuseBadLanguage settles the entry's language: Language, else Lang, canonicalised ("fa_ir" →
// "fa-IR"). One that is not a well-formed tag of a known language is dropped, keeping the rest of
// the entry, and the reason is kept for the article's provenance.
func (e *Entry) refuseBadLanguage() *Problem {
	field, v := "language", strings.TrimSpace(e.Language)
	if v == "" {
		field, v = "lang", strings.TrimSpace(e.Lang)
	}
	e.Language, e.Lang = "", ""
	if v == "" {
		return nil
	}
	tag, err := canonicalLanguage(v)
	if err != nil {
		e.languageRefused = fmt.Sprintf("The catalog's language %q (%s) was refused: %v.", clip(v), e.where(field), err)
		return &Problem{File: CatalogFile, Line: e.lineOf(field), What: fmt.Sprintf("article %s: language %q: %v", e.name(), clip(v), err), Done: "catalog language not used; the rest of the entry kept"}
	}
	e.Language = tag
	if field == "lang" {
		// Messages and provenance name the field the catalog used.
		if e.lines == nil {
			e.lines = map[string]int{}
		}
		if _, ok := e.lines["language"]; !ok {
			e.lines["language"] = e.lineOf("lang")
		}
	}
	return nil
}

// pubDate converts the catalog's publication date into the model's form.
func (e *Entry) pubDate() (corpus.PubDate, *Problem) {
	bad := func(field, format string, args ...any) *Problem {
		return &Problem{File: CatalogFile, Line: e.lineOf(field), What: fmt.Sprintf(format, args...), Done: "entry skipped"}
	}
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
		return p, bad("basis", "article %s: publication basis %q: want stated, curated, estimated or unknown", e.name(), e.Published.Basis)
	}
	if e.Published.Date != "" {
		if !catalogDate.MatchString(e.Published.Date) {
			return p, bad("date", "article %s: date %q: want YYYY, YYYY-MM or YYYY-MM-DD", e.name(), e.Published.Date)
		}
		d, err := parseFieldDate(e.Published.Date)
		if err != nil {
			return p, bad("date", "article %s: date %q: %v", e.name(), e.Published.Date, err)
		}
		p.Date = d
	}
	switch {
	case p.Basis == corpus.BasisUnknown && e.Published.Date != "":
		return p, bad("date", "article %s: date %q with basis unknown: give its basis or drop the date", e.name(), e.Published.Date)
	case (p.Basis == corpus.BasisCurated || p.Basis == corpus.BasisEstimated) && e.Published.Date == "":
		return p, bad("basis", "article %s: basis %s without a date", e.name(), e.Published.Basis)
	case (p.Basis == corpus.BasisCurated || p.Basis == corpus.BasisEstimated) && p.Note == "":
		return p, bad("basis", "article %s: a %s date needs a note that gives its source or reason", e.name(), e.Published.Basis)
	}
	return p, nil
}

var catalogDate = regexp.MustCompile(`^\d{4}(?:-\d{2}(?:-\d{2})?)?$`)

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

// catalogFields lists the field names an entry accepts, for the message about an unknown one.
func catalogFields() string {
	var names []string
	t := reflect.TypeFor[Entry]()
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			names = append(names, name)
		}
	}
	pt := reflect.TypeFor[Published]()
	for i := range pt.NumField() {
		name, _, _ := strings.Cut(pt.Field(i).Tag.Get("json"), ",")
		names = append(names, "published."+name)
	}
	return strings.Join(names, ", ")
}
