package align

import "testing"

// negationPairs: two accounts that both deny one fact in other words ("No injuries were
// reported" / "nobody was hurt") share its polarity with the fact's word; a denial alone, or a
// denial and a topic word, pairs nothing.
var negationPairs = []pairCase{
	{name: "no injuries / nobody hurt",
		a:    story{"No injuries were reported after the derailment.", "The line will stay shut until Friday.", "Engineers are inspecting the track."},
		b:    story{"The operator said nobody had been hurt.", "Replacement buses are running.", "An inquiry has been opened."},
		pair: true},
	{name: "has not said the cost / has not disclosed a price",
		a:    story{"Velta has not said how much the vaccine will cost.", "Trials ended in spring.", "Regulators are reviewing the data."},
		b:    story{"The company has not disclosed a price.", "Doctors welcomed the results.", "Shares rose by a tenth."},
		pair: true},
	{name: "one side denies",
		a:    story{"No injuries were reported after the derailment.", "The line will stay shut until Friday.", "Engineers are inspecting the track."},
		b:    story{"Two workers were hurt when the carriage tipped over.", "Replacement buses are running.", "An inquiry has been opened."},
		pair: false},
	{name: "denials that share only the topic",
		a:    story{"The derailment has not stopped freight traffic.", "The derailment happened at dawn.", "The derailment was the third this year."},
		b:    story{"Nobody yet knows what caused the derailment.", "The derailment closed a school road.", "The derailment is under investigation."},
		pair: false},
	// "never", "nobody" and "nothing" are words as well as denials: shared, they share a
	// polarity, which is no rare word telling a fact.
	{name: "never and nothing else",
		a:    story{"The other works were never recovered.", "The painting was stolen in 1996.", "It is worth about £800,000."},
		b:    story{"Staff never gave up hope.", "Police found it in a loft in Belgium.", "The gallery will show it from Saturday."},
		pair: false},
	{name: "nobody and nothing else",
		a:    story{"Nobody claimed the reward.", "The painting was stolen in 1996.", "It is worth about £800,000."},
		b:    story{"Nobody has been charged.", "Police found it in a loft in Belgium.", "The gallery will show it from Saturday."},
		pair: false},
	{name: "nothing and nothing else",
		a:    story{"Nothing else was taken.", "The painting was stolen in 1996.", "It is worth about £800,000."},
		b:    story{"Nothing has been decided.", "Police found it in a loft in Belgium.", "The gallery will show it from Saturday."},
		pair: false},
}

func TestNegation(t *testing.T) {
	for _, tt := range negationPairs {
		t.Run(tt.name, func(t *testing.T) { checkFirstPaired(t, tt) })
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"No injuries have been reported.", true},
		{"Customers were unable to make payments.", true},
		{"Users couldn't send money.", true},
		{"No one was hurt.", true},
		{"It is not known who carried it out.", true},
		{"Three people were hurt.", false},
		{"The notice was posted on Monday.", false},
	} {
		if got := negated(tokenize(tt.text)); got != tt.want {
			t.Errorf("negated(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
