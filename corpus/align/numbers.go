package align

// Numbers as news writes them: digits with scales and suffixes, words, fractions, shares and
// proportions, votes, orders of magnitude, and their normal forms (the figures they make:
// figures.go).

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// negativeSign reports whether a minus sign stands right before the number at byte at: "-5C",
// "−5°C", but not the hyphen of a range ("20-30").
func negativeSign(text string, at int) bool {
	before := text[:at]
	var sign string
	switch {
	case strings.HasSuffix(before, "-"):
		sign = "-"
	case strings.HasSuffix(before, "−"):
		sign = "−"
	default:
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before[:len(before)-len(sign)])
	return r == utf8.RuneError || !isWordRune(r)
}

// readNumber reads the number that starts at toks[i]: digits, with the letters of a token such
// as "25bn" in suffix, or words ("eleven", "twenty-five", "three hundred", "a dozen", "a pair of",
// "half a million", "two million"). It returns the number, the index past it, and whether it was
// words.
func readNumber(text string, toks []token, i int) (v float64, suffix string, j int, word, ok bool) {
	t := toks[i]
	next := func(k int) string {
		if k < len(toks) && adjacent(text, toks[k-1], toks[k]) {
			return toks[k].lower
		}
		return ""
	}
	// "two and a half million", "1 and a half hours": the half joins the number, and a scale
	// word after it applies to the whole.
	andHalf := func(v float64, j int) (float64, int, bool) {
		if next(j) != "and" || next(j+1) != "a" || next(j+2) != "half" {
			return v, j, false
		}
		v, j = v+0.5, j+3
		if f := scales[next(j)]; f > 1 && len(next(j)) > 2 {
			v, j = v*f, j+1
		}
		return v, j, true
	}
	if t.number {
		num, suffix := splitNumber(t.key)
		v, err := strconv.ParseFloat(num, 64)
		if err != nil {
			return 0, "", 0, false, false
		}
		if suffix == "" {
			if v, j, ok := andHalf(v, i+1); ok {
				return v, "", j, true, true
			}
		}
		return v, suffix, i + 1, false, true
	}
	// "a quarter of a million", "three-quarters of a billion": a share of a scale word.
	if f, k, ok := shareOfScale(text, toks, i); ok {
		return f, "", k, true, true
	}
	// "half a mile", "three-quarters of an inch": a share of one unit, which the caller reads.
	if f, k, ok := shareOfUnit(text, toks, i); ok {
		return f, "", k, true, true
	}
	switch {
	case t.lower == "half" && next(i+1) == "a" && scales[next(i+2)] > 1 && len(next(i+2)) > 2:
		return 0.5 * scales[next(i+2)], "", i + 3, true, true
	case t.lower == "a" && next(i+1) == "dozen":
		return 12, "", i + 2, true, true
	case t.lower == "a" && (next(i+1) == "pair" || next(i+1) == "couple") && next(i+2) == "of":
		// "a pair of motorbikes" are "two motorcycles"; "a couple of hours", "about two hours".
		return 2, "", i + 3, true, true
	case t.lower == "a" && (next(i+1) == "hundred" || scales[next(i+1)] > 1 && len(next(i+1)) > 2):
		if next(i+1) == "hundred" {
			return 100, "", i + 2, true, true
		}
		return scales[next(i+1)], "", i + 2, true, true
	}
	n, ok := numberWords[t.lower]
	if !ok {
		return 0, "", 0, false, false
	}
	j = i + 1
	// "twenty-five": a tens word and a units word joined by a hyphen.
	if n >= 20 && j < len(toks) && text[t.end:toks[j].start] == "-" {
		if u, ok := numberWords[toks[j].lower]; ok && u < 10 {
			n += u
			j++
		}
	}
	switch next(j) {
	case "hundred":
		n *= 100
		j++
	case "dozen":
		n *= 12
		j++
	}
	n, j, _ = andHalf(n, j)
	return n, "", j, true, true
}

// shareOfScale reads "a quarter of a million", "three-quarters of a billion", "a third of a
// million" at toks[i]: a fraction of a scale word, as a number, with the index past it.
func shareOfScale(text string, toks []token, i int) (v float64, j int, ok bool) {
	share, k, ok := fractionOfOne(text, toks, i)
	if !ok {
		return 0, 0, false
	}
	scale := joinedToken(text, toks, k)
	if scales[scale] <= 1 || len(scale) <= 2 {
		return 0, 0, false
	}
	return share * scales[scale], k + 1, true
}

// shareOfUnit reads "half a mile", "three-quarters of an inch", "a quarter of a cent" at toks[i]:
// a fraction of one unit of measure or money, as a number, with the index of the unit's word,
// which the caller reads as it reads the unit after a number ("0.75 inches").
func shareOfUnit(text string, toks []token, i int) (v float64, j int, ok bool) {
	unit := func(k int) bool {
		w := joinedToken(text, toks, k)
		return measures[w].unit != "" || currencies[w] != "" || w == "cent" || w == "cents"
	}
	if toks[i].lower == "half" {
		if a := joinedToken(text, toks, i+1); (a == "a" || a == "an") && unit(i+2) {
			return 0.5, i + 2, true
		}
		return 0, 0, false
	}
	share, k, ok := fractionOfOne(text, toks, i)
	if !ok || !unit(k) {
		return 0, 0, false
	}
	return share, k, true
}

// fractionOfOne reads "a quarter of a", "three-quarters of an", "one third of a" at toks[i]: the
// fraction, as a share of one, with the index of the word after the article.
func fractionOfOne(text string, toks []token, i int) (share float64, k int, ok bool) {
	n := 1.0
	switch w := toks[i].lower; {
	case w == "a" || w == "one":
	case numberWords[w] > 1 && numberWords[w] < 10:
		n = numberWords[w]
	default:
		return 0, 0, false
	}
	f, isF := fractions[joinedToken(text, toks, i+1)]
	if a := joinedToken(text, toks, i+3); !isF || joinedToken(text, toks, i+2) != "of" || a != "a" && a != "an" {
		return 0, 0, false
	}
	return n * f / 100, i + 4, true
}

// joinedToken returns toks[k] in lower case when it follows toks[k-1] after a space or a hyphen,
// or "" past the end or after other punctuation.
func joinedToken(text string, toks []token, k int) string {
	if k < len(toks) && (adjacent(text, toks[k-1], toks[k]) || text[toks[k-1].end:toks[k].start] == "-") {
		return toks[k].lower
	}
	return ""
}

// changeVerbs are the verbs of a change by a share: "rose a third", "fell almost a quarter".
var changeVerbs = map[string]bool{
	"rose": true, "rise": true, "rises": true, "risen": true, "fell": true, "fall": true,
	"falls": true, "fallen": true, "jumped": true, "soared": true, "slumped": true,
	"dropped": true, "climbed": true, "gained": true, "lost": true, "plunged": true,
	"plummeted": true, "surged": true, "grew": true, "shrank": true, "slid": true,
	"tumbled": true, "increased": true, "decreased": true, "declined": true, "up": true,
	"down": true,
}

// hedgeWords are the one-word hedges that may stand between a verb of change and its share.
var hedgeWords = map[string]bool{"almost": true, "nearly": true, "about": true, "around": true,
	"roughly": true, "some": true, "over": true, "just": true}

// fractions are the shares news writes as words.
var fractions = map[string]float64{
	"half": 50, "third": 100.0 / 3, "thirds": 100.0 / 3, "quarter": 25, "quarters": 25,
	"fifth": 20, "fifths": 20, "tenth": 10, "tenths": 10,
}

// proportion reads a share written in words at toks[i] and returns it as a percentage with the
// index past it: "a quarter of", "two-thirds of", "half of", "one in five", "1 in 4". A fraction
// must be followed by "of" ("a third of voters"), so that "the third quarter" stays an ordinal.
func proportion(text string, toks []token, i int) (pc float64, j int, ok bool) {
	tok := func(k int) string {
		if k < len(toks) && (k == i || adjacent(text, toks[k-1], toks[k]) || text[toks[k-1].end:toks[k].start] == "-") {
			return toks[k].lower
		}
		return ""
	}
	count := func(k int) (float64, bool) {
		if toks[k].number {
			v, err := strconv.ParseFloat(toks[k].key, 64)
			return v, err == nil
		}
		v, ok := numberWords[toks[k].lower]
		return v, ok
	}
	if n, isN := count(i); isN && i+2 < len(toks) && tok(i+1) == "in" && tok(i+2) != "" {
		if d, isD := count(i + 2); isD && d > n && d <= 1000 {
			return 100 * n / d, i + 3, true // "one in five"
		}
	}
	if _, _, ok := shareOfScale(text, toks, i); ok {
		return 0, 0, false // "a quarter of a million" is a number
	}
	if _, _, ok := shareOfUnit(text, toks, i); ok {
		return 0, 0, false // "three-quarters of an inch" is a measure
	}
	// After "by", a change is a share without "of": "rose by a fifth", "cut by half"; so it is
	// right after a verb of change, maybe with a hedge between ("soared almost a quarter").
	by := i > 0 && toks[i-1].lower == "by" && adjacent(text, toks[i-1], toks[i])
	if p := i - 1; !by && p >= 0 && adjacent(text, toks[p], toks[i]) {
		if hedgeWords[toks[p].lower] && p > 0 && adjacent(text, toks[p-1], toks[p]) {
			p--
		}
		by = changeVerbs[toks[p].lower]
	}
	n := 1.0
	k := i
	switch {
	case toks[i].lower == "a" || toks[i].lower == "one":
		k++
	case toks[i].lower == "half" && (tok(i+1) == "of" || by):
		return 50, i + 1, true
	default:
		v, isN := numberWords[toks[i].lower]
		if !isN || v > 9 {
			return 0, 0, false
		}
		n, k = v, k+1
	}
	f, isF := fractions[tok(k)]
	if !isF || tok(k) == "half" {
		return 0, 0, false
	}
	if tok(k+1) != "of" {
		if !by {
			return 0, 0, false
		}
		return n * f, k + 1, true
	}
	return n * f, k + 1, true
}

// numberWords are the numbers news writes in words.
var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// roughNumber writes a measure to two significant digits, so that a converted figure ("62
// miles", 99.8 km) meets the original ("100 km").
func roughNumber(v float64) string {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 2, 64), 64)
	if err != nil {
		return normalNumber(v)
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}

// normalNumber writes v in full to six significant digits, so that "$1.1bn" and
// "$1,100 million" give the same "1100000000".
func normalNumber(v float64) string {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 6, 64), 64)
	if err != nil {
		return strconv.FormatFloat(v, 'g', 6, 64)
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}

// yearLike reports whether a bare number could be a year ("in 2024 revenue rose").
func yearLike(num string) bool {
	v, err := strconv.Atoi(num)
	return err == nil && v >= 1900 && v <= 2100
}

// splitNumber splits a number token such as "25bn" into its digits and its letters.
func splitNumber(k string) (num, suffix string) {
	i := 0
	for i < len(k) && (k[i] >= '0' && k[i] <= '9' || k[i] == '.') {
		i++
	}
	return strings.TrimSuffix(k[:i], "."), k[i:]
}

// resultKey returns the key of a result or score written with a hyphen or a dash between two
// whole numbers, neither a year ("3-0", "7–2", "21-19"), that starts at toks[i]: "3-0"; or "".
// Ranges ("10-15") read the same, and are as specific.
func resultKey(text string, toks []token, i int) string {
	if i+1 >= len(toks) || !toks[i+1].number {
		return ""
	}
	if sep := text[toks[i].end:toks[i+1].start]; sep != "-" && sep != "–" {
		return ""
	}
	x, y := toks[i].key, toks[i+1].key
	joined := func(k int) bool { // toks[k] and toks[k+1] are numbers one hyphen or dash apart
		sep := ""
		if k >= 0 && k+1 < len(toks) {
			sep = text[toks[k].end:toks[k+1].start]
		}
		return (sep == "-" || sep == "–") && toks[k].number && toks[k+1].number
	}
	if !wholeSmall(x) || !wholeSmall(y) || joined(i-1) || joined(i+1) {
		return "" // "3-0-1", or a date written "2024-06-01"
	}
	if dayMonth(text, toks, i) != "" || dayMonth(text, toks, i+1) != "" || timeOfDay(text, toks, i+1) != "" {
		return "" // "10-12 June", "June 10-12", "9-11am": days or hours, read as dates are
	}
	return x + "-" + y
}

// wholeSmall reports whether k is the key of a whole number below 1,000: a score's or a vote's
// part, not a year.
func wholeSmall(k string) bool {
	if k == "" || len(k) > 3 {
		return false
	}
	for _, r := range k {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isResult reports whether a number's key is a result made by resultKey.
func isResult(k string) bool {
	x, y, ok := strings.Cut(k, "-")
	return ok && wholeSmall(x) && wholeSmall(y)
}

// tallyKey returns the result key ("5-2") of a vote told in words at toks[i], "five votes to
// two", "23 votes to 19", "by seven votes to four", "214 in favour and 187 against", "voted seven
// to five", "the vote was 11 to 4", with the byte offset where it ends; or "", 0.
// The count may be written in digits or words, each side up to 999.
func tallyKey(text string, toks []token, i int) (string, int) {
	joined := func(k int) bool { return k > 0 && k < len(toks) && text[toks[k-1].end:toks[k].start] == "-" }
	// count reads the count at toks[k] and returns it with the index past it.
	count := func(k int) (string, int) {
		if k >= len(toks) || k > i && !adjacent(text, toks[k-1], toks[k]) {
			return "", 0
		}
		if t := toks[k]; t.number {
			if wholeSmall(t.key) {
				return t.key, k + 1
			}
			return "", 0
		}
		n, ok := numberWords[toks[k].lower]
		if !ok {
			return "", 0
		}
		// "twenty-three": a tens word and a units word joined by a hyphen.
		if u, isU := numberWords[strings.ToLower(tokText(text, toks, k+1))]; n >= 20 && isU && u < 10 && joined(k+1) {
			n, k = n+u, k+1
		}
		return strconv.Itoa(int(n)), k + 1
	}
	if joined(i) && numberWords[toks[i-1].lower] > 0 {
		return "", 0 // the units word of "twenty-three"
	}
	x, k := count(i)
	if x == "" {
		return "", 0
	}
	word := func(k int, ws ...string) bool {
		return k < len(toks) && adjacent(text, toks[k-1], toks[k]) && slices.Contains(ws, toks[k].lower)
	}
	// "voted seven to five", "the vote was 11 to 4": a count and "to" right after a word of
	// voting, which "from 16 to 18" and "between 4 and 5" are not, nor is a range of days.
	if word(k, "to") && votedBefore(toks, i) {
		if y, end := count(k + 1); y != "" && !(end < len(toks) && months[toks[end].lower] > 0) {
			return x + "-" + y, toks[end-1].end
		}
	}
	if k+2 >= len(toks) {
		return "", 0
	}
	// "214 in favour and 187 against", "214 for and 187 against".
	if f := k; word(f, "in") && word(f+1, "favour", "favor") || word(f, "for") {
		if toks[f].lower == "in" {
			f++
		}
		if word(f+1, "and", "with") {
			if y, end := count(f + 2); y != "" && word(end, "against") {
				return x + "-" + y, toks[end].end
			}
		}
		return "", 0
	}
	if w := toks[k].lower; w != "votes" && w != "vote" || toks[k+1].lower != "to" || !adjacent(text, toks[k], toks[k+1]) {
		return "", 0
	}
	y, end := count(k + 2)
	if y == "" {
		return "", 0
	}
	return x + "-" + y, toks[end-1].end
}

// votingWords are the words of a vote that a tally told without "votes" follows closely.
var votingWords = map[string]bool{"vote": true, "votes": true, "voted": true, "voting": true, "tally": true, "ballot": true}

// votedBefore reports whether a word of voting stands among the three tokens before toks[i], and
// the token right before it is no "from", "between" or "aged" ("the voting age from 16 to 18").
func votedBefore(toks []token, i int) bool {
	if i == 0 || slices.Contains([]string{"from", "between", "aged", "ages"}, toks[i-1].lower) {
		return false
	}
	for k := i - 1; k >= max(i-3, 0); k-- {
		if votingWords[toks[k].lower] {
			return true
		}
	}
	return false
}

// tokText returns the text of toks[k], or "" past the end.
func tokText(text string, toks []token, k int) string {
	if k >= len(toks) {
		return ""
	}
	return text[toks[k].start:toks[k].end]
}

// orders are the words news counts in orders of magnitude ("hundreds of homes"), with the counts
// each stands for.
var orders = map[string][2]float64{
	"dozens": {24, 99}, "hundreds": {200, 999}, "thousands": {2000, 99999}, "millions": {2e6, 999e6},
}

// orderScales are the scale words an order of magnitude may count in: "hundreds of thousands".
var orderScales = map[string]float64{"thousands": 1e3, "millions": 1e6, "billions": 1e9}

// vagueCount reads a count given as an order of magnitude at toks[i], "hundreds of homes", "tens
// of thousands of people", "hundreds of thousands of jobs", as a vague figure (see figure.lo),
// with the index past it.
func vagueCount(text string, toks []token, i int) (f figure, j int, ok bool) {
	next := func(k int) string {
		if k < len(toks) && adjacent(text, toks[k-1], toks[k]) {
			return toks[k].lower
		}
		return ""
	}
	w, k := toks[i].lower, i+1
	r, isOrder := orders[w]
	switch {
	case w == "tens" && next(k) == "of" && (next(k+1) == "thousands" || next(k+1) == "millions"):
		// "tens of thousands": ten times the order, up to the next.
		r = orders[next(k+1)]
		r = [2]float64{r[0] * 10, r[0]*50 - 1}
		w, k = next(k+1), k+2
	case !isOrder:
		return figure{}, 0, false
	case next(k) == "of" && orderScales[next(k+1)] > 0:
		// "hundreds of thousands", "hundreds of millions of dollars": the order times the
		// scale's.
		f := orderScales[next(k+1)]
		r, w, k = [2]float64{r[0] * f, (r[1]+1)*f - 1}, w+" of "+next(k+1), k+2
	}
	if next(k) != "of" || k+1 >= len(toks) {
		return figure{}, 0, false
	}
	k++
	// The noun counted, maybe after one word that describes it ("hundreds of local homes"),
	// which is then the unit, and the word before it another the figure may have, as in
	// figures. A scale is no noun: "hundreds of millions" with nothing after counts nothing.
	if !countNoun(text, toks, k) || orderScales[toks[k].lower] > 0 {
		return figure{}, 0, false
	}
	unit, alt, j := unitOf(toks[k]), "", k+1
	switch {
	case unit != "":
	case countNoun(text, toks, k+1) && unitOf(toks[k+1]) != "":
		unit, j = unitOf(toks[k+1]), k+2
	case countNoun(text, toks, k+1):
		unit, alt, j = genericUnit+toks[k+1].key, genericUnit+toks[k].key, k+2
	default:
		unit = genericUnit + toks[k].key
	}
	value := "~" + w
	if toks[i].lower == "tens" {
		value = "~tens of " + w
	}
	return figure{value: value, unit: unit, alt: alt, start: toks[i].start, end: toks[j-1].end, exact: math.NaN(), lo: r[0], hi: r[1]}, j, true
}
