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
	// people"), one of them rounded ("about 500 workers", "480 jobs") or converted from another
	// system of units ("about 12 miles", "20 kilometres").
	for _, a := range x.figures {
		for _, b := range y.figures {
			if a.value == b.value && (counted(a.unit) && counted(b.unit) || unitClass(a.unit) == unitClass(b.unit)) ||
				roundedPair(x.s.Text, y.s.Text, a, b) || convertedPair(a, b) {
				add(&cx, a.start, a.end, SpanFigure)
				add(&cy, b.start, b.end, SpanFigure)
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
	nx, ny := numberSpans(x.s.Text, tx), numberSpans(y.s.Text, ty)
	for k, spans := range nx {
		if len(ny[k]) == 0 {
			continue
		}
		for _, sp := range spans {
			add(&cx, sp[0], sp[1], SpanFigure)
		}
		for _, sp := range ny[k] {
			add(&cy, sp[0], sp[1], SpanFigure)
		}
	}
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
		return a.Start - b.Start
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

// numberSpans maps the normal form of each number written in text (toks its tokens) to where it
// is written: in digits ("18,450" is "18450"), in words ("fourteen" is "14"), or as a result
// ("3-0", both numbers and the dash).
func numberSpans(text string, toks []token) map[string][][2]int {
	m := make(map[string][][2]int)
	skip := -1 // the second number of a result
	for i, t := range toks {
		switch {
		case i == skip:
		case t.number && resultKey(text, toks, i) != "":
			k := resultKey(text, toks, i)
			m[k] = append(m[k], [2]int{t.start, toks[i+1].end})
			skip = i + 1
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
