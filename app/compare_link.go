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
	s := strings.TrimSuffix(strings.TrimPrefix(u.Fragment, "pair-"), "-b")
	if !strings.HasPrefix(u.Fragment, "pair-") {
		s = u.Query().Get("focus")
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 0
	}
	return n
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
