package align

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
)

var allSeeds = []seedFile{whatjobs, acquire, chew, walmart, ccp}

func TestCompareEmpty(t *testing.T) {
	x := article("x", []string{"Joe Biden signed the law in April."})
	empty := &corpus.Article{ID: "empty"}
	for _, tt := range []struct{ a, b *corpus.Article }{{nil, nil}, {x, nil}, {nil, x}, {empty, empty}, {x, empty}, {empty, x}} {
		c := Compare(tt.a, tt.b)
		if c == nil || len(c.Pairs) != 0 {
			t.Errorf("Compare(%v, %v) = %+v, want no pairs", tt.a != nil, tt.b != nil, c)
		}
		checkInvariants(t, c)
	}
}

func TestCompareSelf(t *testing.T) {
	a := rawArticle(t, whatjobs.id, whatjobs.file)
	c := Compare(a, a)
	checkInvariants(t, c)
	n := 0
	for _, p := range a.Paragraphs {
		n += len(p.Sentences)
	}
	for _, p := range c.Pairs {
		if p.A != p.B || p.Crossing {
			t.Errorf("pair %d: %s with %s (crossing %v), want each sentence with itself", p.N, p.A, p.B, p.Crossing)
		}
	}
	// Only sentences too short to carry a fact ("Link", "Hiring?") may stay unpaired.
	if len(c.Pairs) < n*8/10 {
		t.Errorf("%d of %d sentences paired with themselves, want at least 80%%", len(c.Pairs), n)
	}
}

// TestCrossing tells two facts in opposite orders: one pair follows the reading order, the
// other crosses it, and both articles are still laid out in their own order.
func TestCrossing(t *testing.T) {
	law := "President Joe Biden signed legislation in April requiring ByteDance to divest TikTok by January 19."
	campaign := "During his campaign, Donald Trump pledged to save TikTok from a ban."
	filler1 := "Shoppers bought winter coats in Ohio."
	filler2 := "Engineers repaired a bridge near Lisbon."
	a := article("a", []string{law, filler1, campaign})
	b := article("b", []string{
		"During the campaign, Donald Trump said he would save TikTok from any ban.",
		filler2,
		"In April, President Joe Biden signed legislation forcing ByteDance to divest TikTok by January 19.",
	})
	c := Compare(a, b)
	checkInvariants(t, c)
	// Biden's law scores higher, so it keeps the reading order and the campaign crosses it.
	got := fmt.Sprint(c.Rows)
	want := fmt.Sprint([]Row{
		{B: "p1s1", Pair: 1, ParaB: true},
		{B: "p1s2"},
		{A: "p1s1", B: "p1s3", Pair: 2, ParaA: true},
		{A: "p1s2"},
		{A: "p1s3", Pair: 1},
	})
	if got != want {
		t.Errorf("rows:\n got %s\nwant %s\n%s", got, want, dump(c))
	}
	crossing := 0
	for _, p := range c.Pairs {
		if p.Crossing {
			crossing++
		}
	}
	if len(c.Pairs) != 2 || crossing != 1 {
		t.Errorf("%d pairs, %d crossing; want 2 and 1\n%s", len(c.Pairs), crossing, dump(c))
	}
}

func TestHighlight(t *testing.T) {
	a := rawArticle(t, whatjobs.id, whatjobs.file)
	b := rawArticle(t, chew.id, chew.file)
	c := Compare(a, b)
	id, p := partner(c, find(t, a, "signed legislation requiring"))
	if p == nil {
		t.Fatalf("Biden's law not paired\n%s", dump(c))
	}
	gotA := spanTexts(a.Sentence(p.A).Text, p.SpansA)
	gotB := spanTexts(b.Sentence(id).Text, p.SpansB)
	for _, want := range []string{"entity:President Joe Biden", "word:signed", "synonym:legislation", "word:ban"} {
		if !contains(gotA, want) {
			t.Errorf("A spans %v lack %q", gotA, want)
		}
	}
	for _, want := range []string{"entity:President Joe Biden", "word:signed", "synonym:law", "word:ban"} {
		if !contains(gotB, want) {
			t.Errorf("B spans %v lack %q", gotB, want)
		}
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// TestSeedInvariants checks the layout of every ordered pair of seeds.
func TestSeedInvariants(t *testing.T) {
	for _, x := range allSeeds {
		for _, y := range allSeeds {
			c := Compare(rawArticle(t, x.id, x.file), rawArticle(t, y.id, y.file))
			checkInvariants(t, c)
		}
	}
}

// checkInvariants verifies what the view relies on: each sentence of each side in exactly one
// row, in reading order; pairs numbered in row order and pointing at real sentences; spans
// sorted, disjoint and inside their sentence.
func checkInvariants(t *testing.T, c *Comparison) {
	t.Helper()
	for side, art := range []*corpus.Article{c.A, c.B} {
		var want, got []string
		if art != nil {
			for _, p := range art.Paragraphs {
				for _, s := range p.Sentences {
					want = append(want, s.ID)
				}
			}
		}
		for _, r := range c.Rows {
			id := r.A
			if side == 1 {
				id = r.B
			}
			if id != "" {
				got = append(got, id)
			}
		}
		if len(c.Pairs) == 0 && art == nil {
			continue
		}
		if diff := cmp.Diff(want, got); diff != "" && (c.A != nil && c.B != nil) {
			t.Errorf("side %d rows out of reading order (-want +got):\n%s", side, diff)
		}
	}
	next := 1
	for _, r := range c.Rows {
		if r.Pair == 0 {
			continue
		}
		if r.Pair > next {
			t.Errorf("row refers to pair %d before pair %d", r.Pair, next)
		}
		if r.Pair == next {
			next++
		}
		p := c.PairByN(r.Pair)
		if p == nil {
			t.Fatalf("row refers to missing pair %d", r.Pair)
		}
		if (r.A != "" && r.A != p.A) || (r.B != "" && r.B != p.B) {
			t.Errorf("row %+v does not match pair %+v", r, p)
		}
		if r.A != "" && r.B != "" && p.Crossing {
			t.Errorf("crossing pair %d laid out side by side", p.N)
		}
	}
	for _, r := range c.Rows {
		if r.Also != 0 && (r.Pair != 0 || (r.A != "" && r.B != "") || c.PairByN(r.Also) == nil) {
			t.Errorf("row %+v: Also on a paired row or to a missing pair", r)
		}
	}
	if next != len(c.Pairs)+1 {
		t.Errorf("rows show %d pairs, have %d", next-1, len(c.Pairs))
	}
	for _, p := range c.Pairs {
		sa, sb := c.A.Sentence(p.A), c.B.Sentence(p.B)
		if sa == nil || sb == nil {
			t.Fatalf("pair %d points at missing sentences %s, %s", p.N, p.A, p.B)
		}
		if p.Score < Threshold || p.Score > 1 {
			t.Errorf("pair %d score %v out of range", p.N, p.Score)
		}
		checkSpans(t, sa.Text, p.SpansA)
		checkSpans(t, sb.Text, p.SpansB)
	}
}

func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	end := 0
	for _, s := range spans {
		if s.Start < end || s.End <= s.Start || s.End > len(text) {
			t.Errorf("span %+v out of order or bounds in %q", s, text)
		}
		end = s.End
	}
}

func FuzzCompare(f *testing.F) {
	f.Add("Joe Biden signed the law in April. It bans TikTok by January 19.", "In April, Biden signed a “sell or ban” law.")
	f.Add(`"unclosed quote and 15% of $`, "“”\"\"…")
	f.Add("\xff\xfe invalid utf-8 15 percent", "")
	// The readers of the later rounds, whole and cut off at their ends.
	f.Add("Approved by five votes to two, 214 in favour and 187 against, until three in the morning.", "The board voted 5-2 by midnight, at least 2,000 people, tens of thousands of")
	f.Add("Hundreds of homes, a pair of, a couple of hours, soared almost a quarter, up a", "votes to, in favour and, three in the, dozens of local, a fortnight ago, the past")
	f.Add("The orchestra's board chairman, Peter Lindqvist, said a 48-million-dollar hole", "Lindqvist, who chairs the board, said Jan. 1 in Seoul, South Korea, 70 km an hour")
	f.Fuzz(func(t *testing.T, x, y string) {
		a := article("a", splitSentences(strings.ReplaceAll(x, "\n", " ")))
		b := article("b", splitSentences(strings.ReplaceAll(y, "\n", " ")), []string{x})
		c := Compare(a, b)
		checkInvariants(t, c)
	})
}

// TestCapped lowers the limits: a comparison past them still lays out every sentence, keeps the
// pairs it found, and says it was cut short.
func TestCapped(t *testing.T) {
	x, y := synthetic("x", 300, 1), synthetic("y", 300, 2)
	full := Compare(x, y)
	checkInvariants(t, full)
	if full.Capped || full.CapNote != "" {
		t.Fatalf("capped without reaching a limit: %q", full.CapNote)
	}
	for _, tt := range []struct {
		name            string
		sentences, work int
		note            string
	}{
		{"sentences", 100, MaxWork, "only the first 100 sentences"},
		{"work", MaxSentences, 50, "stopped after 50 candidate sentence pairs"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			limitSentences, limitWork = tt.sentences, tt.work
			defer func() { limitSentences, limitWork = MaxSentences, MaxWork }()
			c := Compare(x, y)
			checkInvariants(t, c)
			if !c.Capped || !strings.Contains(c.CapNote, tt.note) {
				t.Errorf("Capped %v, note %q; want a note with %q", c.Capped, c.CapNote, tt.note)
			}
			if len(c.Pairs) >= len(full.Pairs) {
				t.Errorf("%d pairs capped, %d in full: the cap did nothing", len(c.Pairs), len(full.Pairs))
			}
		})
	}
}

// TestHighlightNormalForms: the spans that show why two sentences were paired cover words that
// share only a normal form or a synonym, and figures written differently, on both sides.
func TestHighlightNormalForms(t *testing.T) {
	a := article("a", []string{
		"Since the launch, ClipTok viewers can order ShopCo goods without ever quitting the app.",
		"Walmart agreed to purchase a 7.5% stake in the venture for $1.2bn.",
	})
	b := article("b", []string{
		"The tie-up lets ClipTok users shop ShopCo products directly without leaving ClipTok.",
		"The retailer will buy 7.5 per cent of the new company for 1.2 billion dollars.",
	})
	c := Compare(a, b)
	checkInvariants(t, c)
	tests := []struct {
		id           string
		wantA, wantB []string
	}{
		{"p1s1", []string{"synonym:viewers", "synonym:goods", "synonym:quitting", "word:ClipTok", "word:ShopCo"},
			[]string{"synonym:users", "synonym:products", "synonym:leaving", "word:ClipTok", "word:ShopCo"}},
		{"p1s2", []string{"figure:7.5%", "figure:$1.2bn", "synonym:purchase"},
			[]string{"figure:7.5 per cent", "figure:1.2 billion dollars", "synonym:buy"}},
	}
	for _, tt := range tests {
		got, p := partner(c, tt.id)
		if got != tt.id {
			t.Fatalf("%s paired with %q, want %s\n%s", tt.id, got, tt.id, dump(c))
		}
		gotA, gotB := spanTexts(a.Sentence(p.A).Text, p.SpansA), spanTexts(b.Sentence(p.B).Text, p.SpansB)
		for _, w := range tt.wantA {
			if !contains(gotA, w) {
				t.Errorf("A spans %v lack %q", gotA, w)
			}
		}
		for _, w := range tt.wantB {
			if !contains(gotB, w) {
				t.Errorf("B spans %v lack %q", gotB, w)
			}
		}
	}
}
