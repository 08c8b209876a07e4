package timeline_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
	"parallax/corpus/ingest"
	"parallax/corpus/timeline"
	"parallax/internal/fixture"
)

func fixtureCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	arts, err := ingest.Corpus(fixture.Seed())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		a.Dates = timeline.Extract(a)
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestEventsRoundTrip checks that the browser gets exactly the events Build makes at build time:
// every field of every event and source survives.
func TestEventsRoundTrip(t *testing.T) {
	c := fixtureCorpus(t)
	events := timeline.Build(c)
	if len(events) == 0 {
		t.Fatal("no events in the fixture")
	}
	hand := []timeline.Event{{
		Date:   corpus.Date{Year: -3, Quarter: 4, Month: 12, Part: corpus.PartLate, Day: 31, Precision: corpus.PrecisionDay},
		Anchor: corpus.AnchorEstimated, Role: corpus.RoleExpected, Lane: timeline.LanePublished,
		Sources: []timeline.Source{{Article: c.Articles[1].ID, Sentence: "x", Text: "", Start: 5, End: 3,
			Entities: []string{"A", "A", ""}}, {Article: c.Articles[0].ID}},
	}, {}}
	for name, evs := range map[string][]timeline.Event{"fixture": events, "hand-built": hand, "none": {}} {
		t.Run(name, func(t *testing.T) {
			data, err := timeline.EncodeEvents(c.Articles, evs)
			if err != nil {
				t.Fatal(err)
			}
			got, err := timeline.DecodeEvents(data, c.Articles)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(evs, got); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEventsErrors checks damaged data and data of another corpus are refused, never a panic.
func TestEventsErrors(t *testing.T) {
	c := fixtureCorpus(t)
	data, err := timeline.EncodeEvents(c.Articles, timeline.Build(c))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := timeline.EncodeEvents(c.Articles[:1], timeline.Build(c)); err == nil {
		t.Error("encoding events of articles not given: no error")
	}
	for name, tt := range map[string]struct {
		data []byte
		arts []*corpus.Article
	}{
		"empty":          {nil, c.Articles},
		"truncated":      {data[:len(data)-1], c.Articles},
		"trailing bytes": {append(append([]byte{}, data...), 0), c.Articles},
		"other corpus":   {data, c.Articles[:1]},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := timeline.DecodeEvents(tt.data, tt.arts); !errors.Is(err, timeline.ErrEvents) {
				t.Errorf("error %v, want ErrEvents", err)
			}
		})
	}
}

func FuzzDecodeEvents(f *testing.F) {
	c := fixtureCorpus(f)
	data, err := timeline.EncodeEvents(c.Articles, timeline.Build(c))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte("TLE1"))
	f.Fuzz(func(t *testing.T, data []byte) {
		timeline.DecodeEvents(data, c.Articles)
	})
}
