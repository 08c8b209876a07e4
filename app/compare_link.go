package app

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"parallax/corpus"
)

// What a compare link names: its two article IDs, its focused pair, and what stops it.

// compareIDs returns the article IDs of a compare URL: /compare/{a}/{b}, or the ?a=&b= that the
// picker's form submits when the app has not started.
func compareIDs(u *url.URL) []string {
	rest := strings.Trim(strings.TrimPrefix(routePath(u), "/compare"), "/")
	var ids []string
	for _, part := range strings.Split(rest, "/") {
		if id, err := url.PathUnescape(part); err == nil {
			part = id
		}
		if part = strings.TrimSpace(part); part != "" {
			ids = append(ids, part)
		}
	}
	if len(ids) == 0 {
		q := u.Query()
		for _, k := range []string{"a", "b"} {
			if v := strings.TrimSpace(q.Get(k)); v != "" {
				ids = append(ids, v)
			}
		}
	}
	return ids
}

// focusPair reads the focused pair from "#pair-N" (or "#pair-N-b", the right half of a pair
// told in another order) or "?focus=N"; 0 when there is none.
func focusPair(u *url.URL) int {
	n, err := strconv.Atoi(focusParam(u))
	if err != nil || n < 1 {
		return 0
	}
	return n
}

// focusParam returns the pair a compare link names, as written: the N of "#pair-N" or
// "?focus=N"; "" when it names none.
func focusParam(u *url.URL) string {
	if strings.HasPrefix(u.Fragment, "pair-") {
		return strings.TrimSuffix(strings.TrimPrefix(u.Fragment, "pair-"), "-b")
	}
	return strings.TrimSpace(u.Query().Get("focus"))
}

// focusNote says, when the link names a pair the comparison does not have, what it named and
// what is shown instead; "" when the pair is there or none is named. pairs is the number of
// aligned pairs.
func focusNote(param string, found bool, pairs int) string {
	if param == "" || found {
		return ""
	}
	if n, err := strconv.Atoi(param); err != nil || n < 1 {
		return "This link points to pair “" + truncate(param, 24) + "”, which is not a pair number: showing the comparison from the top."
	}
	return fmt.Sprintf("This link points to pair %s, but these articles align %d %s: it may come from an earlier build of this site. Showing the comparison from the top.",
		truncate(param, 24), pairs, plural(pairs, "pair", "pairs"))
}

// viewNote says, when the link asks for a view a comparison does not have ("?view=table"), what
// it asked for and what is shown instead; "" for none, an empty one or the aligned pairs' view.
// It reads view as the page does: the link's first "view".
func viewNote(view string) string {
	if view == "" || view == viewPairs {
		return ""
	}
	return "This link asks for the view “" + truncate(view, 24) + "”, which a comparison does not have: showing the whole comparison."
}

// resolvePair looks the IDs up and says, in words a reader can act on, what stops the
// comparison: a missing side, an unknown ID, or the same article twice.
func resolvePair(c *corpus.Corpus, ids []string) (a, b *corpus.Article, problems []string) {
	lookup := func(side, id string) *corpus.Article {
		art, err := c.Article(id)
		if err != nil {
			problems = append(problems, fmt.Sprintf("There is no article with the ID “%s” for %s side in this corpus; the link may be mistyped or come from another corpus.", truncate(id, 80), side))
			return nil
		}
		return art
	}
	if len(ids) > 0 {
		a = lookup("the left", ids[0])
	}
	if len(ids) > 1 {
		b = lookup("the right", ids[1])
	}
	switch {
	case len(ids) == 1 && a != nil:
		problems = append(problems, fmt.Sprintf("The link names only one article, “%s”. Pick a second one to compare it with.", a.Title))
	case len(ids) == 1:
		problems = append(problems, "The link names only one article. Pick two.")
	case len(ids) > 2:
		problems = append(problems, "The link names more than two articles; only two can be compared.")
	case a != nil && a == b:
		problems = append(problems, fmt.Sprintf("Both sides are the same article, “%s”. Pick a different one for one side.", a.Title))
	}
	return a, b, problems
}

// pairID is the element ID of pair n, the target of "#pair-N".
func pairID(n int) string { return "pair-" + strconv.Itoa(n) }
