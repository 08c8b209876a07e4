package align

import (
	"testing"
)

// monthPairs: a month written alone ("in March") in an article without a publication date is a
// date the two accounts share, which the date reader leaves unresolved ("stopped working in
// November" / "failed in November": the same event); a month with different days, or a month's
// name that is not a time, is not.
var monthPairs = []pairCase{
	{name: "the same month alone",
		a:    story{"Its predecessor, Kestrel-1, stopped working in November.", "Kestrel-2 launched on schedule.", "Kestrel-2 carries a new camera."},
		b:    story{"Kestrel-1, the craft it replaces, failed in November.", "Kestrel-2 reached orbit.", "The mission will last a decade."},
		pair: true},
	{name: "different months alone",
		a:    story{"Its predecessor, Kestrel-1, stopped working in November.", "Kestrel-2 launched on schedule.", "Kestrel-2 carries a new camera."},
		b:    story{"Kestrel-1, the craft it replaces, failed in June.", "Kestrel-2 reached orbit.", "The mission will last a decade."},
		pair: false},
	{name: "one month, different days",
		a:    story{"Its predecessor, Kestrel-1, stopped working on 3 November.", "Kestrel-2 launched on schedule.", "Kestrel-2 carries a new camera."},
		b:    story{"Kestrel-1, the craft it replaces, failed on November 28.", "Kestrel-2 reached orbit.", "The mission will last a decade."},
		pair: false},
}

func TestMonthAlone(t *testing.T) {
	for _, tt := range monthPairs {
		t.Run(tt.name, func(t *testing.T) { checkFirstPaired(t, tt) })
	}
	for _, tt := range []struct {
		text string
		want string
	}{
		{"It failed in March.", "m03"},
		{"Sales have risen since May.", "m05"},
		{"May I ask a question?", ""},
		{"Protesters plan to march in the capital.", ""},
		{"Voting is on the second of October.", ""},
		{"It opened in March 2024.", ""},
		{"The side improved after Jan took charge.", ""}, // an abbreviation is a month beside a day only
		{"It opens on Jan. 1.", ""},
	} {
		toks := tokenize(tt.text)
		got := ""
		for i := range toks {
			if m := monthAlone(toks, i, nil); m != "" {
				got = m
			}
		}
		if got != tt.want {
			t.Errorf("monthAlone in %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}
