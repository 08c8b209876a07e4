package align

import (
	"slices"
	"testing"
)

// TestZonedTime: a time of day with its zone is also its moment in UTC, one key for each of the
// zone's offsets when its name leaves the season open; a zone read from another time of the
// sentence counts too; a direction or a bare number is no zone.
func TestZonedTime(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // the sentence's keys in UTC, in order
	}{
		{"The disruption began at about 9:40 a.m. Eastern time.", []string{"t14:40z", "t13:40z"}},
		{"Problems were first reported at around 14:40 GMT.", []string{"t14:40z"}},
		{"Trading was halted at 9:40 a.m. ET (1440 GMT).", []string{"t14:40z", "t13:40z", "t14:40z"}},
		{"The launch is set for 6 p.m. PT on Friday.", []string{"t02:00z", "t01:00z"}},
		{"The vote closes at 22:00 CET.", []string{"t21:00z"}},
		{"Sydney woke at 7am AEST to the news.", []string{"t21:00z"}},
		{"It began at 9:40 a.m. EDT and ended before 2:30 p.m.", []string{"t13:40z", "t18:30z"}},
		{"The ferry sailed at 11.15pm BST.", []string{"t22:15z"}},
		// No zone: a direction, a year, a bare number, a time alone.
		{"Storms hit at 9am eastern parts of the state.", nil},
		{"It was founded in 1440 by monks.", nil},
		{"The polls opened at 7am.", nil},
		{"A crowd of 1440 GMT workers marched.", nil},
	} {
		a := article("a", []string{c.text})
		sp := newSpace()
		as, _ := sp.sentences(a, 0, 1)
		var got []string
		for _, f := range as[0].feats {
			if k := sp.keys[f]; k.kind == kindDate && len(k.text) == len("t14:40z") && k.text[0] == 't' && k.text[6] == 'z' {
				got = append(got, k.text)
			}
		}
		slices.Sort(got)
		got = slices.Compact(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		want = slices.Compact(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q: UTC keys %q, want %q", c.text, got, want)
		}
	}
}

// zoneKinds (run by TestUnseenKinds): two accounts that give one moment in two zones pair on it;
// an hour off in both of the zone's seasons does not.
var zoneKinds = []pairCase{
	{name: "zones: Eastern and GMT", pair: true,
		a: story{"The disruption began at about 9:40 a.m. Eastern time and was resolved before 2:30 p.m., Paylink said.", "Shops reported failed card payments."},
		b: story{"Problems were first reported at around 14:40 GMT and services were restored by about 19:30 GMT.", "The firm apologised to customers."}},
	{name: "zones: Pacific and UTC", pair: true,
		a: story{"The rocket lifted off at 6:12 p.m. PT from the Ventra pad.", "Crowds watched from the beach."},
		b: story{"Lift-off came at 01:12 UTC, the agency said.", "It was the third attempt."}},
	{name: "zones: negative: an hour off in both seasons",
		a: story{"The disruption began at about 9:40 a.m. Eastern time, Paylink said.", "Shops reported failed card payments."},
		b: story{"Problems were first reported at around 15:40 GMT.", "The firm apologised to customers."}},
}
