package corpus

import (
	"strings"
	"testing"
)

func TestDateFormats(t *testing.T) {
	tests := []struct {
		d          Date
		str, iso   string
		start, end int
	}{
		{Date{Year: 2024, Month: 11, Day: 17, Precision: PrecisionDay}, "17 November 2024", "2024-11-17", 20241117, 20241117},
		{Date{Year: 2024, Month: 12, Part: PartEarly, Precision: PrecisionPartOfMonth}, "early December 2024", "2024-12", 20241201, 20241210},
		{Date{Year: 2024, Month: 4, Precision: PrecisionMonth}, "April 2024", "2024-04", 20240401, 20240431},
		{Date{Year: 2024, Quarter: 3, Precision: PrecisionQuarter}, "Q3 2024", "2024", 20240701, 20240931},
		{Date{Year: 2019, Precision: PrecisionYear}, "2019", "2019", 20190101, 20191231},
		{Date{}, "unknown", "", 0, 0},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.str {
			t.Errorf("%+v.String() = %q, want %q", tt.d, got, tt.str)
		}
		if got := tt.d.ISO(); got != tt.iso {
			t.Errorf("%+v.ISO() = %q, want %q", tt.d, got, tt.iso)
		}
		if got := tt.d.Start(); got != tt.start {
			t.Errorf("%+v.Start() = %d, want %d", tt.d, got, tt.start)
		}
		if got := tt.d.End(); got != tt.end {
			t.Errorf("%+v.End() = %d, want %d", tt.d, got, tt.end)
		}
	}
}

func TestParseDate(t *testing.T) {
	good := map[string]Date{
		"2024":       {Year: 2024, Precision: PrecisionYear},
		"2024-11":    {Year: 2024, Month: 11, Precision: PrecisionMonth},
		"2024-02-29": {Year: 2024, Month: 2, Day: 29, Precision: PrecisionDay},
	}
	for in, want := range good {
		if got, err := ParseDate(in); err != nil || got != want {
			t.Errorf("ParseDate(%q) = %+v, %v; want %+v", in, got, err, want)
		}
	}
	bad := map[string]string{
		"":            "wrong number of digits",
		"24":          "wrong number of digits",
		"2023-02-29":  "no such day",
		"2024-13":     "no such month",
		"0000":        "no year 0",
		"2024-1-01":   "wrong number of digits",
		"+024":        "not a number",
		"2024-11-17-": "too many parts",
		"２０２４":        "wrong number of digits",
	}
	for in, why := range bad {
		_, err := ParseDate(in)
		if err == nil || !strings.Contains(err.Error(), why) {
			t.Errorf("ParseDate(%q) error = %v, want %q", in, err, why)
		}
	}
}
