package align

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
	"parallax/corpus/ingest"
	"parallax/corpus/timeline"
	"parallax/internal/fixture"
)

// seed names a seed article by its catalog ID and raw file.
type seedFile struct{ id, file string }

var (
	whatjobs = seedFile{"whatjobs-amazon-tiktok-scrutiny", "000_b43b174afc0686c2.txt"}
	acquire  = seedFile{"amazon-tiktok-acquisition-talks", "001_c7869f84e0e8e345.txt"}
	chew     = seedFile{"tiktok-chew-musk-outreach", "002_482d2b72d3342936.txt"}
	walmart  = seedFile{"walmart-microsoft-tiktok-bid", "003_a7927c15cd431c42.txt"}
	ccp      = seedFile{"amazon-china-ccp-report", "004_2d7fc6445bbe3767.txt"}
)

// goldPair is a sentence of A and one of B, each named by words only it contains.
type goldPair struct{ a, b string }

// gold lists, per pair of seeds, sentences that report the same thing and must be paired, and
// sentences that share words but not a fact and must not be.
var gold = []struct {
	name     string
	a, b     seedFile
	must     []goldPair
	mustNot  []goldPair
	entities []string // entities the summary must list as shared
}{
	{
		name: "whatjobs vs Commercial Times on Biden's law",
		a:    whatjobs, b: chew,
		must: []goldPair{
			// Biden's April law and the January deadline.
			{"signed legislation requiring ByteDance to divest", "signed a “sell or ban” law"},
			// Trump's campaign stance.
			{"Trump pledged to \"save\" TikTok", "during his campaign, Trump stated"},
		},
		mustNot: []goldPair{
			{"holds a 15 percent stake in ByteDance", "global revenue for the first three quarters"},
			{"signed legislation requiring ByteDance to divest", "the Canadian government ordered TikTok"},
			{"app stores and internet hosting services", "ordered TikTok to dissolve its operations"},
			{"Lawmakers fear user data collected", "prohibit children under 16"},
			{"This poses risks to US consumers", "has ordered ByteDance"},
		},
		entities: []string{"Joe Biden", "ByteDance", "Donald Trump", "TikTok"},
	},
	{
		name: "Walmart/Microsoft bid vs Amazon acquisition talks",
		a:    walmart, b: acquire,
		must: []goldPair{
			// The two bids: each side's opening report of talks to acquire TikTok.
			{"currently negotiating with Microsoft", "in negotiations to acquire TikTok"},
		},
		mustNot: []goldPair{
			{"executive orders that would ban TikTok and WeChat", "The U.S. government has repeatedly raised"},
			{"executive orders that would ban TikTok and WeChat", "has faced mounting scrutiny"},
			{"acquiring its social app TikTok in the US", "Regulatory Crackdowns"},
			{"Kevin Mayer resigned from his post", "Final Decision Pending"},
		},
		entities: []string{"Microsoft", "TikTok", "ByteDance"},
	},
	{
		name: "whatjobs vs Amazon acquisition talks",
		a:    whatjobs, b: acquire,
		mustNot: []goldPair{
			{"designed to integrate e-commerce", "could mark a historic shift"},
			{"designed to integrate e-commerce", "in negotiations to acquire TikTok"},
		},
		entities: []string{"Amazon", "TikTok", "ByteDance"},
	},
	{
		name: "Amazon acquisition talks vs Commercial Times",
		a:    acquire, b: chew,
		mustNot: []goldPair{
			{"Regulatory Crackdowns", "will not sell TikTok’s U.S. operations"},
			{"has faced mounting scrutiny from governments", "has ordered ByteDance"},
		},
	},
	{
		name: "Commercial Times vs Walmart/Microsoft bid",
		a:    chew, b: walmart,
		mustNot: []goldPair{
			{"has ordered ByteDance", "issued executive orders that would ban"},
			{"has ordered ByteDance", "Retail giant Walmart is forming"},
		},
		entities: []string{"Donald Trump", "ByteDance"},
	},
	{
		name: "whatjobs vs Amazon China report",
		a:    whatjobs, b: ccp,
		mustNot: []goldPair{
			{"Chinese Communist Party in September", "threats posed by the Chinese Communist Party"},
			{"emblematic of the broader tensions", "just one part of a broader problem"},
		},
		entities: []string{"Amazon", "Chinese Communist Party"},
	},
}

func TestGoldRaw(t *testing.T) {
	for _, g := range gold {
		t.Run(g.name, func(t *testing.T) {
			a, b := rawArticle(t, g.a.id, g.a.file), rawArticle(t, g.b.id, g.b.file)
			checkGold(t, a, b, g.must, g.mustNot, g.entities)
		})
	}
}

func checkGold(t *testing.T, a, b *corpus.Article, must, mustNot []goldPair, entities []string) {
	t.Helper()
	for _, swap := range []bool{false, true} {
		x, y := a, b
		if swap {
			x, y = b, a
		}
		c := Compare(x, y)
		check := func(gp goldPair) (idA, idB, got string) {
			idA, idB = find(t, a, gp.a), find(t, b, gp.b)
			if swap {
				got, _ = partner(c, idB)
				return idB, idA, got
			}
			got, _ = partner(c, idA)
			return idA, idB, got
		}
		for _, gp := range must {
			if from, want, got := check(gp); got != want {
				t.Errorf("swap=%v: %s %s paired with %q, want %s\n%s", swap, x.ID, from, got, want, dump(c))
			}
		}
		for _, gp := range mustNot {
			if from, not, got := check(gp); got == not {
				t.Errorf("swap=%v: %s %s paired with %s, want not\n%s", swap, x.ID, from, got, dump(c))
			}
		}
		for _, e := range entities {
			found := false
			for _, s := range c.Summary.Shared {
				found = found || s.Entity == e
			}
			if !found {
				t.Errorf("swap=%v: %s not among shared entities %v", swap, e, c.Summary.Shared)
			}
		}
	}
}

func TestDumpRaw(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("only with -v: prints the seed comparisons for a person to read")
	}
	for _, g := range gold {
		c := Compare(rawArticle(t, g.a.id, g.a.file), rawArticle(t, g.b.id, g.b.file))
		t.Logf("%s\n%s", g.name, dump(c))
	}
}

// TestAlsoSeed: the Commercial Times reports the January deadline twice; the sentence that is not
// paired with whatjobs's account of the law points to that pair.
func TestAlsoSeed(t *testing.T) {
	c := seedCorpus(t)
	a, b := seedArticle(t, c, whatjobs.id), seedArticle(t, c, chew.id)
	cmpn := Compare(a, b)
	law := find(t, a, "signed legislation requiring ByteDance to divest")
	_, pair := partner(cmpn, law)
	if pair == nil {
		t.Fatalf("Biden's law not paired\n%s", dump(cmpn))
	}
	deadline := find(t, b, "has ordered ByteDance")
	for _, r := range cmpn.Rows {
		if r.B == deadline && r.Also != pair.N {
			t.Errorf("row of %s: Also = %d, want pair %d", deadline, r.Also, pair.N)
		}
	}
}

// TestGoldSeed checks the gold list on the ingested fixture copy of the seed corpus.
func TestGoldSeed(t *testing.T) {
	c := seedCorpus(t)
	for _, g := range gold {
		t.Run(g.name, func(t *testing.T) {
			checkGold(t, seedArticle(t, c, g.a.id), seedArticle(t, c, g.b.id), g.must, g.mustNot, g.entities)
		})
	}
}

// seedCorpus ingests the fixed copy of the seed articles (not the shipped corpus, which a user
// may replace) the way the index generator does: ingestion, then date extraction. It is done once
// per test binary.
func seedCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	c, err := loadSeed()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var loadSeed = sync.OnceValues(func() (*corpus.Corpus, error) {
	arts, err := ingest.Corpus(fixture.Seed())
	if err != nil {
		return nil, fmt.Errorf("ingesting the fixture seed corpus: %w", err)
	}
	for _, a := range arts {
		a.Dates = timeline.Extract(a)
	}
	return corpus.New(arts)
})

func seedArticle(t testing.TB, c *corpus.Corpus, id string) *corpus.Article {
	t.Helper()
	a, err := c.Article(id)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden keeps a readable record of every seed comparison in testdata/, so that a change in
// scoring shows up as a reviewable diff. Regenerate with -update.
func TestGolden(t *testing.T) {
	c := seedCorpus(t)
	for _, x := range allSeeds {
		for _, y := range allSeeds {
			if x.id >= y.id {
				continue
			}
			got := dump(Compare(seedArticle(t, c, x.id), seedArticle(t, c, y.id)))
			path := filepath.Join("testdata", x.id+"__"+y.id+".golden")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", path, diff)
			}
		}
	}
}
