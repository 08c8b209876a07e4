package ingest

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// fieldNames maps the field names news tools use in exports and front matter to Parallax's.
var fieldNames = map[string]string{
	"title": "title", "headline": "title",
	"url": "url", "link": "url", "canonical_url": "url", "canonical": "url",
	"published": "date", "date": "date", "publish_date": "date", "published_at": "date", "publication_date": "date", "pubdate": "date", "date_published": "date", "datepublished": "date", "publishedat": "date",
	"outlet": "outlet", "source": "outlet", "media_name": "outlet", "publisher": "outlet", "site_name": "outlet", "sitename": "outlet", "media": "outlet",
	"author": "author", "authors": "author", "byline": "author", "creator": "author",
	"text": "text", "content": "text", "body": "text", "article": "text", "full_text": "text", "maintext": "text", "story_text": "text",
	"section": "section", "category": "section",
	"language": "language", "lang": "language", "inlanguage": "language",
}

// frontFieldNames adds the fields only front matter may set: an ID chosen by the writer.
var frontFieldNames = map[string]string{"id": "id", "slug": "id"}

// readMarkdown reads a Markdown file: YAML front matter between "---" lines gives metadata, the
// rest is the text, with heading marks, emphasis and link syntax taken off line by line so that
// line numbers stay those of the file.
func readMarkdown(d doc, text string, probs *problems) *doc {
	lines := splitLines(text)
	d.firstLine = 1
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "---" {
		end := -1
		for i := 1; i < len(lines); i++ {
			if t := strings.TrimSpace(lines[i]); t == "---" || t == "..." {
				end = i
				break
			}
		}
		if end < 0 {
			probs.add(d.file, 1, "front matter opened with --- is never closed", "read as text")
		} else {
			d.fields = frontMatter(d.file, strings.Join(lines[1:end], "\n"), 2, probs)
			lines = lines[end+1:]
			d.firstLine = end + 2
		}
	}
	for i, ln := range lines {
		lines[i] = plainMarkdown(ln)
	}
	d.lines = lines
	return &d
}

var (
	mdImage = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink  = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	// mdEmphasis is *a*, **a**, _a_ or __a__ at word boundaries: snake_case and 2*3*4 stay.
	mdEmphasis = regexp.MustCompile(`(^|[^\p{L}\p{N}*_])(\*\*|__|\*|_)(\S(?:.*?\S)?)(\*\*|__|\*|_)($|[^\p{L}\p{N}*_])`)
	mdHeading  = regexp.MustCompile(`^\s{0,3}#{1,6}\s+`)
)

// plainMarkdown turns one line of Markdown into plain text.
func plainMarkdown(ln string) string {
	ln = mdHeading.ReplaceAllString(ln, "")
	ln = strings.TrimRight(ln, "# ")
	if strings.HasPrefix(strings.TrimSpace(ln), "> ") {
		ln = strings.TrimPrefix(strings.TrimSpace(ln), "> ")
	}
	ln = mdImage.ReplaceAllString(ln, "$1")
	ln = mdLink.ReplaceAllString(ln, "$1")
	// Each match takes the boundary character after it, which the next may need: repeat.
	for i := 0; i < 4 && strings.ContainsAny(ln, "*_"); i++ {
		before := ln
		ln = mdEmphasis.ReplaceAllStringFunc(ln, func(s string) string {
			m := mdEmphasis.FindStringSubmatch(s)
			if m[2] != m[4] {
				return s
			}
			return m[1] + m[3] + m[5]
		})
		if ln == before {
			break
		}
	}
	if t := strings.TrimSpace(ln); t == "---" || t == "***" || t == "___" {
		return ""
	}
	return ln
}

// frontMatter decodes YAML front matter whose first line is line first of the file.
func frontMatter(file, src string, first int, probs *problems) map[string]field {
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(src), &root); err != nil {
		line, msg := first, err.Error()
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			n, _ := strconv.Atoi(m[1])
			line = first + n - 1
			msg = strings.Replace(msg, m[0], "", 1)
		}
		probs.add(file, line, "front matter: "+strings.TrimPrefix(msg, "yaml: "), "front matter not used")
		return nil
	}
	if len(root.Content) == 0 {
		return nil
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		probs.add(file, first+m.Line-1, "front matter: want key: value lines", "front matter not used")
		return nil
	}
	fields := make(map[string]field)
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		key := strings.ToLower(k.Value)
		name := frontFieldNames[key]
		if name == "" {
			name = fieldNames[key]
		}
		if name == "" || name == "text" {
			continue
		}
		if _, dup := fields[name]; dup {
			continue
		}
		line := first + k.Line - 1
		val, ok := yamlValue(v)
		if !ok {
			probs.add(file, line, fmt.Sprintf("front matter: %s: want text, got a nested block", k.Value), "field not used")
			continue
		}
		if val != "" {
			fields[name] = field{value: val, from: "front matter: " + k.Value, line: line}
		}
	}
	return fields
}

var yamlLine = regexp.MustCompile(`line (\d+):?\s*`)

// yamlValue flattens a scalar or a list of scalars ("authors: [A, B]" → "A, B"); a mapping with a
// name ("source: {name: X}") gives the name.
func yamlValue(v *yaml.Node) (string, bool) {
	switch v.Kind {
	case yaml.ScalarNode:
		if v.Tag == "!!null" {
			return "", true
		}
		return strings.TrimSpace(v.Value), true
	case yaml.SequenceNode:
		var parts []string
		for _, c := range v.Content {
			s, ok := yamlValue(c)
			if !ok {
				return "", false
			}
			if s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", "), true
	case yaml.MappingNode:
		for i := 0; i+1 < len(v.Content); i += 2 {
			if strings.EqualFold(v.Content[i].Value, "name") {
				return yamlValue(v.Content[i+1])
			}
		}
	}
	return "", false
}

// readRecords reads an export holding one article per record: JSON Lines, a JSON array (or an
// object with an array of articles in it, or a single article object), or CSV with a header row.
// A bad record is reported at its line and skipped alone.
func readRecords(base doc, format, text string, limit int64, probs *problems) ([]*doc, int) {
	var recs []record
	var failed int
	switch format {
	case "jsonl":
		recs, failed = jsonLines(base.file, text, probs)
	case "json":
		recs, failed = jsonRecords(base.file, text, probs)
	case "csv":
		recs, failed = csvRecords(base.file, text, probs)
	}
	var docs []*doc
	for i, r := range recs {
		d := base
		d.record, d.line = i+1, r.line
		if int64(r.size) > limit {
			probs.add(base.file, r.line, fmt.Sprintf("huge article: record %d is %s, over the limit of %s per article", i+1, size(int64(r.size)), size(limit)), "record skipped")
			failed++
			continue
		}
		d.fields = make(map[string]field)
		var body string
		for _, f := range r.fields {
			name := fieldNames[strings.ToLower(f.name)]
			if name == "" {
				continue
			}
			if name == "text" {
				if body == "" {
					body = f.value
				}
				continue
			}
			if _, dup := d.fields[name]; !dup && f.value != "" {
				d.fields[name] = field{value: f.value, from: recordFrom(format, f.name), line: r.line}
			}
		}
		if strings.TrimSpace(body) == "" {
			probs.add(base.file, r.line, fmt.Sprintf("record %d has no text (want a field text, content or body)", i+1), "record skipped")
			failed++
			continue
		}
		body, dropped := clean(body)
		if dropped > 0 {
			probs.add(base.file, r.line, fmt.Sprintf("%d NUL, control or bidi-override characters", dropped), "removed from the text")
		}
		d.lines = splitLines(body)
		// A record's text is one field; its lines all point at the record.
		d.firstLine = r.line
		docs = append(docs, &d)
	}
	return docs, failed
}

func recordFrom(format, name string) string {
	if format == "csv" {
		return "CSV column " + name
	}
	return "JSON field " + name
}

type record struct {
	line   int
	size   int
	fields []namedValue
}

type namedValue struct{ name, value string }

func jsonLines(file, text string, probs *problems) ([]record, int) {
	var recs []record
	failed := 0
	for i, ln := range strings.Split(text, "\n") {
		ln = strings.TrimSpace(ln)
		if ln == "" {
			continue
		}
		r, err := jsonRecord([]byte(ln))
		if err != nil {
			probs.add(file, i+1, fmt.Sprintf("record: %v", err), "record skipped")
			failed++
			continue
		}
		r.line = i + 1
		recs = append(recs, r)
	}
	return recs, failed
}

// jsonRecord reads one JSON object's fields as text: strings as they are, numbers as written,
// lists joined with ", ", objects by their "name".
func jsonRecord(raw []byte) (record, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			return record{}, fmt.Errorf("invalid JSON at column %d: %v", syn.Offset, err)
		}
		var typ *json.UnmarshalTypeError
		if errors.As(err, &typ) {
			return record{}, fmt.Errorf("want a JSON object, got %s", typ.Value)
		}
		return record{}, err
	}
	r := record{size: len(raw)}
	for k, v := range obj {
		s, err := jsonText(v)
		if err != nil {
			if fieldNames[strings.ToLower(k)] != "" {
				return record{}, fmt.Errorf("field %q: %v", k, err)
			}
			continue
		}
		r.fields = append(r.fields, namedValue{k, s})
	}
	// Map order is random; a fixed order keeps the first of two synonyms stable.
	sortFields(r.fields)
	return r, nil
}

func sortFields(fs []namedValue) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].name < fs[j-1].name; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

func jsonText(v json.RawMessage) (string, error) {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return "", nil
	}
	switch v[0] {
	case '"':
		var s string
		err := json.Unmarshal(v, &s)
		return strings.TrimSpace(s), err
	case 'n':
		return "", nil
	case '[':
		var list []json.RawMessage
		if err := json.Unmarshal(v, &list); err != nil {
			return "", err
		}
		var parts []string
		for _, e := range list {
			s, err := jsonText(e)
			if err != nil {
				return "", err
			}
			if s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", "), nil
	case '{':
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(v, &obj); err != nil {
			return "", err
		}
		if n, ok := obj["name"]; ok {
			return jsonText(n)
		}
		return "", fmt.Errorf("want text, got an object without a name")
	case 't', 'f':
		return "", fmt.Errorf("want text, got a boolean")
	}
	return string(v), nil
}

// jsonRecords reads a JSON document: an array of article objects, an object holding such an
// array under a usual key, or one article object.
func jsonRecords(file, text string, probs *problems) ([]record, int) {
	data := []byte(text)
	if err := json.Unmarshal(data, new(json.RawMessage)); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			line, col := lineCol(data, int(syn.Offset))
			probs.add(file, line, fmt.Sprintf("invalid JSON at column %d: %v", col, err), "skipped")
		} else {
			probs.add(file, 0, err.Error(), "skipped")
		}
		return nil, 1
	}
	trimmed := bytes.TrimSpace(data)
	start := len(data) - len(bytes.TrimLeft(data, " \t\r\n"))
	if len(trimmed) > 0 && trimmed[0] == '{' {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(trimmed, &obj); err == nil {
			for _, k := range []string{"articles", "stories", "items", "results", "data", "records", "documents"} {
				if v, ok := obj[k]; ok && len(bytes.TrimSpace(v)) > 0 && bytes.TrimSpace(v)[0] == '[' {
					start = bytes.Index(data, v)
					return jsonArray(file, data, start, probs)
				}
			}
		}
		r, err := jsonRecord(trimmed)
		if err != nil {
			probs.add(file, 1, "record: "+err.Error(), "skipped")
			return nil, 1
		}
		r.line, _ = lineCol(data, start)
		return []record{r}, 0
	}
	if len(trimmed) == 0 || trimmed[0] != '[' {
		probs.add(file, 1, "want a JSON array of article objects", "skipped")
		return nil, 1
	}
	return jsonArray(file, data, start, probs)
}

// jsonArray reads the array that starts at data[start].
func jsonArray(file string, data []byte, start int, probs *problems) ([]record, int) {
	dec := json.NewDecoder(bytes.NewReader(data[start:]))
	if _, err := dec.Token(); err != nil {
		probs.add(file, 1, err.Error(), "skipped")
		return nil, 1
	}
	var recs []record
	failed := 0
	for dec.More() {
		off := start + skipSpace(data[start:], int(dec.InputOffset()))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			line, _ := lineCol(data, off)
			probs.add(file, line, err.Error(), "rest of the file skipped")
			failed++
			break
		}
		line, _ := lineCol(data, off+1)
		r, err := jsonRecord(raw)
		if err != nil {
			probs.add(file, line, "record: "+err.Error(), "record skipped")
			failed++
			continue
		}
		r.line = line
		recs = append(recs, r)
	}
	return recs, failed
}

func csvRecords(file, text string, probs *problems) ([]record, int) {
	rd := csv.NewReader(strings.NewReader(text))
	rd.FieldsPerRecord = -1
	rd.LazyQuotes = true
	header, err := rd.Read()
	if err != nil {
		probs.add(file, 1, "CSV header: "+err.Error(), "skipped")
		return nil, 1
	}
	known := false
	for i, h := range header {
		header[i] = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if fieldNames[strings.ToLower(header[i])] == "text" {
			known = true
		}
	}
	if !known {
		probs.add(file, 1, fmt.Sprintf("CSV header %q names no text column (want text, content or body)", strings.Join(header, ",")), "skipped")
		return nil, 1
	}
	var recs []record
	failed := 0
	for {
		row, err := rd.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			line := 0
			if errors.As(err, &pe) {
				line = pe.StartLine
			}
			probs.add(file, line, "record: "+err.Error(), "record skipped")
			failed++
			continue
		}
		line, _ := rd.FieldPos(0)
		if len(row) != len(header) {
			probs.add(file, line, fmt.Sprintf("record has %d fields, the header %d", len(row), len(header)), "record skipped")
			failed++
			continue
		}
		r := record{line: line}
		for i, v := range row {
			r.size += len(v)
			r.fields = append(r.fields, namedValue{header[i], strings.TrimSpace(v)})
		}
		recs = append(recs, r)
	}
	return recs, failed
}
