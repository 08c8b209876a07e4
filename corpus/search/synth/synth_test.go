package synth

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
	"parallax/corpus/ingest"
	"parallax/internal/fixture"
)

// seedCorpus ingests the fixed copy of the seed articles, which the probes are written against.
func seedCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	arts, err := ingest.Corpus(fixture.Seed())
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestGenerate(t *testing.T) {
	s := seedCorpus(t)
	a := Generate(s.Articles, 300)
	b := Generate(s.Articles, 300)
	if d := cmp.Diff(a, b); d != "" {
		t.Fatalf("two runs differ:\n%.2000s", d)
	}
	if len(a) != 300 || a[0] != s.Articles[0] {
		t.Fatalf("%d articles, first %s; want 300 starting with the seed", len(a), a[0].ID)
	}
	if _, err := corpus.New(a); err != nil {
		t.Fatalf("generated corpus invalid: %v", err)
	}
	n := 0
	for _, x := range a[len(s.Articles):] {
		for _, p := range x.Paragraphs {
			n += len(p.Sentences)
		}
	}
	if per := n / (len(a) - len(s.Articles)); per < 25 || per > 35 {
		t.Errorf("%d sentences per synthetic article, want about 30", per)
	}
	if got := Generate(nil, 10); len(got) != 0 {
		t.Errorf("no seed: %d articles", len(got))
	}
}

func TestProbes(t *testing.T) {
	s := seedCorpus(t)
	for _, p := range Probes {
		a, err := s.Article(p.Article)
		if err != nil {
			t.Errorf("%q: %v", p.Text, err)
			continue
		}
		if sen := a.Sentence(p.Sentence); sen == nil || !strings.Contains(sen.Text, p.Phrase) {
			t.Errorf("%q: %s#%s does not hold %q", p.Text, p.Article, p.Sentence, p.Phrase)
		}
	}
}
