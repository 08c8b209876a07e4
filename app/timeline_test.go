//go:build !wasm

package app

import (
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/ingest"
	"parallax/corpus/timeline"
	"parallax/internal/fixture"

	"parallax/internal/site"
)

func TestMarked(t *testing.T) {
	if got := len(marked("On November 6, Canada", 3, 13)); got != 3 {
		t.Errorf("marked splits into %d parts, want 3", got)
	}
	for _, bad := range [][2]int{{-1, 3}, {3, 99}, {5, 5}, {1, 2}} {
		if got := len(marked("é’x", bad[0], bad[1])); got != 1 {
			t.Errorf("marked(%v) on bad offsets gave %d parts, want the plain text", bad, got)
		}
	}
}

// TestTimelinePrerender renders timeline URLs on the server, as crawlers and a cold load see them.
func TestTimelinePrerender(t *testing.T) {
	Routes()
	srv := httptest.NewServer(site.Handler(site.Options{Version: "test"}))
	defer srv.Close()
	tests := []struct {
		path      string
		want, not []string
	}{
		// Five articles: the whole timeline fits one page, so its entries are listed under the axis.
		{"/timeline", []string{"<title>Timeline — Parallax</title>", "Entries per year, by outlet reporting them, and articles published",
			`href="/timeline?at=2024"`, "19 January 2025", "c. 6 November 2024", "Undated mentions (3)",
			"to the day", "WhatJobs", "Articles published (all outlets)",
			`href="/read/tiktok-chew-musk-outreach#p10s2"`}, []string{"tl-key", "tl-legend"}},
		{"/timeline?at=2025", []string{"Entries per month in 2025", `href="/timeline?at=2025-01"`, "19 January 2025", "Deadline", "‹ 2024"}, []string{"c. 6 November 2024"}},
		{"/timeline?at=2025-01", []string{"Entries per day in January 2025", `href="/timeline?at=2025-01-19"`, "19 January 2025"}, nil},
		{"/timeline?outlet=WhatJobs&at=2025-01-19", []string{"19 January 2025", `aria-current="page"`}, []string{"c. 6 November 2024", "Undated mentions"}},
		{"/timeline?from=2020&to=2020", []string{"15 September 2020", "27 August 2020"}, []string{"19 January 2025"}},
		{"/timeline?from=someday&at=2025-13&page=x", []string{"Ignored a filter: from date:", "Ignored a filter: page:", "Ignored a filter: period:", "Open the link without what was ignored", "19 January 2025"}, []string{"timeline link"}},
		{"/timeline?from=2025&to=2020", []string{"The dates were the wrong way round, so they were swapped: showing 2020 to 2025.", "19 January 2025"}, []string{"Ignored", "Open the link without"}},
		{"/timeline?at=2025&page=9", []string{"this is the last"}, nil},
		{"/timeline?at=2023", []string{"No entry falls in 2023 here"}, []string{"too many for one list"}},
		{"/timeline?outlet=WhatJobs&at=2020-09", []string{"No entry falls in September 2020 here"}, []string{"too many for one list"}},
		{"/timeline?from=1990&to=1991", []string{"No dated entry matches here"}, nil},
	}
	for _, tt := range tests {
		body := get(t, srv.URL+tt.path)
		wantHTML(t, tt.path, body, tt.want, tt.not)
	}
}

// TestEventViewSaysHowSourcesDate renders entries whose sources disagree: each says the event's
// precision, the coarser readings and the conflicting date in words, and names sources by
// outlet and title.
func TestEventViewSaysHowSourcesDate(t *testing.T) {
	arts, err := ingest.Corpus(fixture.Seed())
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	a, b := c.Articles[0], c.Articles[1]
	day := corpus.Date{Year: 2022, Month: 5, Day: 10, Precision: corpus.PrecisionDay}
	month := corpus.Date{Year: 2022, Month: 5, Precision: corpus.PrecisionMonth}
	apr23 := corpus.Date{Year: 2022, Month: 4, Day: 23, Precision: corpus.PrecisionDay}
	src := func(x *corpus.Article, d corpus.Date) timeline.Source {
		s := x.Paragraphs[len(x.Paragraphs)-1].Sentences[0]
		return timeline.Source{Article: x.ID, Sentence: s.ID, Text: "x", Date: d, Anchor: corpus.AnchorStated}
	}
	tests := []struct {
		name      string
		e         timeline.Event
		want, not []string
	}{
		{"coarser", timeline.Event{Date: day, Agreement: timeline.AgreeCoarser, Sources: []timeline.Source{src(a, day), src(b, month)}},
			[]string{"10 May 2022", "to the day", "Sources differ in precision", "One source says May 2022, no finer.",
				"This source dates it May 2022 (month).", outletLabel(a), a.Title, b.Title}, []string{"Conflict"}},
		{"conflict", timeline.Event{Date: day, Agreement: timeline.AgreeConflict, Disputed: []corpus.Date{apr23}, Sources: []timeline.Source{src(a, day)}},
			[]string{"Sources conflict", "Conflict: another report dates this 23 April 2022."}, []string{"This source dates it"}},
		{"same", timeline.Event{Date: month, Sources: []timeline.Source{src(a, month), src(b, month)}},
			[]string{"May 2022", "to the month", "Compare "}, []string{"differ", "Conflict", "This source dates it"}},
		{"many sources", timeline.Event{Date: day, Sources: []timeline.Source{src(a, day), src(b, day), src(a, day), src(b, day), src(a, day), src(b, day)}},
			[]string{"And 3 more sources."}, nil},
		{"many conflicting dates", timeline.Event{Date: day, Agreement: timeline.AgreeConflict, Disputed: manyDays(40), Sources: []timeline.Source{src(a, day)}},
			[]string{"Conflict: another report dates this 1 January 2000.", "And 34 more notes."}, []string{"7 January 2000"}},
	}
	for _, tt := range tests {
		html := app.HTMLString(app.Ul().Body(newTLSources(c).eventView(tt.e)))
		wantHTML(t, tt.name, html, tt.want, tt.not)
	}
}

// TestExcerpt checks the timeline's quotes of long sentences: at most about the limit (plus the
// ellipses), the expression whole and marked at its new offsets, cut at spaces, valid UTF-8.
func TestExcerpt(t *testing.T) {
	long := strings.Repeat("word ", 200) + "on 17 November 2024 " + strings.Repeat("more ", 200)
	at := strings.Index(long, "17 November 2024")
	for _, tc := range []struct {
		name       string
		text       string
		start, end int
		limit      int
	}{
		{"short stays whole", "Talks resumed on 17 November 2024.", 17, 33, 240},
		{"middle", long, at, at + len("17 November 2024"), 60},
		{"at the start", "17 November 2024 " + strings.Repeat("x ", 300), 0, 16, 40},
		{"at the end", strings.Repeat("y ", 300) + "17 November 2024", 600, 616, 40},
		{"expression longer than the limit", long, at, at + len("17 November 2024"), 5},
		{"offsets out of range", long, -3, 99999, 50},
		{"offsets inside a character", "é" + strings.Repeat("ü", 200), 1, 3, 30},
		{"no spaces", strings.Repeat("ü", 300), 100, 110, 40},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, s, e := excerpt(tc.text, tc.start, tc.end, tc.limit)
			if !utf8.ValidString(got) {
				t.Fatalf("invalid UTF-8: %q", got)
			}
			if len(tc.text) <= tc.limit {
				if got != tc.text || s != tc.start || e != tc.end {
					t.Errorf("changed a short text: %q %d %d", got, s, e)
				}
				return
			}
			expr := ""
			if tc.start >= 0 && tc.end <= len(tc.text) && tc.start < tc.end && utf8.RuneStart(tc.text[tc.start]) && (tc.end == len(tc.text) || utf8.RuneStart(tc.text[tc.end])) {
				expr = tc.text[tc.start:tc.end]
			}
			if len(got) > max(tc.limit, len(expr))+2*len("…") {
				t.Errorf("%d bytes, limit %d: %q", len(got), tc.limit, got)
			}
			if expr != "" && (s < 0 || e > len(got) || got[s:e] != expr) {
				t.Errorf("expression %q not at [%d, %d) of %q", expr, s, e, got)
			}
			if expr == "" && (s != 0 || e != 0) {
				t.Errorf("no expression, yet offsets %d, %d", s, e)
			}
			if !strings.HasPrefix(tc.text, strings.TrimSuffix(strings.TrimPrefix(got, "…"), "…")) && !strings.HasPrefix(got, "…") {
				t.Errorf("an uncut start changed: %q", got)
			}
			if !strings.Contains(tc.text, strings.TrimSuffix(strings.TrimPrefix(got, "…"), "…")) {
				t.Errorf("%q is not a piece of the text", got)
			}
		})
	}
}

// TestTimelineAcrossCenturies renders the timeline of a corpus whose articles mention 1600 and
// 2024: the whole timeline's axis has a proportional column per century, not four centuries of
// years, and its links drill into a century's decades and a decade's years.
func TestTimelineAcrossCenturies(t *testing.T) {
	c, err := fixtureCorpus()
	if err != nil {
		t.Fatal(err)
	}
	a := c.Articles[0]
	s := a.Paragraphs[0].Sentences[0]
	ev := func(y int) timeline.Event {
		d := corpus.Date{Year: y, Precision: corpus.PrecisionYear}
		return timeline.Event{Date: d, Sources: []timeline.Source{{Article: a.ID, Sentence: s.ID, Text: "x", Date: d}}}
	}
	evs := []timeline.Event{ev(1600), ev(1850), ev(2001), ev(2024), ev(2024)}

	_, html := renderTimeline(c, evs, "")
	for _, want := range []string{"Entries per century", `href="/timeline?at=1600-1699"`, `href="/timeline?at=2000-2099"`, ">1600s<", ">2000s<",
		`aria-label="1700s (1700–1799)"`, "Pick a century to see its entries.", "years span 5 centuries"} {
		if !strings.Contains(html, want) {
			t.Errorf("all years: no %q", want)
		}
	}
	// A link a column, and one more to the busiest, named below the axis.
	if n := strings.Count(html, `href="/timeline?at=`); n != 5+1 { // 1600s to 2000s
		t.Errorf("all years: %d column links, want the 5 centuries from 1600 to 2099 and the busiest", n)
	}
	if !regexp.MustCompile(`The busiest century is\s*<a href="/timeline\?at=2000-2099"[^>]*>\s*2000–2099\s*</a>\s*, with 3 entries across the outlets\.`).MatchString(html) {
		t.Error("all years: the busiest century, 2000–2099 with 3 entries, is not named")
	}
	_, html = renderTimeline(c, evs[2:], "")
	if !strings.Contains(html, "Entries per year") || strings.Count(html, `href="/timeline?at=`) != 24+1 ||
		!strings.Contains(html, "The busiest year is") || !strings.Contains(html, "On a narrow screen the chart scrolls sideways.") {
		t.Error("2001 to 2024: not a column a year, with the busiest named and the chart said to scroll on a phone")
	}
	_, html = renderTimeline(c, evs[1:], "")
	if !strings.Contains(html, "Entries per decade") || strings.Count(html, `href="/timeline?at=`) != 18+1 {
		t.Error("1850 to 2024: not a column a decade")
	}
	_, html = renderTimeline(c, evs[3:], "")
	if strings.Contains(html, "The busiest") || strings.Contains(html, "scrolls sideways") {
		t.Error("one year: a busiest column named, or a scrolling chart, among one column")
	}

	_, html = renderTimeline(c, evs, "at=2020s")
	for _, want := range []string{"Entries per year in 2020s", `href="/timeline?at=2024"`, `href="/timeline?at=2000-2099"`, "‹ 2010s", "2030s ›", "Entries in 2020s"} {
		if !strings.Contains(html, want) {
			t.Errorf("the 2020s: no %q", want)
		}
	}
	_, html = renderTimeline(c, evs, "at=1900-1999")
	if !strings.Contains(html, "Entries per decade in 1900–1999") || !strings.Contains(html, `href="/timeline?at=1990s"`) {
		t.Error("a century's axis does not show its decades")
	}
}

// manyDays returns n days from 1 January 2000.
func manyDays(n int) []corpus.Date {
	out := make([]corpus.Date, n)
	for i := range out {
		out[i] = corpus.Date{Year: 2000, Month: 1 + i/28, Day: 1 + i%28, Precision: corpus.PrecisionDay}
	}
	return out
}

// TestTimelineDayListsItsOwnFirst: a day's view lists the entries dated within the day before
// those dated only to its month or year, and says so; a year's view, where every entry is within,
// says nothing of it.
func TestTimelineDayListsItsOwnFirst(t *testing.T) {
	c, err := fixtureCorpus()
	if err != nil {
		t.Fatal(err)
	}
	a := c.Articles[0]
	s := a.Paragraphs[0].Sentences[0]
	ev := func(d corpus.Date, text string) timeline.Event {
		return timeline.Event{Date: d, Sources: []timeline.Source{{Article: a.ID, Sentence: s.ID, Text: text, Date: d}}}
	}
	year := corpus.Date{Year: 2004, Precision: corpus.PrecisionYear}
	month := corpus.Date{Year: 2004, Month: 11, Precision: corpus.PrecisionMonth}
	day := corpus.Date{Year: 2004, Month: 11, Day: 17, Precision: corpus.PrecisionDay}
	other := corpus.Date{Year: 2004, Month: 11, Day: 18, Precision: corpus.PrecisionDay}
	// In date order, as Build gives them: the year and the month start before the day.
	evs := []timeline.Event{ev(year, "year-entry"), ev(month, "month-entry"), ev(day, "day-entry"), ev(other, "other-day-entry")}

	_, html := renderTimeline(c, evs, "at=2004-11-17")
	iDay, iMonth, iYear := strings.Index(html, "day-entry"), strings.Index(html, "month-entry"), strings.Index(html, "year-entry")
	if iDay < 0 || iMonth < 0 || iYear < 0 || strings.Contains(html, "other-day-entry") {
		t.Fatalf("the day's view lists day %d, month %d, year %d (and the next day: %v)", iDay, iMonth, iYear, strings.Contains(html, "other-day-entry"))
	}
	if !(iDay < iMonth && iDay < iYear) {
		t.Errorf("the day's own entry is not first: day at %d, month at %d, year at %d", iDay, iMonth, iYear)
	}
	if want := "2 of these 3 are dated only to a longer time that includes 17 November 2004 (its month or year, say): they are listed after the others."; !strings.Contains(html, want) {
		t.Errorf("the day's view lacks %q", want)
	}
	if _, html := renderTimeline(c, evs, "at=2004"); strings.Contains(html, "tl-longer-note") {
		t.Error("a year's view, every entry within it, says some are dated to a longer time")
	}
}

// TestTimelineAbsentFilters: a link that keeps an outlet or a name no entry has says so; one the
// timeline has, in any case, says nothing.
func TestTimelineAbsentFilters(t *testing.T) {
	c, err := fixtureCorpus()
	if err != nil {
		t.Fatal(err)
	}
	a := c.Articles[0]
	s := a.Paragraphs[0].Sentences[0]
	d := corpus.Date{Year: 2024, Precision: corpus.PrecisionYear}
	evs := []timeline.Event{{Date: d, Sources: []timeline.Source{{Article: a.ID, Sentence: s.ID, Text: "x", Date: d, Entities: []string{"Lena Harwick"}}}},
		{Sources: []timeline.Source{{Article: a.ID, Sentence: s.ID, Text: "y", Entities: []string{"Mara Quist"}}}}}
	names := []string{"Lena Harwick"}
	for _, tt := range []struct {
		raw       string
		want, not []string
	}{
		{"entity=Nobody", []string{"This link keeps the name “", "<bdi>Nobody</bdi>", "”, which no entry of the timeline names."}, []string{"the outlet “"}},
		{"outlet=Nope", []string{"This link keeps the outlet “", "<bdi>Nope</bdi>", "”, which no article has."}, []string{"the name “"}},
		{"entity=" + url.QueryEscape(strings.ToUpper(names[0])), nil, []string{"This link keeps"}},
		{"entity=%3Cb%3E", []string{"the name “", "<bdi>&lt;b&gt;</bdi>", "”"}, []string{"<b>"}},
		// A name only an undated entry gives is there: the filter keeps that entry.
		{"entity=Mara+Quist", nil, []string{"This link keeps"}},
	} {
		_, html := renderTimeline(c, evs, tt.raw)
		wantHTML(t, tt.raw, html, tt.want, tt.not)
	}
}

// TestTimelineCompareLinkNames: a timeline's "Compare" link names two outlets only when both
// are known and differ; otherwise it names the two articles by title.
func TestTimelineCompareLinkNames(t *testing.T) {
	art := func(id, outlet, title string) *corpus.Article {
		return &corpus.Article{ID: id, Outlet: outlet, Title: title}
	}
	blogger := art("blogger", "", "Baghdad Blogger on big screen")
	gogh := art("gogh", "", "Van Gogh festival film withdrawn")
	for _, tc := range []struct {
		name      string
		a, b      *corpus.Article
		want, not []string
	}{
		{"outlets unknown", blogger, gogh,
			[]string{"Compare “", "<bdi>Baghdad Blogger on big screen</bdi>", "” with “", "<bdi>Van Gogh festival film withdrawn</bdi>", "”"}, []string{"Outlet unknown"}},
		{"one outlet unknown", art("x", "BBC", "One"), art("y", "", "Two"),
			[]string{"Compare “", "<bdi>One</bdi>", "” with “", "<bdi>Two</bdi>", "”"}, []string{"Outlet unknown", "<bdi>BBC</bdi>"}},
		{"one outlet", art("x", "BBC", "One"), art("y", "BBC", "Two"),
			[]string{"Compare “", "<bdi>One</bdi>", "” with “", "<bdi>Two</bdi>", "”"}, []string{"<bdi>BBC</bdi>"}},
		{"two outlets", art("x", "BBC", "One"), art("y", "Reuters", "Two"),
			[]string{"Compare ", "<bdi>BBC</bdi>", " with ", "<bdi>Reuters</bdi>", `<span class="visually-hidden">: One and Two</span>`}, []string{"<bdi>One</bdi>"}},
		{"a title is text", art("x", "", "<b>Bold</b>"), gogh,
			[]string{"“", "<bdi>&lt;b&gt;Bold&lt;/b&gt;</bdi>", "”"}, []string{"<b>"}},
	} {
		wantHTML(t, tc.name, app.HTMLString(compareLink(tc.a, tc.b)), append(tc.want, `href="`+compareURL(tc.a.ID, tc.b.ID)+`"`), tc.not)
	}
}
