package align

import "testing"

// TestRatePair: a rate given for two periods is one figure when the two come to the same amount
// in a year, within a conversion's rounding; a figure with no period, another unit or another
// amount is not the rate.
func TestRatePair(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Bills rise by £92 a year.", "That is £1.77 a week.", true},
		{"It costs $60 annually.", "It costs $5 per month.", true},
		{"The fee is €1.2 million per annum.", "The fee is €100,000 monthly.", true},
		{"The airline runs 14 flights a week.", "The airline runs 730 flights a year.", true},
		{"Staff get £3,000 a year.", "Staff get £8.20 a day.", true},
		{"Bills rise by £92 a year.", "Bills rise by £92 a week.", false},
		{"Bills rise by £92 a year.", "Bills rise by £2 a week.", false},
		{"Bills rise by £92 a year.", "Bills rise by $1.77 a week.", false},
		{"Bills rise by £92 a year.", "Bills rise by £1.77.", false},
		{"It costs $60 a year.", "It costs $60 annually.", false}, // one period: the same figure as such
	} {
		fa, fb := figuresOf(c.a), figuresOf(c.b)
		if len(fa) != 1 || len(fb) != 1 {
			t.Fatalf("%q %q: figures %+v %+v", c.a, c.b, fa, fb)
		}
		if got := ratePair(fa[0], fb[0]) || ratePair(fb[0], fa[0]); got != c.want {
			t.Errorf("ratePair(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestPeriod: the period of a rate is read in its common forms and not from a time that follows
// an amount.
func TestPeriod(t *testing.T) {
	for in, want := range map[string]string{
		"It costs £5 a week.":              "week",
		"It costs £5 per week.":            "week",
		"It costs £5 each month.":          "month",
		"It costs £5 every day.":           "day",
		"It costs £5 weekly.":              "week",
		"It pays £5,000 per annum.":        "year",
		"It pays £5,000 annually.":         "year",
		"It carries 400 passengers daily.": "day",
		"It costs £5 a head.":              "",
		"It cost £5 a year ago.":           "",
		"It was £5 a week later.":          "",
		"It was £5 a year on.":             "",
		"It cost £5 last year.":            "",
		"It cost £5 in a year.":            "",
		"It cost £5 A Day, the café.":      "",
	} {
		fs := figuresOf(in)
		if len(fs) != 1 {
			t.Errorf("%q: figures %+v, want one", in, fs)
			continue
		}
		if fs[0].per != want {
			t.Errorf("%q: period %q, want %q", in, fs[0].per, want)
		}
	}
}
