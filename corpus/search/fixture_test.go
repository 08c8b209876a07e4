package search

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"parallax/corpus"
)

// seedIDs are the catalog's IDs of the seed files, fixed by the project.
var seedIDs = map[string]string{
	"000_b43b174afc0686c2.txt": "whatjobs-amazon-tiktok-scrutiny",
	"001_c7869f84e0e8e345.txt": "amazon-tiktok-acquisition-talks",
	"002_482d2b72d3342936.txt": "tiktok-chew-musk-outreach",
	"003_a7927c15cd431c42.txt": "walmart-microsoft-tiktok-bid",
	"004_2d7fc6445bbe3767.txt": "amazon-china-ccp-report",
}

var sentenceEnd = regexp.MustCompile(`[a-z][.!?][”"]?\s+()[A-Z“"]`)

// rawSeed builds articles from the raw seed files with a deliberately naive split (one paragraph
// per line, sentences at end punctuation), so that the engine is tested independently of the
// ingestion pipeline. IDs follow the "p3s2" scheme.
func rawSeed(t testing.TB) *corpus.Corpus {
	t.Helper()
	var arts []*corpus.Article
	for file, id := range seedIDs {
		raw, err := os.ReadFile(filepath.Join("..", "articles", file))
		if err != nil {
			t.Fatal(err)
		}
		a := &corpus.Article{ID: id, File: file, AuthorNote: "test fixture"}
		for _, line := range strings.Split(string(raw), "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			if a.Title == "" {
				a.Title = id
				if len(line) < 150 {
					a.Title = line
					continue
				}
			}
			p := corpus.Paragraph{}
			rest := line
			for rest != "" {
				end := len(rest)
				if loc := sentenceEnd.FindStringSubmatchIndex(rest); loc != nil {
					end = loc[2]
				}
				p.Sentences = append(p.Sentences, corpus.Sentence{
					ID:   fmt.Sprintf("p%ds%d", len(a.Paragraphs)+1, len(p.Sentences)+1),
					Text: strings.TrimSpace(rest[:end]),
				})
				rest = rest[end:]
			}
			a.Paragraphs = append(a.Paragraphs, p)
		}
		arts = append(arts, a)
	}
	sortArticles(arts)
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func sortArticles(arts []*corpus.Article) {
	for i := range arts {
		for j := i + 1; j < len(arts); j++ {
			if arts[j].File < arts[i].File {
				arts[i], arts[j] = arts[j], arts[i]
			}
		}
	}
}
