package ingest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	dps "github.com/markusmobius/go-dateparser"

	"parallax/corpus"
)

const months = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

var (
	// writtenDate finds a calendar date in the forms pages print: "14 Sep 2020", "April 24, 2024",
	// "Tue 2 April 2024", "2024-04-24" (also with a time after "T"). The groups are day, month,
	// year for the first form, month, day, year for the second, and year, month, day for ISO.
	writtenDate = regexp.MustCompile(`(?i)\b(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(` + months + `)\.?,?\s+(\d{4})|(` + months + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{4})-(\d{1,2})-(\d{1,2}))\b`)
	// clockTime is what may follow a date on a date line: a time, a zone, a separator.
	clockTime = regexp.MustCompile(`(?i)^(?:\s*(?:,|\||·|•|-|–|—|at|updated|published|t))*\s*(?:\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?(?:\s*(?:z|[+-]\d{2}:?\d{2}|[a-z]{2,5}))?)?\s*$`)
	// numericDate finds an all-numeric date: "15/09/2020", "9/15/2020", "15-09-2020",
	// "15.9.2020", "2020/09/15". The groups are first, second, year for slashes and dashes, day,
	// month, year for dots, and year, month, day for a leading year.
	numericDate = regexp.MustCompile(`(?:^|[^\d/.-])(?:(\d{1,2})[/-](\d{1,2})[/-]((?:1[89]|20)\d{2})|(\d{1,2})\.(\d{1,2})\.((?:1[89]|20)\d{2})|((?:1[89]|20)\d{2})/(\d{1,2})/(\d{1,2}))(?:$|[^\d/.-])`)
	// dateLabel is a word that may precede a date on a date line.
	dateLabel = map[string]bool{"published": true, "updated": true, "posted": true, "on": true, "date": true, "last": true, "first": true, "created": true, "modified": true, "at": true}
)

// monthNumber maps the first three letters of an English month name to its number.
func monthNumber(name string) int {
	if len(name) < 3 {
		return 0
	}
	return 1 + strings.Index("janfebmaraprmayjunjulaugsepoctnovdec", strings.ToLower(name[:3]))/3
}

// dateIn finds the first written date in s and returns it with its byte range. A date that names
// an impossible day ("30 Feb 2024") is found but returned with err. A numeric date whose day and
// month could be either way round ("04/05/2020") is returned with year precision only: see
// dateInOrder, which also says why.
func dateIn(s string) (d corpus.Date, start, end int, err error) {
	d, start, end, _, err = dateInOrder(s)
	return d, start, end, err
}

// dateInOrder is dateIn that also returns, for an all-numeric date, how the order of day and month
// was settled ("day first: 15 is no month"), or why it could not be ("04/05/2020 is 4 May or
// April 5"); "" for a date with a month name or in year-month-day order, which has one reading.
func dateInOrder(s string) (d corpus.Date, start, end int, order string, err error) {
	m := writtenDate.FindStringSubmatchIndex(s)
	if n := numericDate.FindStringSubmatchIndex(s); n != nil && (m == nil || n[0] < m[0]) {
		return numericIn(s, n)
	}
	if m == nil {
		return d, -1, -1, "", nil
	}
	g := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return s[m[2*i]:m[2*i+1]]
	}
	var y, mo, day int
	switch {
	case g(3) != "":
		day, _ = strconv.Atoi(g(1))
		mo, y = monthNumber(g(2)), atoi(g(3))
	case g(6) != "":
		mo, day, y = monthNumber(g(4)), atoi(g(5)), atoi(g(6))
	default:
		y, mo, day = atoi(g(7)), atoi(g(8)), atoi(g(9))
	}
	d, err = calendarDate(y, mo, day)
	return d, m[0], m[1], "", err
}

// numericIn reads the numeric date matched at n (numericDate's submatch indexes in s). Slashes
// and dashes are read day first when the first number cannot be a month, month first when the
// second cannot be, and either way when both readings agree; otherwise the order is ambiguous
// and only the year is kept, never a guessed day. Dots are read day first, the order of every
// convention that writes dates with dots.
func numericIn(s string, n []int) (d corpus.Date, start, end int, order string, err error) {
	g := func(i int) string {
		if n[2*i] < 0 {
			return ""
		}
		return s[n[2*i]:n[2*i+1]]
	}
	// The pattern's guards take one byte on either side; the date is inside them.
	start, end = n[0], n[1]
	for start < end && (s[start] < '0' || s[start] > '9') {
		start++
	}
	for end > start && (s[end-1] < '0' || s[end-1] > '9') {
		end--
	}
	text := s[start:end]
	switch {
	case g(3) != "":
		a, b, y := atoi(g(1)), atoi(g(2)), atoi(g(3))
		switch {
		case a == b:
			d, err = calendarDate(y, a, b)
			return d, start, end, "", err
		case a > 12 && b <= 12:
			d, err = calendarDate(y, b, a)
			return d, start, end, fmt.Sprintf("%s read day first: %d is no month", text, a), err
		case b > 12 && a <= 12:
			d, err = calendarDate(y, a, b)
			return d, start, end, fmt.Sprintf("%s read month first: %d is no month", text, b), err
		case a > 12 && b > 12:
			return d, start, end, "", fmt.Errorf("%s: neither %d nor %d is a month", text, a, b)
		}
		if _, err := calendarDate(y, a, b); err != nil {
			return d, start, end, "", err
		}
		if _, err := calendarDate(y, b, a); err != nil {
			return d, start, end, "", err
		}
		return corpus.Date{Year: y, Precision: corpus.PrecisionYear}, start, end,
			fmt.Sprintf("%s is ambiguous: %d %s or %s %d, depending on whether the day or the month comes first; only the year %d is taken", text, a, time.Month(b), time.Month(a), b, y), nil
	case g(6) != "":
		d, err = calendarDate(atoi(g(6)), atoi(g(5)), atoi(g(4)))
		return d, start, end, fmt.Sprintf("%s read as day.month.year, the order of dates written with dots", text), err
	}
	d, err = calendarDate(atoi(g(7)), atoi(g(8)), atoi(g(9)))
	return d, start, end, "", err
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// calendarDate checks a day-precision date and says precisely what is wrong with it.
func calendarDate(y, mo, day int) (corpus.Date, error) {
	if mo < 1 || mo > 12 {
		return corpus.Date{}, fmt.Errorf("no month %d", mo)
	}
	if day < 1 || time.Date(y, time.Month(mo), day, 0, 0, 0, 0, time.UTC).Day() != day {
		return corpus.Date{}, fmt.Errorf("no day %d in %s %d", day, time.Month(mo), y)
	}
	return corpus.Date{Year: y, Month: mo, Day: day, Precision: corpus.PrecisionDay}, nil
}

// dateLineOf reports whether t is a date line: a date with at most a time after it and, before
// it, only a short label in title case or date words ("Published on", "Pop Culture & Art"). Body
// text that mentions a date ("He said on April 2, 2024") has lower-case words before it.
func dateLineOf(t string) (d corpus.Date, ok bool, err error) {
	d, _, ok, err = dateLineOrder(t)
	return d, ok, err
}

// dateLineOrder is dateLineOf that also returns how a numeric date's order of day and month was
// read (see dateInOrder).
func dateLineOrder(t string) (d corpus.Date, order string, ok bool, err error) {
	if len(t) > 80 {
		return d, "", false, nil
	}
	d, start, end, order, err := dateInOrder(t)
	if start < 0 || !clockTime.MatchString(t[end:]) {
		return d, "", false, nil
	}
	words := strings.Fields(strings.Trim(t[:start], " :|·•-–—,"))
	if len(words) > 5 || len(words) > 0 && strings.EqualFold(words[0], "by") {
		return d, "", false, nil
	}
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ":,"))
		if dateLabel[lw] || w == "&" || w == "|" || w == "·" || w == "•" || w == "-" || w == "–" {
			continue
		}
		if strings.ContainsAny(w, ".!?") || !startsUpper(w) {
			return d, "", false, nil
		}
	}
	return d, order, true, err
}

// parseFieldDate reads a date given in a metadata field: ISO 8601 with or without a time, RFC
// 1123 ("Wed, 24 Apr 2024 10:00:00 GMT"), or a written date. Year and year-month keep their
// precision.
func parseFieldDate(s string) (corpus.Date, error) {
	d, _, err := parseFieldDateOrder(s)
	return d, err
}

// parseFieldDateOrder is parseFieldDate that also says how a numeric date's order of day and
// month was read (see dateInOrder).
func parseFieldDateOrder(s string) (corpus.Date, string, error) {
	s = strings.TrimSpace(s)
	if isoPrefix.MatchString(s) {
		m := isoPrefix.FindStringSubmatch(s)
		y := atoi(m[1])
		switch {
		case m[3] != "":
			d, err := calendarDate(y, atoi(m[2]), atoi(m[3]))
			return d, "", err
		case m[2] != "":
			mo := atoi(m[2])
			if mo < 1 || mo > 12 {
				return corpus.Date{}, "", fmt.Errorf("no month %d", mo)
			}
			return corpus.Date{Year: y, Month: mo, Precision: corpus.PrecisionMonth}, "", nil
		}
		return corpus.Date{Year: y, Precision: corpus.PrecisionYear}, "", nil
	}
	if m := compactISO.FindStringSubmatch(s); m != nil {
		d, err := calendarDate(atoi(m[1]), atoi(m[2]), atoi(m[3]))
		return d, "", err
	}
	if d, start, _, order, err := dateInOrder(s); start >= 0 {
		return d, order, err
	}
	if d, ok := writtenInAnyLanguage(s); ok {
		return d, "", nil
	}
	return corpus.Date{}, "", fmt.Errorf("not a date this reader knows (want e.g. 2024-04-24 or April 24, 2024)")
}

// compactISO is ISO 8601's basic format, a date without dashes and an optional time:
// "20231102", "20200924T15:04:34Z", "20200316T130000+0100".
var compactISO = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(?:T\d{2}:?\d{2}(?::?\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$`)

// fieldDateParser reads the written dates of other languages and conventions that the patterns
// above do not know: "07 أكتوبر 2020", "2 ноября 2020", "Tue Jul 30 09:35:14 CEST 2019". Only
// absolute dates: never a relative one ("yesterday"), which would be read against the build's
// clock.
var fieldDateParser = &dps.Parser{ParserTypes: []dps.ParserType{dps.AbsoluteTime}}

// writtenInAnyLanguage reads s with go-dateparser when it names its month in words (the all-numeric
// forms are dateInOrder's, which never guesses the order of day and month: see monthInWords) and
// states a day, month and year. The date is the calendar day as written, in the zone s gives.
func writtenInAnyLanguage(s string) (corpus.Date, bool) {
	if len(s) > 100 || !monthInWords(s) {
		return corpus.Date{}, false
	}
	r, err := fieldDateParser.Parse(&dps.Configuration{StrictParsing: true, CurrentTime: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)}, s)
	if err != nil || r.IsZero() {
		return corpus.Date{}, false
	}
	d, err := calendarDate(r.Time.Year(), int(r.Time.Month()), r.Time.Day())
	return d, err == nil
}

// notDateNumbers are the numbers a date field may hold besides its day, month and year: a time
// ("09:35", "09:35:14.5", "10h30", "10.30 Uhr", "10 Uhr", "10am", "10 a.m."), with the zone
// offset that may follow it ("+0100", "Z"), and a zone written as an offset from GMT or UTC
// ("GMT+3").
var notDateNumbers = regexp.MustCompile(`(?i)\p{Nd}{1,2}(?::\p{Nd}{2}(?::\p{Nd}{2}(?:[.,]\p{Nd}+)?)?|h\p{Nd}{2}\b|\.\p{Nd}{2}\s*uhr\b|\s*(?:uhr|h)\b|\s*[ap]\.?\s?m\b\.?)(?:\s*(?:z\b|[+-]\p{Nd}{2}(?::?\p{Nd}{2})?\b))?|\b(?:gmt|utc)\s*[+-]\p{Nd}{1,2}(?::?\p{Nd}{2})?\b`)

// monthInWords reports whether s can only be read with its month written in words: once its
// times and zones are taken out (notDateNumbers), at most two groups of digits are left, the day
// and the year ("07 أكتوبر 2020 - 12:09 م", "Tue Jul 30 09:35:14 CEST 2019"), or a number is
// marked as the month ("2020年3月4日", "2020년 3월 4일"). Three groups left ("03/04/20 10:00 AM",
// "Thursday 03 04 2020", "03 04 2020 at 10am") are an all-numeric day, month and year, whose
// order go-dateparser would guess from its language's habits; such a date is refused, never
// guessed. So is a date with no letter at all, which is all numbers too.
func monthInWords(s string) bool {
	if !strings.ContainsFunc(s, unicode.IsLetter) {
		return false
	}
	rest := notDateNumbers.ReplaceAllString(s, " ")
	groups, digit := 0, false
	for _, r := range rest {
		switch {
		case unicode.IsDigit(r):
			if !digit {
				groups++
			}
			digit = true
		case digit && (r == '月' || r == '월'):
			// The number before is the month by name.
			return true
		default:
			digit = false
		}
	}
	return groups <= 2
}

// readingOfNumbers reports whether t is one reading of the all-numeric date in s, a field
// monthInWords refuses ("03/04/20 10:00 AM"): its day, its month and its year (or the year's last
// two digits) are all among the numbers of s. go-htmldate reads such a field itself, in an order
// it guesses; its estimate is then that guess, not a date found elsewhere in the page, and is not
// kept. A date elsewhere that happens to be one of the readings is lost with it: the cost of
// never guessing.
func readingOfNumbers(s string, t time.Time) bool {
	if monthInWords(s) {
		return false
	}
	nums := map[int]bool{}
	for _, g := range strings.FieldsFunc(notDateNumbers.ReplaceAllString(s, " "), func(r rune) bool { return !unicode.IsDigit(r) }) {
		if n, err := strconv.Atoi(g); err == nil {
			nums[n] = true
		}
	}
	return len(nums) >= 2 && nums[t.Day()] && nums[int(t.Month())] && (nums[t.Year()] || nums[t.Year()%100])
}

// isoPrefix is YYYY, YYYY-MM or YYYY-MM-DD, possibly followed by a time ("T10:00:00Z").
var isoPrefix = regexp.MustCompile(`^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}.*)?$`)

// urlDate reads a date from a URL path: /2024/04/24/, /2024-04-24-, /20240424/ or /2024/04/.
var urlDate = regexp.MustCompile(`/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])(?:[/-](0?[1-9]|[12]\d|3[01]))?(?:[/-]|$)`)

func dateFromURL(u string) (corpus.Date, bool) {
	m := urlDate.FindStringSubmatch(u)
	if m == nil {
		return corpus.Date{}, false
	}
	if m[3] == "" {
		return corpus.Date{Year: atoi(m[1]), Month: atoi(m[2]), Precision: corpus.PrecisionMonth}, true
	}
	d, err := calendarDate(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	return d, err == nil
}
