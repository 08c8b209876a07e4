package search

import (
	"strings"
	"testing"
)

// Each query names the article that must come first and a phrase its first snippet must hold.
var rankCases = []struct {
	query, article, sentence string
}{
	{"walmrt microsft", "walmart-microsoft-tiktok-bid", "Walmart"},
	{"Walmart Microsoft", "walmart-microsoft-tiktok-bid", "Microsoft"},
	{"bytedanse musk", "tiktok-chew-musk-outreach", "Musk"},
	{"trasnparency", "walmart-microsoft-tiktok-bid", "transparency"},
	{"tarnsaction", "walmart-microsoft-tiktok-bid", "transaction"},
	{"kevin mayer", "walmart-microsoft-tiktok-bid", "Kevin Mayer"},
	{"shou zi chew", "tiktok-chew-musk-outreach", "Shou Zi Chew"},
	{"elon musk government efficiency", "tiktok-chew-musk-outreach", "Department of Government Efficiency"},
	{"canada dissolve", "tiktok-chew-musk-outreach", "dissolve"},
	{"australia children", "tiktok-chew-musk-outreach", "children under 16"},
	{"georgia election law", "amazon-china-ccp-report", "Georgia"},
	{"georgai electon", "amazon-china-ccp-report", "Georgia"},
	{"executive order wechat", "walmart-microsoft-tiktok-bid", "WeChat"},
	{"whatjobs", "whatjobs-amazon-tiktok-scrutiny", ""},
	{"omnichanel customers", "walmart-microsoft-tiktok-bid", "omnichannel"},
	{"mayer resigned", "walmart-microsoft-tiktok-bid", "resigned"},
	{"micros", "walmart-microsoft-tiktok-bid", "Microsoft"},
}

func TestRanking(t *testing.T) {
	e := New(rawSeed(t))
	for _, c := range rankCases {
		t.Run(c.query, func(t *testing.T) {
			r := e.Search(Query{Text: c.query})
			if r.Err != nil {
				t.Fatal(r.Err)
			}
			if len(r.Groups) == 0 {
				t.Fatalf("no results; suggestions %v", r.Suggestions)
			}
			g := r.Groups[0]
			if g.Article.ID != c.article {
				var got []string
				for _, g := range r.Groups {
					got = append(got, g.Article.ID)
				}
				t.Fatalf("first article %s, want %s; all %v", g.Article.ID, c.article, got)
			}
			if r.Partial {
				t.Errorf("partial results for %q", c.query)
			}
			if c.sentence == "" {
				return
			}
			if len(g.Snippets) == 0 || !strings.Contains(g.Snippets[0].Text, c.sentence) {
				t.Errorf("first snippet %+v, want one holding %q", g.Snippets, c.sentence)
			}
		})
	}
}
