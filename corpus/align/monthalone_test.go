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
	// A month written alone on opposite sides of the time of writing is two months.
	{name: "since the month / until the month",
		a:    story{"Economists were split on whether rates would stay on hold until January.", "Kestrel-2 launched on schedule.", "Kestrel-2 carries a new camera."},
		b:    story{"Marta Kessler, who has led the bank since January, declined to say more.", "Kestrel-2 reached orbit.", "The mission will last a decade."},
		pair: false},
	{name: "last month / next month",
		a:    story{"Kestrel-1 stopped working last November.", "Kestrel-2 launched on schedule.", "Kestrel-2 carries a new camera."},
		b:    story{"Kestrel-1 will be retired next November.", "Kestrel-2 reached orbit.", "The mission will last a decade."},
		pair: false},
	// A day of a month lies in that month written alone ("on 14 March" / "in mid-March").
	{name: "a day of the month / the month",
		a:    story{"Kestrel-1 stopped working on 14 November.", "Kestrel-2 launched on schedule.", "Kestrel-2 carries a new camera."},
		b:    story{"Kestrel-1 failed in mid-November.", "Kestrel-2 reached orbit.", "The mission will last a decade."},
		pair: true},
	{name: "a day of the month / another month",
		a:    story{"Kestrel-1 stopped working on 14 November.", "Kestrel-2 launched on schedule.", "Kestrel-2 carries a new camera."},
		b:    story{"Kestrel-1 failed in mid-June.", "Kestrel-2 reached orbit.", "The mission will last a decade."},
		pair: false},
	{name: "the second of a month / the month",
		a:    story{"Kestrel-1 stopped working on the second of November.", "Kestrel-2 launched on schedule.", "Kestrel-2 carries a new camera."},
		b:    story{"Kestrel-1 failed in early November.", "Kestrel-2 reached orbit.", "The mission will last a decade."},
		pair: true},
	{name: "since the month / in the month",
		a:    story{"Kestrel-1 has been silent since November.", "Kestrel-2 launched on schedule.", "Kestrel-2 carries a new camera."},
		b:    story{"Kestrel-1 went silent in November.", "Kestrel-2 reached orbit.", "The mission will last a decade."},
		pair: true},
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

func TestMonthWay(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int
	}{
		{"It has been closed since March.", -1},
		{"It closed last March.", -1},
		{"It will stay closed until March.", 1},
		{"It will reopen next March.", 1},
		{"It must be finished by March.", 1},
		{"It closed in March.", 0},
		{"It closed in March and will stay shut until March.", 0},
		{"It has been closed since May.", 0}, // another month
	} {
		if got := monthWay(tt.text, 3); got != tt.want {
			t.Errorf("monthWay(%q, 3) = %d, want %d", tt.text, got, tt.want)
		}
	}
}
