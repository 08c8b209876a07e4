package align

import (
	"fmt"
	"slices"
	"strings"

	"parallax/corpus"
)

// monthPrepositions are the words before a month's name that make it a time ("in March", "since
// May", "last June"), not a verb ("to march", "May I") nor part of a name.
var monthPrepositions = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "from": true,
	"last": true, "next": true, "early": true, "late": true, "mid": true, "during": true,
	"before": true, "after": true, "this": true, "of": true, "throughout": true,
}

// monthAlone returns the date key ("m03") of a month written alone, with a capital and after a
// preposition ("failed in March"), where no number gives its day or year and the date reader
// resolved no date over it (an article without a known publication date leaves "in March"
// unresolved); "" otherwise. Two accounts that place one event in the same month share a date,
// as a resolved month does (see similarity); "24 June" and "June 28" give days, and are dates of
// their own (see dayMonth).
func monthAlone(toks []token, i int, dates []corpus.DateMention) string {
	t := toks[i]
	m := months[t.lower]
	if m == 0 || !t.upper || i == 0 || !monthPrepositions[toks[i-1].lower] {
		return ""
	}
	if toks[i-1].number || i+1 < len(toks) && toks[i+1].number || i >= 2 && (toks[i-2].number || strings.HasPrefix(toks[i-2].key, "#")) {
		return ""
	}
	if resolvedAt(dates, t.start, t.end) {
		return ""
	}
	return fmt.Sprintf("m%02d", m)
}

// resolvedAt reports whether the date reader resolved a date over text[start:end].
func resolvedAt(dates []corpus.DateMention, start, end int) bool {
	return slices.ContainsFunc(dates, func(d corpus.DateMention) bool {
		return d.Anchor != corpus.AnchorUnresolved && d.Start <= start && end <= d.End
	})
}

// hasDayOf reports whether s gives a day of month key k ("m03"): a key "03-14".
func (sp *space) hasDayOf(s *sent, k string) bool {
	for _, f := range s.feats {
		if d := sp.keys[f]; d.kind == kindDate && len(d.text) == len("03-14") && d.text[:2] == k[1:] {
			return true
		}
	}
	return false
}

// monthWay tells which way from the time of writing a month written alone lies, by the word
// before it: -1 for the past ("since January", "last June"), 1 for the future ("until January",
// "next June", "by March"), 0 when the word does not say ("in January"). m is the month's
// number. A text that writes the month alone more than once, in both ways, gives 0.
func monthWay(text string, m int) int {
	toks := tokenize(text)
	way, seen := 0, false
	for i := 1; i < len(toks); i++ {
		if months[toks[i].lower] != m || !toks[i].upper {
			continue
		}
		w := 0
		switch toks[i-1].lower {
		case "since", "last":
			w = -1
		case "until", "till", "next", "by":
			w = 1
		}
		if seen && w != way {
			return 0
		}
		way, seen = w, true
	}
	return way
}

// monthsApart reports whether two sentences that both write month key k ("m01") alone place it
// on opposite sides of the time of writing: "has led the bank since January" and "would wait
// until January" name two Januaries.
func monthsApart(x, y *sent, k string) bool {
	var m int
	if _, err := fmt.Sscanf(k, "m%02d", &m); err != nil {
		return false
	}
	return monthWay(x.s.Text, m)*monthWay(y.s.Text, m) < 0
}
