package align

import "testing"

// TestPartOfYearAnywhere: one part of one year both sides name ("at the end of 2028", "in late
// 2028") is a fact, as a month is; the year alone, or two parts of it, is not.
func TestPartOfYearAnywhere(t *testing.T) {
	a := []string{"Harwick's old ferry terminal will close at the end of 2028, officials said.", "The terminal's cafe shut last year.", "Terminal staff will move to Kelby."}
	for _, c := range []struct {
		b    string
		want bool
	}{
		{"The terminal will close in late 2028.", true},
		{"The terminal will close in 2028.", false},
		{"The terminal will close in early 2028.", false},
	} {
		b := []string{c.b, "Ferries will use a new terminal on the north quay.", "The terminal opened in 1961."}
		if got := firstScore(a, b) >= Threshold; got != c.want {
			t.Errorf("%q: paired %v (%.3f), want %v", c.b, got, firstScore(a, b), c.want)
		}
	}
}

// TestPartOfYear: the words of each part of a year, and none for a year alone.
func TestPartOfYear(t *testing.T) {
	for in, want := range map[string]string{
		"the end of 2027": "late", "late 2027": "late", "by late 2027": "late", "early 2027": "early",
		"the start of 2027": "early", "mid-2027": "mid", "the middle of 2027": "mid",
		"the first half of 2027": "h1", "the second half of 2027": "h2", "spring 2027": "spring",
		"the autumn of 2027": "autumn", "fall 2027": "autumn", "2027": "", "in 2027": "",
	} {
		if got := partOfYear(in); got != want {
			t.Errorf("partOfYear(%q) = %q, want %q", in, got, want)
		}
	}
}
