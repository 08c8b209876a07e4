package search

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"parallax/corpus"
	"parallax/corpus/search/synth"
)

// synthArticles is the 10,000-article synthetic corpus, generated once per test binary.
var synthArticles = sync.OnceValue(func() []*corpus.Article {
	c, err := seedCorpusErr()
	if err != nil {
		return nil
	}
	return synth.Generate(c.Articles, 10000)
})

func benchCorpus(b *testing.B, size string) *corpus.Corpus {
	b.Helper()
	if size == "seed" {
		return seedCorpus(b)
	}
	c, err := corpus.New(synthArticles())
	if err != nil || len(c.Articles) == 0 {
		b.Fatalf("synthetic corpus: %v", err)
	}
	return c
}

// keystrokes is every prefix of every probe, as typed character by character.
func keystrokes() []string {
	var out []string
	for _, p := range synth.Probes {
		r := []rune(p.Text)
		for i := 1; i <= len(r); i++ {
			out = append(out, string(r[:i]))
		}
	}
	return out
}

func BenchmarkBuild(b *testing.B) {
	for _, size := range []string{"seed", "10k"} {
		b.Run(size, func(b *testing.B) {
			c := benchCorpus(b, size)
			b.ReportAllocs()
			for b.Loop() {
				New(c)
			}
		})
	}
}

// BenchmarkKeystroke types the probes character by character; ns/op is the mean per keystroke,
// p50-ns and p95-ns its percentiles over the last round.
func BenchmarkKeystroke(b *testing.B) {
	for _, size := range []string{"seed", "10k"} {
		b.Run(size, func(b *testing.B) {
			e := New(benchCorpus(b, size))
			keys := keystrokes()
			lat := make([]time.Duration, len(keys))
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				k := i % len(keys)
				t0 := time.Now()
				e.Search(Query{Text: keys[k]})
				lat[k] = time.Since(t0)
				i++
			}
			if i >= len(keys) {
				slices.Sort(lat)
				b.ReportMetric(float64(lat[len(lat)/2]), "p50-ns")
				b.ReportMetric(float64(lat[len(lat)*95/100]), "p95-ns")
			}
		})
	}
}

// chainProbes are queries of the kinds folding, chains and CJK pairs added, typed as the other
// probes are; "tiktok-ban-microsoft" joins common words, the costliest check of parts in sequence.
var chainProbes = []string{"tiktok-ban-microsoft", "U.S.-China talks", "Biden's order", "Łódź zurich", "北京市政府", "sell-or-ban"}

// BenchmarkKeystrokeChains is BenchmarkKeystroke over chainProbes.
func BenchmarkKeystrokeChains(b *testing.B) {
	e := New(benchCorpus(b, "10k"))
	var keys []string
	for _, p := range chainProbes {
		r := []rune(p)
		for i := 1; i <= len(r); i++ {
			keys = append(keys, string(r[:i]))
		}
	}
	lat := make([]time.Duration, len(keys))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		k := i % len(keys)
		t0 := time.Now()
		e.Search(Query{Text: keys[k]})
		lat[k] = time.Since(t0)
		i++
	}
	if i >= len(keys) {
		slices.Sort(lat)
		b.ReportMetric(float64(lat[len(lat)/2]), "p50-ns")
		b.ReportMetric(float64(lat[len(lat)*95/100]), "p95-ns")
	}
}

// BenchmarkSearchPage asks for the first, a middle and a deep page of a word in most of the
// 10,000 articles: the pages past insertionLimit's ranks sort every match.
func BenchmarkSearchPage(b *testing.B) {
	e := New(benchCorpus(b, "10k"))
	for _, page := range []int{1, 5, 6, 200} {
		b.Run(fmt.Sprint("page", page), func(b *testing.B) {
			q := Query{Text: "tiktok", Page: page}
			if r := e.Search(q); r.Page != page || len(r.Groups) != MaxGroups {
				b.Fatalf("page %d of %d, %d groups", r.Page, r.Pages, len(r.Groups))
			}
			b.ReportAllocs()
			for b.Loop() {
				e.Search(q)
			}
		})
	}
}
