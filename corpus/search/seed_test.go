package search

import (
	"strings"
	"sync"
	"testing"

	"parallax/corpus"
	"parallax/corpus/ingest"
	"parallax/corpus/search/synth"
	"parallax/internal/fixture"
)

func seedCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	c, err := seedCorpusErr()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// seedCorpusErr ingests the fixed copy of the seed articles once: the expectations below are
// about those five articles, not about whatever corpus a user ships.
var seedCorpusErr = sync.OnceValues(func() (*corpus.Corpus, error) {
	arts, err := ingest.Corpus(fixture.Seed())
	if err != nil {
		return nil, err
	}
	return corpus.New(arts)
})

// seedRankCases run on the real, ingested seed corpus: query → first article and its first
// snippet. Phrase is a part of that sentence, checked too, so that each expectation shows why
// it is right.
var seedRankCases = []struct {
	query, article, sentence, phrase string
}{
	{"walmrt microsft", "walmart-microsoft-tiktok-bid", "p1s1", "Walmart is forming a partnership with tech giant Microsoft"},
	{"Walmart Microsoft", "walmart-microsoft-tiktok-bid", "p1s1", "Walmart is forming a partnership with tech giant Microsoft"},
	{"microsoft walmart", "walmart-microsoft-tiktok-bid", "p1s1", "Walmart is forming a partnership with tech giant Microsoft"},
	{"micros", "walmart-microsoft-tiktok-bid", "p1s1", "Microsoft"},
	{"bytedanse musk", "tiktok-chew-musk-outreach", "p1s2", "ByteDance reportedly view Musk"},
	{"trasnparency", "walmart-microsoft-tiktok-bid", "p9s2", "transparency"},
	{"tarnsaction", "walmart-microsoft-tiktok-bid", "p6s1", "transaction"},
	{"kevin mayer", "walmart-microsoft-tiktok-bid", "p15s1", "Kevin Mayer"},
	{"mayer resigned", "walmart-microsoft-tiktok-bid", "p15s1", "Mayer resigned"},
	{"shou zi chew", "tiktok-chew-musk-outreach", "p1s1", "Shou Zi Chew"},
	{"elon musk government efficiency", "tiktok-chew-musk-outreach", "p1s1", "Elon Musk"},
	{"canada dissolve", "tiktok-chew-musk-outreach", "p10s2", "dissolve its operations in Canada"},
	{"australia children", "tiktok-chew-musk-outreach", "p10s3", "children under 16"},
	{"executive order wechat", "walmart-microsoft-tiktok-bid", "p5s1", "executive orders that would ban TikTok and WeChat"},
	{"omnichanel customers", "walmart-microsoft-tiktok-bid", "p12s1", "omnichannel customers"},
	{"whatjobs", "whatjobs-amazon-tiktok-scrutiny", "", ""},
}

func TestSeedRanking(t *testing.T) {
	c := seedCorpus(t)
	e := New(c)
	cases := seedRankCases
	for _, p := range synth.Probes {
		cases = append(cases, struct{ query, article, sentence, phrase string }{p.Text, p.Article, p.Sentence, p.Phrase})
	}
	for _, tc := range cases {
		t.Run(tc.query, func(t *testing.T) {
			r := e.Search(Query{Text: tc.query})
			if r.Err != nil || len(r.Groups) == 0 || r.Partial {
				t.Fatalf("err %v, %d groups, partial %v; suggestions %v", r.Err, len(r.Groups), r.Partial, r.Suggestions)
			}
			g := r.Groups[0]
			sid := ""
			if len(g.Snippets) > 0 {
				sid = g.Snippets[0].SentenceID
			}
			if g.Article.ID != tc.article || sid != tc.sentence {
				t.Fatalf("first %s#%s, want %s#%s", g.Article.ID, sid, tc.article, tc.sentence)
			}
			if tc.sentence == "" {
				return
			}
			if s := g.Article.Sentence(tc.sentence); s == nil || !strings.Contains(s.Text, tc.phrase) {
				t.Errorf("expectation wrong: %s#%s does not hold %q", tc.article, tc.sentence, tc.phrase)
			}
			if len(g.Snippets[0].Highlights) == 0 {
				t.Errorf("first snippet has no highlights")
			}
		})
	}
}

func TestSeedPartial(t *testing.T) {
	e := New(seedCorpus(t))
	// No sentence names Walmart and Georgia: the best partial matches are shown as such.
	r := e.Search(Query{Text: "walmart georgia"})
	if !r.Partial || len(r.Groups) == 0 {
		t.Fatalf("partial %v, %d groups", r.Partial, len(r.Groups))
	}
	for _, g := range r.Groups {
		if g.Matched != 1 || len(g.Snippets) == 0 || len(g.Snippets[0].Missing) != 1 {
			t.Errorf("%s: matched %d, snippets %+v", g.Article.ID, g.Matched, g.Snippets)
		}
	}
}
