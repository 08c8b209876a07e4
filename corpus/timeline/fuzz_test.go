package timeline

import (
	"net/url"
	"testing"
	"unicode/utf8"

	"parallax/corpus"
)

// FuzzExtract: any sentence, under any publication date, yields mentions that point at their
// own text, with dates valid at their precision, and never a panic.
func FuzzExtract(f *testing.F) {
	for _, c := range goldCases {
		f.Add(c.text, uint8(c.basis), 2024, 11, 17, uint8(corpus.PrecisionDay))
	}
	f.Add("by early December 2024, Q3 2023, 29 February, yesterday, last Monday", uint8(1), 2024, 2, 29, uint8(5))
	f.Add("In April,", uint8(3), 9999, 12, 31, uint8(2))
	f.Fuzz(func(t *testing.T, text string, basis uint8, y, m, d int, prec uint8) {
		pub := corpus.PubDate{Basis: corpus.Basis(basis % 4),
			Date: corpus.Date{Year: y, Month: m, Day: d, Quarter: m, Part: d, Precision: corpus.Precision(prec % 6)}}
		a := article("fuzz", pub, text, text)
		for _, dm := range Extract(a) {
			s := a.Sentence(dm.Sentence)
			if s == nil || dm.Start < 0 || dm.End > len(s.Text) || dm.Start >= dm.End || s.Text[dm.Start:dm.End] != dm.Text {
				t.Fatalf("mention %+v does not point into its sentence", dm)
			}
			if !utf8.ValidString(text) {
				continue
			}
			if dm.Date.Precision == corpus.PrecisionUnknown {
				if dm.Anchor != corpus.AnchorUnresolved {
					t.Fatalf("undated mention %+v is anchored", dm)
				}
				continue
			}
			if dm.Date.Month < 0 || dm.Date.Month > 12 || dm.Date.Day < 0 || dm.Date.Day > 31 {
				t.Fatalf("invalid date in %+v", dm)
			}
		}
		Build(corpusOfUnchecked(a))
	})
}

// corpusOfUnchecked builds a corpus without validation, as fuzzed articles may be invalid.
func corpusOfUnchecked(arts ...*corpus.Article) *corpus.Corpus {
	for _, a := range arts {
		a.Dates = Extract(a)
	}
	return &corpus.Corpus{Articles: arts}
}

// FuzzParseQuery: any link gives a usable query whose URL form parses back to itself.
func FuzzParseQuery(f *testing.F) {
	f.Add("outlet=WhatJobs&entity=Joe+Biden&from=2024&to=2025-01&zoom=days")
	f.Add("from=2025&to=2020&zoom=x")
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		q, _ := ParseQuery(v)
		back, err := ParseQuery(q.Values())
		if err != nil {
			t.Fatalf("Values of %q do not parse: %v", raw, err)
		}
		if back != q {
			t.Fatalf("round trip of %q: %+v != %+v", raw, back, q)
		}
	})
}
