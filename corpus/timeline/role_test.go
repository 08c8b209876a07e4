package timeline

import (
	"testing"

	"parallax/corpus"
)

// TestRoleFromItsOwnClause: a date's role (happened, expected, deadline) comes from the verb that
// governs it, not from a word elsewhere in the sentence; the sentences are written for this test
// after the kinds a user trial on the BBC corpus found, with controls that keep their role.
func TestRoleFromItsOwnClause(t *testing.T) {
	const (
		happened = corpus.RoleHappened
		expected = corpus.RoleExpected
		deadline = corpus.RoleDeadline
	)
	pub := pubDate(t, corpus.BasisEstimated, "2005")
	for _, c := range []struct {
		text, date string
		want       corpus.DateRole
	}{
		// "due to" gives a cause, unless a copula and a verb make it a plan.
		{"Kestrel reported a 22% fall in profits in August 2004 due to tough competition.", "August 2004", happened},
		{"The plant was closed in 2004 due to falling demand.", "2004", happened},
		{"The delay was due to bad weather in March 2005.", "March 2005", happened},
		{"The talks are due to resume in March 2005.", "March 2005", expected},
		{"He is due to appear in court on 3 May 2005.", "3 May 2005", expected},
		// A past verb missing from the irregular list let a later word decide.
		{"The economy shrank 0.2% in the last three months of 2004, upsetting hopes of a recovery.", "2004", happened},
		// A clause ends at a spaced dash and at "but", "though".
		{"The chairman - who took the job in June 1987 - will step down next year.", "June 1987", happened},
		{"The striker had surgery in July 2004 but will play in the final.", "July 2004", happened},
		{"She won in 2004 though she will not defend the title in 2005.", "2004", happened},
		{"She won in 2004 though she will not defend the title in 2005.", "2005", expected},
		// The comma inside a number ends no clause.
		{"Orbis said it expects sales to top 500,000 in 2005.", "2005", expected},
		// "it" is a verb's subject, not a determiner of a noun.
		{"The central bank said it expected 6% expansion in 2005.", "2005", expected},
		{"It expected 2005 to be a transitional year.", "2005", expected},
		// After an article or a possessive a past form is a noun or an adjective.
		{"Ireland will close their bid on 12 October 2005.", "12 October 2005", expected},
		{"Their planned merger, announced in May 2004, collapsed.", "May 2004", happened},
		// "is to" and a verb is a plan; "is to blame" is not.
		{"Universal is to start making films in the new format in 2005.", "2005", expected},
		{"The theory is to blame for the losses of 2004.", "2004", happened},
		// A fronted "by" phrase dates its main clause.
		{"But by the end of 2004, almost three-quarters of messages were junk.", "by the end of 2004", happened},
		{"By the end of 2005, the firm must repay the loan.", "By the end of 2005", deadline},
		{"By March 2005, all firms will have to comply.", "By March 2005", deadline},
		// A forecast in another clause, or estimates of what happened, forecast nothing here.
		{"The government predicted a surplus, but the deficit in 2004 reached £30bn.", "2004", happened},
		{"Estimates of the damage from the tsunami in December 2004 rose sharply.", "December 2004", happened},
		{"Forecasts for growth in 2005 were cut.", "2005", expected},
		// Controls.
		{"The firm sold 250,000 cars in 2004.", "2004", happened},
		{"Sales of 250,000 cars are expected in 2005.", "2005", expected},
		{"The bank expects growth of 2% in 2005.", "2005", expected},
	} {
		found := false
		for _, m := range Extract(article("a", pub, c.text)) {
			if m.Text != c.date {
				continue
			}
			found = true
			if m.Role != c.want {
				t.Errorf("%q: %q is %s, want %s", c.text, c.date, m.Role, c.want)
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", c.text, c.date)
		}
	}
}
