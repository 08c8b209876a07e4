package timeline

import (
	"testing"

	"parallax/corpus"
	"parallax/corpus/ingest"
	"parallax/internal/fixture"
)

// seedGold is every temporal expression of the five seed articles as the catalog dates them.
var seedGold = map[string][]gold{
	"whatjobs-amazon-tiktok-scrutiny": {
		{"September", "2024-09", sta, happened},
		{"August", "2024-08", sta, happened},
		{"April", "2024-04", sta, happened},
		{"by January 19", "2025-01-19", sta, deadline},
	},
	"amazon-tiktok-acquisition-talks": nil,
	"tiktok-chew-musk-outreach": {
		{"by January 2025", "2025-01", abs, deadline},
		{"April this year", "2024-04", est, happened},
		{"by January 2025", "2025-01", abs, deadline},
		{"May", "2024-05", est, happened},
		{"by early December", "2024-12-early", est, expected},
		{"the first three quarters of 2024", "2024", abs, happened},
		{"November 6", "2024-11-06", est, happened},
		{"November 8", "2024-11-08", est, happened},
	},
	"walmart-microsoft-tiktok-bid": {
		{"Earlier this month", "2020-08", cur, happened},
		{"in 45 days", "", unr, expected},
		{"after 45 days", "", unr, expected},
		{"by September 15", "2020-09-15", cur, expected},
		{"hours after", "", unr, happened},
		{"within the next week", "2020", cur, expected},
	},
	"amazon-china-ccp-report": {
		{"Wednesday", "2021", est, happened},
		{"2019", "2019", abs, happened},
		{"November 2020", "2020-11", abs, happened},
	},
}

// loadSeed ingests the fixed copy of the seed articles and tags them with this extractor, as
// the index generator does; it never reads the shipped corpus, which users change.
func loadSeed(t testing.TB) *corpus.Corpus {
	t.Helper()
	arts, err := ingest.Corpus(fixture.Seed())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		a.Dates = Extract(a)
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestSeedGold measures extraction on the ingested seed articles, as the index holds them.
func TestSeedGold(t *testing.T) {
	c := loadSeed(t)
	var found, correct, total int
	for _, a := range c.Articles {
		want, ok := seedGold[a.ID]
		if !ok {
			t.Errorf("article %s has no gold list", a.ID)
			continue
		}
		got := Extract(a)
		found += len(got)
		total += len(want)
		used := make([]bool, len(want))
		for _, m := range got {
			hit := false
			for i, g := range want {
				if !used[i] && m.Text == g.text && m.Date == date(t, g.date) && m.Anchor == g.anchor && m.Role == g.role {
					used[i], hit = true, true
					break
				}
			}
			if hit {
				correct++
			} else {
				t.Logf("%s: unexpected %s", a.ID, show(m))
			}
			if s := a.Sentence(m.Sentence); s == nil || s.Text[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %s does not point at its text", a.ID, show(m))
			}
		}
		for i, g := range want {
			if !used[i] {
				t.Logf("%s: missed %q → %s", a.ID, g.text, date(t, g.date))
			}
		}
	}
	precision := float64(correct) / float64(max(found, 1))
	recall := float64(correct) / float64(max(total, 1))
	t.Logf("seeds: %d expressions, %d found, %d correct: precision %.3f, recall %.3f", total, found, correct, precision, recall)
	if precision < 0.9 || recall < 0.9 {
		t.Errorf("precision %.3f, recall %.3f: want both at least 0.9", precision, recall)
	}
}

// TestSeedTimeline checks the events the issue names, on the fixed seed articles.
func TestSeedTimeline(t *testing.T) {
	c := loadSeed(t)
	evs := Build(c)
	find := func(d string, role corpus.DateRole) *Event {
		for i := range evs {
			if evs[i].Lane == LaneReported && evs[i].Date == date(t, d) && evs[i].Role == role {
				return &evs[i]
			}
		}
		t.Errorf("no %s event on %s", role, d)
		return nil
	}
	if e := find("2024-04", happened); e != nil && len(e.Articles()) != 2 {
		t.Errorf("Biden's signing in April 2024 is reported by %v, want two articles", e.Articles())
	}
	if e := find("2025-01-19", deadline); e != nil && len(e.Articles()) < 2 {
		t.Errorf("the January 19, 2025 deadline is reported by %v, want two articles", e.Articles())
	}
	if e := find("2024-11-06", happened); e != nil && e.Anchor != corpus.AnchorEstimated {
		t.Errorf("the Canadian order rests on %s, want the estimated date", e.Anchor)
	}
	if e := find("2020-09-15", expected); e != nil && e.Anchor != corpus.AnchorCurated {
		t.Errorf("Microsoft's September 15 target rests on %s, want the curated date", e.Anchor)
	}
	if e := find("2019", happened); e != nil && e.Sources[0].Article != "amazon-china-ccp-report" {
		t.Errorf("the 2019 closing comes from %v", e.Articles())
	}
	pubs := 0
	for _, e := range evs {
		if e.Lane == LanePublished {
			pubs += len(e.Sources)
		}
	}
	if pubs != 4 {
		t.Errorf("%d publication dates, want the 4 known ones", pubs)
	}
}

// TestNoPrecisionFromNowhere: a date resolved against the publication date carries that date's
// basis, and an article without a date yields only absolute or unresolved mentions.
func TestNoPrecisionFromNowhere(t *testing.T) {
	for _, a := range loadSeed(t).Articles {
		for _, m := range a.Dates {
			switch {
			case m.Anchor == corpus.AnchorAbsolute || m.Anchor == corpus.AnchorUnresolved:
			case a.Published.Basis == corpus.BasisUnknown:
				t.Errorf("%s: %s rests on an unknown publication date", a.ID, show(m))
			case pubAnchor(a.Published.Basis) != m.Anchor:
				t.Errorf("%s: %s, but the article's date is %s", a.ID, show(m), a.Published.Basis)
			}
			if m.Anchor == corpus.AnchorUnresolved && m.Date.Precision != corpus.PrecisionUnknown {
				t.Errorf("%s: unresolved %s has a date", a.ID, show(m))
			}
		}
	}
}
