package app

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pagerItems lists the links of a pager over pages (or parts) 1 to last, cur being shown:
// previous, the first, the two on each side of cur, the last, next, with a gap where pages are
// left out. Its size does not grow with last. noun names a page in the links' accessible names
// ("Page 3", "Previous part, 2"); href gives a page's address.
func pagerItems(cur, last int, noun string, href func(n int) string) []app.UI {
	link := func(n int, label, rel string) app.UI {
		a := app.A().Class("pager-link").Href(attrURL(href(n))).Text(label)
		switch {
		case rel == "prev":
			a = a.Rel("prev").Aria("label", attrText(fmt.Sprintf("Previous %s, %d", noun, n)))
		case rel == "next":
			a = a.Rel("next").Aria("label", attrText(fmt.Sprintf("Next %s, %d", noun, n)))
		default:
			a = a.Aria("label", attrText(fmt.Sprintf("%s %d", capitalized(noun), n)))
			if n == cur {
				a = a.Aria("current", "page")
			}
		}
		return app.Li().Body(a)
	}
	gap := func() app.UI { return app.Li().Class("pager-gap").Aria("hidden", "true").Text("…") }
	var items []app.UI
	if cur > 1 {
		items = append(items, link(cur-1, "‹ Previous", "prev"))
	}
	lo, hi := max(1, cur-2), min(last, cur+2)
	if lo > 1 {
		items = append(items, link(1, "1", ""))
		if lo > 2 {
			items = append(items, gap())
		}
	}
	for n := lo; n <= hi; n++ {
		items = append(items, link(n, strconv.Itoa(n), ""))
	}
	if hi < last {
		if hi < last-1 {
			items = append(items, gap())
		}
		items = append(items, link(last, strconv.Itoa(last), ""))
	}
	if cur < last {
		items = append(items, link(cur+1, "Next ›", "next"))
	}
	return items
}

func capitalized(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
