package timeline

import (
	"testing"

	"parallax/corpus"
)

// account tags sentence text of an article published on pub and returns the account of the
// expression written expr.
func account(t *testing.T, pub, text, expr string) Account {
	t.Helper()
	a := article("x", pubDate(t, corpus.BasisStated, pub), text)
	for _, m := range Extract(a) {
		if m.Text == expr {
			return Account{Mention: m, Sentence: a.Paragraphs[0].Sentences[0]}
		}
	}
	t.Fatalf("%q: no expression %q in %v", text, expr, Extract(a))
	return Account{}
}

// TestSameHappening: the compare summary's shared dates must be one happening, not one month
// (issue 12, kind 1).
func TestSameHappening(t *testing.T) {
	for _, c := range []struct {
		name   string
		a, b   Account
		same   bool
		agrees bool
	}{
		{"resignation and bid in one month",
			account(t, "2020-08-27", "Kevin Mayer resigned on Thursday as chief executive of TikTok.", "Thursday"),
			account(t, "2020-08-27", "Walmart confirmed it had joined the Microsoft bid for TikTok this month.", "this month"),
			false, true},
		{"vote and signing of one bill",
			account(t, "2022-09-14", "On May 10, the Senate passed the water bill after a close vote in the chamber.", "May 10"),
			account(t, "2022-09-14", "The water bill, which the governor signed in May, funds new reservoirs.", "May"),
			false, true},
		{"one vote, a day and a month",
			account(t, "2019-05-17", "The city council voted on May 14 to ban plastic bags in shops.", "May 14"),
			account(t, "2019-05-17", "The city council voted in May to ban plastic bags, joining three other towns.", "May"),
			true, true},
		{"one vote, two days",
			account(t, "2019-05-17", "The city council voted on May 14 to ban plastic bags in shops.", "May 14"),
			account(t, "2019-05-17", "The city council voted on May 13 to ban plastic bags in shops.", "May 13"),
			false, false},
		{"a range agrees only with itself",
			account(t, "2024-08-15", "Repairs to the bridge will run from May to November.", "from May to November"),
			account(t, "2024-08-15", "Repairs to the bridge will start in May.", "May"),
			false, false},
	} {
		if _, ok := Agree(c.a.Mention, c.b.Mention); ok != c.agrees {
			t.Errorf("%s: Agree = %v, want %v", c.name, ok, c.agrees)
		}
		if got := SameHappening(c.a, c.b); got != c.same {
			t.Errorf("%s: SameHappening = %v, want %v", c.name, got, c.same)
		}
		if got := SameHappening(c.b, c.a); got != c.same {
			t.Errorf("%s, swapped: SameHappening = %v, want %v", c.name, got, c.same)
		}
	}
}

// TestAgreement: an event says when a source gives it coarser, and when another event dates the
// same happening differently, instead of choosing silently.
func TestAgreement(t *testing.T) {
	pub := pubDate(t, corpus.BasisStated, "2024-05-02")
	arts := []*corpus.Article{
		article("a", pub, "The governor signed the housing law on April 24 at the capitol."),
		article("b", pub, "The governor signed the housing law in April at the capitol."),
		article("c", pub, "The governor signed the housing law on April 23 at the capitol."),
	}
	for _, a := range arts {
		a.Dates = Extract(a)
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	var got []Event
	for _, e := range Build(c) {
		if e.Lane == LaneReported {
			got = append(got, e)
		}
	}
	if len(got) != 2 {
		t.Fatalf("%d events, want 2 (23 April and 24 April): %+v", len(got), got)
	}
	for _, e := range got {
		if e.Agreement != AgreeConflict || len(e.Disputed) != 1 {
			t.Errorf("%s: agreement %s, disputed %v; want a conflict with the other day", e.Date, e.Agreement, e.Disputed)
		}
	}
	// The month-only account joins one of the two days, which then also says a source is coarser.
	coarser := 0
	for _, e := range got {
		for _, s := range e.Sources {
			if s.Date.Precision == corpus.PrecisionMonth {
				coarser++
			}
		}
	}
	if coarser != 1 {
		t.Errorf("the April account is in %d events, want 1", coarser)
	}
}
