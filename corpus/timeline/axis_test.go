package timeline

import (
	"fmt"
	"math/rand/v2"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
)

// axisCorpus returns n articles over outlets outlets (a few without one) and, for each, a
// publication event and a reported event whose precision varies.
func axisCorpus(t testing.TB, n, outlets int) (*corpus.Corpus, []Event) {
	rng := rand.New(rand.NewPCG(3, 4))
	var arts []*corpus.Article
	var evs []Event
	for i := 0; i < n; i++ {
		a := &corpus.Article{ID: fmt.Sprintf("a-%05d", i), Title: "T", AuthorNote: "x",
			Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: "x"}}}}}
		if i%17 != 0 {
			a.Outlet = fmt.Sprintf("Outlet %02d", rng.IntN(outlets))
		}
		arts = append(arts, a)
		pub := corpus.Date{Year: 2019 + rng.IntN(6), Month: 1 + rng.IntN(12), Day: 1 + rng.IntN(28), Precision: corpus.PrecisionDay}
		evs = append(evs, Event{Date: pub, Lane: LanePublished, Sources: []Source{{Article: a.ID, Date: pub}}})
		rep := pub
		switch i % 3 {
		case 1:
			rep.Day, rep.Precision = 0, corpus.PrecisionMonth
		case 2:
			rep.Month, rep.Day, rep.Precision = 0, 0, corpus.PrecisionYear
		}
		evs = append(evs, Event{Date: rep, Sources: []Source{{Article: a.ID, Sentence: "p1s1", Date: rep}}})
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	return c, evs
}

func TestParseView(t *testing.T) {
	tests := []struct {
		raw     string
		want    string // the view written back
		problem string
	}{
		{"", "", ""},
		{"at=2024&page=2", "at=2024&page=2", ""},
		{"at=2024-11-17", "at=2024-11-17", ""},
		{"at=2024-13", "", "period:"},
		{"at=someday&page=0", "", "page:"},
		// A number past any list is the last page (corpus.MaxPage), which the view clamps to.
		{"page=" + strings.Repeat("9", 40), "page=2147483647", ""},
		{"page=" + strings.Repeat("x", 40), "", "…"},
	}
	for _, tt := range tests {
		v, _ := url.ParseQuery(tt.raw)
		w, err := ParseView(v)
		if got := w.Set(url.Values{}).Encode(); got != tt.want {
			t.Errorf("ParseView(%q) writes back %q, want %q", tt.raw, got, tt.want)
		}
		if tt.problem == "" && err != nil || tt.problem != "" && (err == nil || !strings.Contains(err.Error(), tt.problem)) {
			t.Errorf("ParseView(%q) error = %v, want one about %q", tt.raw, err, tt.problem)
		}
	}
}

func TestPeriod(t *testing.T) {
	p, err := ParsePeriod("2024-02-29")
	if err != nil {
		t.Fatal(err)
	}
	var chain []string
	for q := p; ; q = q.Parent() {
		chain = append(chain, q.Label())
		if q.Whole() {
			break
		}
	}
	if diff := cmp.Diff([]string{"29 February 2024", "February 2024", "2024", "All years"}, chain); diff != "" {
		t.Errorf("parents (-want +got):\n%s", diff)
	}
}

// TestBuildAxis checks the axis's shape at every zoom and that its counts add up to the events
// in view, each counted once per lane and never spread over periods finer than its date.
func TestBuildAxis(t *testing.T) {
	c, evs := axisCorpus(t, 3000, 25)
	for _, at := range []string{"", "2021", "2021-06", "2021-06-15"} {
		p, _ := ParsePeriod(at)
		ax := BuildAxis(c, evs, p, 8)
		wantCols := map[string]int{"": 6, "2021": 12, "2021-06": 30, "2021-06-15": 30}[at]
		if len(ax.Columns) != wantCols {
			t.Errorf("at %q: %d columns, want %d", at, len(ax.Columns), wantCols)
		}
		if at == "2021-06-15" {
			p = p.Parent() // counted as its month's axis
		}
		if len(ax.Lanes) > 10 || ax.Lanes[8] != OtherOutlets || ax.Lanes[len(ax.Lanes)-1] != UnknownOutlet && at == "" {
			t.Errorf("at %q: lanes %v, want 8 outlets, the other outlets and the unknown", at, ax.Lanes)
		}
		lo, hi := p.Bounds()
		rep, pub := 0, 0
		for _, e := range evs {
			if e.Date.Start() >= lo && e.Date.Start() <= hi {
				if e.Lane == LanePublished {
					pub += len(e.Sources)
				} else {
					rep++
				}
			}
		}
		sum := ax.PublishedCoarser
		for _, n := range ax.Published {
			sum += n
		}
		if sum != pub {
			t.Errorf("at %q: publications counted %d, want %d", at, sum, pub)
		}
		sum = 0
		for l := range ax.Lanes {
			sum += ax.Coarser[l]
			for _, n := range ax.Counts[l] {
				sum += n
			}
		}
		if sum != rep { // one source each, so one lane each
			t.Errorf("at %q: reports counted %d, want %d", at, sum, rep)
		}
	}
	// A year-precise event is coarser than the months of its year, never put in January.
	year := corpus.Date{Year: 2021, Precision: corpus.PrecisionYear}
	ax := BuildAxis(c, []Event{{Date: year, Sources: []Source{{Article: "a-00001"}}}}, Period{Date: year}, 8)
	if ax.Coarser[0] != 1 || ax.Counts[0][0] != 0 {
		t.Errorf("a year-precise event on its year's axis: coarser %v, counts %v", ax.Coarser, ax.Counts)
	}
	// Years far apart are counted per century: 1700s to 2000s.
	far := []Event{{Date: corpus.Date{Year: 1789, Precision: corpus.PrecisionYear}}, {Date: corpus.Date{Year: 2024, Precision: corpus.PrecisionYear}}}
	if ax := BuildAxis(c, far, Period{}, 8); len(ax.Columns) != 4 || ax.Unit != UnitCentury {
		t.Errorf("1789 and 2024: %d columns of a %s, want 4 centuries", len(ax.Columns), ax.Unit)
	}
	if ax := BuildAxis(c, nil, Period{}, 8); len(ax.Columns) != 0 || len(ax.Lanes) != 0 {
		t.Errorf("no events: %+v", ax)
	}
}

func TestWindow(t *testing.T) {
	evs := make([]Event, 95)
	for _, tt := range []struct{ page, n, shown, pages int }{{1, 30, 1, 4}, {4, 5, 4, 4}, {9, 5, 4, 4}, {0, 30, 1, 4}} {
		w, shown, pages := Window(evs, tt.page, 30)
		if len(w) != tt.n || shown != tt.shown || pages != tt.pages {
			t.Errorf("Window(page %d) = %d events, page %d of %d", tt.page, len(w), shown, pages)
		}
	}
	if w, shown, pages := Window(nil, 3, 30); len(w) != 0 || shown != 1 || pages != 1 {
		t.Errorf("Window(nil) = %d, %d, %d", len(w), shown, pages)
	}
}

func TestDating(t *testing.T) {
	day := corpus.Date{Year: 2022, Month: 5, Day: 10, Precision: corpus.PrecisionDay}
	month := corpus.Date{Year: 2022, Month: 5, Precision: corpus.PrecisionMonth}
	apr23 := corpus.Date{Year: 2022, Month: 4, Day: 23, Precision: corpus.PrecisionDay}
	oct8 := corpus.Date{Year: 2012, Month: 10, Day: 8, Precision: corpus.PrecisionDay}
	tests := []struct {
		name string
		e    Event
		want []string
	}{
		{"same", Event{Date: day, Sources: []Source{{Date: day}, {Date: day}}}, nil},
		{"coarser", Event{Date: day, Agreement: AgreeCoarser, Sources: []Source{{Date: day}, {Date: month}}},
			[]string{"One source says May 2022, no finer."}},
		{"two coarser", Event{Date: day, Agreement: AgreeCoarser, Sources: []Source{{Date: month}, {Date: day}, {Date: month}}},
			[]string{"2 sources say May 2022, no finer."}},
		{"conflict", Event{Date: day, Agreement: AgreeConflict, Disputed: []corpus.Date{apr23}, Sources: []Source{{Date: day}}},
			[]string{"Conflict: another report dates this 23 April 2022."}},
		{"ambiguous", Event{Date: day, Alt: oct8, Sources: []Source{{Date: day, Alt: oct8}}},
			[]string{"Could also be read as 8 October 2012: the text does not say whether the day or the month comes first."}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.e.Dating()); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
	e := Event{Date: day, Agreement: AgreeCoarser}
	if got := e.SourceDating(Source{Date: month}); got != "dates it May 2022 (month)" {
		t.Errorf("SourceDating = %q", got)
	}
	if got := e.SourceDating(Source{Date: day}); got != "" {
		t.Errorf("SourceDating of the event's own date = %q", got)
	}
	r := Event{Date: month, Until: corpus.Date{Year: 2022, Month: 11, Precision: corpus.PrecisionMonth}, Anchor: corpus.AnchorEstimated}
	if got := r.When(); got != "c. May 2022 to November 2022" {
		t.Errorf("When = %q", got)
	}
}

// BenchmarkAxis10k buckets 20,000 events of 10,000 articles at each zoom, as the timeline view
// does on every navigation.
func BenchmarkAxis10k(b *testing.B) {
	c, evs := axisCorpus(b, 10000, 40)
	for _, at := range []string{"", "2021", "2021-06"} {
		p, _ := ParsePeriod(at)
		b.Run("at="+at, func(b *testing.B) {
			for b.Loop() {
				BuildAxis(c, evs, p, 8)
			}
		})
	}
	b.Run("InPeriod+Window", func(b *testing.B) {
		p, _ := ParsePeriod("2021-06")
		for b.Loop() {
			in, _ := InPeriod(evs, p)
			Window(in, 1, 30)
		}
	})
}

// FuzzViewAxis reads any link's view and builds its axis and window: never a panic, and a
// bounded result.
func FuzzViewAxis(f *testing.F) {
	f.Add("at=2021-06&page=3")
	f.Add("at=0001-01-01&page=99999999999")
	f.Add("at=9999-12")
	c, evs := axisCorpus(f, 300, 12)
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		w, _ := ParseView(v)
		ax := BuildAxis(c, evs, w.At, 8)
		if len(ax.Columns) > Century || len(ax.Lanes) > 10 {
			t.Fatalf("%q: %d columns, %d lanes", raw, len(ax.Columns), len(ax.Lanes))
		}
		in, within := InPeriod(evs, w.At)
		if within > len(in) {
			t.Fatalf("%q: %d within of %d", raw, within, len(in))
		}
		win, page, pages := Window(in, w.Page, 20)
		if len(win) > 20 || page < 1 || page > pages {
			t.Fatalf("%q: window of %d, page %d of %d", raw, len(win), page, pages)
		}
		_ = stepSafe(w.At)
	})
}

// stepSafe walks up from p to the whole timeline, as the view's trail does.
func stepSafe(p Period) int {
	n := 0
	for ; !p.Whole() && n < 5; p = p.Parent() {
		n++
	}
	return n
}

// TestPeriodDecadesAndCenturies reads, writes, bounds and nests the periods longer than a year.
func TestPeriodDecadesAndCenturies(t *testing.T) {
	for _, tc := range []struct {
		in, key, label, parent string
		lo, hi                 int
	}{
		{"1990s", "1990s", "1990s", "1900–1999", 19900101, 19991231},
		{"1990-1999", "1990s", "1990s", "1900–1999", 19900101, 19991231},
		{" 1600s ", "1600s", "1600s", "1600–1699", 16000101, 16091231},
		{"1900-1999", "1900-1999", "1900–1999", "All years", 19000101, 19991231},
		{"2000-2099", "2000-2099", "2000–2099", "All years", 20000101, 20991231},
		{"0900-0999", "0900-0999", "900–999", "All years", 9000101, 9991231},
		{"2024", "2024", "2024", "All years", 20240101, 20241231},
	} {
		p, err := ParsePeriod(tc.in)
		if err != nil {
			t.Errorf("ParsePeriod(%q): %v", tc.in, err)
			continue
		}
		lo, hi := p.Bounds()
		if p.Key() != tc.key || p.Label() != tc.label || p.Parent().Label() != tc.parent || lo != tc.lo || hi != tc.hi {
			t.Errorf("%q: key %q, label %q, parent %q, bounds %d–%d; want %q, %q, %q, %d–%d",
				tc.in, p.Key(), p.Label(), p.Parent().Label(), lo, hi, tc.key, tc.label, tc.parent, tc.lo, tc.hi)
		}
		if back, err := ParsePeriod(p.Key()); err != nil || back != p {
			t.Errorf("%q: its key %q reads back as %+v, %v", tc.in, p.Key(), back, err)
		}
	}
	for _, bad := range []string{"1995s", "1990-2000", "1901-2000", "1990-1990", "199s", "19900s", "abcds", "1999-1990"} {
		if p, err := ParsePeriod(bad); err == nil {
			t.Errorf("ParsePeriod(%q) = %+v, want an error", bad, p)
		}
	}
	// A link to a decade round-trips through the view's URL.
	v := url.Values{}
	View{At: Period{Date: corpus.Date{Year: 1840, Precision: corpus.PrecisionYear}, Years: Decade}}.Set(v)
	if got := v.Encode(); got != "at=1840s" {
		t.Errorf("a decade's view writes %q", got)
	}
}

// TestAxisAcrossCenturies builds the whole timeline's axis of events spread over centuries, as a
// corpus whose articles mention 1600 and 2005 has: proportional columns (every decade or
// century from the first to the last, empty ones included) of at most MaxColumns, every event
// counted once, and drilling down from a century to its decades and from a decade to its years.
func TestAxisAcrossCenturies(t *testing.T) {
	c, _ := axisCorpus(t, 50, 3)
	ev := func(y, m int) Event {
		d := corpus.Date{Year: y, Precision: corpus.PrecisionYear}
		if m > 0 {
			d.Month, d.Precision = m, corpus.PrecisionMonth
		}
		return Event{Date: d, Sources: []Source{{Article: "a-00001"}}}
	}
	total := func(ax Axis) int {
		n := 0
		for l := range ax.Lanes {
			n += ax.Coarser[l]
			for _, k := range ax.Counts[l] {
				n += k
			}
		}
		return n
	}
	for _, tc := range []struct {
		name        string
		evs         []Event
		unit        Unit
		cols        int
		first, last string
	}{
		{"within 60 years: a column a year", []Event{ev(1970, 0), ev(2005, 3), ev(2029, 0)}, UnitYear, 60, "1970", "2029"},
		{"61 years: decades", []Event{ev(1969, 0), ev(2029, 6)}, UnitDecade, 7, "1960s", "2020s"},
		{"1860 to 2029: decades", []Event{ev(1860, 0), ev(1999, 0), ev(2004, 11), ev(2029, 0)}, UnitDecade, 17, "1860s", "2020s"},
		{"1750 to 2029: centuries", []Event{ev(1750, 0), ev(2004, 11), ev(2029, 0)}, UnitCentury, 4, "1700–1799", "2000–2099"},
		{"1600 to 2005: centuries", []Event{ev(1600, 0), ev(1805, 0), ev(2004, 11), ev(2004, 12), ev(2005, 0)}, UnitCentury, 5, "1600–1699", "2000–2099"},
		{"1066 to 2100: centuries", []Event{ev(1066, 0), ev(1945, 5), ev(2100, 0)}, UnitCentury, 12, "1000–1099", "2100–2199"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ax := BuildAxis(c, tc.evs, Period{}, 8)
			if ax.Unit != tc.unit || len(ax.Columns) != tc.cols || len(ax.Columns) > MaxColumns || ax.Unit == UnitDecade && len(ax.Columns) > MaxDecades {
				t.Fatalf("%d columns of a %s, want %d of a %s", len(ax.Columns), ax.Unit, tc.cols, tc.unit)
			}
			if got := ax.Columns[0].Label() + " … " + ax.Columns[len(ax.Columns)-1].Label(); got != tc.first+" … "+tc.last {
				t.Errorf("columns %s, want %s … %s", got, tc.first, tc.last)
			}
			for i := 1; i < len(ax.Columns); i++ {
				_, hi := ax.Columns[i-1].Bounds()
				lo, _ := ax.Columns[i].Bounds()
				if lo != hi+101-1231+10000 && lo != hi-1231+10101 {
					t.Errorf("columns %s and %s are not adjacent", ax.Columns[i-1].Key(), ax.Columns[i].Key())
				}
			}
			if n := total(ax); n != len(tc.evs) {
				t.Errorf("%d events counted, want %d", n, len(tc.evs))
			}
			for _, n := range ax.Coarser {
				if n != 0 {
					t.Errorf("a year-precise event is coarser than a column of a %s: %v", ax.Unit, ax.Coarser)
				}
			}
			// Drill down from the busiest column to the year: each level has the events of the
			// one above it in that column. (A decade's parent is its century and a year's the
			// whole timeline, whichever axis led to them: see TestPeriodDecadesAndCenturies.)
			at := Period{}
			for at.Years > 0 || at.Whole() {
				ax := BuildAxis(c, tc.evs, at, 8)
				best, most := -1, 0
				for i := range ax.Columns {
					if k := ax.Counts[0][i]; k > most {
						best, most = i, k
					}
				}
				if best < 0 {
					t.Fatalf("%s: no column has an event", at.Label())
				}
				next := ax.Columns[best]
				if sub := BuildAxis(c, tc.evs, next, 8); total(sub) != most {
					t.Errorf("%s: %d events in %s, but its own axis counts %d", at.Label(), most, next.Label(), total(sub))
				}
				at = next
			}
		})
	}
}

// TestInPeriodWithinFirst: the events dated within a period come first, in order, then those
// dated only to a longer time overlapping it, in order; a range reaching past the period is of
// the second kind, and an event outside it is left out.
func TestInPeriodWithinFirst(t *testing.T) {
	d := func(y, m, day int) corpus.Date {
		switch {
		case day > 0:
			return corpus.Date{Year: y, Month: m, Day: day, Precision: corpus.PrecisionDay}
		case m > 0:
			return corpus.Date{Year: y, Month: m, Precision: corpus.PrecisionMonth}
		}
		return corpus.Date{Year: y, Precision: corpus.PrecisionYear}
	}
	evs := []Event{
		{Date: d(2004, 0, 0)},
		{Date: d(2004, 11, 0)},
		{Date: d(2004, 11, 3)},
		{Date: d(2004, 10, 10), Until: d(2004, 12, 2)},
		{Date: d(2004, 11, 10), Until: d(2004, 12, 2)},
		{Date: d(2004, 11, 20)},
		{Date: d(2004, 12, 11), Alt: d(2004, 11, 12)},
		{Date: d(2005, 1, 0)},
	}
	p, err := ParsePeriod("2004-11")
	if err != nil {
		t.Fatal(err)
	}
	got, within := InPeriod(evs, p)
	var keys []string
	for _, e := range got {
		keys = append(keys, e.Date.ISO())
	}
	// Within or across the edge first (the month itself, the 3rd, the range from the 10th, the
	// 20th, the ambiguous date whose other reading is the 12th), then what holds the month.
	want := []string{"2004-11", "2004-11-03", "2004-11-10", "2004-11-20", "2004-12-11", "2004", "2004-10-10"}
	if !slices.Equal(keys, want) || within != 5 {
		t.Errorf("InPeriod(2004-11) = %v, %d within; want %v, 5", keys, within, want)
	}
}
