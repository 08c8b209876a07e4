package align

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
	"parallax/corpus/entity"
)

// TestWithinFile: within.txt parses, and every name in it is a name the entity recogniser gives
// a place (or the European Union, which it files as an organisation) as its canonical form, so
// that no line is keyed by a spelling the aligner never sees.
func TestWithinFile(t *testing.T) {
	g, err := parseWithin(withinText)
	if err != nil {
		t.Fatal(err)
	}
	if geo() == nil || len(geo().in) != len(g.in) {
		t.Fatalf("the aligner's geography has %d places, the file %d", len(geo().in), len(g.in))
	}
	names := map[string]bool{}
	for p, cs := range g.in {
		names[p] = true
		for _, c := range cs {
			names[c] = true
		}
	}
	for n := range names {
		canon, kind, ok := entity.Default().Canonical(n)
		if !ok {
			// A name the gazetteer does not list is found by the recogniser's word lists.
			ms := entity.Default().Tag("They met in " + n + " on Monday.")
			if len(ms) == 1 {
				canon, kind, ok = ms[0].Entity, ms[0].Kind, true
			}
		}
		switch {
		case !ok:
			t.Errorf("%q: not a name the recogniser finds", n)
		case canon != n:
			t.Errorf("%q: the recogniser calls it %q", n, canon)
		case kind != corpus.KindPlace && n != "European Union":
			t.Errorf("%q: the recogniser calls it a %s", n, kind)
		}
	}
}

func TestParseWithin(t *testing.T) {
	g, err := parseWithin("== areas\nKent: England\nEngland: United Kingdom\n== cities\n# a comment\n\nMaidstone: Kent\nLondon: England; United Kingdom\nSoho: London\n")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"Kent":      {"England", "United Kingdom"},
		"England":   {"United Kingdom"},
		"Maidstone": {"Kent", "England", "United Kingdom"},
		"London":    {"England", "United Kingdom"},
		"Soho":      {"London", "England", "United Kingdom"},
	}
	if diff := cmp.Diff(want, g.in); diff != "" {
		t.Errorf("containers (-want +got):\n%s", diff)
	}
	for _, c := range []struct {
		place, area string
		want        bool
	}{{"Maidstone", "United Kingdom", true}, {"Maidstone", "Kent", true}, {"Kent", "Maidstone", false}, {"London", "Kent", false}, {"Ashford", "Kent", false}} {
		if got := g.inside(c.place, c.area); got != c.want {
			t.Errorf("inside(%q, %q) = %v, want %v", c.place, c.area, got, c.want)
		}
	}
	for _, c := range []struct {
		place string
		want  bool
	}{{"Maidstone", true}, {"Soho", true}, {"London", true}, {"Kent", true}, {"United Kingdom", true}, {"Ashford", false}} {
		if got := g.known(c.place); got != c.want {
			t.Errorf("known(%q) = %v, want %v", c.place, got, c.want)
		}
	}
	for _, bad := range []string{
		"Kent: England\n",                        // outside a section
		"== towns\nKent: England\n",              // unknown section
		"== areas\nKent England\n",               // no colon
		"== areas\nKent: England;\n",             // empty container
		"== areas\n: England\n",                  // no name
		"== areas\nKent: England\nKent: Wales\n", // listed twice
		"== areas\nKent: Sussex\nSussex: Kent\n", // a loop
	} {
		if _, err := parseWithin(bad); err == nil {
			t.Errorf("parseWithin(%q): no error", bad)
		} else if !strings.Contains(err.Error(), "line") && !strings.Contains(err.Error(), "itself") {
			t.Errorf("parseWithin(%q): %v, want the line named", bad, err)
		}
	}
}

// placeKinds are two accounts that name the setting of one fact at two levels, a place and one
// it lies in, or a capital for its government; they are one fact. The negatives name two places
// neither of which lies in the other: two facts, however alike the words.
var placeKinds = []pairCase{
	{name: "a city in its country", pair: true,
		a: story{"Lumora unveiled its new flagship phone, the Vega 9, at an event in Seoul on Tuesday.", "It goes on sale next month.", "The company's shares rose."},
		b: story{"The Vega 9, Lumora's latest flagship handset, was launched in South Korea this week.", "Shops will stock it from next month.", "Investors welcomed the launch."}},
	{name: "a district in its city", pair: true,
		a: story{"A federal jury in Manhattan convicted Marcus Lyle, the founder of the collapsed exchange Coinvault, of fraud.", "He faces up to 20 years in prison.", "Sentencing is set for March."},
		b: story{"The founder of the failed exchange Coinvault, Marcus Lyle, has been convicted of fraud by a New York jury.", "Lyle could spend two decades in jail.", "He will be sentenced in March."}},
	{name: "two capitals for their governments", pair: true,
		a: story{"The merger still needs the approval of competition regulators in Washington and Ottawa.", "The two companies employ 40,000 people.", "Their shares rose on Monday."},
		b: story{"Competition regulators in the United States and Canada must still approve the merger.", "Together they have 40,000 staff.", "Shares in both companies gained on Monday."}},
	{name: "Brussels for the European Union", pair: true,
		a: story{"Regulators in Brussels fined Lumio 1.2 billion euros for shutting rival payment services out of its app store.", "Lumio said it would appeal.", "The investigation began in 2021."},
		b: story{"The European Union has fined Lumio €1.2bn for blocking rival payment services from its app store.", "The company plans an appeal.", "The inquiry was opened in 2021."}},
	{name: "a state in its country", pair: true,
		a: story{"Halder Steel will close its Ohio mill in March, cutting 1,250 jobs.", "The mill opened in 1952.", "The union called the decision a betrayal."},
		b: story{"Halder Steel is shutting a US mill in March, with the loss of 1,250 jobs.", "The plant dates from 1952.", "Union leaders said workers had been betrayed."}},
	// Negatives: two places, neither in the other.
	{name: "negative: two countries",
		a: story{"Regulators in Canada ordered Lumio to sell its video business within 90 days.", "Lumio said it would appeal.", "The business employs 1,200 people."},
		b: story{"Regulators in the United States ordered Lumio to sell its video business within 90 days.", "The company plans an appeal.", "About 1,200 people work there."}},
	{name: "negative: two cities of one country",
		a: story{"Lumora opened its first flagship store in Tokyo on Saturday, drawing long queues.", "The phone costs 150,000 yen.", "Shares were flat."},
		b: story{"Lumora opened its first flagship store in Osaka on Saturday, drawing long queues.", "The handset sells for 150,000 yen.", "The stock did not move."}},
	{name: "negative: two towns the lists do not know",
		a: story{"Fenwick Homes wants to build 4,000 homes on green belt land near Maidstone.", "The council will decide in May.", "Residents have objected."},
		b: story{"Fenwick Homes wants to build 4,000 homes on green belt land near Ashford.", "A decision is due in May.", "Locals have lodged objections."}},
	{name: "negative: a town the lists do not know and an area, with nothing around to place them",
		a: story{"A gunman opened fire at a school in Maidstone, police said.", "Two pupils were hurt.", "The school will stay closed."},
		b: story{"A gunman opened fire at a school in Texas, police said.", "Classes were cancelled.", "Parents gathered outside."}},
	{name: "negative: a city and a country it is not in",
		a: story{"Police in Paris arrested 14 climate protesters who blocked a motorway on Friday.", "The group has staged similar protests.", "Traffic was held up for hours."},
		b: story{"Police in Germany arrested 14 climate protesters who blocked a motorway on Friday.", "The group has held such protests before.", "Drivers waited for hours."}},
}

func TestPlaceKinds(t *testing.T) {
	for _, tt := range placeKinds {
		t.Run(tt.name, func(t *testing.T) { checkFirstPaired(t, tt) })
	}
}

// TestUnknownPlaceInAGap: a place no list knows may lie in an area the other account names, but
// only between two pairs, which confirm that the two sentences tell the same part of the story.
func TestUnknownPlaceInAGap(t *testing.T) {
	x := "A gunman opened fire at a school in Maidstone, police said."
	y := "A gunman opened fire at a school in Kent, police said."
	a := []string{"Armed officers were called to Hollins Academy at 9.15am on Tuesday.", x, "Two pupils were taken to Darent Valley Hospital with gunshot wounds."}
	b := []string{"Armed police were sent to Hollins Academy at 9.15am on Tuesday.", y, "Two pupils with gunshot wounds were taken to Darent Valley Hospital."}
	c := Compare(article("a", a), article("b", b))
	if got, _ := partner(c, "p1s2"); got != "p1s2" {
		t.Errorf("between two pairs: %q paired with %q, want p1s2\n%s", x, got, dump(c))
	}
	// Nothing around them: not even the edges of the two articles at the same place.
	lone := Compare(article("a", []string{x, "The weather was fine."}), article("b", []string{"Prices of wheat rose again.", y, "The market closed higher."}))
	if got, _ := partner(lone, "p1s1"); got != "" {
		t.Errorf("alone: %q paired with %q, want none\n%s", x, got, dump(lone))
	}
}
