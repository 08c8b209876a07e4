package align

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
	"parallax/corpus/timeline"
)

// dated sets a date mention for the first occurrence of text in the sentence id of a, as the
// timeline extractor would.
func dated(t *testing.T, a *corpus.Article, id, text string, d corpus.Date, role corpus.DateRole) {
	t.Helper()
	s := a.Sentence(id)
	i := strings.Index(s.Text, text)
	if i < 0 {
		t.Fatalf("%s: no %q", id, text)
	}
	// The hand-made mention replaces what the extractor found at the same place.
	a.Dates = slices.DeleteFunc(a.Dates, func(m corpus.DateMention) bool {
		return m.Sentence == id && m.Start < i+len(text) && i < m.End
	})
	a.Dates = append(a.Dates, corpus.DateMention{Sentence: id, Start: i, End: i + len(text), Text: text,
		Date: d, Anchor: corpus.AnchorAbsolute, Role: role})
}

func day(y, m, d int) corpus.Date {
	return corpus.Date{Year: y, Month: m, Day: d, Precision: corpus.PrecisionDay}
}
func month(y, m int) corpus.Date {
	return corpus.Date{Year: y, Month: m, Precision: corpus.PrecisionMonth}
}
func year(y int) corpus.Date { return corpus.Date{Year: y, Precision: corpus.PrecisionYear} }

func TestSummary(t *testing.T) {
	a := article("a",
		[]string{"President Joe Biden signed legislation in April requiring ByteDance to divest TikTok by January 19."},
		[]string{"Jeff Yass holds a 7 percent stake in ByteDance, and Susquehanna holds 15 percent."},
		[]string{`Donald Trump pledged to "save" TikTok during his 2024 campaign.`},
		[]string{"Revenue rose 20 percent in 2024, Walmart said."},
	)
	b := article("b",
		[]string{"In April, President Joe Biden signed legislation forcing ByteDance to sell TikTok by January 2025."},
		[]string{"Jeff Yass holds a 9 percent stake in ByteDance, filings show, with Susquehanna at 15 percent."},
		[]string{`Kamala Harris never promised to "save" TikTok in her 2024 campaign.`},
		[]string{"Microsoft shares fell 3 percent in 2020."},
	)
	dated(t, a, "p1s1", "in April", month(2024, 4), corpus.RoleHappened)
	dated(t, a, "p1s1", "by January 19", day(2025, 1, 19), corpus.RoleDeadline)
	dated(t, a, "p3s1", "2024", year(2024), corpus.RoleHappened)
	dated(t, a, "p4s1", "2024", year(2024), corpus.RoleHappened)
	dated(t, b, "p1s1", "In April", month(2024, 4), corpus.RoleHappened)
	dated(t, b, "p1s1", "by January 2025", month(2025, 1), corpus.RoleDeadline)
	dated(t, b, "p3s1", "2024", year(2024), corpus.RoleHappened)
	dated(t, b, "p4s1", "2020", year(2020), corpus.RoleHappened)

	c := Compare(a, b)
	checkInvariants(t, c)
	s := c.Summary

	var dates []string
	for _, d := range s.Dates {
		var refs []string
		for _, r := range d.A {
			refs = append(refs, "A "+r.Sentence+" "+r.Text)
		}
		for _, r := range d.B {
			refs = append(refs, "B "+r.Sentence+" "+r.Text)
		}
		dates = append(dates, d.Date.String()+": "+strings.Join(refs, ", "))
	}
	wantDates := []string{
		"2024: A p3s1 2024, B p3s1 2024", // A's second "2024" is the same mention of it
		"April 2024: A p1s1 in April, B p1s1 In April",
	}
	if diff := cmp.Diff(wantDates, dates); diff != "" {
		t.Errorf("shared dates (-want +got):\n%s", diff)
	}

	var quotes []string
	for _, q := range s.Quotes {
		quotes = append(quotes, q.A.Sentence+"/"+q.B.Sentence+" "+q.Words)
	}
	if diff := cmp.Diff([]string{"p3s1/p3s1 save"}, quotes); diff != "" {
		t.Errorf("shared quotes (-want +got):\n%s", diff)
	}

	// Only Yass's stake differs: Susquehanna's 15 percent agrees, and Walmart's revenue and
	// Microsoft's shares are other subjects in sentences that are not paired.
	var figs []string
	for _, f := range s.Figures {
		figs = append(figs, f.Subject+" "+f.Unit+": "+f.A.Text+" vs "+f.B.Text)
	}
	if diff := cmp.Diff([]string{"Jeff Yass percent: 7 percent vs 9 percent"}, figs); diff != "" {
		t.Errorf("differing figures (-want +got):\n%s\n%s", diff, dump(c))
	}

	names := func(es []EntityCount) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.Entity)
		}
		return out
	}
	if diff := cmp.Diff([]string{"ByteDance", "TikTok", "Jeff Yass", "Joe Biden", "Susquehanna International Group"}, names(s.Shared)); diff != "" {
		t.Errorf("shared entities (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Donald Trump", "Walmart"}, names(s.OnlyA)); diff != "" {
		t.Errorf("entities only in A (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Kamala Harris", "Microsoft"}, names(s.OnlyB)); diff != "" {
		t.Errorf("entities only in B (-want +got):\n%s", diff)
	}
}

// TestSharedDatesPrecision: the summary lists a date as shared only when both sides give it at the
// same precision. A resignation "on Thursday" and a deal "this week" in August 2020 were listed
// as one shared 2020-08.
func TestSharedDatesPrecision(t *testing.T) {
	a := article("a",
		[]string{"TikTok's chief executive Kevin Mayer resigned on Thursday, days after the order."},
		[]string{"Walmart said on August 27 that it had joined the Microsoft bid."},
		[]string{"The deadline falls in September 2020."},
	)
	b := article("b",
		[]string{"Walmart and Microsoft could close a deal for TikTok this week, people familiar said."},
		[]string{"Walmart confirmed its interest in the bid on August 27."},
		[]string{"Officials expect a decision in late September."},
	)
	dated(t, a, "p1s1", "on Thursday", day(2020, 8, 27), corpus.RoleHappened)
	dated(t, a, "p2s1", "on August 27", day(2020, 8, 27), corpus.RoleHappened)
	dated(t, a, "p3s1", "in September 2020", month(2020, 9), corpus.RoleDeadline)
	dated(t, b, "p1s1", "this week", month(2020, 8), corpus.RoleExpected)
	dated(t, b, "p2s1", "on August 27", day(2020, 8, 27), corpus.RoleHappened)
	dated(t, b, "p3s1", "in late September", corpus.Date{Year: 2020, Month: 9, Part: corpus.PartLate, Precision: corpus.PrecisionPartOfMonth}, corpus.RoleExpected)
	c := Compare(a, b)
	checkInvariants(t, c)
	var got []string
	for _, d := range c.Summary.Dates {
		var refs []string
		for _, r := range d.A {
			refs = append(refs, "A "+r.Text)
		}
		for _, r := range d.B {
			refs = append(refs, "B "+r.Text)
		}
		got = append(got, d.Date.String()+": "+strings.Join(refs, ", "))
	}
	want := []string{"27 August 2020: A on Thursday, A on August 27, B on August 27"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("shared dates (-want +got):\n%s", diff)
	}
}

func TestCommonDate(t *testing.T) {
	tests := []struct {
		x, y corpus.Date
		want string // "" when they do not fall together
	}{
		{day(2025, 1, 19), day(2025, 1, 19), "19 January 2025"},
		{day(2025, 1, 19), day(2025, 1, 20), ""},
		// A day and its month, week or part of the month are different facts: "resigned on
		// Thursday" and "a deal this week" (resolved to the month) share nothing.
		{day(2025, 1, 19), month(2025, 1), ""},
		{day(2020, 8, 27), month(2020, 8), ""},
		{month(2020, 8), day(2020, 8, 27), ""},
		{corpus.Date{Year: 2020, Month: 8, Part: corpus.PartLate, Precision: corpus.PrecisionPartOfMonth}, day(2020, 8, 27), ""},
		{corpus.Date{Year: 2020, Month: 8, Part: corpus.PartLate, Precision: corpus.PrecisionPartOfMonth}, month(2020, 8), ""},
		{corpus.Date{Year: 2020, Month: 8, Part: corpus.PartLate, Precision: corpus.PrecisionPartOfMonth},
			corpus.Date{Year: 2020, Month: 8, Part: corpus.PartLate, Precision: corpus.PrecisionPartOfMonth}, "late August 2020"},
		{corpus.Date{Year: 2020, Month: 8, Part: corpus.PartEarly, Precision: corpus.PrecisionPartOfMonth},
			corpus.Date{Year: 2020, Month: 8, Part: corpus.PartLate, Precision: corpus.PrecisionPartOfMonth}, ""},
		{corpus.Date{Year: 2020, Quarter: 3, Precision: corpus.PrecisionQuarter}, month(2020, 8), ""},
		{corpus.Date{Year: 2020, Quarter: 3, Precision: corpus.PrecisionQuarter}, corpus.Date{Year: 2020, Quarter: 3, Precision: corpus.PrecisionQuarter}, "Q3 2020"},
		{month(2020, 8), month(2020, 8), "August 2020"},
		{year(2020), day(2020, 8, 27), ""},
		{month(2025, 1), month(2024, 1), ""},
		{year(2024), month(2024, 4), ""},
		{year(2024), year(2024), "2024"},
		{corpus.Date{}, corpus.Date{}, ""},
		{corpus.Date{Year: 2024, Month: 12, Part: corpus.PartEarly, Precision: corpus.PrecisionPartOfMonth}, day(2024, 12, 3), ""},
	}
	for _, tt := range tests {
		d, ok := common(tt.x, tt.y)
		got := ""
		if ok {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("common(%v, %v) = %q, want %q", tt.x, tt.y, got, tt.want)
		}
	}
}

// statedArticle is article with a publication date, its dates extracted against it.
func statedArticle(id string, pub corpus.PubDate, sentences ...string) *corpus.Article {
	a := article(id, sentences)
	a.Published = pub
	a.Dates = timeline.Extract(a)
	return a
}

// TestSharedDatesStated: two articles that both say "7 September", "Monday" and "next Tuesday"
// share them by date when their publication dates place them on the same days, and as stated
// expressions when the publication dates are too vague or unknown to place them; never with an
// invented year, and never when both are placed on different days.
func TestSharedDatesStated(t *testing.T) {
	a := []string{"The talks opened on 7 September in Geneva.", "The minister arrived on Monday.", "A vote is due next Tuesday."}
	b := []string{"Talks began in Geneva on September 7.", "On Monday the minister flew in.", "Delegates will vote next Tuesday."}
	onDay := func(s string) corpus.PubDate {
		var y, m, d int
		fmt.Sscanf(s, "%d-%d-%d", &y, &m, &d)
		return corpus.PubDate{Date: day(y, m, d), Basis: corpus.BasisStated}
	}
	estimated := corpus.PubDate{Date: year(2005), Basis: corpus.BasisEstimated, Note: "test"}
	stated := []string{
		"7 September (as both state it; their publication dates do not place it): A 7 September, B September 7",
		"Monday (as both state it; their publication dates do not place it): A Monday, B Monday",
		"next Tuesday (as both state it; their publication dates do not place it): A next Tuesday, B next Tuesday",
	}
	for _, c := range []struct {
		name   string
		pa, pb corpus.PubDate
		want   []string
	}{
		{"both published the same day", onDay("2005-09-05"), onDay("2005-09-05"), []string{
			"5 September 2005: A Monday, B Monday",
			"6 September 2005: A next Tuesday, B next Tuesday",
			"7 September 2005: A 7 September, B September 7",
		}},
		{"published a week apart", onDay("2005-09-05"), onDay("2005-09-12"), []string{
			"7 September 2005: A 7 September, B September 7",
		}},
		{"both dated to an estimated year", estimated, estimated, stated},
		{"both undated", corpus.PubDate{}, corpus.PubDate{}, stated},
		{"one undated", onDay("2005-09-05"), corpus.PubDate{}, stated},
	} {
		t.Run(c.name, func(t *testing.T) {
			x, y := statedArticle("a", c.pa, a...), statedArticle("b", c.pb, b...)
			cmpr := Compare(x, y)
			checkInvariants(t, cmpr)
			var got []string
			for _, d := range cmpr.Summary.Dates {
				var refs []string
				for _, r := range d.A {
					refs = append(refs, "A "+r.Text)
				}
				for _, r := range d.B {
					refs = append(refs, "B "+r.Text)
				}
				if d.Stated != "" && d.Date.Precision != corpus.PrecisionUnknown {
					t.Errorf("%q: a stated date carries the date %s", d.Stated, d.Date)
				}
				got = append(got, d.Label()+": "+strings.Join(refs, ", "))
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("shared dates (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSharedDatesStatedDiffer: expressions that state different things are never stated alike.
func TestSharedDatesStatedDiffer(t *testing.T) {
	x := statedArticle("a", corpus.PubDate{}, "The talks opened on 7 September.", "The minister arrived on Monday.", "Prices rose last month.")
	y := statedArticle("b", corpus.PubDate{}, "The talks opened in September.", "The minister arrives next Monday.", "Prices will rise next month.")
	if got := Compare(x, y).Summary.Dates; len(got) != 0 {
		t.Errorf("want no shared dates, got %+v", got)
	}
}

// tagged builds an article of one paragraph whose sentences name exactly the given entities
// (every occurrence, as written), whatever the tagger would find.
func tagged(id string, sents []string, names ...string) *corpus.Article {
	a := article(id, sents)
	for i := range a.Paragraphs[0].Sentences {
		s := &a.Paragraphs[0].Sentences[i]
		s.Mentions = mentions(s.Text, names...)
	}
	return a
}

// TestSummaryNamedByBoth: a name one side's tagger found is not "only" that side's when the other
// side writes it too, in another case, with a hyphen for a space, inside a longer name, or as a
// shorter or longer spelling of it.
func TestSummaryNamedByBoth(t *testing.T) {
	tests := []struct {
		name         string
		a, b         []string
		namesA       []string
		namesB       []string
		shared       []string
		onlyA, onlyB []string
	}{
		{name: "other case",
			a:      []string{"The Fenwick Inquiry will report on the harbour collapse in June."},
			b:      []string{"Evidence to the Fenwick inquiry on the harbour collapse ends soon."},
			namesA: []string{"Fenwick Inquiry"},
			shared: []string{"Fenwick Inquiry"}},
		{name: "prefix of a longer name",
			a:      []string{"The European Rowing Federation banned the coach for two years."},
			b:      []string{"The European Rowing body banned the coach on Friday."},
			namesA: []string{"European Rowing Federation"}, namesB: []string{"European Rowing"},
			shared: []string{"European Rowing Federation"}},
		{name: "longer name on the other side, written in another case",
			a:      []string{"The European Rowing federation banned the coach on Friday."},
			b:      []string{"The European Rowing Federation banned the coach for two years."},
			namesA: []string{"European Rowing"}, namesB: []string{"European Rowing Federation"},
			shared: []string{"European Rowing Federation"}},
		{name: "inside a longer run of words",
			a:      []string{"Mr Dale, an East Anglia MEP, left the party on Monday."},
			b:      []string{"Mr Dale, an East Anglia MEP, quit the party this week."},
			namesA: []string{"Anglia"}, namesB: []string{"East Anglia"},
			shared: []string{"East Anglia"}},
		{name: "hyphen for a space",
			a:      []string{"Mr Rhys-Owen quit the board on Monday."},
			b:      []string{"Mr Rhys Owen left the board this week."},
			namesA: []string{"Rhys-Owen"}, namesB: []string{"Rhys Owen"},
			shared: []string{"Rhys-Owen"}},
		{name: "a one-word name keeps its capital",
			a:      []string{"Labour won the seat on Thursday."},
			b:      []string{"The seat was won on Thursday; labour costs rose."},
			namesA: []string{"Labour"},
			onlyA:  []string{"Labour"}},
		{name: "a word inside another word is not the name",
			a:      []string{"The Ford plant closed in May."},
			b:      []string{"The Fordham plant closed in May."},
			namesA: []string{"Ford"}, namesB: []string{"Fordham"},
			onlyA: []string{"Ford"}, onlyB: []string{"Fordham"}},
	}
	for _, tt := range tests {
		c := Compare(tagged("a", tt.a, tt.namesA...), tagged("b", tt.b, tt.namesB...))
		s := c.Summary
		names := func(es []EntityCount) []string {
			var out []string
			for _, e := range es {
				if e.A < 0 || e.B < 0 {
					t.Errorf("%s: %s counted %d, %d", tt.name, e.Entity, e.A, e.B)
				}
				out = append(out, e.Entity)
			}
			slices.Sort(out)
			return out
		}
		if diff := cmp.Diff(tt.shared, names(s.Shared)); diff != "" {
			t.Errorf("%s: both name (-want +got):\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(tt.onlyA, names(s.OnlyA)); diff != "" {
			t.Errorf("%s: only A names (-want +got):\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(tt.onlyB, names(s.OnlyB)); diff != "" {
			t.Errorf("%s: only B names (-want +got):\n%s", tt.name, diff)
		}
		for _, e := range s.Shared {
			if e.A == 0 || e.B == 0 || e.FirstA == "" || e.FirstB == "" {
				t.Errorf("%s: %s is shared with counts A %d, B %d and first sentences %q, %q", tt.name, e.Entity, e.A, e.B, e.FirstA, e.FirstB)
			}
		}
	}
}

// TestSummaryOnce: the summary lists a quotation once however many sentences carry it, with the
// pair that holds it, and one side's mentions of a date in the same words once.
func TestSummaryOnce(t *testing.T) {
	a := article("a",
		[]string{`The ferry operator called the new harbour charges "a cynical cash grab" on Monday.`},
		[]string{"Fares will rise in March 2006, the operator said."},
		[]string{"The council said the charges were fair."},
	)
	b := article("b",
		[]string{"Councillors defended the charges as fair to every user of the port."},
		[]string{`The operator denounced the harbour charges as "a cynical cash grab" on Monday.`},
		[]string{"Fares are due to rise in March 2006, it said."},
		[]string{`Its chief executive repeated that the tolls were "a cynical cash grab".`},
		[]string{"The new terminal will open in March 2006."},
		[]string{"Works must finish by March 2006."},
	)
	dated(t, a, "p2s1", "in March 2006", month(2006, 3), corpus.RoleExpected)
	dated(t, b, "p3s1", "in March 2006", month(2006, 3), corpus.RoleExpected)
	dated(t, b, "p5s1", "in March 2006", month(2006, 3), corpus.RoleHappened)
	dated(t, b, "p6s1", "by March 2006", month(2006, 3), corpus.RoleDeadline)
	c := Compare(a, b)
	checkInvariants(t, c)
	s := c.Summary
	var quotes []string
	for _, q := range s.Quotes {
		quotes = append(quotes, fmt.Sprintf("%s pair %d", q.Words, q.Pair))
	}
	_, p := partner(c, find(t, a, "cash grab"))
	if p == nil {
		t.Fatalf("the sentences with the quotation are not paired:\n%s", dump(c))
	}
	if want := []string{fmt.Sprintf("a cynical cash grab pair %d", p.N)}; !slices.Equal(quotes, want) {
		t.Errorf("quotes = %q, want %q", quotes, want)
	}
	var refs []string
	for _, d := range s.Dates {
		if d.Date == month(2006, 3) {
			for _, r := range d.B {
				refs = append(refs, r.Sentence+" "+r.Text)
			}
		}
	}
	if want := []string{"p3s1 in March 2006", "p6s1 by March 2006"}; !slices.Equal(refs, want) {
		t.Errorf("B's mentions of March 2006 = %q, want %q", refs, want)
	}
}

func TestQuotesOnce(t *testing.T) {
	q := func(words string, pair int) SharedQuote { return SharedQuote{Words: words, Pair: pair} }
	tests := []struct {
		in, want []SharedQuote
	}{
		{[]SharedQuote{q("lies and spin", 4), q("lies and spin", 0)}, []SharedQuote{q("lies and spin", 4)}},
		{[]SharedQuote{q("lies and spin", 0), q("truth", 2), q("Lies and  spin", 5)}, []SharedQuote{q("Lies and  spin", 5), q("truth", 2)}},
		{[]SharedQuote{q("gone AWOL", 3), q("gone AWOL", 7)}, []SharedQuote{q("gone AWOL", 3)}},
		{[]SharedQuote{q("firm but fair", 0), q("firm but fair", 0)}, []SharedQuote{q("firm but fair", 0)}},
		{[]SharedQuote{q("firm", 1), q("fair", 1)}, []SharedQuote{q("firm", 1), q("fair", 1)}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, quotesOnce(tt.in)); diff != "" {
			t.Errorf("quotesOnce(%v) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestDateMentionOnce(t *testing.T) {
	a := article("a",
		[]string{"The bridge reopened last week after repairs."},
		[]string{"Traffic returned to normal on the bridge last week."},
	)
	b := article("b",
		[]string{"Last week the bridge reopened to traffic."},
		[]string{"Engineers inspected the bridge last week, the council said."},
		[]string{"The tolls were lifted last week as well."},
	)
	c := Compare(a, b)
	for _, d := range c.Summary.Dates {
		for side, refs := range map[string][]DateRef{"A": d.A, "B": d.B} {
			seen := make(map[string]bool)
			for _, r := range refs {
				k := strings.ToLower(r.Text)
				if seen[k] {
					t.Errorf("%s: side %s lists %q twice: %+v", d.Label(), side, r.Text, refs)
				}
				seen[k] = true
			}
		}
	}
	if len(c.Summary.Dates) == 0 {
		t.Errorf("no shared date; want last week")
	}
}

// TestFigureInDispute: two versions of one report that give one amount of a unit each, at other
// values, with no name near it, differ in that figure; a loose pair, a sentence with two amounts
// of the unit, or a count do not say so.
func TestFigureInDispute(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want []string
	}{
		{"The plan cuts spending by $4.5bn over five years, officials said.", "The plan cuts spending by $4.5 trillion over five years, officials said.",
			[]string{"dollar: $4.5bn vs $4.5 trillion"}},
		{"The fire burned 40 miles of the northern ridge overnight, the service said.", "The fire burned 40 kilometres of the northern ridge overnight, the service said.",
			[]string{"m: 40 miles vs 40 kilometres"}},
		// Two amounts of one unit on a side: which is which is not known.
		{"The plan cuts spending by $4.5bn and taxes by $2bn over five years, officials said.", "The plan cuts spending by $4.5 trillion and taxes by $2bn over five years, officials said.",
			nil},
		// Counts are too loose a unit to dispute.
		{"The plan closes 40 offices over five years, officials said.", "The plan closes 45 offices over five years, officials said.", nil},
	} {
		cmpn := Compare(article("a", story{c.a, "Other words entirely here."}), article("b", story{c.b, "Nothing alike at all."}))
		var got []string
		for _, f := range cmpn.Summary.Figures {
			got = append(got, f.Unit+": "+f.A.Text+" vs "+f.B.Text)
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q / %q: differing figures (-want +got):\n%s\n%s", c.a, c.b, diff, dump(cmpn))
		}
	}
}
