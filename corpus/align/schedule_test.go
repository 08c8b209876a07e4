package align

import "testing"

// schedulePairs: two accounts that schedule one event in the same year, each in its own words,
// pair; the same year in reports that schedule nothing, or a year the story gives more than
// once, does not make a pair.
var schedulePairs = []pairCase{
	{name: "expected in / planned for the same year",
		a:    story{"Ferries are expected to start running in 2031.", "The port authority approved the budget.", "Dredging starts next spring."},
		b:    story{"The first sailings are planned for 2031.", "Engineers surveyed the seabed.", "Local firms hope for contracts."},
		pair: true},
	{name: "meant to / scheduled for the same year",
		a:    story{"The bypass was originally meant to open in 2029.", "The port authority approved the budget.", "Dredging starts next spring."},
		b:    story{"Traffic is scheduled to use the new road from 2029.", "Engineers surveyed the seabed.", "Local firms hope for contracts."},
		pair: true},
	{name: "the same year, nothing scheduled",
		a:    story{"Ferries used the old quay until 2031.", "The port authority approved the budget.", "Dredging starts next spring."},
		b:    story{"The harbour master retired in 2031.", "Engineers surveyed the seabed.", "Local firms hope for contracts."},
		pair: false},
	{name: "a year the story gives again",
		a:    story{"Ferries are expected to start running in 2031.", "The budget runs until 2031.", "Dredging starts next spring."},
		b:    story{"The first sailings are planned for 2031.", "Engineers surveyed the seabed in 2031.", "Local firms hope for contracts."},
		pair: false},
}

func TestScheduled(t *testing.T) {
	for _, tt := range schedulePairs {
		t.Run(tt.name, func(t *testing.T) { checkFirstPaired(t, tt) })
	}
}

// TestFrameWords: the words that frame a report as planned, in any of their forms, give the
// frame's feature; the nouns of the same stems do not.
func TestFrameWords(t *testing.T) {
	framed := func(text string) bool {
		sp := newSpace()
		ss, _ := sp.sentences(article("a", []string{text}), 0, 1)
		sp.weigh(ss, nil)
		return sp.framed(ss[0]) >= 0
	}
	for text, want := range map[string]bool{
		"Ferries are expected to run.":           true,
		"The line is scheduled to open in 2029.": true,
		"Services are slated for 2030.":          true,
		"It was meant to be ready in 2023.":      true,
		"It was supposed to open in May.":        true,
		"The work is ahead of schedule.":         false,
		"A slate of candidates was named.":       false,
		"That meant a long wait.":                false,
	} {
		if got := framed(text); got != want {
			t.Errorf("%q: framed %v, want %v", text, got, want)
		}
	}
}
