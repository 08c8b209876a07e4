package align

import (
	"slices"
	"strings"
	"testing"

	"parallax/corpus"
)

// TestNeighboursHighlightedInGapsOnly: the reader sees distributional neighbours marked as
// related words only in a pair placed in a gap between two pairs, where the score counts them;
// WordNet's related words are marked in any pair.
func TestNeighboursHighlightedInGapsOnly(t *testing.T) {
	// "children" and "young" are neighbours and not in WordNet's table; "hurt" and "suffer" are.
	if m := parseRelated(wordnetData); overlap(m[stem("children")], m[stem("young")]) || !overlap(m[stem("hurt")], m[stem("suffer")]) {
		t.Fatal("the test needs children/young related only as neighbours and hurt/suffer in WordNet")
	}
	if !related(stem("children"), stem("young")) {
		t.Fatal("the test needs children/young related as neighbours")
	}
	marked := func(c *Comparison, a, b *corpus.Article, idA string) []string {
		_, p := partner(c, idA)
		if p == nil {
			t.Fatalf("%s is not paired\n%s", idA, dump(c))
		}
		var out []string
		for _, s := range p.SpansA {
			if s.Kind == SpanRelated {
				out = append(out, a.Sentence(p.A).Text[s.Start:s.End])
			}
		}
		for _, s := range p.SpansB {
			if s.Kind == SpanRelated {
				out = append(out, b.Sentence(p.B).Text[s.Start:s.End])
			}
		}
		slices.Sort(out)
		return out
	}
	a := article("a", []string{"A storm hit the Kelby coast on Sunday night, bringing down 40 power lines.",
		"Campaigners said the cuts would hurt children and elderly people most.",
		"Repairs to the 40 power lines will take until Friday, Velta Energy said."})
	b := article("b", []string{"The storm brought down 40 power lines on the Kelby coast late on Sunday.",
		"Opponents warned that the young and the old would suffer the most.",
		"Velta Energy said the 40 power lines would be repaired by Friday."})
	if got := marked(Compare(a, b), a, b, "p1s2"); !slices.Contains(got, "children") || !slices.Contains(got, "young") || !slices.Contains(got, "hurt") {
		t.Errorf("in a gap: related words %q, want children, young and hurt among them", got)
	}
	a = article("a", []string{"The Kelby council will close 12 libraries, which would hurt children most."})
	b = article("b", []string{"Kelby council is to shut 12 libraries, and the young will suffer most."})
	got := marked(Compare(a, b), a, b, "p1s1")
	if slices.Contains(got, "children") || slices.Contains(got, "young") {
		t.Errorf("anywhere: related words %q, want no neighbours (children, young)", got)
	}
	if !slices.Contains(got, "hurt") || !slices.Contains(got, "suffer") {
		t.Errorf("anywhere: related words %q, want WordNet's hurt and suffer", got)
	}
}

// TestSwappedPairHighlightsNeighbours: a pair the swap pass places beside a pair counts
// neighbours, so its highlight shows them.
func TestSwappedPairHighlightsNeighbours(t *testing.T) {
	a := nexaVoltA
	b := []string{
		"The competition watchdog has prohibited Nexa's planned combination with Volt, it said on Thursday.",
		"Nexa expressed disappointment and said it might challenge the decision in court.",
		"Regulators concluded the tie-up would have led to higher bills for people on mobile contracts.",
	}
	c := Compare(article("a", a), article("b", b))
	_, p := partner(c, "p1s2")
	if p == nil || !p.Crossing {
		t.Fatalf("p1s2 not in a crossing pair\n%s", dump(c))
	}
	if !slices.ContainsFunc(p.SpansA, func(s Span) bool { return s.Kind == SpanRelated }) {
		t.Errorf("crossing pair placed by the swap pass: spans %+v lack the neighbours that placed it", p.SpansA)
	}
}

// TestHighlightOneFigure: the reader sees the figures and numbers that made a pair, however each
// side writes them: a number alone, a result, a measure converted, a figure rounded, a count
// under two nouns.
func TestHighlightOneFigure(t *testing.T) {
	for _, c := range []struct {
		a, b         story
		wantA, wantB string
	}{
		{story{"A crowd of 27,314 watched the final at Marsh Park, a record for the competition.", "Kelby's captain lifted the trophy."},
			story{"The attendance of 27,314 at Marsh Park was the highest in the tournament's history.", "The captain raised the cup."},
			"figure:27,314", "figure:27,314"},
		{story{"Ferris left the club on Sunday, hours after a 3-0 home defeat by Castlebury.", "He had been manager since 2021."},
			story{"Castlebury beat Ferris's side 3-0 at the Harbour Ground on Sunday, and he was gone by the evening.", "Ferris was appointed in 2021."},
			"figure:3-0", "figure:3-0"},
		{story{"The quake struck at a depth of about 12 miles beneath the seabed, the Geological Survey said.", "Buildings swayed in the capital."},
			story{"Its focus lay 20 kilometres underground, according to the Geological Survey.", "Tall buildings in the capital shook."},
			"figure:12 miles", "figure:20 kilometres"},
		{story{"More than 12,000 households are without running water, the company said.", "Bottled water is being handed out."},
			story{"The supply to 12,340 properties has been cut off.", "Bottled water is available at three stations."},
			"figure:12,000 households", "figure:12,340 properties"},
		{story{"The board approved the plan by five votes to two.", "The new timetable starts in August."},
			story{"Trustees backed it 5-2 on Monday night.", "Families were divided."},
			"figure:five votes to two", "figure:5-2"},
		{story{"Corvane said hackers had stolen personal data belonging to about 4.3 million customers.", "The breach began in March."},
			story{"More than four million people may have had their personal data stolen, Corvane said.", "Its shares fell sharply."},
			"figure:4.3 million customers", "figure:four million people"},
		{story{"The new rates take effect on Jan. 1.", "Bills will rise for most homes."},
			story{"The higher tariffs come into force on 1 January.", "The watchdog was criticised by campaigners."},
			"date:Jan. 1", "date:1 January"},
		{story{"Varga said she had prepared the opening with her coach until three in the morning.", "She is ranked 74th."},
			story{"She and her coach worked on the line until 3 am, Varga revealed.", "Her federation celebrated."},
			"date:three in the morning", "date:3 am"},
		{story{"Energy bills will rise by £92 a year for a typical household from April.", "The regulator blamed gas prices."},
			story{"From April the typical household will pay about £1.77 a week more for energy.", "Gas prices are to blame, the regulator said."},
			"figure:£92 a year", "figure:£1.77 a week"},
	} {
		a, b := article("a", c.a), article("b", c.b)
		cmp := Compare(a, b)
		checkInvariants(t, cmp)
		got, p := partner(cmp, "p1s1")
		if got != "p1s1" {
			t.Errorf("%q not paired\n%s", c.a[0], dump(cmp))
			continue
		}
		gotA, gotB := spanTexts(c.a[0], p.SpansA), spanTexts(c.b[0], p.SpansB)
		if !slices.Contains(gotA, c.wantA) || !slices.Contains(gotB, c.wantB) {
			t.Errorf("%q / %q: spans %q and %q, want %q and %q", c.a[0], c.b[0], gotA, gotB, c.wantA, c.wantB)
		}
	}
}

// TestHighlightNumbersTheScoreRead: a number is marked only where the score read the same number
// on both sides, and a rounded figure only where the score used it.
func TestHighlightNumbersTheScoreRead(t *testing.T) {
	for _, c := range []struct {
		a, b story
		notA string
		notB string
	}{
		{story{"The Forest Service said the fire had burned 40 miles of the northern ridge overnight.", "Homes were evacuated."},
			story{"The Forest Service said the fire had burned 40 kilometres of the northern ridge overnight.", "Homes were evacuated."},
			"40", "40"},
		{story{"The Forest Service said 19 firefighters had been hurt on the northern ridge.", "Homes were evacuated."},
			story{"The Forest Service said on June 19 that firefighters had been hurt on the northern ridge.", "Homes were evacuated."},
			"19", "19"},
		{story{"Harlow Motors will cut 480 jobs and close 12 stores, the company said.", "x."},
			story{"About 500 jobs will go as Harlow Motors shuts 12 stores.", "y."},
			"480 jobs", "500 jobs"},
	} {
		cmp := Compare(article("a", c.a), article("b", c.b))
		got, p := partner(cmp, "p1s1")
		if got != "p1s1" {
			t.Fatalf("%q not paired", c.a[0])
		}
		// Whatever its kind, the number is not to be marked.
		anyKind := func(w string) func(string) bool {
			return func(s string) bool {
				_, text, _ := strings.Cut(s, ":")
				return text == w
			}
		}
		ga, gb := spanTexts(c.a[0], p.SpansA), spanTexts(c.b[0], p.SpansB)
		if slices.ContainsFunc(ga, anyKind(c.notA)) || slices.ContainsFunc(gb, anyKind(c.notB)) {
			t.Errorf("%q / %q: marked %q and %q; %q / %q played no part in the score", c.a[0], c.b[0], ga, gb, c.notA, c.notB)
		}
	}
}

// TestFlattenKeepsTheLongerSpan: of two spans of one kind that start together, the longer is
// kept, in whatever order they were found (map order, in numberSpans).
func TestFlattenKeepsTheLongerSpan(t *testing.T) {
	long, short, tail := Span{Start: 25, End: 41, Kind: SpanFigure}, Span{Start: 25, End: 28, Kind: SpanFigure}, Span{Start: 38, End: 41, Kind: SpanFigure}
	for _, in := range [][]Span{{long, short, tail}, {short, tail, long}, {tail, short, long}} {
		if got := flatten(slices.Clone(in), 50); len(got) != 1 || got[0] != long {
			t.Errorf("flatten(%v) = %v, want [%v]", in, got, long)
		}
	}
}
