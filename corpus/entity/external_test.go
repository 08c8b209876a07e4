package entity_test

import (
	"fmt"
	"hash/fnv"
	"os"
	"sort"
	"strings"
	"testing"

	"parallax/corpus"
	"parallax/corpus/ingest"
)

// TestExternalCorpus tags a folder kept outside the repository, named by the environment variable
// PARALLAX_BENCH_FOLDER (e.g. a public corpus for measurement), and logs the number of distinct
// entity names per kind and a fixed sample of mentions with their sentences, to be checked by
// hand for precision. PARALLAX_SAMPLE sets the sample size (default 50); PARALLAX_SHOW lists the
// mentions of the articles whose file names contain it (comma-separated). Without the folder
// variable it is skipped.
func TestExternalCorpus(t *testing.T) {
	dir := os.Getenv("PARALLAX_BENCH_FOLDER")
	if dir == "" {
		t.Skip("set PARALLAX_BENCH_FOLDER to a corpus folder")
	}
	res, err := ingest.Folder(os.DirFS(dir), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	type ref struct {
		key  uint64
		line string
	}
	names := map[corpus.EntityKind]map[string]bool{}
	var refs []ref
	total := 0
	show := strings.Split(os.Getenv("PARALLAX_SHOW"), ",")
	for _, a := range res.Articles {
		shown := false
		for _, s := range show {
			if s != "" && strings.Contains(a.File, s) {
				shown = true
			}
		}
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				for _, m := range s.Mentions {
					if names[m.Kind] == nil {
						names[m.Kind] = map[string]bool{}
					}
					names[m.Kind][m.Entity] = true
					total++
					line := fmt.Sprintf("%s %s %-6s %q → %q in: %s", a.File, s.ID, m.Kind, s.Text[m.Start:m.End], m.Entity, s.Text)
					if shown {
						t.Log(line)
					}
					h := fnv.New64a()
					fmt.Fprintf(h, "%s/%s/%d", a.File, s.ID, m.Start)
					refs = append(refs, ref{h.Sum64(), line})
				}
			}
		}
	}
	distinct := 0
	for k, n := range names {
		t.Logf("distinct %-13s %d", k, len(n))
		distinct += len(n)
	}
	t.Logf("%d articles, %d mentions, %d distinct entity names", len(res.Articles), total, distinct)
	n := 50
	fmt.Sscan(os.Getenv("PARALLAX_SAMPLE"), &n)
	sort.Slice(refs, func(i, j int) bool { return refs[i].key < refs[j].key })
	for i := 0; i < n && i < len(refs); i++ {
		t.Logf("sample %2d: %s", i+1, refs[i].line)
	}
}
