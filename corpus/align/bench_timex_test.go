package align

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"parallax/corpus"
	"parallax/corpus/entity"
	"parallax/corpus/ingest"
	"parallax/corpus/timeline"
)

// TestSharedDatesCorpus measures the compare summary's shared dates on a folder of plain-text
// articles named by PARALLAX_BENCH_FOLDER (e.g. a public corpus kept outside the repository):
// each article is compared with the next one in its folder, as a reader comparing two reports
// of one section would, with publication dates estimated to a year as such a corpus gives them.
// It logs how many pairs share a date, how many shared dates are days, months or years, and
// how many are stated alike without a date; it asserts nothing and is skipped without the
// variable.
func TestSharedDatesCorpus(t *testing.T) {
	dir := os.Getenv("PARALLAX_BENCH_FOLDER")
	if dir == "" {
		t.Skip("set PARALLAX_BENCH_FOLDER to a corpus folder")
	}
	byFolder := map[string][]*corpus.Article{}
	var folders []string
	tagger := entity.Default()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") || strings.EqualFold(d.Name(), "README.TXT") {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		id := "x-" + strings.ToLower(strings.ReplaceAll(strings.TrimSuffix(rel, ".txt"), string(filepath.Separator), "-"))
		title, _, _ := strings.Cut(string(raw), "\n")
		e := ingest.Entry{ID: id, File: strings.TrimPrefix(id, "x-") + ".txt", Title: strings.TrimSpace(title), TitleNote: "first line", AuthorNote: "not in the dataset",
			Published: ingest.Published{Date: "2005", Basis: "estimated", Note: "assumed for the measurement"}}
		a, err := ingest.Article(e, raw, tagger)
		if err != nil {
			return nil
		}
		a.Dates = timeline.Extract(a)
		f := filepath.Dir(rel)
		if _, ok := byFolder[f]; !ok {
			folders = append(folders, f)
		}
		byFolder[f] = append(byFolder[f], a)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(folders)
	pairs, sharing, undated := 0, 0, 0
	byPrec := map[corpus.Precision]int{}
	var examples []string
	for _, f := range folders {
		arts := byFolder[f]
		for i := 0; i+1 < len(arts); i++ {
			c := Compare(arts[i], arts[i+1])
			pairs++
			if len(c.Summary.Dates) > 0 {
				sharing++
			}
			for _, d := range c.Summary.Dates {
				byPrec[d.Date.Precision]++
				if d.Date.Precision == corpus.PrecisionUnknown {
					undated++
					if len(examples) < 10 {
						examples = append(examples, arts[i].ID+" / "+arts[i+1].ID+": "+d.A[0].Text+" / "+d.B[0].Text)
					}
				}
			}
		}
	}
	t.Logf("%d pairs, %d share a date; shared dates: %d days, %d months, %d years, %d stated alike without a date",
		pairs, sharing, byPrec[corpus.PrecisionDay], byPrec[corpus.PrecisionMonth]+byPrec[corpus.PrecisionPartOfMonth], byPrec[corpus.PrecisionYear], undated)
	for _, e := range examples {
		t.Log(e)
	}
}
