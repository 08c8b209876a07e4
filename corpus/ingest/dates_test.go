package ingest

import "testing"

// TestFieldDateMonthInWords: a date field is read by go-dateparser only when its month is
// written in words (or marked as the month, 3月); an all-numeric day, month and year among
// words, times and zones is refused, never read in an order guessed from a language's habits.
func TestFieldDateMonthInWords(t *testing.T) {
	tests := []struct {
		in, want string // want "" for refused
	}{
		{"07 أكتوبر 2020", "2020-10-07"},
		{"الأربعاء، 07 أكتوبر 2020 - 12:09 م", "2020-10-07"},
		{"2 ноября 2020", "2020-11-02"},
		{"2 ноября 2020, 14:05", "2020-11-02"},
		{"4 ноября 2020 г. 10:00 GMT+3", "2020-11-04"},
		{"Tue Jul 30 09:35:14 CEST 2019", "2019-07-30"},
		{"04 mar 20 10:00 UTC", "2020-03-04"},
		{"4. März 2020, 10.30 Uhr", "2020-03-04"},
		{"2020年3月4日", "2020-03-04"},
		{"2020年3月4日 10:30", "2020-03-04"},
		{"2020년 3월 4일", "2020-03-04"},

		{"03/04/20 10:00 AM", ""},
		{"03/04/20 10:00:00 +0100", ""},
		{"03 04 2020 at 10am", ""},
		{"03-04-20 at 10 a.m.", ""},
		{"Thursday 03 04 2020", ""},
		{"3 4 2020 PM", ""},
		{"03.04.20 10:00 Uhr", ""},
		// Year first is the usual order, but it is not a month in words either.
		{"2020.03.04 10:00 KST", ""},
	}
	for _, tt := range tests {
		d, err := parseFieldDate(tt.in)
		got := ""
		if err == nil {
			got = d.ISO()
		}
		if got != tt.want {
			t.Errorf("parseFieldDate(%q) = %q (%v), want %q", tt.in, got, err, tt.want)
		}
	}
}

// TestSameInstant: a local clock without a zone is the UTC instant only at a real zone's offset
// (whole quarters of an hour, UTC−12 to UTC+14) with the same minute and second; a zoned time
// must be the same moment; midnight UTC to the second is a day, not an instant.
func TestSameInstant(t *testing.T) {
	u, ok := utcInstant("2023-11-09T01:09:55Z")
	if !ok {
		t.Fatal("2023-11-09T01:09:55Z is no UTC instant")
	}
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"2023-11-08T20:09:55-05:00", true},
		{"Wed, 08 Nov 2023 20:09:55 -0500", true},
		{"2023-11-08T20:09:56-05:00", false}, // another second
		{"2023-11-09T01:09:55+00:00", false}, // UTC again: no local day
		{"2023-11-08 18:09:55", true},        // UTC−7
		{"2023-11-08 18:10:55", false},       // another minute
		{"2023-11-08 18:29:55", false},       // UTC−6:40 is no zone
		{"2023-11-08 11:09:55", false},       // UTC−14 is no zone
		{"2023-11-09 01:09:55", false},       // the same clock says nothing
		{"2023-11-09T01:09:55-08:00", false}, // another moment
	} {
		c, ok := parseInstant(tt.in)
		if !ok {
			t.Errorf("parseInstant(%q) failed", tt.in)
			continue
		}
		if _, got := sameInstant(u, c); got != tt.want {
			t.Errorf("sameInstant(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if _, ok := utcInstant("2019-06-17T00:00:00+00:00"); ok {
		t.Error("midnight UTC read as an instant")
	}
}
