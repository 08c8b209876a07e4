package align

import (
	"strings"
	"testing"
)

func TestRoundingOf(t *testing.T) {
	for _, c := range []struct {
		round, exact string
		want         bool
	}{
		{"84000", "84300", true},
		{"90", "89", true},
		{"70", "71", true},
		{"500", "480", true},
		{"42000000", "41800000", true},
		{"0.25", "0.248", true},
		{"84300", "84000", false}, // the exact figure is not a rounding of the round one
		{"20000", "15000", false}, // 1 significant digit of 15,000, but a third apart
		{"90", "90", false},       // the same figure, shared as such
		{"100", "96", true},
		{"100", "94", false},    // 6% apart
		{"2020", "2019", false}, // years
		{"0", "0.4", false},
		{"abc", "12", false},
	} {
		if got := roundingOf(c.round, c.exact); got != c.want {
			t.Errorf("roundingOf(%q, %q) = %v, want %v", c.round, c.exact, got, c.want)
		}
	}
	for in, want := range map[string]int{"84000": 2, "84300": 3, "90": 1, "0.25": 2, "1.05": 3, "7": 1, "100": 1, "0": 1} {
		if got := significantDigits(in); got != want {
			t.Errorf("significantDigits(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestRoughlyWritten: a hedge or a share in words marks a rounded figure; offsets outside the
// text, or inside a character of several bytes, are read without a panic.
func TestRoughlyWritten(t *testing.T) {
	const text = "Some 84,300 people, nine in ten, and 40 per cent, in Zürich, twelve per cent, a third of them"
	for _, c := range []struct {
		f    figure
		want bool
	}{
		{figure{value: "84300", unit: "people", start: strings.Index(text, "84")}, true},
		{figure{value: "90", unit: "percent", start: strings.Index(text, "nine"), end: strings.Index(text, "nine") + len("nine in ten")}, true},
		{figure{value: "12", unit: "percent", start: strings.Index(text, "twelve"), end: strings.Index(text, "twelve") + len("twelve per cent")}, false},
		{figure{value: "33", unit: "percent", start: strings.Index(text, "a third"), end: strings.Index(text, "a third") + len("a third of")}, true},
		{figure{value: "90", unit: "percent", start: strings.Index(text, "nine"), end: len(text) + 5}, false},
		{figure{value: "40", unit: "percent", start: strings.Index(text, "40")}, false},
		{figure{value: "40", unit: "percent", start: len(text)}, false},
		{figure{value: "40", unit: "percent", start: len(text) + 3}, false},
		{figure{value: "40", unit: "percent", start: -1}, false},
		{figure{value: "40", unit: "people", start: len(text)}, false},
		{figure{value: "40", unit: "people", start: strings.Index(text, "ü") + 1}, false},
	} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("roughlyWritten(%+v): panic: %v", c.f, r)
				}
			}()
			if got := roughlyWritten(text, c.f); got != c.want {
				t.Errorf("roughlyWritten(%+v) = %v, want %v", c.f, got, c.want)
			}
		}()
	}
	if roughlyWritten("", figure{unit: "percent"}) {
		t.Errorf("roughlyWritten of empty text = true")
	}
}

// TestRoundedAs: a hedge that bounds a figure ("more than", "almost") lets it stand for an exact
// figure up to a tenth away on the side it bounds, and never on the other side; "about" rounds to
// the nearest; without a hedge, a figure to two significant digits or more is one rounded to the
// nearest.
func TestRoundedAs(t *testing.T) {
	for _, c := range []struct {
		rough, exact string
		want         bool
	}{
		{"more than four million people", "4.3 million people", true},
		{"over £2m", "£2.15 million", true},
		{"almost 500 jobs", "460 jobs", true},
		{"nearly 50 million passengers", "46.2 million passengers", true},
		{"more than 50 million passengers", "46.2 million passengers", false}, // below the bound
		{"almost 500 jobs", "520 jobs", false},                                // above the bound
		{"more than four million people", "4.6 million people", false},        // too far
		{"about four million people", "4.3 million people", false},            // "about" is the nearest
		{"about 500 jobs", "480 jobs", true},
		{"more than 4.31 million people", "4.3 million people", false}, // more digits: not a rounding
		{"4 million people", "4.3 million people", false},              // no hedge, one digit
		{"$2.4 billion", "$2.41 billion", true},                        // no hedge, two digits
		{"edged up to $2.4 billion", "$2.41 billion", true},            // a level reached
		{"up to $2.4 billion", "$2.45 billion", false},                 // a bound
		{"31,000 fans", "31,204 fans", true},
		{"$2.4 billion", "$2.46 billion", false}, // 2.5 to two digits
		{"$2.4 billion", "$2.43 billion", false}, // more than a hundredth off
		{"2.4%", "2.35%", false},                 // a share: another figure
		{"40 miles", "42 miles", false},          // a measure, one digit
		{"at least 2,000 people", "2,140 people", true},
		{"at least 2,000 people", "1,960 people", false},
		{"almost two-thirds of voters", "63 percent", true}, // a share in words, bounded
		{"almost two-thirds of voters", "70 percent", false},
	} {
		r, e := figuresOf(c.rough), figuresOf(c.exact)
		if len(r) != 1 || len(e) != 1 {
			t.Fatalf("%q, %q: figures %v, %v", c.rough, c.exact, r, e)
		}
		if got := roundedAs(c.rough, r[0], e[0]); got != c.want {
			t.Errorf("roundedAs(%q, %q) = %v, want %v", c.rough, c.exact, got, c.want)
		}
	}
}

// convertedKinds are hard negatives of converted and rounded figures: figures written in one
// system are not a conversion of each other, temperatures two degrees apart are two, and an
// amount in yuan is not one in dollars.
var convertedKinds = []pairCase{
	{name: "miles and miles", a: story{"The fire has burned 40 miles of forest, the Forest Service said.", "Hundreds of homes were evacuated.", "Smoke reached the coast."},
		b: story{"Crews have built a firebreak 42 miles long, according to the Forest Service.", "Residents have been told to stay alert.", "Air quality is poor."}},
	{name: "mph and mph", a: story{"Gusts of 70 mph were recorded on Monday, the Met Office said.", "Trees fell.", "Ferries stopped."},
		b: story{"Speeds above 73 mph are banned on the new road, the Met Office said.", "Trains may be cancelled.", "Schools will open."}},
	{name: "°F and °F", a: story{"Temperatures reached 100°F in the city on Monday.", "Power use soared.", "Parks closed."},
		b: story{"The pool water is kept at 103°F in the city, the council said.", "Cooling centres open.", "Water is handed out."}},
	{name: "°F and °C two degrees apart", a: story{"Temperatures reached 104°F in the city on Monday.", "Power use soared.", "Parks closed."},
		b: story{"The pool water is kept at 38°C in the city, the council said.", "Cooling centres open.", "Water is handed out."}},
	{name: "yuan and dollars", a: story{"Lumo, the electric scooter maker, raised about 500 million yuan in its latest funding round.", "Its founder said sales had doubled.", "It plans to hire engineers."},
		b: story{"Lumo, the electric scooter maker, lost $480 million last year.", "Its chief executive said costs had risen.", "It will cut staff."}},
	{name: "pounds and dollars far apart", a: story{"Lumo, the electric scooter maker, raised about £500m in its latest funding round.", "Its founder said sales had doubled.", "It plans to hire engineers."},
		b: story{"Lumo, the electric scooter maker, lost $900m last year.", "Its chief executive said costs had risen.", "It will cut staff."}},
}

// TestConvertedNegatives runs convertedKinds.
func TestConvertedNegatives(t *testing.T) {
	for _, tt := range convertedKinds {
		t.Run(tt.name, func(t *testing.T) { checkFirstPaired(t, tt) })
	}
}
