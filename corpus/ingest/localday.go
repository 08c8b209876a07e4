package ingest

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"parallax/corpus"
)

// A page often states its publication time as a UTC instant ("2023-11-09T01:09:55Z") while the
// outlet's readers saw it on the local day before or after. The day read from such a field is
// UTC's; the outlet's own day is known only when the page states the same instant elsewhere in
// local time. This file finds those statements and never guesses a zone.

// instantPattern is a date with a clock time and an optional zone: ISO 8601's extended and
// basic forms ("2023-11-08T20:09:55-05:00", "20200414T00:38:07Z", "2023-11-08 18:09:55"),
// fractions of a second and one-digit seconds ("2020-12-05T23:15:0Z") included.
var instantPattern = regexp.MustCompile(`(?i)^(\d{4})-?(\d{2})-?(\d{2})[T ](\d{1,2}):?(\d{2})(?::?(\d{1,2})(?:[.,]\d+)?)?\s*(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?$`)

// instant is a moment a page states: a calendar date with a clock time.
type instant struct {
	// wall is the date and clock time as written, in UTC's location whatever the zone.
	wall time.Time
	// offset is the zone's offset east of UTC; meaningful only when zoned.
	offset time.Duration
	zoned  bool
	// seconds is whether the seconds are stated; when not, the instant is known to the minute.
	seconds bool
}

// utc is the moment itself; only for a zoned instant.
func (in instant) utc() time.Time { return in.wall.Add(-in.offset) }

// parseInstant reads a date with a clock time from a metadata value. RFC 1123 dates ("Wed, 08
// Nov 2023 20:09:55 -0500" or "… GMT") are read too. A value with no clock time is no instant.
func parseInstant(s string) (instant, bool) {
	s = strings.TrimSpace(s)
	if m := instantPattern.FindStringSubmatch(s); m != nil {
		in := instant{seconds: m[6] != ""}
		t := time.Date(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]), atoi(m[4]), atoi(m[5]), atoi(m[6]), 0, time.UTC)
		if t.Day() != atoi(m[3]) || atoi(m[4]) > 23 || atoi(m[5]) > 59 || atoi(m[6]) > 59 {
			return instant{}, false
		}
		in.wall = t
		if z := strings.ToLower(m[7]); z != "" {
			in.zoned = true
			if z[0] == '+' || z[0] == '-' {
				digits := strings.ReplaceAll(z[1:], ":", "")
				off := time.Duration(atoi(digits[:2]))*time.Hour + time.Duration(atoi(digits[2:]))*time.Minute
				if z[0] == '-' {
					off = -off
				}
				in.offset = off
			}
		}
		return in, true
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			_, off := t.Zone()
			wall := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
			// time.Parse gives an unknown abbreviation ("EST") a zero offset; only GMT and UTC,
			// or a numeric offset, say the zone.
			zoned := layout == time.RFC1123Z || strings.HasSuffix(s, "GMT") || strings.HasSuffix(s, "UTC")
			return instant{wall: wall, offset: time.Duration(off) * time.Second, zoned: zoned, seconds: true}, true
		}
	}
	return instant{}, false
}

// utcInstant reads s as a moment stated in UTC ("Z", "+00:00", "GMT"). Midnight to the second
// ("2019-06-17T00:00:00+00:00") is how many systems write a day without a time, so it is taken
// as a day, not as an instant whose local day could differ.
func utcInstant(s string) (instant, bool) {
	in, ok := parseInstant(s)
	if !ok || !in.zoned || in.offset != 0 {
		return instant{}, false
	}
	if h, m, sec := in.wall.Clock(); h == 0 && m == 0 && sec == 0 {
		return instant{}, false
	}
	return in, true
}

// Real zones lie between 12 hours behind UTC and 14 ahead, at whole quarters of an hour.
const (
	earliestOffset = -12 * time.Hour
	latestOffset   = 14 * time.Hour
)

// sameInstant reports whether c states the UTC instant u in a local time, and returns that
// local time's offset. A zoned c must be the same moment in a zone other than UTC. A c without
// a zone (a local clock: "2023-11-08 18:09:55", "November 8, 2023 at 6:09 p.m.") must differ
// from u's clock by a real zone's offset, to the precision both state: the same minute (and
// second, when both give one) shifted by whole quarters of an hour.
func sameInstant(u, c instant) (time.Duration, bool) {
	prec := time.Second
	if !u.seconds || !c.seconds {
		prec = time.Minute
	}
	if c.zoned {
		if c.offset == 0 || !c.utc().Truncate(prec).Equal(u.wall.Truncate(prec)) {
			return 0, false
		}
		return c.offset, true
	}
	diff := c.wall.Truncate(prec).Sub(u.wall.Truncate(prec))
	if diff == 0 || diff < earliestOffset || diff > latestOffset || diff%(15*time.Minute) != 0 {
		return 0, false
	}
	return diff, true
}

// localDay looks among a page's other statements of time (clocks, in the order they are
// trusted) for the UTC instant u in local time. It returns the local day and the note that says
// how it was found, or ok false when no statement is the same instant.
func localDay(u instant, raw string, clocks []field) (d corpus.Date, note string, ok bool) {
	for _, f := range clocks {
		c, ok := parseInstant(f.value)
		if !ok {
			c, ok = clockLine(f.value)
		}
		if !ok {
			continue
		}
		off, ok := sameInstant(u, c)
		if !ok {
			continue
		}
		local := u.wall.Add(off)
		d, err := calendarDate(local.Year(), int(local.Month()), local.Day())
		if err != nil {
			continue
		}
		how := "the same moment with its offset"
		if !c.zoned {
			how = fmt.Sprintf("the same %s as a local clock time", map[bool]string{true: "second", false: "minute"}[u.seconds && c.seconds])
		}
		return d, fmt.Sprintf("The field gives the UTC time %q; the page also states %q (%s), %s, at %s: the outlet's local day is kept.", clip(raw), clip(f.value), f.from, how, offsetText(off)), true
	}
	return corpus.Date{}, "", false
}

// offsetText writes an offset as UTC does: "UTC−5", "UTC+5:30".
func offsetText(off time.Duration) string {
	sign := "+"
	if off < 0 {
		sign, off = "−", -off
	}
	h, m := int(off/time.Hour), int(off%time.Hour/time.Minute)
	if m == 0 {
		return fmt.Sprintf("UTC%s%d", sign, h)
	}
	return fmt.Sprintf("UTC%s%d:%02d", sign, h, m)
}

// utcDayNote is what a date read from a UTC instant says when the page gives no local time.
func utcDayNote(raw string) string {
	return fmt.Sprintf("The field gives the UTC time %q and the file states no local time for it: the day is UTC's, and the outlet's local day may be the one before or after.", clip(raw))
}

// clockPattern is the clock time on a date line: "6:09 p.m.", "9:25pm", "16:38", "10.30".
var clockPattern = regexp.MustCompile(`(?i)\b(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?`)

// clockLine reads a date line with a clock time ("Published Nov. 8, 2023, 10:28 p.m. ET",
// "February 24, 2020 | 9:25pm") as a local clock. A zone written after the time is not read: an
// abbreviation ("ET", "IST") names different zones in different places.
func clockLine(t string) (instant, bool) {
	t = strings.Join(strings.Fields(t), " ")
	d, _, ok, err := dateLineOrder(t)
	if !ok || err != nil || d.Precision != corpus.PrecisionDay {
		return instant{}, false
	}
	_, _, end, _, _ := dateInOrder(t)
	m := clockPattern.FindStringSubmatch(t[end:])
	if m == nil {
		return instant{}, false
	}
	h, mi := atoi(m[1]), atoi(m[2])
	switch strings.ToLower(m[4]) {
	case "a":
		if h == 12 {
			h = 0
		}
	case "p":
		if h < 12 {
			h += 12
		}
	}
	if h > 23 || mi > 59 || m[4] != "" && atoi(m[1]) > 12 {
		return instant{}, false
	}
	wall := time.Date(d.Year, time.Month(d.Month), d.Day, h, mi, atoi(m[3]), 0, time.UTC)
	return instant{wall: wall, seconds: m[3] != ""}, true
}

// pageClocks collects the page body's statements of a time that may be its publication time in
// local time: each <time> element's datetime with an offset (a zoned moment is compared exactly,
// so any element may give it), and the first date line with a clock time in a <time> element
// or an element whose class names a date ("byline-date", "article-meta-date"): its datetime
// without a zone, or its text. Only the first such local clock is taken, the page's own date
// line: later ones belong to lists of other articles, and a clock without a zone is compared to
// the minute only.
func pageClocks(root *html.Node) []field {
	var out []field
	local := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
				return
			}
			if n.DataAtom == atom.Time {
				if in, ok := parseInstant(attr(n, "datetime")); ok {
					switch {
					case in.zoned:
						out = append(out, field{value: attr(n, "datetime"), from: "time element"})
					case !local:
						out = append(out, field{value: attr(n, "datetime"), from: "time element"})
						local = true
					}
				}
			}
			if !local && (n.DataAtom == atom.Time || datedClass(attr(n, "class"))) {
				if t := nodeText(n); len(t) <= 80 {
					if _, ok := clockLine(t); ok {
						out = append(out, field{value: t, from: "the page's date line"})
						local = true
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}

// datedClass reports whether an element's class names a date or a time.
func datedClass(class string) bool {
	class = strings.ToLower(class)
	return strings.Contains(class, "date") || strings.Contains(class, "time") || strings.Contains(class, "publish")
}

// nodeText is an element's text, white space collapsed; "" when it is long.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if b.Len() > 400 {
			return
		}
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
			return
		case n.Type == html.ElementNode:
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	if b.Len() > 400 {
		return ""
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
