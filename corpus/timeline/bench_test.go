package timeline

import (
	"fmt"
	"testing"

	"parallax/corpus"
)

// BenchmarkExtract tags the five seed articles, as the index generator does.
func BenchmarkExtract(b *testing.B) {
	c := loadSeed(b)
	sentences := 0
	for _, a := range c.Articles {
		for _, p := range a.Paragraphs {
			sentences += len(p.Sentences)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range c.Articles {
			Extract(a)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*sentences), "ns/sentence")
}

// BenchmarkBuild builds the timeline of the seed corpus, and of copies of it as a stand-in for
// a larger corpus (the copies share dates and sentences, which is the worst case for merging).
func BenchmarkBuild(b *testing.B) {
	seedCorpus := loadSeed(b)
	for _, n := range []int{1, 20, 200} {
		var arts []*corpus.Article
		for i := range n {
			for _, a := range seedCorpus.Articles {
				cp := *a
				cp.ID = fmt.Sprintf("%s-%d", a.ID, i)
				arts = append(arts, &cp)
			}
		}
		c, err := corpus.New(arts)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("articles=%d", len(arts)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Build(c)
			}
		})
	}
}

// BenchmarkFilter filters the seed timeline by entity and date range, as the view does on
// every navigation.
func BenchmarkFilter(b *testing.B) {
	c := loadSeed(b)
	evs := Build(c)
	q := Query{Entity: "TikTok", From: corpus.Date{Year: 2024, Precision: corpus.PrecisionYear}}
	b.ReportAllocs()
	for b.Loop() {
		Filter(c, evs, q)
	}
}
