package entity

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
)

// Entity is one named entity of a gazetteer with every spelling the tagger matches.
type Entity struct {
	// Name is the canonical name reported in mentions.
	Name string
	Kind corpus.EntityKind
	// Aliases are the other spellings, in gazetteer order, without the "?" marker.
	Aliases []string
	// Line is the 1-based line of the gazetteer that defines it.
	Line int
}

// kinds maps the gazetteer's kind column to the model's kinds; it is the inverse of
// corpus.EntityKind.String so that the file reads like the rest of the project.
var kinds = map[string]corpus.EntityKind{
	corpus.KindPerson.String():       corpus.KindPerson,
	corpus.KindOrganization.String(): corpus.KindOrganization,
	corpus.KindPlace.String():        corpus.KindPlace,
	corpus.KindOther.String():        corpus.KindOther,
}

// Parse builds a tagger from a gazetteer in the tab-separated format of the embedded
// gazetteer.tsv. Errors name the offending line, so a hand-edited file is quick to fix.
func Parse(data []byte) (*Tagger, error) {
	t := newTagger()
	// owner records which entity (and line) claimed a spelling, to report duplicates.
	owner := make(map[string]int)
	for n, line := range bytes.Split(data, []byte("\n")) {
		lineNo := n + 1
		if !utf8.Valid(line) {
			return nil, fmt.Errorf("gazetteer line %d: invalid UTF-8", lineNo)
		}
		text := strings.TrimSuffix(string(line), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) < 2 {
			return nil, fmt.Errorf("gazetteer line %d: want kind<TAB>name[<TAB>alias…], got %q", lineNo, text)
		}
		kind, ok := kinds[fields[0]]
		if !ok {
			return nil, fmt.Errorf("gazetteer line %d: unknown kind %q (want person, organization, place or other)", lineNo, fields[0])
		}
		idx := len(t.entities)
		t.entities = append(t.entities, Entity{Name: fields[1], Kind: kind, Line: lineNo})
		for i, spelling := range fields[1:] {
			ambiguous := false
			if i > 0 {
				spelling, ambiguous = strings.CutPrefix(spelling, "?")
			}
			if err := checkSpelling(spelling, i > 0); err != nil {
				return nil, fmt.Errorf("gazetteer line %d, field %d: %w", lineNo, i+2, err)
			}
			if ambiguous && !capitalWord(spelling) {
				return nil, fmt.Errorf("gazetteer line %d, field %d: %q is marked \"?\" but is not one word of two or more capital letters", lineNo, i+2, spelling)
			}
			if prev, dup := owner[spelling]; dup {
				if prev == idx {
					return nil, fmt.Errorf("gazetteer line %d: %q is listed twice", lineNo, spelling)
				}
				pe := &t.entities[prev]
				return nil, fmt.Errorf("gazetteer line %d: %q already names %q (line %d)", lineNo, spelling, pe.Name, pe.Line)
			}
			owner[spelling] = idx
			if i > 0 {
				t.entities[idx].Aliases = append(t.entities[idx].Aliases, spelling)
			}
			t.insert(spelling, int32(idx), ambiguous)
		}
		t.index(idx)
	}
	return t, nil
}

// checkSpelling rejects names the matcher could never match or would match surprisingly. Only a
// canonical name may end in "'s" ("McDonald's"): an alias so written is a listed possessive.
func checkSpelling(s string, alias bool) error {
	if s == "" {
		return fmt.Errorf("empty name")
	}
	if strings.TrimSpace(s) != s || strings.Contains(s, "  ") {
		return fmt.Errorf("%q: stray spaces", s)
	}
	for _, r := range s {
		if r != ' ' && unicode.IsSpace(r) || unicode.IsControl(r) {
			return fmt.Errorf("%q: white space other than single spaces", s)
		}
		if r == '’' || r == '‘' {
			return fmt.Errorf("%q: write apostrophes straight ('), curly ones match too", s)
		}
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !isWordRune(first) {
		return fmt.Errorf("%q: must start with a letter or digit", s)
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if !isWordRune(last) && last != '.' {
		return fmt.Errorf("%q: must end with a letter, a digit or a period", s)
	}
	if alias && strings.HasSuffix(s, "'s") {
		return fmt.Errorf("%q: possessives are matched by rule, list the bare name", s)
	}
	return nil
}

// capitalWord reports whether s is one word of two or more capital letters, the only shape an
// alias marked "?" may have: the tagger counts it as one capitalised word of its sentence.
func capitalWord(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}
