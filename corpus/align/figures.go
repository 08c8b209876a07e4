package align

// Figures: numbers, amounts of money and measures, each in one normal form, so that "$25bn"
// meets "25 billion dollars" and "62 miles" meets "100 km" (times of day and durations: times.go).

import (
	"math"
	"strings"
	"sync"

	"parallax/corpus"
)

// figures finds numbers with a unit in s, in their normal form, skipping day numbers and years,
// which are dates. A number may be written in digits or words ("eleven", "a dozen", "half a
// million"); a measure in any common unit is converted to one ("62 miles" is "100000 m", "75 mph"
// is "120 km/h", "23°F" is "-5 °C"), to the two significant digits news keeps when it converts.
func figures(s *corpus.Sentence, toks []token) []figure {
	var out []figure
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if skipWords && !t.number && !numberStarts()[t.lower] {
			continue // most words start no figure: one look instead of one per reader below
		}
		if dayMonthAt(toks, i-1) > 0 && t.number {
			continue // "January 19"
		}
		if t.lower == "fortnight" && (i == 0 || !toks[i-1].number && numberWords[toks[i-1].lower] == 0) && !timeFrame(s.Text, toks, i, i+1, "day") {
			// "a fortnight", "the next fortnight": 14 days with no number written.
			out = append(out, figure{value: "14", unit: "day", start: t.start, end: t.end,
				subject: nearestEntity(s.Text, s.Mentions, t.start, t.end)})
			continue
		}
		if y := spanYears[t.lower]; y > 0 && i > 0 && oneOf(toks[i-1].lower) && adjacent(s.Text, toks[i-1], t) && !timeFrame(s.Text, toks, i-1, i+1, "year") &&
			(t.lower != "century" || spanOfTime(toks, i)) {
			// "jailed for a decade": ten years ("a decade ago" is a date, see timeFrame).
			out = append(out, figure{value: normalNumber(y), unit: "year", start: toks[i-1].start, end: t.end,
				subject: nearestEntity(s.Text, s.Mentions, toks[i-1].start, t.end)})
			continue
		}
		if quarterPeriod(toks, i) {
			// "the last quarter", "in the second quarter": three months with no number written.
			out = append(out, figure{value: "3", unit: "month", start: t.start, end: t.end,
				subject: nearestEntity(s.Text, s.Mentions, t.start, t.end)})
			continue
		}
		if f, j, ok := vagueCount(s.Text, toks, i); ok {
			f.subject = nearestEntity(s.Text, s.Mentions, f.start, f.end)
			out = append(out, f)
			i = j - 1
			continue
		}
		if v, unit, j, ok := duration(s.Text, toks, i); ok && timeFrame(s.Text, toks, i, j, unit) {
			i = j - 1 // "half a century ago": a date, not a span
			continue
		} else if ok {
			// "an hour and a half", "a quarter of an hour", "half a year": a span of time
			// with a fraction, in the smaller unit ("90 minutes", "15 minutes", "6 months").
			out = append(out, figure{value: normalNumber(v), unit: unit, start: t.start, end: toks[j-1].end,
				subject: nearestEntity(s.Text, s.Mentions, t.start, toks[j-1].end)})
			i = j - 1
			continue
		}
		if pc, j, ok := proportion(s.Text, toks, i); ok {
			// "a quarter of", "one in five": a share, as a percentage.
			out = append(out, figure{value: roughNumber(pc), unit: "percent", start: t.start, end: toks[j-1].end,
				subject: nearestEntity(s.Text, s.Mentions, t.start, toks[j-1].end)})
			i = j - 1
			continue
		}
		if t.number && timeOfDay(s.Text, toks, i) != "" {
			i = timeEnd(s.Text, toks, i) // "8 pm" is a time, not eight of something
			continue
		}
		v, suffix, j, word, ok := readNumber(s.Text, toks, i)
		if !ok {
			continue
		}
		if j < len(toks) && (dayMonthAt(toks, j) > 0 ||
			toks[j].lower == "of" && j+1 < len(toks) && months[toks[j+1].lower] > 0) {
			i = j - 1
			continue // "24 June", "2nd of October": a date
		}
		num, _ := splitNumber(t.key)
		// A year-like number written with a thousands separator ("2,100 people") is no year.
		notYear := !yearLike(num) || strings.Contains(text(s.Text, t), ",")
		start, end, unit, scaled := t.start, toks[j-1].end, "", false
		alt := ""
		measured, mayWeigh := false, false
		// converted: the measure was written in a unit that converts to the metric one by a
		// factor other than a power of ten ("12 miles"), so that its converted value is
		// approximate.
		converted := false
		if suffix == "m" && metres(s.Text, toks, i, j) {
			// "The river reached 11.4m": a height, not millions of something.
			unit, measured = "m", true
		} else if f, ok := scales[suffix]; ok {
			v, scaled = v*f, true
		} else if suffix == "pc" {
			unit = "percent"
		} else if m, ok := measures[suffix]; ok && suffix != "" {
			v, unit, measured, converted = v*m.factor, m.unit, true, !powerOfTen(m.factor)
		} else if suffix == "p" && s.Text[t.end-1] == 'p' && pence(toks, i) {
			// "245p a share": pence, a hundredth of a pound, so that "245p" is "£2.45".
			v, unit = v/100, "pound"
		} else if (suffix == "c" || suffix == "f") && strings.ContainsAny(s.Text[t.end-1:t.end], "CF") {
			unit, measured = "°"+strings.ToUpper(suffix), true
		} else if suffix != "" {
			continue // "19th", "5g": not a figure
		}
		if word && j > i+1 && scales[toks[j-1].lower] > 0 {
			scaled = true // "half a million", "two million" read whole
		}
		// "2 billion", and in a compound adjective "a 48-million-dollar hole", "a $3.5-billion deal".
		if !scaled && j < len(toks) && (adjacent(s.Text, toks[j-1], toks[j]) || s.Text[toks[j-1].end:toks[j].start] == "-") {
			if f, ok := scales[toks[j].lower]; ok && len(toks[j].lower) > 2 {
				v, scaled, end = v*f, true, toks[j].end
				j++
			}
		}
		// The currency sign or code before the number: "$25", "US$25", "€3", "EUR 32m".
		before := strings.TrimRight(s.Text[:t.start], " ")
		for _, sign := range [...]struct{ sign, unit string }{{"US$", "dollar"}, {"$", "dollar"}, {"€", "euro"}, {"£", "pound"}} {
			if strings.HasSuffix(before, sign.sign) && t.start-len(before) <= 1 {
				unit, start = sign.unit, len(before)-len(sign.sign)
				break
			}
		}
		if unit == "" && i > 0 && currencyCodes[s.Text[toks[i-1].start:toks[i-1].end]] != "" &&
			adjacent(s.Text, toks[i-1], t) {
			unit, start = currencyCodes[s.Text[toks[i-1].start:toks[i-1].end]], toks[i-1].start
		}
		neg := i > 0 && toks[i-1].lower == "minus" && adjacent(s.Text, toks[i-1], t) || negativeSign(s.Text, t.start)
		if neg && i > 0 && toks[i-1].lower == "minus" {
			start = toks[i-1].start
		}
		after := strings.TrimLeft(s.Text[end:], " ")
		if unit == "" && !word && suffix == "" && v >= 1 && v < 120 && v == math.Trunc(v) {
			// An age: "the 61-year-old", "aged 61", "Okafor, 61, said".
			for _, form := range []string{"-year-old", "-years-old", " year-old", " years old", "-yr-old"} {
				if strings.HasPrefix(s.Text[end:], form) {
					unit, end = "age", end+len(form)
					for j < len(toks) && toks[j].end <= end {
						j++
					}
					break
				}
			}
			if unit == "" && i > 0 && (toks[i-1].lower == "aged" ||
				toks[i-1].upper && strings.HasSuffix(s.Text[:t.start], ", ") && strings.HasPrefix(s.Text[end:], ",") ||
				statedAge(s, toks, i, j)) {
				unit = "age"
			}
		}
		if unit == "" && notYear && (j == len(toks) || unitOf(toks[j]) == "") && !percentAfter(s.Text, toks, end, j) && gatheringOf(toks, i) {
			// "a crowd of 31,204 watched", "an attendance of more than 31,000": people.
			unit = "people"
		}
		switch {
		case unit != "":
		case strings.HasPrefix(s.Text[end:], "%"):
			unit, end = "percent", end+1
		case strings.HasPrefix(after, "°"):
			// "30°C", "86 °F", "5°"
			unit, end = "°C", len(s.Text)-len(after)+len("°")
			if j < len(toks) && toks[j].start == end && (toks[j].lower == "c" || toks[j].lower == "f") {
				unit, end = "°"+strings.ToUpper(toks[j].lower), toks[j].end
				j++
			}
			measured = true
		case j < len(toks) && (toks[j].lower == "degree" || toks[j].lower == "degrees"):
			unit, end, measured = "°C", toks[j].end, true
			j++
			if j < len(toks) {
				switch toks[j].lower {
				case "celsius", "centigrade", "c":
					end = toks[j].end
					j++
				case "fahrenheit", "f":
					unit, end = "°F", toks[j].end
					j++
				}
			}
			if j+1 < len(toks) && toks[j].lower == "below" && toks[j+1].lower == "zero" {
				neg, end = true, toks[j+1].end
				j += 2
			}
		case j < len(toks) && (toks[j].lower == "pence" || toks[j].lower == "penny"):
			v, unit, end = v/100, "pound", toks[j].end
			j++
		case j < len(toks) && currencies[toks[j].lower] != "":
			unit, end = currencies[toks[j].lower], toks[j].end
			mayWeigh = (toks[j].lower == "pound" || toks[j].lower == "pounds") && !talksMoney(toks)
			j++
		case j < len(toks) && toks[j].lower == "m" && text(s.Text, toks[j]) == "m" && !scaled &&
			(j+1 == len(toks) || !countNoun(s.Text, toks, j+1)):
			// "300 m down": metres, where "m" stands apart, in lower case, counting nothing
			// ("£5 m", "5 m people" are millions and are read above or below).
			unit, end, measured = "m", toks[j].end, true
			j++
		case j < len(toks) && measures[toks[j].lower].unit != "":
			m := measures[toks[j].lower]
			v, unit, end, measured, converted = v*m.factor, m.unit, toks[j].end, true, !powerOfTen(m.factor)
			j++
		case j < len(toks) && unitOf(toks[j]) != "":
			unit, end = unitOf(toks[j]), toks[j].end
			j++
		case j+1 < len(toks) && !toks[j].number && !toks[j].stop && unitOf(toks[j+1]) != "" &&
			adjacent(s.Text, toks[j], toks[j+1]) && !placingWords[toks[j].lower]:
			// One word between: "170 million US users", "12 new stores".
			unit, end = unitOf(toks[j+1]), toks[j+1].end
			j += 2
		case j+2 < len(toks) && (scaled || word || notYear) && !toks[j].number && !toks[j].stop && !toks[j+1].number && !toks[j+1].stop &&
			adjacent(s.Text, toks[j-1], toks[j]) && adjacent(s.Text, toks[j], toks[j+1]) && adjacent(s.Text, toks[j+1], toks[j+2]) &&
			!toks[j].upper && !toks[j+1].upper && !strings.HasSuffix(toks[j].lower, "s") && countUnit(unitOf(toks[j+2])):
			// Two words between, neither a plural nor a name: "900 unfilled nursing jobs", "40 active
			// registered users" ("212 babies last year" counts babies).
			unit, end = unitOf(toks[j+2]), toks[j+2].end
			j += 3
		case j+2 < len(toks) && !toks[j].number && s.Text[toks[j].end:toks[j+1].start] == "-" &&
			adjacent(s.Text, toks[j+1], toks[j+2]) && unitOf(toks[j+2]) != "":
			// A compound adjective between: "120 Lisbon-based employees", "300 full-time staff".
			unit, end = unitOf(toks[j+2]), toks[j+2].end
			j += 3
		case nameRun(s.Text, toks, j) > 0 && adjacent(s.Text, toks[j-1], toks[j]) && countNoun(s.Text, toks, j+nameRun(s.Text, toks, j)):
			// Names between: "three West African nations", "3.2 million Penbury shoppers".
			k := j + nameRun(s.Text, toks, j)
			unit, end = unitOf(toks[k]), toks[k].end
			if unit == "" {
				unit = genericUnit + toks[k].key
			}
			j = k + 1
		case j+1 < len(toks) && toks[j].lower == "per" && toks[j+1].lower == "cent":
			unit, end = "percent", toks[j+1].end
			j += 2
		case j < len(toks) && !toks[j].number && !toks[j].stop && len(toks[j].key) > 1 &&
			adjacent(s.Text, toks[j-1], toks[j]) && (scaled || word || notYear) && months[toks[j].lower] == 0 && !placingWords[toks[j].lower]:
			// A count of anything: "40 hospitals", "1,400 flights". The noun is the unit.
			unit, end = genericUnit+toks[j].key, toks[j].end
			j++
			// "90 bus routes": the second noun of a compound may be what is counted; it is
			// kept as another unit the figure may have.
			if countNoun(s.Text, toks, j) && !strings.HasSuffix(toks[j].lower, "ed") && !strings.HasSuffix(toks[j].lower, "ing") {
				alt = genericUnit + toks[j].key
			}
		case j+2 < len(toks) && toks[j].lower == "of" && ownDeterminers[toks[j+1].lower] && countNoun(s.Text, toks, j+2) && !toks[j+2].stop:
			// "1.2 million of its customers", "300 of their members": a part of what the
			// subject has, counted by its noun as "1.2 million customers" is.
			unit, end = unitOf(toks[j+2]), toks[j+2].end
			if unit == "" {
				unit = genericUnit + toks[j+2].key
			}
			j += 3
		case scaled:
			unit = genericUnit // "a population of 6.3 million"
		}
		if unit == "" && notYear {
			// "put the number of displaced at over 2,100", "the number of inpatients … has
			// risen to 112": the count's noun comes before it.
			if k := numberOfNoun(toks, i); k >= 0 {
				if unit = unitOf(toks[k]); unit == "" {
					unit = genericUnit + toks[k].key
				}
			}
		}
		if unit == "" || word && v == 1 && strings.HasPrefix(unit, genericUnit) {
			continue // "one of them": a lone "one" counts nothing
		}
		if (unit == "hour" || unit == "minute") && v != math.Trunc(v) {
			// "1.5 hours" are "90 minutes", "one and a half minutes" "90 seconds", as the
			// durations in words are (see duration).
			if unit == "hour" {
				unit = "minute"
			} else {
				unit = "second"
			}
			v *= 60
		}
		if unit == "hour" && v >= 24 && math.Mod(v, 24) == 0 {
			unit, v = "day", v/24 // "48 hours" are "two days"
		}
		if unit == "month" && v >= 12 && math.Mod(v, 12) == 0 {
			unit, v = "year", v/12 // "24 months" are "two years"
		}
		if unit == "week" {
			unit, v = "day", v*7 // "two weeks" are "14 days"
		}
		if unit == "fortnight" {
			unit, v = "day", v*14
		}
		if measured && unit == "m" {
			// A distance per hour is a speed: "120 km/h", "75 miles per hour".
			switch {
			case strings.HasPrefix(s.Text[end:], "/h"):
				unit, v, end = "km/h", v/1000, end+2
				if j < len(toks) && toks[j].start == end-1 {
					j++
				}
			case j+1 < len(toks) && (toks[j].lower == "per" || toks[j].lower == "an" || toks[j].lower == "a") && toks[j+1].lower == "hour":
				// "70 kilometres per hour", "70 kilometres an hour"
				unit, v, end = "km/h", v/1000, toks[j+1].end
				j += 2
			}
		}
		per := ""
		if unitClass(unit) == "money" || unit == "yen" || unit == "yuan" || strings.HasPrefix(unit, genericUnit) {
			var k int
			if per, k = period(toks, j); per != "" {
				end, j = toks[k-1].end, k
			}
		}
		if timeFrame(s.Text, toks, i, j, unit) {
			i = j - 1
			continue
		}
		if neg {
			v = -v
		}
		if unit == "°F" {
			unit, v, converted = "°C", (v-32)*5/9, true
		}
		value := normalNumber(v)
		if measured {
			value = roughNumber(v)
		}
		out = append(out, figure{value: value, unit: unit, alt: alt, start: start, end: end,
			subject: nearestEntity(s.Text, s.Mentions, start, end), exact: v, converted: converted, per: per, mayWeigh: mayWeigh && !scaled})
		i = j - 1
	}
	return out
}

// adjacent reports whether two tokens are separated by white space only.
func adjacent(text string, x, y token) bool {
	return strings.TrimSpace(text[x.end:y.start]) == ""
}

// nearestEntity returns the entity mentioned closest to [start, end) in the same clause, so that
// a figure is tied to what it measures and not to a name in another clause.
func nearestEntity(text string, ms []corpus.Mention, start, end int) string {
	best, dist := "", math.MaxInt
	for _, m := range ms {
		lo, hi := m.End, start
		if m.Start >= end {
			lo, hi = end, m.Start
		}
		if lo > hi || hi-lo > 60 || clauseBreak(text[lo:hi]) {
			continue
		}
		if hi-lo < dist {
			best, dist = m.Entity, hi-lo
		}
	}
	return best
}

// clauseBreak reports whether s, the text between a figure and a name, ends one clause and
// starts another.
func clauseBreak(s string) bool {
	for _, b := range []string{";", ":", "—", " – ", ", and ", ", but ", ", while ", ", which ", ", who ", ", or "} {
		if strings.Contains(s, b) {
			return true
		}
	}
	return false
}

// nameRun returns how many words written with a capital, up to three, follow one another from
// toks[j].
func nameRun(text string, toks []token, j int) int {
	k := 0
	for j+k < len(toks) && k < 3 && toks[j+k].upper && !toks[j+k].number && !toks[j+k].stop &&
		months[toks[j+k].lower] == 0 && (k == 0 || adjacent(text, toks[j+k-1], toks[j+k])) {
		k++
	}
	return k
}

// countNoun reports whether toks[k] is a lower-case word right after the word before it, one a
// number can count.
func countNoun(text string, toks []token, k int) bool {
	return k < len(toks) && k > 0 && !toks[k].upper && !toks[k].number && !toks[k].stop &&
		len(toks[k].key) > 1 && adjacent(text, toks[k-1], toks[k])
}

// text returns the text of token t as written.
func text(s string, t token) string { return s[t.start:t.end] }

// skipWords lets figures pass over a word in numberStarts; TestNumberStarts turns it off to check
// that it changes no result.
var skipWords = true

// numberStarts are the words a figure written in words may start with, for any of the readers
// figures calls (readNumber, shareOfScale, proportion, duration, vagueCount): the number words,
// the article and "one" ("a dozen", "a third of", "an hour and a half"), "half", "fortnight",
// the spans of years (see spanYears), the fractions and the orders of magnitude.
var numberStarts = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{"a": true, "an": true, "one": true, "half": true, "fortnight": true, "quarter": true, "tens": true, "decade": true, "century": true}
	for w := range numberWords {
		m[w] = true
	}
	for w := range orders {
		m[w] = true
	}
	for w := range fractions {
		m[w] = true // "the next quarter of a century"
	}
	return m
})
