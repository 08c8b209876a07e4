package timeline_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
	"parallax/corpus/index/nonzero"
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
		Until:  corpus.Date{Year: 2025, Month: 1, Precision: corpus.PrecisionMonth},
		Anchor: corpus.AnchorEstimated, Role: corpus.RoleExpected, Lane: timeline.LanePublished,
		Agreement: timeline.AgreeConflict,
		Disputed:  []corpus.Date{{Year: 2024, Month: 4, Day: 23, Precision: corpus.PrecisionDay}, {}, {Year: 2024, Precision: corpus.PrecisionYear}},
		Sources: []timeline.Source{{Article: c.Articles[1].ID, Sentence: "x", Text: "", Start: 5, End: 3,
			Until:    corpus.Date{Year: 2025, Precision: corpus.PrecisionYear},
			Entities: []string{"A", "A", ""}}, {Article: c.Articles[0].ID}},
	}, {
		Date: corpus.Date{Year: 2012, Month: 8, Day: 10, Precision: corpus.PrecisionDay},
		Alt:  corpus.Date{Year: 2012, Month: 10, Day: 8, Precision: corpus.PrecisionDay}, Agreement: timeline.AgreeCoarser,
		Sources: []timeline.Source{{Article: c.Articles[0].ID, Text: "8/10/2012",
			Date: corpus.Date{Year: 2012, Month: 8, Day: 10, Precision: corpus.PrecisionDay},
			Alt:  corpus.Date{Year: 2012, Month: 10, Day: 8, Precision: corpus.PrecisionDay}}},
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

// TestEventsEveryField guards against a field added to Event or Source without a change to
// EncodeEvents: the field comes back zero and the diff names it. When it fails, encode the
// field, decode it and change the format tag.
func TestEventsEveryField(t *testing.T) {
	c := fixtureCorpus(t)
	events := make([]timeline.Event, 2)
	for i := range events {
		if err := nonzero.Fill(&events[i]); err != nil {
			t.Fatal(err)
		}
		// A source names an article by its position in the corpus, so it must name one.
		for j := range events[i].Sources {
			events[i].Sources[j].Article = c.Articles[(i+j)%len(c.Articles)].ID
		}
		if z := nonzero.Zeros(events[i]); len(z) > 0 {
			t.Fatalf("fields left zero: %v", z)
		}
	}
	data, err := timeline.EncodeEvents(c.Articles, events)
	if err != nil {
		t.Fatal(err)
	}
	got, err := timeline.DecodeEvents(data, c.Articles)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(events, got); diff != "" {
		t.Errorf("fields lost or changed by the encoding (-want +got); encode them and change the format tag:\n%s", diff)
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

// TestEventsStale checks that events of an older or foreign format are refused with a message
// that names both formats and says how to rebuild.
func TestEventsStale(t *testing.T) {
	c := fixtureCorpus(t)
	data, err := timeline.EncodeEvents(c.Articles, timeline.Build(c))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		data []byte
		want string
	}{
		{"TLE1 (before ranges, agreement, disputes)", append([]byte("TLE1"), data[4:]...),
			`invalid timeline events: format "TLE1", but this build reads TLE2: rebuild the data from the corpus folder`},
		{"newer", append([]byte("TLE9"), data[4:]...),
			`invalid timeline events: format "TLE9", but this build reads TLE2: rebuild the data from the corpus folder`},
		{"foreign", []byte("PLXI\x03"), `invalid timeline events: not timeline events (no "TLE" tag): rebuild the data from the corpus folder`},
		{"empty", nil, `invalid timeline events: not timeline events (no "TLE" tag): rebuild the data from the corpus folder`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := timeline.DecodeEvents(tt.data, c.Articles)
			if !errors.Is(err, timeline.ErrEvents) {
				t.Errorf("error %v does not wrap ErrEvents", err)
			}
			if err == nil || err.Error() != tt.want {
				t.Errorf("error\n got: %v\nwant: %s", err, tt.want)
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
	f.Add([]byte("TLE2"))
	f.Fuzz(func(t *testing.T, data []byte) {
		timeline.DecodeEvents(data, c.Articles)
	})
}
