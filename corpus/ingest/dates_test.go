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
