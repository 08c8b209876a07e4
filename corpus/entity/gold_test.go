package entity

import (
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"parallax/corpus"
	"parallax/internal/fixture"
)

// goldCase is one hand-annotated text with the mentions it should yield.
type goldCase struct {
	file string
	line int // 1-based within its txtar file
	text string
	want []corpus.Mention // Kind is not annotated; the gazetteer test checks kinds
}

// parseGold reads the bracket notation described in testdata/gold.txtar.
func parseGold(file string, line int, annotated string) (goldCase, error) {
	c := goldCase{file: file, line: line}
	var b strings.Builder
	for rest := annotated; rest != ""; {
		open := strings.IndexByte(rest, '[')
		if open < 0 {
			if strings.ContainsAny(rest, "]|") {
				return c, fmt.Errorf("%s:%d: stray ] or |", file, line)
			}
			b.WriteString(rest)
			break
		}
		b.WriteString(rest[:open])
		rest = rest[open+1:]
		closing := strings.IndexByte(rest, ']')
		if closing < 0 {
			return c, fmt.Errorf("%s:%d: unclosed [", file, line)
		}
		inner := rest[:closing]
		rest = rest[closing+1:]
		surface, name, ok := strings.Cut(inner, "|")
		if !ok {
			name = surface
		}
		if surface == "" || name == "" || strings.ContainsAny(inner, "[") {
			return c, fmt.Errorf("%s:%d: malformed mention [%s]", file, line, inner)
		}
		start := b.Len()
		b.WriteString(surface)
		c.want = append(c.want, corpus.Mention{Start: start, End: b.Len(), Entity: name})
	}
	c.text = b.String()
	return c, nil
}

func loadGold(t *testing.T) []goldCase {
	t.Helper()
	ar, err := txtar.ParseFile(filepath.Join("testdata", "gold.txtar"))
	if err != nil {
		t.Fatalf("read gold: %v", err)
	}
	var cases []goldCase
	for _, f := range ar.Files {
		var seed string
		if f.Name != "hard.txt" {
			raw, err := fs.ReadFile(fixture.Seed(), path.Join("articles", f.Name))
			if err != nil {
				t.Fatalf("gold file %s names no seed article: %v", f.Name, err)
			}
			seed = string(raw)
		}
		for i, line := range strings.Split(string(f.Data), "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			c, err := parseGold(f.Name, i+1, line)
			if err != nil {
				t.Fatal(err)
			}
			if seed != "" && !strings.Contains(seed, c.text) {
				t.Errorf("%s:%d: text is not in the seed article (typo?): %q", f.Name, i+1, c.text)
			}
			cases = append(cases, c)
		}
	}
	return cases
}

type mentionKey struct {
	start, end int
	entity     string
}

// TestGold scores the tagger on the hand-annotated gold list: a mention counts as right only
// with the exact span and canonical name.
func TestGold(t *testing.T) {
	tagger := Default()
	var tp, fp, fn int
	perFile := map[string][3]int{}
	for _, c := range loadGold(t) {
		want := map[mentionKey]bool{}
		for _, m := range c.want {
			want[mentionKey{m.Start, m.End, m.Entity}] = true
		}
		got := map[mentionKey]bool{}
		for _, m := range tagger.Tag(c.text) {
			k := mentionKey{m.Start, m.End, m.Entity}
			got[k] = true
			if want[k] {
				tp++
				continue
			}
			fp++
			t.Logf("%s:%d: extra %q → %s", c.file, c.line, c.text[m.Start:m.End], m.Entity)
		}
		for k := range want {
			if !got[k] {
				fn++
				t.Logf("%s:%d: missed %q → %s", c.file, c.line, c.text[k.start:k.end], k.entity)
			}
		}
		s := perFile[c.file]
		s[0] += len(c.want)
		s[1] += len(got)
		for k := range got {
			if want[k] {
				s[2]++
			}
		}
		perFile[c.file] = s
	}
	files := make([]string, 0, len(perFile))
	for f := range perFile {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		s := perFile[f]
		t.Logf("%-28s gold %3d  tagged %3d  right %3d", f, s[0], s[1], s[2])
	}
	if tp == 0 {
		t.Fatal("no correct mentions at all")
	}
	precision := float64(tp) / float64(tp+fp)
	recall := float64(tp) / float64(tp+fn)
	t.Logf("precision %.3f (%d/%d), recall %.3f (%d/%d)", precision, tp, tp+fp, recall, tp, tp+fn)
	if precision < 0.95 || recall < 0.95 {
		t.Errorf("precision %.3f, recall %.3f: want both ≥ 0.95", precision, recall)
	}
}

func TestParseGold(t *testing.T) {
	tests := []struct {
		in      string
		text    string
		want    []corpus.Mention
		wantErr bool
	}{
		{in: "no names", text: "no names"},
		{in: "[A] and [b c|B]", text: "A and b c", want: []corpus.Mention{{Start: 0, End: 1, Entity: "A"}, {Start: 6, End: 9, Entity: "B"}}},
		{in: "[open", wantErr: true},
		{in: "close]", wantErr: true},
		{in: "[]", wantErr: true},
		{in: "[a|]", wantErr: true},
	}
	for _, tt := range tests {
		c, err := parseGold("t", 1, tt.in)
		if (err != nil) != tt.wantErr {
			t.Errorf("parseGold(%q) error = %v, want error %v", tt.in, err, tt.wantErr)
			continue
		}
		if err != nil {
			continue
		}
		if c.text != tt.text || fmt.Sprint(c.want) != fmt.Sprint(tt.want) {
			t.Errorf("parseGold(%q) = %q %v, want %q %v", tt.in, c.text, c.want, tt.text, tt.want)
		}
	}
}
