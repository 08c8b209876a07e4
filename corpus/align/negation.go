package align

import "strings"

// kindNegation is the feature of a sentence that denies what it reports ("No injuries have been
// reported", "nobody had been hurt", "Customers were unable to pay"): two accounts that both deny
// a fact share its polarity, a feature that tells no fact by itself (it is never rare, see
// similarity) but counts with one that does.
const kindNegation = '!'

// negations are the words that deny a sentence's report, lower-case.
var negations = map[string]bool{
	"no": true, "not": true, "never": true, "nobody": true, "none": true, "nothing": true,
	"unable": true, "neither": true, "nor": true, "without": true, "cannot": true,
	"no-one": true, "nowhere": true,
}

// negated reports whether a sentence's words deny what it reports: a negation word, a verb with
// "n't", or "no one" (read as one token of the concept "nobody").
func negated(toks []token) bool {
	for _, t := range toks {
		if negations[t.lower] || t.key == "nobody" || strings.HasSuffix(t.lower, "n't") {
			return true
		}
	}
	return false
}
