package align

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
)

// compareWhole is Compare as one call, the pipeline as it was before Alignment split it into
// steps: the reference the steps must reproduce.
func compareWhole(a, b *corpus.Article) *Comparison {
	c := &Comparison{A: a, B: b}
	if a == nil || b == nil {
		return c
	}
	sp := newSpace()
	abbreviations(a, sp.abbr)
	abbreviations(b, sp.abbr)
	as, na := sp.sentences(a, 0, limitSentences)
	bs, nb := sp.sentences(b, 1, limitSentences)
	sp.weigh(as, bs)
	g := candidates(sp, as, bs)
	c.Candidates = g.scored
	var notes []string
	if na > len(as) || nb > len(bs) {
		notes = append(notes, fmt.Sprintf("only the first %d sentences of each article were compared (A has %d, B has %d)", limitSentences, na, nb))
	}
	if g.capped {
		notes = append(notes, fmt.Sprintf("the search for pairs stopped after %d candidate sentence pairs; %d shared terms were not followed", limitWork, g.skipped))
	}
	quotes, qcapped := quoteMatches(as, bs)
	g.sim = withQuotes(g.sim, len(as), quotes)
	match, cross := pairUp(g.sim, len(as), len(bs))
	var gapped, meant []cell
	g.sim, gapped, meant = fillGaps(sp, as, bs, match, cross, g.sim)
	c.layout(a, b, as, bs, match, cross, g.sim, gapped, meant)
	c.relate(as, bs, g.sim)
	c.Summary = summarize(as, bs, c.Pairs, quotes)
	if qcapped {
		notes = append(notes, fmt.Sprintf("the search for shared quotations stopped after %d pairs of quotes", maxQuotePairs))
	}
	c.Capped, c.CapNote = len(notes) > 0, strings.Join(notes, "; ")
	return c
}

// stepped runs an Alignment of a and b to its end, checking that Result is nil until then and
// that the steps are bounded by the sentences and stages.
func stepped(t *testing.T, a, b *corpus.Article) *Comparison {
	t.Helper()
	al := NewAlignment(a, b)
	steps := 0
	for al.Step() {
		steps++
		if al.Result() != nil {
			t.Fatalf("Result before the last step (%d)", steps)
		}
	}
	if max := 2*sentenceCount(a) + sentenceCount(b) + 16; steps > max {
		t.Errorf("%d steps for %d+%d sentences, want at most %d", steps, sentenceCount(a), sentenceCount(b), max)
	}
	if al.Step() {
		t.Errorf("Step after the end reports more")
	}
	return al.Result()
}

func sentenceCount(a *corpus.Article) int {
	if a == nil {
		return 0
	}
	n := 0
	for _, p := range a.Paragraphs {
		n += len(p.Sentences)
	}
	return n
}

func TestAlignmentStepsEqualWhole(t *testing.T) {
	type pair struct {
		name string
		a, b *corpus.Article
	}
	var pairs []pair
	arts := seedCorpus(t).Articles
	for _, x := range arts {
		for _, y := range arts {
			pairs = append(pairs, pair{x.ID + "/" + y.ID, x, y})
		}
	}
	files, _ := filepath.Glob("testdata/gold/*.txtar")
	if len(files) == 0 {
		t.Fatal("no gold lists in testdata/gold")
	}
	for _, file := range files {
		for _, g := range loadGoldList(t, file) {
			pairs = append(pairs, pair{g.name, g.a, g.b})
		}
	}
	pairs = append(pairs,
		pair{"synthetic", synthetic("x", 120, 1), synthetic("y", 90, 2)},
		pair{"nil a", nil, arts[0]},
		pair{"nil b", arts[0], nil},
		pair{"empty", &corpus.Article{ID: "e"}, arts[0]},
		pair{"empty paragraphs", &corpus.Article{ID: "e", Paragraphs: []corpus.Paragraph{{}, {}}}, arts[1]},
	)
	for _, p := range pairs {
		want := compareWhole(p.a, p.b)
		if diff := cmp.Diff(want, stepped(t, p.a, p.b)); diff != "" {
			t.Errorf("%s: steps differ from the whole comparison (-whole +steps):\n%s", p.name, diff)
		}
		if diff := cmp.Diff(want, Compare(p.a, p.b)); diff != "" {
			t.Errorf("%s: Compare differs from the whole comparison (-whole +Compare):\n%s", p.name, diff)
		}
	}
}

// TestAlignmentStepsCapped: the steps count the sentences past MaxSentences as Compare did,
// so the note that the comparison was cut short is the same.
func TestAlignmentStepsCapped(t *testing.T) {
	x, y := synthetic("x", 300, 1), synthetic("y", 300, 2)
	limitSentences, limitWork = 100, 200
	defer func() { limitSentences, limitWork = MaxSentences, MaxWork }()
	want := compareWhole(x, y)
	if !want.Capped {
		t.Fatal("not capped: the test's limits do nothing")
	}
	if diff := cmp.Diff(want, stepped(t, x, y)); diff != "" {
		t.Errorf("steps differ from the whole comparison (-whole +steps):\n%s", diff)
	}
}
