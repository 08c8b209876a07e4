package align

import (
	"slices"
	"strings"
)

// highlight returns the spans of x and of y that the other sentence shares. Where spans overlap
// the more telling kind wins (see SpanKind.rank). placed says that the pair sits in a gap between
// two pairs, where distributional neighbours are related words too (see relatedShared).
func highlight(x, y *sent, placed bool) (sx, sy []Span) {
	var cx, cy []Span
	add := func(to *[]Span, start, end int, k SpanKind) {
		if start < end {
			*to = append(*to, Span{Start: start, End: end, Kind: k})
		}
	}
	for _, qx := range x.quotes {
		for _, qy := range y.quotes {
			if r, ok := sharedQuote(clip(qx), clip(qy)); ok {
				add(&cx, qx.toks[r.x].start, qx.toks[r.x+r.n-1].end, SpanQuote)
				add(&cy, qy.toks[r.y].start, qy.toks[r.y+r.n-1].end, SpanQuote)
			}
		}
	}
	entities := func(s *sent) map[string]bool {
		m := make(map[string]bool)
		for _, e := range s.s.Mentions {
			m[e.Entity] = true
		}
		return m
	}
	ex, ey := entities(x), entities(y)
	for _, e := range x.s.Mentions {
		if ey[e.Entity] {
			add(&cx, e.Start, e.End, SpanEntity)
		}
	}
	for _, e := range y.s.Mentions {
		if ex[e.Entity] {
			add(&cy, e.Start, e.End, SpanEntity)
		}
	}
	dates := func(s *sent) map[string]bool {
		m := make(map[string]bool)
		for _, d := range s.dates {
			for _, k := range dateKeys(d) {
				m[k] = true
			}
		}
		return m
	}
	dx, dy := dates(x), dates(y)
	markDates := func(s *sent, other map[string]bool, to *[]Span) {
		for _, d := range s.dates {
			for _, k := range dateKeys(d) {
				if other[k] {
					add(to, d.Start, d.End, SpanDate)
					break
				}
			}
		}
	}
	markDates(x, dy, &cx)
	markDates(y, dx, &cy)
	figs := func(s *sent) map[string]bool {
		m := make(map[string]bool)
		for _, f := range s.figures {
			m[f.value+" "+f.unit] = true
		}
		return m
	}
	fx, fy := figs(x), figs(y)
	for _, f := range x.figures {
		if fy[f.value+" "+f.unit] {
			add(&cx, f.start, f.end, SpanFigure)
		}
	}
	for _, f := range y.figures {
		if fx[f.value+" "+f.unit] {
			add(&cy, f.start, f.end, SpanFigure)
		}
	}
	// Figures the score takes for one: a count under two nouns ("38,000 runners", "38,000
	// people"), the same value in one class of unit; and, as the score does, only where no
	// figure is shared as such, the first pair of which one is the other rounded ("about 500
	// workers", "480 jobs") or converted from another system of units ("about 12 miles", "20
	// kilometres").
	exact := false
	for _, f := range x.figures {
		exact = exact || fy[f.value+" "+f.unit]
	}
	for _, a := range x.figures {
		for _, b := range y.figures {
			if a.value == b.value && (counted(a.unit) && counted(b.unit) || unitClass(a.unit) == unitClass(b.unit)) {
				add(&cx, a.start, a.end, SpanFigure)
				add(&cy, b.start, b.end, SpanFigure)
				exact = true
			}
		}
	}
	if !exact {
	rounded:
		for _, match := range []func(a, b figure) bool{
			func(a, b figure) bool { return scoredRounding(x.s.Text, y.s.Text, a, b) }, convertedPair, ratePair,
		} {
			for _, a := range x.figures {
				for _, b := range y.figures {
					if match(a, b) {
						add(&cx, a.start, a.end, SpanFigure)
						add(&cy, b.start, b.end, SpanFigure)
						break rounded
					}
				}
			}
		}
	}
	words := func(toks []token) map[string]bool {
		m := make(map[string]bool)
		for _, t := range toks {
			if !t.stop && !t.number && len(t.key) > 1 {
				m[t.key] = true
			}
		}
		return m
	}
	tx, ty := tokenizeCached(x.s.Text, x.stems), tokenizeCached(y.s.Text, y.stems)
	// Numbers both give, as figures or alone ("a crowd of 18,450", "the attendance of 18,450"),
	// and results ("3-0").
	// markKeys marks the spans of each key both sides give.
	markKeys := func(kx, ky map[string][][2]int, kind SpanKind) {
		for k, spans := range kx {
			if len(ky[k]) == 0 {
				continue
			}
			for _, sp := range spans {
				add(&cx, sp[0], sp[1], kind)
			}
			for _, sp := range ky[k] {
				add(&cy, sp[0], sp[1], kind)
			}
		}
	}
	markKeys(numberSpans(x, tx), numberSpans(y, ty), SpanFigure)
	// Days and times the date reader left unresolved ("Jan. 1", "1 January"; "3 am", "three in
	// the morning"), as the score keys them.
	markKeys(clockSpans(x.s.Text, tx), clockSpans(y.s.Text, ty), SpanDate)
	wx, wy := words(tx), words(ty)
	mark := func(text string, toks []token, otherText string, other []token, keys map[string]bool, to *[]Span) {
		for _, t := range toks {
			if !t.stop && !t.number && keys[t.key] {
				kind := SpanWord
				if !sameWord(text, t, otherText, other) {
					kind = SpanSynonym
				}
				add(to, t.start, t.end, kind)
			}
		}
	}
	mark(x.s.Text, tx, y.s.Text, ty, wy, &cx)
	mark(y.s.Text, ty, x.s.Text, tx, wx, &cy)
	markRelated(tx, ty, wx, wy, placed, &cx, &cy)
	return flatten(cx, len(x.s.Text)), flatten(cy, len(y.s.Text))
}

// sameWord reports whether one of the tokens of other that share t's key is the same word as t,
// written alike or an inflection of it ("halts", "halted"), rather than a synonym ("suspended").
// Most shared words are written alike, which needs no stemming.
func sameWord(text string, t token, otherText string, other []token) bool {
	for _, o := range other {
		if o.key == t.key && strings.EqualFold(otherText[o.start:o.end], text[t.start:t.end]) {
			return true
		}
	}
	ps := plainStem(text[t.start:t.end])
	for _, o := range other {
		if o.key == t.key && plainStem(otherText[o.start:o.end]) == ps {
			return true
		}
	}
	return false
}

// plainStem is the Porter2 stem of a word or phrase as written, without concepts: "Halted" →
// "halt", "took over" → "took over".
func plainStem(w string) string {
	w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	if strings.Contains(w, " ") {
		return w
	}
	return porter2(w)
}

// flatten keeps the non-overlapping spans inside [0, n), the more telling kind first, in order.
func flatten(spans []Span, n int) []Span {
	slices.SortStableFunc(spans, func(a, b Span) int {
		if a.Kind != b.Kind {
			return b.Kind.rank() - a.Kind.rank()
		}
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		// The longer of two spans that start together ("214 votes to 187" over "214"),
		// whichever order they were found in.
		return b.End - a.End
	})
	var out []Span
	for _, s := range spans {
		if s.Start < 0 || s.End > n || s.Start >= s.End {
			continue
		}
		if !slices.ContainsFunc(out, func(o Span) bool { return s.Start < o.End && o.Start < s.End }) {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b Span) int { return a.Start - b.Start })
	return out
}

// run is a common stretch of n tokens starting at x in one quote and y in the other.
type run struct{ x, y, n int }

// sharedQuote reports whether two quotes carry the same words: a common run of at least five
// words, or the whole of two short quotes ("save"). Case and curly apostrophes are ignored.
func sharedQuote(qx, qy quote) (run, bool) {
	best := run{}
	prev := make([]int, len(qy.toks)+1)
	cur := make([]int, len(qy.toks)+1)
	for i := 1; i <= len(qx.toks); i++ {
		for j := 1; j <= len(qy.toks); j++ {
			if qx.toks[i-1].lower == qy.toks[j-1].lower {
				cur[j] = prev[j-1] + 1
				if cur[j] > best.n {
					best = run{x: i - cur[j], y: j - cur[j], n: cur[j]}
				}
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	if best.n >= 5 {
		return best, true
	}
	whole := best.n > 0 && best.n == len(qx.toks) && best.n == len(qy.toks)
	if whole && slices.ContainsFunc(qx.toks, func(t token) bool { return !t.stop }) {
		return best, true
	}
	return best, false
}

// numberSpans maps each bare-number key the score reads in s (see features; toks its tokens) to
// where it is written: a figure's value over the figure, a result, a number alone in digits or
// words. Numbers the score reads as something else (a day of a month, a time of day, a rank, an
// ordinal, part of a name or of a figure) are not there.
func numberSpans(s *sent, toks []token) map[string][][2]int {
	text := s.s.Text
	m := make(map[string][][2]int)
	var covered [][2]int
	for _, mn := range s.s.Mentions {
		covered = append(covered, [2]int{mn.Start, mn.End})
	}
	for _, f := range s.figures {
		covered = append(covered, [2]int{f.start, f.end})
		// The figure's number, without its unit: "27,314" of "27,314 watched".
		lo, hi := -1, -1
		for _, t := range toks {
			if t.start < f.start || t.end > f.end {
				continue
			}
			if t.number || numberWords[t.lower] > 0 || scales[t.lower] > 0 && lo >= 0 {
				if lo < 0 {
					lo = t.start
				}
				hi = t.end
			} else if lo >= 0 {
				break
			}
		}
		if lo >= 0 {
			m[f.value] = append(m[f.value], [2]int{lo, hi})
		}
	}
	in := func(t token) bool {
		for _, c := range covered {
			if c[0] <= t.start && t.end <= c[1] {
				return true
			}
		}
		return false
	}
	skip := -1
	for i, t := range toks {
		if i <= skip {
			continue
		}
		inside := in(t)
		if k, end := tallyKey(text, toks, i); k != "" {
			m[k] = append(m[k], [2]int{t.start, end})
		}
		switch {
		case !inside && t.number && resultKey(text, toks, i) != "":
			k := resultKey(text, toks, i)
			m[k] = append(m[k], [2]int{t.start, toks[i+1].end})
			skip = i + 1
		case inside:
		case t.number && timeOfDay(text, toks, i) != "":
			skip = timeEnd(text, toks, i)
		case t.number && dayMonth(text, toks, i) != "":
			if i+1 < len(toks) && toks[i+1].number {
				skip = i + 1
			}
		case t.number && i > 0 && (toks[i-1].lower == "number" || toks[i-1].lower == "no" && toks[i-1].upper) && rankKey(t.key) != "":
		case t.number && ordinalKey(t.key) != "":
		case t.number:
			k := strings.TrimSuffix(t.key, "s")
			m[k] = append(m[k], [2]int{t.start, t.end})
		case numberWords[t.lower] > 1:
			k := normalNumber(numberWords[t.lower])
			m[k] = append(m[k], [2]int{t.start, t.end})
		}
	}
	return m
}

// clockSpans returns the byte ranges of the days of a month and the times of day in a sentence's
// tokens, by their keys as the sentence's features give them ("01-01", "t03:00").
func clockSpans(text string, toks []token) map[string][][2]int {
	m := map[string][][2]int{}
	zone := sentenceZone(text, toks)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if k, last := clockWords(text, toks, i); k != "" {
			m[k] = append(m[k], [2]int{t.start, toks[last].end})
			i = last
			continue
		}
		if !t.number {
			continue
		}
		if keys, last := timeKeys(text, toks, i, zone); keys != nil {
			for _, k := range keys {
				m[k] = append(m[k], [2]int{t.start, toks[last].end})
			}
			i = last
			continue
		}
		if k := dayMonth(text, toks, i); k != "" {
			start, end := t.start, t.end
			// The month's name beside the day: "Jan. 1", "1 January".
			if dayMonthAt(toks, i-1) > 0 {
				start = toks[i-1].start
			} else if dayMonthAt(toks, i+1) > 0 {
				end = toks[i+1].end
			}
			m[k] = append(m[k], [2]int{start, end})
		}
	}
	return m
}
