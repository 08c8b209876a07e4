package entity_test

import (
	"strings"
	"testing"

	"parallax/corpus"
	"parallax/corpus/entity"
	"parallax/corpus/ingest"
	"parallax/internal/fixture"
)

// fixtureArticles ingests the fixed copy of the seed corpus (not the shipped one, which a user
// may replace), tagging with the current gazetteer and rules.
func fixtureArticles(t *testing.T) map[string]*corpus.Article {
	t.Helper()
	as, err := ingest.Corpus(fixture.Seed())
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*corpus.Article{}
	for _, a := range as {
		byID[a.ID] = a
	}
	return byID
}

// TestSeedCorpusMentions checks the tagger on the cleaned sentences of the fixed seed corpus
// (re-tagged, so that a gazetteer edit is tested before the index is regenerated): the names each
// article is about are found under their canonical names.
func TestSeedCorpusMentions(t *testing.T) {
	articles := fixtureArticles(t)
	tests := []struct {
		id   string
		want []string
	}{
		{"whatjobs-amazon-tiktok-scrutiny", []string{"Amazon", "TikTok", "House Select Committee on the Chinese Communist Party", "Joe Biden", "Donald Trump", "Jeff Yass", "Susquehanna International Group", "Margaret Callahan", "United States", "China"}},
		{"amazon-tiktok-acquisition-talks", []string{"Amazon", "TikTok", "ByteDance", "Meta", "Google", "Instagram", "YouTube", "Microsoft", "United States", "Europe"}},
		{"tiktok-chew-musk-outreach", []string{"Commercial Times", "Wall Street Journal", "Shou Zi Chew", "Elon Musk", "Donald Trump", "Department of Government Efficiency", "Kamala Harris", "Joe Biden", "Washington, D.C.", "Canada", "Australia"}},
		{"walmart-microsoft-tiktok-bid", []string{"Walmart", "Microsoft", "TikTok", "WeChat", "Donald Trump", "ByteDance", "Chinese Communist Party", "Kevin Mayer"}},
		{"amazon-china-ccp-report", []string{"Amazon", "Amazon Web Services", "Amazon Basics", "Horizon Advisory", "Nicholas Picarsic", "Emily de la Bruyère", "Renwei Electronics", "Xinjiang", "NBA", "Major League Baseball", "Georgia", "Hong Kong", "Chinese Communist Party"}},
	}
	tagger := entity.Default()
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			a := articles[tt.id]
			if a == nil {
				t.Fatalf("no article %q in the fixture", tt.id)
			}
			found := map[string]bool{}
			for _, p := range a.Paragraphs {
				for _, s := range p.Sentences {
					for _, m := range tagger.Tag(s.Text) {
						found[m.Entity] = true
					}
				}
			}
			for _, name := range tt.want {
				if !found[name] {
					t.Errorf("%s: no mention of %q", tt.id, name)
				}
			}
		})
	}
}

// TestSeedNamesNotSplit checks that sentence splitting never cuts a name: tagging each paragraph
// whole must find the same mentions as tagging its sentences one by one.
func TestSeedNamesNotSplit(t *testing.T) {
	tagger := entity.Default()
	for _, a := range fixtureArticles(t) {
		for _, p := range a.Paragraphs {
			var texts []string
			perSentence := map[string]int{}
			for _, s := range p.Sentences {
				texts = append(texts, s.Text)
				for _, m := range tagger.Tag(s.Text) {
					perSentence[m.Entity]++
				}
			}
			whole := map[string]int{}
			for _, m := range tagger.Tag(strings.Join(texts, " ")) {
				whole[m.Entity]++
			}
			for name := range union(whole, perSentence) {
				if whole[name] != perSentence[name] {
					t.Errorf("%s %s: %q found %d times in the paragraph, %d times in its sentences", a.ID, firstID(p), name, whole[name], perSentence[name])
				}
			}
		}
	}
}

func firstID(p corpus.Paragraph) string {
	if len(p.Sentences) == 0 {
		return "(empty paragraph)"
	}
	return p.Sentences[0].ID
}

func union(a, b map[string]int) map[string]bool {
	u := map[string]bool{}
	for k := range a {
		u[k] = true
	}
	for k := range b {
		u[k] = true
	}
	return u
}
