package entity

import (
	"strings"
	"testing"
)

// TestEmbeddedGazetteer checks the shipped gazetteer: it parses (so no spelling names two
// entities and every kind is known), and each entity has the shape the file's header promises.
func TestEmbeddedGazetteer(t *testing.T) {
	if err := DefaultErr(); err != nil {
		t.Fatalf("embedded gazetteer: %v", err)
	}
	tagger := Default()
	if len(tagger.Entities()) < 40 {
		t.Errorf("only %d entities; the seed articles name more", len(tagger.Entities()))
	}
	for _, e := range tagger.Entities() {
		// Every spelling must find its own entity in running text, or the matcher cannot reach it.
		for _, s := range append([]string{e.Name}, e.Aliases...) {
			text := "about " + s + " today"
			ms := tagger.Tag(text)
			if len(ms) != 1 || ms[0].Entity != e.Name || text[ms[0].Start:ms[0].End] != s {
				t.Errorf("gazetteer line %d: %q in running text tags as %v, want one mention of %q", e.Line, s, spans(text, ms), e.Name)
			}
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"unknown kind", "# c\nperson\tA\ncompany\tB\n", "gazetteer line 3: unknown kind \"company\""},
		{"no name", "\nperson\n", "gazetteer line 2: want kind<TAB>name"},
		{"empty alias", "place\tA\t\n", "gazetteer line 1, field 3: empty name"},
		{"duplicate across entities", "person\tJoe Biden\tBiden\n\norganization\tBiden\n", "gazetteer line 3: \"Biden\" already names \"Joe Biden\" (line 1)"},
		{"duplicate within entity", "person\tA\tB\tB\n", "gazetteer line 1: \"B\" is listed twice"},
		{"duplicate canonical", "person\tA\nplace\tA\n", "gazetteer line 2: \"A\" already names \"A\" (line 1)"},
		{"stray space", "person\tA \n", "gazetteer line 1, field 2: \"A \": stray spaces"},
		{"double space", "person\tA  B\n", "stray spaces"},
		{"tab-free other space", "person\tA\u00a0B\n", "white space other than single spaces"},
		{"curly apostrophe", "place\tPeople’s Republic\n", "write apostrophes straight"},
		{"starts with punctuation", "place\t(A)\n", "must start with a letter or digit"},
		{"ends with punctuation", "place\tA-\n", "must end with a letter, a digit or a period"},
		{"possessive", "place\tA\tA's\n", "possessives are matched by rule"},
		{"marked lower case", "place\tUnited States\t?Us\n", "is marked \"?\" but is not one word"},
		{"marked canonical", "place\t?US\n", "must start with a letter or digit"},
		{"invalid UTF-8", "place\tA\xff\n", "gazetteer line 1: invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestParseAccepts(t *testing.T) {
	in := "# comment\r\n\r\nperson\tA B\tB\r\nplace\tUnited States\t?US\n"
	tagger, err := Parse([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if got := len(tagger.Entities()); got != 2 {
		t.Errorf("%d entities, want 2", got)
	}
	if name, _, ok := tagger.Canonical("B"); !ok || name != "A B" {
		t.Errorf("Canonical(B) = %q, %v; want A B (CRLF line endings must parse)", name, ok)
	}
}
