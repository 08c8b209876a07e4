package entity

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"parallax/corpus"
)

// nerCase is one sentence of gold-dev.txtar or gold-test.txtar with its mentions (Entity unset:
// these sets score spans and kinds).
type nerCase struct {
	line int
	text string
	want []corpus.Mention
}

var goldKinds = map[string]corpus.EntityKind{"per": corpus.KindPerson, "org": corpus.KindOrganization, "loc": corpus.KindPlace}

// parseNER reads one line of the [surface|kind] notation.
func parseNER(line int, annotated string) (nerCase, error) {
	c, err := parseGold("ner", line, annotated)
	if err != nil {
		return nerCase{}, err
	}
	nc := nerCase{line: line, text: c.text}
	for _, m := range c.want {
		k, ok := goldKinds[m.Entity]
		if !ok {
			return nerCase{}, fmt.Errorf("line %d: mention %q has kind %q, want per, org or loc", line, c.text[m.Start:m.End], m.Entity)
		}
		nc.want = append(nc.want, corpus.Mention{Start: m.Start, End: m.End, Kind: k})
	}
	return nc, nil
}

func loadNER(t testing.TB, file string) []nerCase {
	t.Helper()
	ar, err := txtar.ParseFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatalf("read %s: %v", file, err)
	}
	var cases []nerCase
	for _, f := range ar.Files {
		for i, line := range strings.Split(string(f.Data), "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			c, err := parseNER(i+1, line)
			if err != nil {
				t.Fatalf("%s %s: %v", file, f.Name, err)
			}
			cases = append(cases, c)
		}
	}
	return cases
}

// prf counts true positives, false positives and false negatives.
type prf struct{ tp, fp, fn int }

func (s prf) precision() float64 { return ratio(s.tp, s.tp+s.fp) }
func (s prf) recall() float64    { return ratio(s.tp, s.tp+s.fn) }
func (s prf) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
func (s prf) String() string {
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", s.precision(), s.recall(), s.f1(), s.tp, s.fp, s.fn)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

type spanKind struct {
	start, end int
	kind       corpus.EntityKind
}

// scoreNER scores tag on cases by exact span and kind, overall and per kind. Mentions of kind
// other (brands, products) are not scored. logf, when not nil, gets each error.
func scoreNER(cases []nerCase, tag func(string) []corpus.Mention, logf func(string, ...any)) (all prf, per map[corpus.EntityKind]prf) {
	per = map[corpus.EntityKind]prf{}
	for _, c := range cases {
		want := map[spanKind]bool{}
		for _, m := range c.want {
			want[spanKind{m.Start, m.End, m.Kind}] = true
		}
		got := map[spanKind]bool{}
		for _, m := range tag(c.text) {
			if m.Kind == corpus.KindOther {
				continue
			}
			k := spanKind{m.Start, m.End, m.Kind}
			got[k] = true
			s := per[m.Kind]
			if want[k] {
				s.tp++
			} else {
				s.fp++
				if logf != nil {
					logf("line %d: extra %s %q in %q", c.line, m.Kind, c.text[m.Start:m.End], c.text)
				}
			}
			per[m.Kind] = s
		}
		for k := range want {
			if !got[k] {
				s := per[k.kind]
				s.fn++
				per[k.kind] = s
				if logf != nil {
					logf("line %d: missed %s %q in %q", c.line, k.kind, c.text[k.start:k.end], c.text)
				}
			}
		}
	}
	for _, s := range per {
		all.tp += s.tp
		all.fp += s.fp
		all.fn += s.fn
	}
	return all, per
}

var scoredKinds = []corpus.EntityKind{corpus.KindPerson, corpus.KindOrganization, corpus.KindPlace}

// TestNERGold scores the recogniser on both halves of the gold set. Only the test half, never
// used for tuning, has to meet the targets: F1 ≥ 0.85 overall and ≥ 0.80 for each kind. Run with
// -v to see the scores and every error.
func TestNERGold(t *testing.T) {
	tagger := Default()
	for _, half := range []struct {
		file    string
		enforce bool
	}{{"gold-dev.txtar", false}, {"gold-test.txtar", true}} {
		t.Run(strings.TrimSuffix(half.file, ".txtar"), func(t *testing.T) {
			cases := loadNER(t, half.file)
			// Errors are listed for the development half only: reading the test half's errors
			// would be tuning on it.
			var logf func(string, ...any)
			if !half.enforce {
				logf = t.Logf
			}
			all, per := scoreNER(cases, tagger.Tag, logf)
			t.Logf("%s: %d sentences, %d gold mentions", half.file, len(cases), all.tp+all.fn)
			t.Logf("overall       %v", all)
			for _, k := range scoredKinds {
				t.Logf("%-13s %v", k, per[k])
			}
			if all.tp+all.fn < 140 {
				t.Errorf("only %d gold mentions; each half needs at least 140", all.tp+all.fn)
			}
			if !half.enforce {
				return
			}
			if all.f1() < 0.85 {
				t.Errorf("overall F1 %.3f, want ≥ 0.85", all.f1())
			}
			for _, k := range scoredKinds {
				if f := per[k].f1(); f < 0.80 {
					t.Errorf("%s F1 %.3f, want ≥ 0.80", k, f)
				}
			}
		})
	}
}

func TestParseNER(t *testing.T) {
	c, err := parseNER(1, "[Ann Lee|per] of [Acme Corp.|org] in [Paris|loc].")
	if err != nil {
		t.Fatal(err)
	}
	if c.text != "Ann Lee of Acme Corp. in Paris." || len(c.want) != 3 || c.want[2].Kind != corpus.KindPlace {
		t.Errorf("parseNER = %+v", c)
	}
	if _, err := parseNER(1, "[Ann|person]"); err == nil {
		t.Error("unknown kind accepted")
	}
}
