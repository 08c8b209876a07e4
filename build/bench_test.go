package main

import (
	"fmt"
	"io"
	"os"
	"testing"

	"parallax/corpus/ingest"
	"parallax/internal/corpusdata"
	"parallax/internal/fixture"
	"parallax/internal/synthfolder"
)

// BenchmarkCorpusData measures what `make data` does for a corpus folder — ingestion, date
// extraction, the timeline's events, encoding — on the fixture and on the fixture grown with
// synthetic articles. Reports the data file's size per article.
func BenchmarkCorpusData(b *testing.B) {
	for _, n := range []int{0, 500} {
		b.Run(fmt.Sprintf("fixture+%d", n), func(b *testing.B) {
			dir := b.TempDir()
			if err := synthfolder.Copy(dir, fixture.Seed()); err != nil {
				b.Fatal(err)
			}
			if n > 0 {
				if err := synthfolder.Add(dir, n); err != nil {
					b.Fatal(err)
				}
			}
			fsys := os.DirFS(dir)
			var size, arts int
			for b.Loop() {
				data, found, err := corpusdata.FromFolder(fsys, ingest.Options{}, nil, io.Discard)
				if err != nil {
					b.Fatal(err)
				}
				size, arts = len(data), len(found)
			}
			b.ReportMetric(float64(size)/float64(arts), "bytes/article")
		})
	}
}
