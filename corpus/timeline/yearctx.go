package timeline

import "strings"

// A four-digit number between 1900 and 2100 is a year only where nothing around it says it is
// something else. notYear holds the contexts found in news text that make it a clock time
// ("1900 GMT", "between 2000 and 2100 GMT"), a product or a numbered thing ("Windows 2000",
// "Flight 2010"), a measure ("2048-bit", "2048 x 1080 pixels", "2000 MHz") or, far ahead of
// the writing, a title ("Wong Kar-Wai's 2046"). Full dates ("12 May 2005") and ranges read the
// number as their year without asking: the month or the other end already makes it one.

// clockWords after a number make it a time of day: time zones, "hours", "h", "local time".
var clockWords = setOf("gmt", "bst", "utc", "cet", "cest", "eet", "est", "edt", "cst", "cdt",
	"mst", "mdt", "pst", "pdt", "et", "pt", "ct", "ist", "jst", "aest", "aedt", "sast", "msk",
	"hours", "hrs", "hr", "h")

// unitWords after a number make it a measure or a count, even after a word that introduces
// years ("resolutions of 2048 pixels", "fell to 1950 points").
var unitWords = setOf("bit", "bits", "byte", "bytes", "pixel", "pixels", "megapixels", "dpi",
	"hz", "khz", "mhz", "ghz", "kb", "mb", "gb", "tb", "kbps", "mbps", "gbps", "mm", "cm", "km",
	"kg", "mg", "ml", "cc", "mph", "kph", "rpm", "bhp", "hp", "kw", "mw", "gw", "kwh", "ft",
	"feet", "foot", "inch", "inches", "metre", "metres", "meter", "meters", "mile", "miles",
	"yards", "tonnes", "tons", "litres", "liters", "points", "pence", "cents", "euros", "dollars",
	"pounds", "yen", "people", "jobs", "workers", "staff", "votes", "seats", "units", "copies",
	"lines", "pages", "words", "calories", "degrees", "volts", "watts", "lumens")

// compoundWords after a number and a hyphen make it a measure: "2048-bit", "a 2000-year-old
// temple", "a 1500-strong crowd".
var compoundWords = setOf("bit", "byte", "pixel", "year", "strong", "page", "seat", "mile",
	"metre", "meter", "inch", "foot", "pound", "point", "member", "man", "word", "acre", "tonne",
	"ton", "mile", "yard", "room", "bed", "capacity", "megapixel", "line", "hour", "minute")

// dimensionMarks join two numbers into a size: "2048 x 1080", "1920 × 1080", "2048 * 1080",
// "1920 by 1200".
var dimensionMarks = setOf("x", "×", "*", "by")

// productWords before a number make it a name or a numbered thing: "Windows 2000", "Server
// 2003", "Media Center Edition 2005", "Version 2004", "Flight 2010", "room 1905".
var productWords = setOf("windows", "office", "server", "edition", "version", "release",
	"build", "model", "models", "flight", "room", "number", "no", "route", "page", "platform",
	"gate", "channel", "track", "bus", "item", "code", "firmware", "pentium", "series", "mk",
	"mark", "type", "v", "pro", "studio", "suite", "manager", "fifa", "rally", "live")

// farForward are the words that may introduce a year far beyond the writing: "by 2050", "in
// the year 2050", "until 2060". A far number after other words is more likely a title or a
// figure ("nominated for 2046").
var farForward = setOf("by", "until", "till", "before", "in", "to", "year", "from", "through",
	"between", "and", "come", "beyond", "after", "-", "–", "mid")

// farYears is how many years past the publication year a bare number may lie without a word
// that looks forward to it.
const farYears = 20

// notYear reports whether the four-digit number at token i is something other than a year.
func (s *scanner) notYear(i int) bool {
	t, next := s.tok(i), s.tok(i+1)
	if s.clockAt(i) || s.clockContext(i) {
		return true
	}
	// "between 2000 and 2100 GMT", "from 2000 to 1945 GMT": the other end is a time of day.
	if s.is(i+1, "and", "to", "until", "till") || isDash(next.text) {
		if o := s.tok(i + 2); o.isPlainNumber() && o.digits == 4 && (s.clockAt(i+2) || s.clockContext(i+2) || o.text[0] == '0') {
			return true
		}
	}
	// "from 0900 to 2000", "between 1930 GMT and 2030": the end before is a time of day, which
	// a leading zero ("0900") or a zone makes plain.
	if p := s.tok(i - 1); s.is(i-1, "and", "to", "until", "till") || isDash(p.text) {
		if o := s.tok(i - 2); o.isPlainNumber() && o.digits == 4 && (o.text[0] == '0' || s.clockContext(i-2)) ||
			s.tok(i-2).word && clockWords[s.tok(i-2).lower] && s.tok(i-3).isPlainNumber() && s.tok(i-3).digits == 4 {
			return true
		}
	}
	if unitWords[next.lower] {
		return true
	}
	if isDash(next.text) && s.adjacent(i+1) && s.adjacent(i+2) && compoundWords[s.tok(i+2).lower] {
		return true
	}
	if dimensionMarks[next.lower] && s.tok(i+2).isPlainNumber() {
		return true
	}
	if p := s.tok(i - 1); dimensionMarks[p.lower] && s.tok(i-2).isPlainNumber() && !deadlinePreps[p.lower] {
		return true
	}
	if s.productBefore(i) {
		return true
	}
	if s.pubYear > 0 && t.num > s.pubYear+farYears && !farForward[s.tok(i-1).lower] {
		return true
	}
	return false
}

// clockAt reports whether a time-of-day word follows token i: "1900 GMT", "2100 local time".
func (s *scanner) clockAt(i int) bool {
	n := s.tok(i + 1)
	return clockWords[n.lower] || s.is(i+1, "local") && s.is(i+2, "time")
}

// approxWords between "at" and a number make it a time or a quantity ("at about 1900", "at
// around 2000"): a year is "in about 1900" or "around 1900", never "at about".
var approxWords = setOf("about", "around", "approximately", "roughly", "exactly", "precisely")

// dayWords next to "at NNNN" place it within a day: "at 1900 on Sundays", "tonight at 2000".
var dayWords = setOf("tonight", "today", "tomorrow", "tomorrow's", "tonight's", "nightly",
	"daily", "morning", "evening", "afternoon", "night", "o'clock", "sharp")

// clockContext reports whether the number at token i, which a 24-hour clock could read (0000 to
// 2359), is placed within a day rather than a calendar: after "at about", or after "at" with a
// day beside it ("at 1900 on Sundays", "tonight at 2030", "at 2000 this evening"). "at 2004
// prices" names no day and stays a year.
func (s *scanner) clockContext(i int) bool {
	t := s.tok(i)
	if !t.isPlainNumber() || t.digits != 4 || t.num/100 > 23 || t.num%100 > 59 {
		return false
	}
	j := i - 1
	if approxWords[s.tok(j).lower] {
		return s.is(j-1, "at")
	}
	if !s.is(j, "at") {
		return false
	}
	next, after := s.tok(i+1), s.tok(i+2)
	switch {
	case dayWords[next.lower]:
		return true
	case next.lower == "on" || next.lower == "every" || next.lower == "each":
		return isWeekday(after.lower) || isWeekday(strings.TrimSuffix(after.lower, "s")) || dayWords[after.lower] ||
			after.lower == "day" || after.lower == "weekdays" || after.lower == "weekends"
	case next.lower == "this" || next.lower == "that" || next.lower == "in" && after.lower == "the":
		n := after.lower
		if next.lower == "in" {
			n = s.tok(i + 3).lower
		}
		return n == "morning" || n == "evening" || n == "afternoon" || n == "night"
	}
	if p := s.tok(j - 1); dayWords[p.lower] || isWeekday(p.lower) || isWeekday(strings.TrimSuffix(p.lower, "s")) {
		return true // "tonight at 2000", "on Sunday at 1930"
	}
	return false
}

// productBefore reports whether token i follows a product's name or a numbering noun, directly
// or through a list of the same product's versions: "Windows 95, 98, NT, 2000 and XP".
func (s *scanner) productBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		p := s.tok(k)
		switch {
		case productWords[p.lower]:
			// A lower-case word numbers only right before the number ("room 1905"); a
			// capitalised name may head a list ("Windows 95, 98, 2000").
			return k == i-1 || p.upper
		case k == i-1 && p.upper && p.word && p.num < 0 && len(p.text) >= 2 && isAllUpper(p.text) && p.lower != "ad" && p.lower != "bc":
			// "XP 2005" or "NT 2000": a model code, not a place or a name.
			continue
		case p.text == "," || p.lower == "and" || p.lower == "or" || p.lower == "&":
			continue
		case p.isPlainNumber() && p.digits <= 2:
			continue // "95, 98": versions in a list
		case p.word && p.upper && len(p.text) <= 3 && k < i-1:
			continue // "NT", "ME", "XP" in a list
		default:
			return false
		}
	}
	return false
}

func isAllUpper(w string) bool {
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
