package align

import (
	"slices"
	"strings"
	"testing"

	"parallax/corpus"
)

// longestTwo returns the two articles of the fixture seed corpus with the most text, the
// comparison the issue times (and bench/compare times in the browser).
func longestTwo(b *testing.B) (*corpus.Article, *corpus.Article) {
	arts := slices.Clone(seedCorpus(b).Articles)
	size := func(a *corpus.Article) int {
		n := 0
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				n += len(s.Text)
			}
		}
		return n
	}
	slices.SortFunc(arts, func(x, y *corpus.Article) int {
		if d := size(y) - size(x); d != 0 {
			return d
		}
		return strings.Compare(x.ID, y.ID)
	})
	b.Logf("longest: %s (%d bytes), %s (%d bytes)", arts[0].ID, size(arts[0]), arts[1].ID, size(arts[1]))
	return arts[0], arts[1]
}

func BenchmarkCompareLongest(b *testing.B) {
	x, y := longestTwo(b)
	b.ReportAllocs()
	for b.Loop() {
		Compare(x, y)
	}
}

func BenchmarkCompareAllPairs(b *testing.B) {
	arts := seedCorpus(b).Articles
	b.ReportAllocs()
	for b.Loop() {
		for _, x := range arts {
			for _, y := range arts {
				Compare(x, y)
			}
		}
	}
}
