package entity

import (
	"io/fs"
	"strings"
	"testing"

	"parallax/internal/fixture"
)

// seedText returns the five seed articles joined, the most realistic text at hand.
func seedText(b *testing.B) string {
	b.Helper()
	files, err := fs.Glob(fixture.Seed(), "articles/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("seed articles: %v", err)
	}
	var sb strings.Builder
	for _, name := range files {
		data, err := fs.ReadFile(fixture.Seed(), name)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n")
	}
	return sb.String()
}

// BenchmarkTag measures tagging throughput over the seed corpus, sentence by sentence as ingestion
// calls it (lines stand in for sentences); the target is above 10 MB/s.
func BenchmarkTag(b *testing.B) {
	text := seedText(b)
	lines := strings.Split(text, "\n")
	tagger := Default()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			tagger.Tag(l)
		}
	}
}

// BenchmarkTagLarge tags one long text of many repeated articles, the worst case for a caller
// that skips sentence splitting.
func BenchmarkTagLarge(b *testing.B) {
	text := strings.Repeat(seedText(b), 50)
	tagger := Default()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tagger.Tag(text)
	}
}

// BenchmarkParse measures building the default tagger from the embedded gazetteer, paid once per
// program (in the browser only when a reader imports articles).
func BenchmarkParse(b *testing.B) {
	b.SetBytes(int64(len(gazetteer)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(gazetteer); err != nil {
			b.Fatal(err)
		}
	}
}
