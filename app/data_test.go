package app

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"parallax/corpus"
	"parallax/corpus/index"
	"parallax/corpus/ingest"
	"parallax/corpus/search"
	"parallax/corpus/timeline"
	"parallax/internal/fixture"
)

// TestMain gives the pages the fixed seed corpus of package fixture, built as `make data` builds
// a data file, so that the tests hold whatever corpus the project ships.
func TestMain(m *testing.M) {
	if err := SetData(fixtureData()); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}

func fixtureData() []byte {
	return fixtureDataWith(func(events []timeline.Event) []timeline.Event { return events })
}

// fixtureDataWith builds the fixture's data file as the build does, with the events that edit
// makes of timeline.Build's.
func fixtureDataWith(edit func([]timeline.Event) []timeline.Event) []byte {
	arts, err := ingest.Corpus(fixture.Seed())
	if err != nil {
		panic(err)
	}
	for _, a := range arts {
		a.Dates = timeline.Extract(a)
	}
	c, err := corpus.New(arts)
	if err != nil {
		panic(err)
	}
	events, err := timeline.EncodeEvents(arts, edit(timeline.Build(c)))
	if err != nil {
		panic(err)
	}
	var buf bytes.Buffer
	if err := index.Encode(&buf, arts, index.Section{Name: TimelineSection, Data: events}); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// TestTimelineFromData checks that the timeline's events come from the data file, never rebuilt
// in the browser: a data file whose events were cut to one shows that one.
func TestTimelineFromData(t *testing.T) {
	defer SetData(fixtureData())
	var want []timeline.Event
	if err := SetData(fixtureDataWith(func(evs []timeline.Event) []timeline.Event {
		want = evs[len(evs)-1:]
		return want
	})); err != nil {
		t.Fatal(err)
	}
	c, _ := loadCorpus()
	if got := corpusTimeline(c); !reflect.DeepEqual(got, want) {
		t.Errorf("timeline events: %d, want the data's %d", len(got), len(want))
	}

	// Data without the events, or with damaged ones, is an error for the views, never rebuilt.
	var buf bytes.Buffer
	if err := index.Encode(&buf, c.Articles); err != nil {
		t.Fatal(err)
	}
	if err := SetData(buf.Bytes()); err == nil || !strings.Contains(err.Error(), "no timeline events") {
		t.Errorf("data without events: %v", err)
	}
	buf.Reset()
	if err := index.Encode(&buf, c.Articles, index.Section{Name: TimelineSection, Data: []byte("TLE1\xff")}); err != nil {
		t.Fatal(err)
	}
	if err := SetData(buf.Bytes()); !errors.Is(err, timeline.ErrEvents) {
		t.Errorf("data with damaged events: %v", err)
	}
	if c, _ := loadCorpus(); c != nil {
		t.Error("a corpus without its events")
	}
}

// TestSetDataErrors checks that bad data becomes an error for every view, never a panic, and
// that good data afterwards replaces it together with what was derived from the old corpus.
func TestSetDataErrors(t *testing.T) {
	good := fixtureData()
	defer SetData(good)
	stale := append([]byte(index.Magic), 0x7f)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not a Parallax index"},
		{"stale format", append(stale, good[len(index.Magic)+1:]...), "format version 127, but this build reads version"},
		{"truncated", good[:len(good)/2], "checksum mismatch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := SetData(tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, index.ErrFormat) {
				t.Fatalf("SetData: %v, want an ErrFormat saying %q", err, tt.want)
			}
			if c, err2 := loadCorpus(); c != nil || err2 != err {
				t.Errorf("loadCorpus after bad data: %v, %v; want nil and the same error", c, err2)
			}
			if res := runSearch(search.Query{Text: "tiktok"}); res.Err == nil {
				t.Error("search over bad data: no error")
			}
		})
	}
	if err := SetData(good); err != nil {
		t.Fatal(err)
	}
	if c, err := loadCorpus(); err != nil || len(c.Articles) == 0 {
		t.Fatalf("after good data: %v articles, %v", c, err)
	}
	if res := runSearch(search.Query{Text: "tiktok"}); res.Err != nil || res.Total == 0 {
		t.Errorf("search after good data: %v, %d results", res.Err, res.Total)
	}
}

// TestQuarterDone: the views' loading status moves in quarters, so that its live region is
// announced a few times, not once per percent.
func TestQuarterDone(t *testing.T) {
	for _, tc := range []struct{ done, total, want int64 }{
		{0, 100, 0}, {24, 100, 0}, {25, 100, 25}, {49, 100, 25}, {99, 100, 75}, {100, 100, 100},
		{150, 100, 100}, {7, 0, 0}, {-3, 100, 0}, {1000, 4000, 1000}, {2999, 4000, 2000},
	} {
		if got := quarterDone(tc.done, tc.total); got != tc.want {
			t.Errorf("quarterDone(%d, %d) = %d, want %d", tc.done, tc.total, got, tc.want)
		}
	}
}
