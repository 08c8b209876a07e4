package align

import (
	"os"
	"slices"
	"testing"

	"parallax/corpus"
	"parallax/corpus/internal/benchfolder"
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
	arts, _, err := benchfolder.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		a.Dates = timeline.Extract(a)
		if _, ok := byFolder[a.Section]; !ok {
			folders = append(folders, a.Section)
		}
		byFolder[a.Section] = append(byFolder[a.Section], a)
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
