package timeline

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parallax/corpus"
	"parallax/corpus/entity"
	"parallax/corpus/ingest"
	"parallax/corpus/search/synth"
)

// BenchmarkBuildSynthetic builds the timeline of the deterministic synthetic corpus at 100,
// 1,000 and 10,000 articles, tagged beforehand as the index generator does. Its sentences draw
// the seed's words at random, so dates and words collide far more than in real news: a worst
// case for finding the accounts of one happening.
func BenchmarkBuildSynthetic(b *testing.B) {
	seedCorpus := loadSeed(b)
	all := synth.Generate(seedCorpus.Articles, 10000)
	for _, n := range []int{100, 1000, 10000} {
		arts := make([]*corpus.Article, n)
		mentions := 0
		for i, a := range all[:n] {
			cp := *a
			cp.Dates = Extract(&cp)
			mentions += len(cp.Dates)
			arts[i] = &cp
		}
		c, err := corpus.New(arts)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				Build(c)
			}
			// The machine is shared: the process's CPU time per build is steadier than the
			// wall clock.
			b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
			b.ReportMetric(float64(mentions), "mentions")
		})
	}
}

// bbcDir holds a public corpus of 2,225 BBC news articles (2004–2005, one folder per section,
// headline on the first line). It is kept outside the repository; the benchmarks skip without it.
const bbcDir = "/work/scratch/bbc"

// loadBBC ingests the BBC articles with the default entity tagger. Their publication dates are
// not in the files; the dataset's years are given as an estimated 2005 so that relative dates
// are resolved and weigh on the measurement as they would in a real corpus.
func loadBBC(b *testing.B) []*corpus.Article {
	b.Helper()
	if _, err := os.Stat(bbcDir); err != nil {
		b.Skipf("no BBC corpus at %s", bbcDir)
	}
	var arts []*corpus.Article
	skipped := 0
	tagger := entity.Default()
	err := filepath.WalkDir(bbcDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") || strings.EqualFold(d.Name(), "README.TXT") {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(bbcDir, path)
		id := "bbc-" + strings.ReplaceAll(strings.TrimSuffix(rel, ".txt"), string(filepath.Separator), "-")
		title, _, _ := strings.Cut(string(raw), "\n")
		e := ingest.Entry{ID: id, File: strings.TrimPrefix(id, "bbc-") + ".txt", Title: strings.TrimSpace(title), TitleNote: "the first line of the file", AuthorNote: "not in the dataset",
			Published: ingest.Published{Date: "2005", Basis: "estimated", Note: "the dataset covers 2004–2005"}}
		a, err := ingest.Article(e, raw, tagger)
		if err != nil {
			skipped++ // ingest refuses it (one file is not UTF-8); the rest is measured
			return nil
		}
		arts = append(arts, a)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	if skipped > 0 {
		b.Logf("%d BBC files refused by ingest", skipped)
	}
	return arts
}

// BenchmarkExtractBBC tags the BBC corpus; BenchmarkBuildBBC builds its timeline.
func BenchmarkExtractBBC(b *testing.B) {
	arts := loadBBC(b)
	mentions := 0
	b.ReportAllocs()
	for b.Loop() {
		mentions = 0
		for _, a := range arts {
			mentions += len(Extract(a))
		}
	}
	b.ReportMetric(float64(len(arts)), "articles")
	b.ReportMetric(float64(mentions), "mentions")
}

func BenchmarkBuildBBC(b *testing.B) {
	arts := loadBBC(b)
	for _, a := range arts {
		a.Dates = Extract(a)
	}
	c, err := corpus.New(arts)
	if err != nil {
		b.Fatal(err)
	}
	events := 0
	b.ReportAllocs()
	for b.Loop() {
		events = len(Build(c))
	}
	b.ReportMetric(float64(len(arts)), "articles")
	b.ReportMetric(float64(events), "events")
}
