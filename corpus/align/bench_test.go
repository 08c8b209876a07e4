package align

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"parallax/corpus"
	"parallax/corpus/entity"
	"parallax/corpus/ingest"
	"parallax/internal/fixture"
	"parallax/internal/synthfolder"
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

// synthetic returns an article of n sentences drawn from a fixed news-like vocabulary: a few
// hundred common words that every sentence uses (the story's topic), a long tail of rarer words,
// names the tagger knows, and figures, so that rare-term candidates exist but most sentence pairs
// share only topic words. The same id and n give the same text.
func synthetic(id string, n int, seed uint64) *corpus.Article {
	r := rand.New(rand.NewPCG(seed, 7))
	common := strings.Fields(`officials company deal government market report week plan app users
		business talks law ban order data security platform video owner court state investors
		shares price board rivals billion million percent months federal national agency deadline`)
	names := []string{"TikTok", "ByteDance", "Amazon", "Microsoft", "Walmart", "Donald Trump",
		"Joe Biden", "Oracle", "China", "Canada", "Meta", "Google", "YouTube"}
	rare := func() string {
		// A pseudo-word from a tail of 20,000, Zipf-like: low indices are frequent.
		k := int(float64(20000) * r.Float64() * r.Float64() * r.Float64())
		var b strings.Builder
		for _, c := range []byte{byte('b' + k%19), 'a', byte('c' + k/19%19), 'o', byte('d' + k/361%19), 'e', byte('k' + k/6859%12)} {
			b.WriteByte(c)
		}
		return b.String()
	}
	paras := make([][]string, 0, n/4+1)
	var para []string
	for i := 0; i < n; i++ {
		words := make([]string, 0, 24)
		for w := 0; w < 6+r.IntN(14); w++ {
			switch x := r.IntN(10); {
			case x < 4:
				words = append(words, common[r.IntN(len(common))])
			case x < 7:
				words = append(words, rare())
			case x < 8:
				words = append(words, names[r.IntN(len(names))])
			case x < 9:
				words = append(words, fmt.Sprintf("%d percent", r.IntN(100)))
			default:
				words = append(words, "the")
			}
		}
		s := strings.Join(words, " ")
		para = append(para, strings.ToUpper(s[:1])+s[1:]+".")
		if len(para) == 4 {
			paras = append(paras, para)
			para = nil
		}
	}
	if len(para) > 0 {
		paras = append(paras, para)
	}
	return article(id, paras...)
}

// BenchmarkCompareSynthetic compares two synthetic articles of the same length: the seeds'
// size, a long report, and the 8,000-sentence case. Memory is per comparison
// (-benchmem); "pairs" is how many the comparison aligned.
func BenchmarkCompareSynthetic(b *testing.B) {
	for _, n := range []int{40, 1000, 8000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			benchCompare(b, synthetic("x", n, 1), synthetic("y", n, 2))
		})
	}
}

// BenchmarkCompareHuge is the hostile case: a 100,000-line article against one of about
// 1 MB (8,000 sentences). It must stay bounded; "capped" is 1 when a limit was reached.
func BenchmarkCompareHuge(b *testing.B) {
	x, y := synthetic("x", 100_000, 3), synthetic("y", 8000, 4)
	b.ReportAllocs()
	var c *Comparison
	for b.Loop() {
		c = Compare(x, y)
	}
	b.ReportMetric(float64(len(c.Pairs)), "pairs")
	capped := 0.0
	if c.Capped {
		capped = 1
	}
	b.ReportMetric(capped, "capped")
	b.ReportMetric(float64(c.Candidates), "candidates")
}

// BenchmarkCompareLongReports compares the two long articles of the browser's scale test
// (e2e/scale_test.go): a report made of 60 synthetic articles and a reply that repeats the
// first 25 of them and adds 15 others, so that hundreds of sentences pair and every sentence
// meets many candidates full of names. It caught a check that tokenized a sentence again for
// each candidate (4.6 times slower).
func BenchmarkCompareLongReports(b *testing.B) {
	dir := b.TempDir()
	if err := synthfolder.Copy(dir, fixture.Seed()); err != nil {
		b.Fatal(err)
	}
	if err := synthfolder.Add(dir, 250); err != nil {
		b.Fatal(err)
	}
	read := func(from, n int) []byte {
		var text []byte
		for k := from; k < from+n; k++ {
			part, err := os.ReadFile(filepath.Join(dir, ingest.ArticlesDir, fmt.Sprintf("synthetic-%05d.txt", k)))
			if err != nil {
				b.Fatal(err)
			}
			text = append(text, part...)
		}
		return text
	}
	first := len(seedCorpus(b).Articles) // synthfolder numbers its articles after the seed's
	article := func(id string, text []byte) *corpus.Article {
		a, err := ingest.Article(ingest.Entry{ID: id, File: id + ".txt", Title: id, TitleNote: "synthetic",
			OutletNote: "synthetic", AuthorNote: "synthetic"}, text, entity.Default())
		if err != nil {
			b.Fatal(err)
		}
		return a
	}
	x := article("long-report", read(first, 60))
	y := article("long-reply", append(read(first, 25), read(first+200, 15)...))
	benchCompare(b, x, y)
}

// benchCompare times Compare(x, y) and reports how many pairs it aligned and how many candidate
// pairs it scored.
func benchCompare(b *testing.B, x, y *corpus.Article) {
	b.ReportAllocs()
	var c *Comparison
	for b.Loop() {
		c = Compare(x, y)
	}
	b.ReportMetric(float64(len(c.Pairs)), "pairs")
	b.ReportMetric(float64(c.Candidates), "candidates")
}

// BenchmarkFiguresLongSentence reads the figures of one sentence of 20,000 "at N and" clauses: the
// look-back of "the number of" stays bounded (it scanned to the sentence's start, 1.1 s).
func BenchmarkFiguresLongSentence(b *testing.B) {
	text := strings.Repeat("at 5 and ", 20000)
	s := &corpus.Sentence{ID: "p1s1", Text: text}
	toks := tokenize(text)
	for b.Loop() {
		figures(s, toks)
	}
}
