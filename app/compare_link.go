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
// what is shown instead; nil when the pair is there or none is named. pairs is the number of
// aligned pairs.
func focusNote(param string, found bool, pairs int) message {
	if param == "" || found {
		return nil
	}
	if n, err := strconv.Atoi(param); err != nil || n < 1 {
		return message{words("This link points to pair “"), val(truncate(param, 24)),
			words("”, which is not a pair number: showing the comparison from the top.")}
	}
	// A number to strconv: ASCII digits and a sign at most, nothing to isolate.
	return message{words(fmt.Sprintf("This link points to pair %s, but these articles align %d %s: it may come from an earlier build of this site. Showing the comparison from the top.",
		truncate(param, 24), pairs, plural(pairs, "pair", "pairs")))}
}

// viewNote says, when the link asks for a view a comparison does not have ("?view=table"), what
// it asked for and what is shown instead; nil for none, an empty one or the aligned pairs' view.
// It reads view as the page does: the link's first "view".
func viewNote(view string) message {
	if view == "" || view == viewPairs {
		return nil
	}
	return message{words("This link asks for the view “"), val(truncate(view, 24)),
		words("”, which a comparison does not have: showing the whole comparison.")}
}

// linkNote is what u's focusNote and viewNote say, one after the other; nil for neither. found
// says whether the comparison has the pair u names, pairs how many it aligns.
func linkNote(u *url.URL, found bool, pairs int) message {
	f, v := focusNote(focusParam(u), found, pairs), viewNote(u.Query().Get("view"))
	if f != nil && v != nil {
		return cat(f, message{words(" ")}, v)
	}
	return cat(f, v)
}

// resolvePair looks the IDs up and says, in words a reader can act on, what stops the
// comparison: a missing side, an unknown ID, or the same article twice.
func resolvePair(c *corpus.Corpus, ids []string) (a, b *corpus.Article, problems []message) {
	lookup := func(side, id string) *corpus.Article {
		art, err := c.Article(id)
		if err != nil {
			problems = append(problems, message{words("There is no article with the ID “"), val(truncate(id, 80)),
				words("” for " + side + " side in this corpus; the link may be mistyped or come from another corpus.")})
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
		problems = append(problems, message{words("The link names only one article, “"), articleVal(a, a.Title),
			words("”. Pick a second one to compare it with.")})
	case len(ids) == 1:
		problems = append(problems, message{words("The link names only one article. Pick two.")})
	case len(ids) > 2:
		problems = append(problems, message{words("The link names more than two articles; only two can be compared.")})
	case a != nil && a == b:
		problems = append(problems, message{words("Both sides are the same article, “"), articleVal(a, a.Title),
			words("”. Pick a different one for one side.")})
	}
	return a, b, problems
}

// pairID is the element ID of pair n, the target of "#pair-N".
func pairID(n int) string { return "pair-" + strconv.Itoa(n) }
