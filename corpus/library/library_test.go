package library

import (
	"fmt"
	"math/rand/v2"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
)

// synthetic returns n articles with made-up outlets and dates, a tenth undated and a twentieth
// with no outlet: the shapes a real corpus has, at any size.
func synthetic(n int) []*corpus.Article {
	rng := rand.New(rand.NewPCG(1, 2))
	out := make([]*corpus.Article, n)
	for i := range out {
		a := &corpus.Article{ID: fmt.Sprintf("a-%05d", i), Title: fmt.Sprintf("Title %d", rng.IntN(n))}
		if rng.IntN(20) != 0 {
			a.Outlet = fmt.Sprintf("Outlet %d", rng.IntN(30))
		}
		if rng.IntN(4) != 0 {
			a.Section = [...]string{"business", "sport", "Tech", "world/europe"}[rng.IntN(4)]
		}
		if rng.IntN(10) != 0 {
			p := corpus.Precision(1 + rng.IntN(5))
			if p == corpus.PrecisionQuarter || p == corpus.PrecisionPartOfMonth {
				p = corpus.PrecisionDay
			}
			d := corpus.Date{Year: 2015 + rng.IntN(10), Precision: p}
			if p >= corpus.PrecisionMonth {
				d.Month = 1 + rng.IntN(12)
			}
			if p == corpus.PrecisionDay {
				d.Day = 1 + rng.IntN(28)
			}
			a.Published = corpus.PubDate{Date: d, Basis: corpus.BasisStated}
		}
		out[i] = a
	}
	return out
}

func TestParseQuery(t *testing.T) {
	day := func(y, m, d int) corpus.Date {
		return corpus.Date{Year: y, Month: m, Day: d, Precision: corpus.PrecisionDay}
	}
	year := func(y int) corpus.Date { return corpus.Date{Year: y, Precision: corpus.PrecisionYear} }
	tests := []struct {
		raw     string
		want    Query
		problem string // in the error; "" for none
	}{
		{"", Query{Sort: SortNewest, Page: 1}, ""},
		{"outlet=+BBC+&sort=title&page=3&dated=yes", Query{Outlet: "BBC", Sort: SortTitle, Page: 3, Dated: DatedOnly}, ""},
		{"section=+sport+&outlet=BBC", Query{Outlet: "BBC", Section: "sport", Sort: SortNewest, Page: 1}, ""},
		{"section=world%2Feurope&page=2", Query{Section: "world/europe", Sort: SortNewest, Page: 2}, ""},
		{"from=2020&to=2021-02-03", Query{From: year(2020), To: day(2021, 2, 3), Sort: SortNewest, Page: 1}, ""},
		{"from=2022&to=2020", Query{From: year(2020), To: year(2022), Sort: SortNewest, Page: 1}, "wrong way round"},
		{"from=someday", Query{Sort: SortNewest, Page: 1}, "from date:"},
		{"to=2021-02-30", Query{Sort: SortNewest, Page: 1}, "no such day"},
		{"sort=random", Query{Sort: SortNewest, Page: 1}, "sort:"},
		{"page=0", Query{Sort: SortNewest, Page: 1}, "page:"},
		{"page=-4", Query{Sort: SortNewest, Page: 1}, "page:"},
		{"page=99999999999999999999999", Query{Sort: SortNewest, Page: corpus.MaxPage}, ""},
		{"page=two", Query{Sort: SortNewest, Page: 1}, "page:"},
		{"dated=maybe", Query{Sort: SortNewest, Page: 1}, "date filter:"},
		{"dated=no&from=2020", Query{From: year(2020), Sort: SortNewest, Page: 1}, "undated"},
		{"sort=%3Cb%3E" + strings.Repeat("x", 300), Query{Sort: SortNewest, Page: 1}, "…"},
	}
	for _, tt := range tests {
		v, err := url.ParseQuery(tt.raw)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ParseQuery(v)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseQuery(%q) (-want +got):\n%s", tt.raw, diff)
		}
		switch {
		case tt.problem == "" && err != nil:
			t.Errorf("ParseQuery(%q): unexpected error %v", tt.raw, err)
		case tt.problem != "" && (err == nil || !strings.Contains(err.Error(), tt.problem)):
			t.Errorf("ParseQuery(%q) error = %v, want one about %q", tt.raw, err, tt.problem)
		}
		// What a query writes, it reads back the same.
		back, err := ParseQuery(got.Values())
		if err != nil || !cmp.Equal(back, got) {
			t.Errorf("round trip of %q: %+v, %v", tt.raw, back, err)
		}
	}
}

// TestApplyProperties checks, over a corpus of any size, that a page is bounded, that pages
// partition the matches in order, and that counts add up.
func TestApplyProperties(t *testing.T) {
	arts := synthetic(1234)
	queries := []Query{
		{Sort: SortNewest},
		{Sort: SortOldest, Dated: DatedOnly},
		{Sort: SortTitle, Outlet: "outlet 3"},
		{Sort: SortOutlet, Dated: DatedNot},
		{Sort: SortNewest, Outlet: UnknownOutlet},
		{Sort: SortTitle, Section: "sport"},
		{Sort: SortNewest, Section: "tech", Dated: DatedOnly},
		{Sort: SortOldest, Section: "world/europe", Outlet: "outlet 7"},
		{Sort: SortOldest, From: corpus.Date{Year: 2018, Precision: corpus.PrecisionYear}, To: corpus.Date{Year: 2019, Month: 6, Precision: corpus.PrecisionMonth}},
	}
	for _, q := range queries {
		first := Apply(arts, q)
		if first.Dated+first.Undated != first.Matched {
			t.Errorf("%+v: dated %d + undated %d != matched %d", q, first.Dated, first.Undated, first.Matched)
		}
		var all []*corpus.Article
		for p := 1; p <= first.Pages; p++ {
			q.Page = p
			r := Apply(arts, q)
			if len(r.Items) > PageSize || r.Page != p || r.PageClamped {
				t.Fatalf("%+v: page %d has %d items, page %d, clamped %v", q, p, len(r.Items), r.Page, r.PageClamped)
			}
			if len(r.Items) > 0 && r.First != (p-1)*PageSize+1 {
				t.Errorf("%+v: first = %d", q, r.First)
			}
			all = append(all, r.Items...)
		}
		if len(all) != first.Matched || first.Matched == 0 {
			t.Errorf("%+v: pages hold %d articles, matched %d", q, len(all), first.Matched)
		}
		seen := map[string]bool{}
		for i, a := range all {
			if seen[a.ID] {
				t.Fatalf("%+v: %s on two pages", q, a.ID)
			}
			seen[a.ID] = true
			if !pass(a, q) {
				t.Errorf("%+v: %s does not pass", q, a.ID)
			}
			if i > 0 && !ordered(all[i-1], a, q.Sort) {
				t.Errorf("%+v: %s before %s", q, all[i-1].ID, a.ID)
			}
		}
		q.Page = first.Pages + 5
		if r := Apply(arts, q); !r.PageClamped || r.Page != first.Pages {
			t.Errorf("%+v: a page past the end gave page %d, clamped %v", q, r.Page, r.PageClamped)
		}
	}
	if r := Apply(nil, Query{Page: 3}); r.Pages != 1 || r.Page != 1 || len(r.Items) != 0 || r.First != 0 {
		t.Errorf("empty corpus: %+v", r)
	}
}

func pass(a *corpus.Article, q Query) bool {
	d := a.Published.Date
	dated := d.Precision != corpus.PrecisionUnknown
	if q.Outlet != "" && !OutletIs(a, q.Outlet) || q.Section != "" && !strings.EqualFold(a.Section, q.Section) ||
		q.Dated == DatedOnly && !dated || q.Dated == DatedNot && dated {
		return false
	}
	if q.Ranged() {
		lo, hi := q.From.Start(), q.To.End()
		if q.To.Precision == corpus.PrecisionUnknown {
			hi = 99999999
		}
		return dated && d.End() >= lo && d.Start() <= hi
	}
	return true
}

func ordered(a, b *corpus.Article, order string) bool {
	da, db := a.Published.Date.Start(), b.Published.Date.Start()
	switch order {
	case SortTitle:
		return strings.ToLower(a.Title) <= strings.ToLower(b.Title)
	case SortOldest:
		return db == 0 || da != 0 && da <= db
	case SortOutlet:
		return b.Outlet == "" || a.Outlet != "" && strings.ToLower(a.Outlet) <= strings.ToLower(b.Outlet)
	}
	return db == 0 || da != 0 && da >= db
}

func TestSections(t *testing.T) {
	arts := []*corpus.Article{{Section: "sport"}, {}, {Section: "business"}, {Section: "sport"}, {Section: "world/europe"}}
	want := []Count{{"sport", 2}, {"business", 1}, {"world/europe", 1}}
	if diff := cmp.Diff(want, Sections(arts)); diff != "" {
		t.Errorf("Sections (-want +got):\n%s", diff)
	}
	if got := Sections([]*corpus.Article{{}, {Outlet: "A"}}); len(got) != 0 {
		t.Errorf("a corpus without subfolders has sections %v", got)
	}
	// A section filter keeps that section's articles only, whatever the case in the link.
	r := Apply(arts, Query{Section: "SPORT", Sort: SortNewest})
	if r.Matched != 2 {
		t.Errorf("section=SPORT matched %d, want 2", r.Matched)
	}
	if !(Query{Section: "sport"}).Filtered() {
		t.Error("a section filter does not count as a filter")
	}
}

func TestOutlets(t *testing.T) {
	arts := []*corpus.Article{{Outlet: "B"}, {Outlet: "A"}, {}, {Outlet: "B"}, {Outlet: "C"}}
	want := []Count{{"B", 2}, {"A", 1}, {"C", 1}, {UnknownOutlet, 1}}
	if diff := cmp.Diff(want, Outlets(arts)); diff != "" {
		t.Errorf("Outlets (-want +got):\n%s", diff)
	}
}

// TestFacetsFoldCase: the section and outlet menus count as their filters match, ignoring case,
// so "News" and "news" are one entry under the spelling most articles use, whose count is what
// choosing it selects; accents and widths, which the filters do not fold, stay apart.
func TestFacetsFoldCase(t *testing.T) {
	var arts []*corpus.Article
	add := func(n int, section, outlet string) {
		for range n {
			arts = append(arts, &corpus.Article{Section: section, Outlet: outlet})
		}
	}
	add(3, "News", "Daily Example")
	add(1, "news", "daily example")
	add(1, "NEWS", "DAILY EXAMPLE")
	add(2, "business", "Harbour Post")
	add(1, "Business", "harbour post")
	// Equally common spellings: the first in byte order names the entry.
	add(1, "Sport", "Isle Post")
	add(1, "sport", "isle post")
	// Letters strings.ToLower leaves apart and EqualFold matches: a final sigma, the Kelvin sign.
	add(1, "Οδός", "\u212aelvin Times")
	add(2, "ΟΔΌΣ", "Kelvin Times")
	// No accent or width folding: the filters keep these apart too.
	add(1, "Économie", "Le Quotidien")
	add(1, "Economie", "Le Quotídien")
	add(1, "Ｎｅｗｓ", "Ｌｅ Ｑｕｏｔｉｄｉｅｎ")
	add(1, "", "")

	wantSections := []Count{{"News", 5}, {"business", 3}, {"ΟΔΌΣ", 3}, {"Sport", 2}, {"Economie", 1}, {"Économie", 1}, {"Ｎｅｗｓ", 1}}
	wantOutlets := []Count{{"Daily Example", 5}, {"Harbour Post", 3}, {"Kelvin Times", 3}, {"Isle Post", 2},
		{"Le Quotidien", 1}, {"Le Quotídien", 1}, {"Ｌｅ Ｑｕｏｔｉｄｉｅｎ", 1}, {UnknownOutlet, 1}}
	if diff := cmp.Diff(wantSections, Sections(arts)); diff != "" {
		t.Errorf("Sections (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantOutlets, Outlets(arts)); diff != "" {
		t.Errorf("Outlets (-want +got):\n%s", diff)
	}
	for _, c := range Sections(arts) {
		if r := Apply(arts, Query{Section: c.Name}); r.Matched != c.Count {
			t.Errorf("the section menu says %s (%d); choosing it selects %d", c.Name, c.Count, r.Matched)
		}
	}
	for _, c := range Outlets(arts) {
		if r := Apply(arts, Query{Outlet: c.Name}); r.Matched != c.Count {
			t.Errorf("the outlet menu says %s (%d); choosing it selects %d", c.Name, c.Count, r.Matched)
		}
	}
}

// TestOutletNames: the menus that show no counts list Outlets' names, in its order.
func TestOutletNames(t *testing.T) {
	arts := []*corpus.Article{{Outlet: "b"}, {Outlet: "A"}, {}, {Outlet: "B"}, {Outlet: "B"}, {Outlet: "a"}, {Outlet: "C"}}
	if diff := cmp.Diff([]string{"B", "A", "C", UnknownOutlet}, OutletNames(arts)); diff != "" {
		t.Errorf("OutletNames (-want +got):\n%s", diff)
	}
}

func FuzzParseQuery(f *testing.F) {
	f.Add("from=2020&to=2019&page=3&sort=title&dated=no&outlet=x")
	f.Add("page=%00&from=2020-13")
	arts := synthetic(200)
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		q, _ := ParseQuery(v)
		r := Apply(arts, q)
		if len(r.Items) > PageSize || r.Page < 1 || r.Page > r.Pages {
			t.Fatalf("%q: %+v", raw, r)
		}
	})
}

// BenchmarkApply10k filters, sorts and windows 10,000 articles, as the library does on every
// navigation.
func BenchmarkApply10k(b *testing.B) {
	arts := synthetic(10000)
	for _, bc := range []struct {
		name string
		q    Query
	}{
		{"newest", Query{Sort: SortNewest, Page: 1}},
		{"title-page40", Query{Sort: SortTitle, Page: 40}},
		{"outlet-filter", Query{Sort: SortOldest, Outlet: "Outlet 7", Page: 1}},
		{"range", Query{Sort: SortNewest, From: corpus.Date{Year: 2019, Precision: corpus.PrecisionYear}, To: corpus.Date{Year: 2020, Precision: corpus.PrecisionYear}, Page: 2}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				Apply(arts, bc.q)
			}
		})
	}
}

func TestFinder(t *testing.T) {
	arts := []*corpus.Article{
		{ID: "a", Title: "Amazon Faces Scrutiny Over TikTok Partnership", Outlet: "WhatJobs"},
		{ID: "b", Title: "Walmart joins Microsoft bid", Outlet: "Reuters"},
		{ID: "c", Title: "Weather", Outlet: ""},
	}
	f := NewFinder(arts)
	if f.keys != nil || f.Len() != 3 {
		t.Errorf("NewFinder built %d keys before any Find (Len %d): the library's first render pays for them", len(f.keys), f.Len())
	}
	ids := func(hs []Hit) (out []string) {
		for _, h := range hs {
			out = append(out, h.Article.ID)
		}
		return out
	}
	tests := []struct {
		text  string
		limit int
		want  []string
	}{
		{"", 20, nil},
		{"   ", 20, nil},
		{"tiktok", 20, []string{"a"}},
		{"amzn scrtny", 20, []string{"a"}},
		{"reuters", 20, []string{"b"}},
		{"w", 1, []string{"c"}}, // capped; the best is the short title that starts with it
		{strings.Repeat("é", 80), 20, nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, ids(f.Find(tt.text, tt.limit))); diff != "" {
			t.Errorf("Find(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
	if hs := NewFinder(synthetic(5000)).Find("t", 20); len(hs) != 20 {
		t.Errorf("a common letter gave %d hits, want the cap of 20", len(hs))
	}
	var nilFinder *Finder
	if nilFinder.Find("x", 3) != nil || nilFinder.Len() != 0 {
		t.Error("a nil Finder should find nothing")
	}
}

// BenchmarkFind10k is one keystroke of the compare picker over 10,000 titles.
func BenchmarkFind10k(b *testing.B) {
	f := NewFinder(synthetic(10000))
	for _, text := range []string{"t", "title 12", "outlet 7 title"} {
		b.Run(strings.ReplaceAll(text, " ", "_"), func(b *testing.B) {
			for b.Loop() {
				f.Find(text, 20)
			}
		})
	}
}
