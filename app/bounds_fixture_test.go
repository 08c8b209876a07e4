//go:build !wasm

package app

// The 10,000-article corpus and timeline the bounds tests and benchmarks render.

import (
	"sync"
	"testing"

	"parallax/corpus"
	"parallax/corpus/ingest"
	"parallax/corpus/search/synth"
	"parallax/corpus/timeline"
	"parallax/internal/fixture"
)

var (
	bigOnce   sync.Once
	bigCorpus *corpus.Corpus
	bigEvents []timeline.Event
	bigErr    error
)

// bigTimeline returns a deterministic 10,000-article corpus (the five fixture articles, then
// synthetic ones) and a timeline for it: a publication per article, and reported events of every
// precision, agreement and size, some reported by hundreds of articles. timeline.Build is not
// run: the synthetic sentences state no dates, and the events' shapes are what the view bounds.
func bigTimeline(t testing.TB) (*corpus.Corpus, []timeline.Event) {
	t.Helper()
	bigOnce.Do(func() {
		seed, err := ingest.Corpus(fixture.Seed())
		if err != nil {
			bigErr = err
			return
		}
		arts := synth.Generate(seed, 10000)
		// A tenth of the synthetic articles lose their date, a twentieth their outlet, as in
		// real collections.
		for i, a := range arts[len(seed):] {
			if i%10 == 3 {
				a.Published = corpus.PubDate{}
			}
			if i%20 == 7 {
				a.Outlet = ""
			}
		}
		bigCorpus, bigErr = corpus.New(arts)
		if bigErr != nil {
			return
		}
		bigEvents = synthEvents(arts)
	})
	if bigErr != nil {
		t.Fatal(bigErr)
	}
	return bigCorpus, bigEvents
}

func synthEvents(arts []*corpus.Article) []timeline.Event {
	var evs []timeline.Event
	byDate := map[corpus.Date]int{}
	for _, a := range arts {
		d := a.Published.Date
		if d.Precision == corpus.PrecisionUnknown {
			continue
		}
		i, ok := byDate[d]
		if !ok {
			i = len(evs)
			byDate[d] = i
			evs = append(evs, timeline.Event{Date: d, Lane: timeline.LanePublished, Anchor: corpus.AnchorStated})
		}
		evs[i].Sources = append(evs[i].Sources, timeline.Source{Article: a.ID, Date: d})
	}
	src := func(a *corpus.Article, d corpus.Date) timeline.Source {
		text := a.Paragraphs[0].Sentences[0].Text
		return timeline.Source{Article: a.ID, Sentence: a.Paragraphs[0].Sentences[0].ID, Text: text[:min(len(text), 12)], Start: 0, End: min(len(text), 12), Date: d, Anchor: corpus.AnchorStated}
	}
	for i := 0; i+3 < len(arts); i += 3 {
		a := arts[i]
		day := corpus.Date{Year: 2019 + i%6, Month: 1 + i%12, Day: 1 + i%28, Precision: corpus.PrecisionDay}
		month := corpus.Date{Year: day.Year, Month: day.Month, Precision: corpus.PrecisionMonth}
		e := timeline.Event{Date: day, Anchor: corpus.AnchorStated, Sources: []timeline.Source{src(a, day)}}
		switch i % 4 {
		case 1:
			e.Agreement = timeline.AgreeCoarser
			e.Sources = append(e.Sources, src(arts[i+1], month), src(arts[i+2], month))
		case 2:
			e.Agreement = timeline.AgreeConflict
			e.Disputed = []corpus.Date{{Year: day.Year, Month: day.Month, Day: 1 + (day.Day+3)%28, Precision: corpus.PrecisionDay}}
		case 3:
			e.Date, e.Sources = month, []timeline.Source{src(a, month)}
		}
		if i%997 == 0 { // a story every outlet covered
			for j := 0; j < 300; j++ {
				e.Sources = append(e.Sources, src(arts[(i+j*7)%len(arts)], day))
			}
		}
		evs = append(evs, e)
	}
	evs = append(evs, timeline.Event{Sources: []timeline.Source{src(arts[9], corpus.Date{})}})
	for i := 0; i < 50; i++ { // undated mentions
		evs = append(evs, timeline.Event{Sources: []timeline.Source{src(arts[100+i], corpus.Date{})}})
	}
	sortEvents(evs)
	return evs
}

func sortEvents(evs []timeline.Event) {
	less := func(a, b *timeline.Event) bool {
		if a.Dated() != b.Dated() {
			return a.Dated()
		}
		return a.Date.Start() < b.Date.Start()
	}
	// insertion sort would be quadratic at this size
	idx := make([]int, len(evs))
	for i := range idx {
		idx[i] = i
	}
	sortIdx(idx, func(i, j int) bool { return less(&evs[i], &evs[j]) })
	out := make([]timeline.Event, len(evs))
	for k, i := range idx {
		out[k] = evs[i]
	}
	copy(evs, out)
}

func sortIdx(idx []int, less func(i, j int) bool) {
	if len(idx) < 2 {
		return
	}
	mid := len(idx) / 2
	l := append([]int(nil), idx[:mid]...)
	r := append([]int(nil), idx[mid:]...)
	sortIdx(l, less)
	sortIdx(r, less)
	i, j, k := 0, 0, 0
	for i < len(l) && j < len(r) {
		if less(r[j], l[i]) {
			idx[k], j = r[j], j+1
		} else {
			idx[k], i = l[i], i+1
		}
		k++
	}
	for ; i < len(l); i, k = i+1, k+1 {
		idx[k] = l[i]
	}
	for ; j < len(r); j, k = j+1, k+1 {
		idx[k] = r[j]
	}
}
