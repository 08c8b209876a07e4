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
	if slices.ContainsFunc(dates, func(d corpus.DateMention) bool {
		return d.Anchor != corpus.AnchorUnresolved && d.Start <= t.start && t.end <= d.End
	}) {
		return ""
	}
	return fmt.Sprintf("m%02d", m)
}
