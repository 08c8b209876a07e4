package align

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"parallax/corpus"
)

// sent is one sentence with what the aligner knows about it.
type sent struct {
	s     *corpus.Sentence
	side  int // 0 for A, 1 for B
	index int // position in the article's reading order
	para  int // index of its paragraph
	// heading is true for a subheading, which only ever pairs with another subheading: a
	// question such as "Could Trump Intervene?" shares names with a report but reports nothing.
	heading bool
	toks    []token
	// feats are interned feature IDs, sorted and unique: what the sentence reports.
	feats   []int32
	figures []figure
	quotes  []quote
	dates   []corpus.DateMention
}

// figure is a number with a unit, e.g. "15 percent" or "$1.5 billion".
type figure struct {
	value      string
	unit       string
	start, end int
	// subject is the canonical name of the entity the figure is about, "" when none is near.
	subject string
}

// quote is a stretch of quoted words in a sentence.
type quote struct {
	start, end int // byte range of the quoted text, without the marks
	toks       []token
}

// Feature kinds, as key prefixes; their weights reflect how much a shared one says.
const (
	kindWord   = 'w'
	kindEntity = 'e'
	kindDate   = 'd'
	kindNumber = 'n'
)

// kindWeight says how much a shared feature of a kind says, relative to a shared word.
func kindWeight(kind byte) float64 {
	switch kind {
	case kindEntity, kindDate:
		return 1.5
	case kindNumber:
		return 1.2
	}
	return 1
}

// key is a feature: its kind and its normalised text.
type key struct {
	kind byte
	text string
}

// space interns feature keys across both articles and weighs them by rarity.
type space struct {
	ids    map[key]int32
	keys   []key
	df     []int32
	weight []float64
}

func newSpace() *space { return &space{ids: make(map[key]int32, 512)} }

func (sp *space) id(k key) int32 {
	if id, ok := sp.ids[k]; ok {
		return id
	}
	id := int32(len(sp.keys))
	sp.ids[k] = id
	sp.keys = append(sp.keys, k)
	return id
}

// sentences analyses every sentence of a for side (0 or 1), adding its features to sp.
func (sp *space) sentences(a *corpus.Article, side int) []*sent {
	byID := make(map[string][]corpus.DateMention)
	for _, d := range a.Dates {
		byID[d.Sentence] = append(byID[d.Sentence], d)
	}
	var out []*sent
	for p := range a.Paragraphs {
		for i := range a.Paragraphs[p].Sentences {
			s := &a.Paragraphs[p].Sentences[i]
			st := &sent{s: s, side: side, index: len(out), para: p, dates: byID[s.ID],
				heading: a.Paragraphs[p].Heading}
			st.toks = tokenize(s.Text)
			st.figures = figures(s, st.toks)
			st.quotes = quotes(s.Text, st.toks)
			sp.describe(st)
			out = append(out, st)
		}
	}
	return out
}

// describe sets st.feats from its words, entities, figures and dates.
func (sp *space) describe(st *sent) {
	keys := make([]key, 0, len(st.toks)+len(st.s.Mentions))
	named := func(t token) bool {
		for _, m := range st.s.Mentions {
			if t.start >= m.Start && t.end <= m.End {
				return true
			}
		}
		return false
	}
	for i, t := range st.toks {
		switch {
		case named(t):
			// The entity's canonical name stands for these words, so that "Biden" and
			// "Joe Biden" match and a name is not counted twice.
		case t.number:
			unit := ""
			if i+1 < len(st.toks) {
				unit = unitWords[st.toks[i+1].lower]
			}
			keys = append(keys, key{kindNumber, t.key + " " + unit})
		case !t.stop && len(t.key) > 1:
			keys = append(keys, key{kindWord, t.key})
		}
	}
	for _, m := range st.s.Mentions {
		if m.Entity != "" {
			keys = append(keys, key{kindEntity, m.Entity})
		}
	}
	for _, d := range st.dates {
		for _, k := range dateKeys(d.Date) {
			keys = append(keys, key{kindDate, k})
		}
	}
	st.feats = make([]int32, 0, len(keys))
	for _, k := range keys {
		st.feats = append(st.feats, sp.id(k))
	}
	slices.Sort(st.feats)
	st.feats = slices.Compact(st.feats)
}

// dateKeys returns the features of a normalised date: a day also counts as its month, so that
// "by January 19" and "by January 2025" share the deadline's month.
func dateKeys(d corpus.Date) []string {
	switch d.Precision {
	case corpus.PrecisionDay:
		return []string{fmt.Sprintf("%04d-%02d", d.Year, d.Month), d.ISO()}
	case corpus.PrecisionMonth, corpus.PrecisionPartOfMonth:
		return []string{fmt.Sprintf("%04d-%02d", d.Year, d.Month)}
	case corpus.PrecisionQuarter:
		return []string{fmt.Sprintf("%04d-q%d", d.Year, d.Quarter)}
	case corpus.PrecisionYear:
		return []string{fmt.Sprintf("%04d", d.Year)}
	}
	return nil
}

// weigh sets each feature's weight from its kind and how few sentences carry it (inverse
// sentence frequency over both articles), so "TikTok" in a TikTok story says little.
func (sp *space) weigh(all ...[]*sent) {
	sp.df = make([]int32, len(sp.keys))
	n := 0
	for _, side := range all {
		for _, st := range side {
			n++
			for _, f := range st.feats {
				sp.df[f]++
			}
		}
	}
	sp.weight = make([]float64, len(sp.keys))
	for i, k := range sp.keys {
		sp.weight[i] = kindWeight(k.kind) * math.Log(1+float64(n)/float64(max(sp.df[i], 1)))
	}
}

// figures finds numbers with a unit in s, skipping day numbers and years, which are dates.
func figures(s *corpus.Sentence, toks []token) []figure {
	var out []figure
	for i, t := range toks {
		if !t.number {
			continue
		}
		if i > 0 && months[toks[i-1].lower] > 0 {
			continue // "January 19"
		}
		unit, end := "", t.end
		if strings.HasPrefix(s.Text[t.end:], "%") {
			unit, end = "percent", t.end+1
		} else if i+1 < len(toks) {
			if u := unitWords[toks[i+1].lower]; u != "" {
				unit, end = u, toks[i+1].end
			} else if toks[i+1].lower == "per" && i+2 < len(toks) && toks[i+2].lower == "cent" {
				unit, end = "percent", toks[i+2].end
			}
		}
		start := t.start
		if t.start > 0 && s.Text[t.start-1] == '$' {
			start = t.start - 1
			unit = strings.TrimSpace(unit + " dollar")
		}
		if unit == "" {
			continue
		}
		out = append(out, figure{value: t.key, unit: unit, start: start, end: end,
			subject: nearestEntity(s.Text, s.Mentions, start, end)})
	}
	return out
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

// quotes finds the quoted stretches of text: curly pairs, or straight quotes taken in pairs. A
// quote left open runs to the end of the sentence, as when a quotation spans sentences.
func quotes(text string, toks []token) []quote {
	var out []quote
	open := -1
	for i := 0; i < len(text); {
		var r rune
		n := 1
		switch {
		case strings.HasPrefix(text[i:], "“"):
			r, n = '“', len("“")
		case strings.HasPrefix(text[i:], "”"):
			r, n = '”', len("”")
		case text[i] == '"':
			r = '"'
		}
		switch {
		case r == '“' || (r == '"' && open < 0):
			if open < 0 {
				open = i + n
			}
		case (r == '”' || r == '"') && open >= 0:
			out = append(out, quote{start: open, end: i})
			open = -1
		}
		i += n
	}
	if open >= 0 && open < len(text) {
		out = append(out, quote{start: open, end: len(text)})
	}
	for qi := range out {
		q := &out[qi]
		// The quote's words are a run of the sentence's tokens: share them, don't copy.
		i := 0
		for i < len(toks) && toks[i].start < q.start {
			i++
		}
		j := i
		for j < len(toks) && toks[j].end <= q.end {
			j++
		}
		q.toks = toks[i:j:j]
	}
	return slices.DeleteFunc(out, func(q quote) bool { return len(q.toks) == 0 })
}
