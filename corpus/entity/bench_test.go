package entity

import (
	"io/fs"
	"os"
	"path/filepath"
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
// calls it (lines stand in for sentences); the target is several thousand sentences a second.
func BenchmarkTag(b *testing.B) {
	text := seedText(b)
	lines := strings.Split(text, "\n")
	benchSentences(b, Default(), lines)
}

// BenchmarkTagGold tags the sentences of both gold halves: news sentences dense in names.
func BenchmarkTagGold(b *testing.B) {
	var texts []string
	for _, c := range append(loadNER(b, "gold-dev.txtar"), loadNER(b, "gold-test.txtar")...) {
		texts = append(texts, c.text)
	}
	benchSentences(b, Default(), texts)
}

// BenchmarkTagBBC tags the sentences of a folder of plain-text articles named by PARALLAX_BBC
// (for example the BBC news corpus, kept outside the repository); it is skipped without one.
func BenchmarkTagBBC(b *testing.B) {
	dir := os.Getenv("PARALLAX_BBC")
	if dir == "" {
		b.Skip("PARALLAX_BBC names no folder of articles")
	}
	var texts []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		texts = append(texts, roughSentences(string(data))...)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	benchSentences(b, Default(), texts)
}

// roughSentences splits text at line breaks and at ". " before a capital: enough for a
// benchmark, which needs sentence-sized inputs, not correct ones.
func roughSentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		for line = strings.TrimSpace(line); line != ""; {
			i := strings.Index(line, ". ")
			for i >= 0 && (i+2 >= len(line) || line[i+2] < 'A' || line[i+2] > 'Z') {
				j := strings.Index(line[i+2:], ". ")
				if j < 0 {
					i = -1
					break
				}
				i += 2 + j
			}
			if i < 0 {
				out = append(out, line)
				break
			}
			out = append(out, line[:i+1])
			line = line[i+2:]
		}
	}
	return out
}

// benchSentences tags texts one by one and reports bytes and sentences per second.
func benchSentences(b *testing.B, tagger *Tagger, texts []string) {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			tagger.Tag(t)
		}
	}
	b.ReportMetric(float64(len(texts))*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
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

// BenchmarkLoadLexicon measures reading the embedded word lists, paid once per program.
func BenchmarkLoadLexicon(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadLexicon(); err != nil {
			b.Fatal(err)
		}
	}
}
