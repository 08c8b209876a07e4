package align

import (
	"fmt"
	"math"
	"slices"
	"strconv"
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
	// feats are interned feature IDs, sorted and unique: what the sentence reports.
	feats   []int32
	figures []figure
	quotes  []quote
	dates   []corpus.DateMention
	// lead is the word feature of the sentence's first word when it is written with a capital
	// and is not in a name the tagger found ("Norvane put its satellite…"), or -1: a name
	// written where every word has a capital. See nameMatch.
	lead int32
	// names holds, for each of the sentence's mentions, its entity feature, or -1 when it has
	// no entity; place says whether one of them is a place.
	names []int32
	place bool
	// persons are the surnames of the people the sentence names, lower-case: the last word of a
	// tagged person's canonical name of more than one word, or a capitalised word after a title
	// such as "Mr", which marks a person the tagger does not know ("Mr Ebbers").
	persons []string
}

// figure is a number with a unit, e.g. "15 percent" or "$1.5 billion", in a normal form that
// "$25 billion", "$25bn" and "25 billion dollars" share: value is the number with its scale
// word applied ("25000000000"), unit the unit's name ("dollar").
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
	kindFigure = 'f' // a number with a unit
	kindNumber = 'n' // a bare number, such as a list's "2." or a year the date reader missed
)

// kindWeight says how much a shared feature of a kind says, relative to a shared word.
func kindWeight(kind byte) float64 {
	switch kind {
	case kindEntity, kindDate:
		return 1.5
	case kindFigure:
		return 1.5
	case kindNumber:
		return 0.5
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
	ids  map[key]int32
	keys []key
	// df counts, for each side, the sentences that carry each feature.
	df [2][]int32
	// rare is, for each side, how many sentences at most carry a rare word.
	rare   [2]int32
	weight []float64
	// proper marks the words written with a capital inside a sentence somewhere (names the
	// tagger does not know, "ShopCo", and the adjectives of names, "Chinese") and the epithets
	// that stand for a name ("tech giant", "YouTube's owner"): they say who or where, not what
	// happened.
	proper []bool
	// ent is, for each feature, the index into names of an entity feature's name, or -1 for
	// any other feature.
	ent []int32
	// names holds the entity features' names: see nameMatch.
	names []entityName
}

// entityName is what nameMatch needs of an entity feature.
type entityName struct {
	words []int32 // sorted
	kind  corpus.EntityKind
}

func newSpace() *space {
	return &space{ids: make(map[key]int32, 512)}
}

func (sp *space) id(k key) int32 {
	if id, ok := sp.ids[k]; ok {
		return id
	}
	id := int32(len(sp.keys))
	sp.ids[k] = id
	sp.keys = append(sp.keys, k)
	sp.proper = append(sp.proper, k.kind == kindWord && epithets[k.text])
	sp.ent = append(sp.ent, -1)
	return id
}

// entityID interns the entity feature of mention m, with the words of its name.
func (sp *space) entityID(m corpus.Mention) int32 {
	k := key{kindEntity, m.Entity}
	if id, ok := sp.ids[k]; ok {
		return id
	}
	id := sp.id(k)
	var words []int32
	for _, t := range tokenize(m.Entity) {
		if !t.stop && !t.number && len(t.key) > 1 {
			words = append(words, sp.id(key{kindWord, t.key}))
		}
	}
	slices.Sort(words)
	sp.ent[id] = int32(len(sp.names))
	sp.names = append(sp.names, entityName{slices.Compact(words), m.Kind})
	return id
}

// nameStart returns where the name of mention m (entity feature id) starts among toks, the
// sentence's tokens: past the words the recogniser took in with the name but left out of it,
// such as a title ("Prime Minister Jonas Vell" → "Jonas Vell"), which stay words of the sentence
// as they were before the name was known; m.Start when the name's first words are its own, or
// when m is an alias that shares no word with its name ("U.S.").
func (sp *space) nameStart(toks []token, m corpus.Mention, id int32) int {
	words := sp.name(id).words
	k, _ := slices.BinarySearchFunc(toks, m.Start, func(t token, at int) int { return t.start - at })
	for _, t := range toks[k:] {
		if t.end > m.End {
			break
		}
		if w, ok := sp.ids[key{kindWord, t.key}]; ok {
			if _, in := slices.BinarySearch(words, w); in {
				return t.start
			}
		}
	}
	return m.Start
}

// name returns the name of entity feature f.
func (sp *space) name(f int32) *entityName { return &sp.names[sp.ent[f]] }

// sameName reports whether entity features f and g can name the same thing: the words of one
// name are among the other's, as "Pacific" and "Pacific Ocean" or "Karsk" and "Karsk Province",
// since the recogniser reports a name it does not know as written. "North Korea" and
// "South Korea" differ.
func (sp *space) sameName(f, g int32) bool {
	if f == g {
		return true
	}
	x, y := sp.name(f).words, sp.name(g).words
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) == 0 {
		return false
	}
	for _, w := range x {
		if _, ok := slices.BinarySearch(y, w); !ok {
			return false
		}
	}
	return true
}

// nameMatch reports whether f of sentence x and g of sentence y, two features that are not the
// same, name the same thing in other words: an entity whose name's words are among the other
// entity's of the same kind, as "Harwick" and "Lena Harwick" or "Pacific" and "Pacific Ocean"
// (the recogniser reports a name it does not know as written, not in a canonical form), or a
// word written as a name that is one of an entity's words, as "Brightwell" and "Brightwell
// Foods and Castor Brands", which the tagger took for one name. A word that opens its sentence
// is written as a name only in the eyes of an entity of that one word: "Norvane put…" names
// Norvane, "Oceans are warming" does not name the Pacific Ocean.
func (sp *space) nameMatch(f, g int32, x, y *sent) bool {
	ef, eg := sp.ent[f] >= 0, sp.ent[g] >= 0
	switch {
	case ef && eg:
		return sp.name(f).kind == sp.name(g).kind && sp.sameName(f, g)
	case ef:
		return sp.nameHasWord(f, g, y)
	case eg:
		return sp.nameHasWord(g, f, x)
	}
	return false
}

// nameHasWord reports whether word w of sentence s, written as a name, is a word of entity e's
// name (see nameMatch).
func (sp *space) nameHasWord(e, w int32, s *sent) bool {
	words := sp.name(e).words
	_, ok := slices.BinarySearch(words, w)
	return ok && (sp.proper[w] || w == s.lead && len(words) == 1)
}

// sentences analyses the first limit sentences of a for side (0 or 1), adding their features to
// sp, and returns them with the total number of sentences; the sentences past limit are laid out
// but not compared.
func (sp *space) sentences(a *corpus.Article, side, limit int) ([]*sent, int) {
	byID := make(map[string][]corpus.DateMention)
	for _, d := range a.Dates {
		byID[d.Sentence] = append(byID[d.Sentence], d)
	}
	var out []*sent
	total := 0
	for p := range a.Paragraphs {
		for i := range a.Paragraphs[p].Sentences {
			total++
			if len(out) >= limit {
				continue
			}
			s := &a.Paragraphs[p].Sentences[i]
			st := &sent{s: s, side: side, index: len(out), para: p, dates: byID[s.ID],
				heading: a.Paragraphs[p].Heading}
			toks := tokenize(s.Text)
			st.figures = figures(s, toks)
			st.quotes = quotes(s.Text, toks)
			sp.describe(st, toks)
			st.persons = persons(s, toks)
			out = append(out, st)
		}
	}
	return out, total
}

// describe sets st.feats from its words, entities, figures and dates.
func (sp *space) describe(st *sent, toks []token) {
	keys := make([]key, 0, len(toks)+len(st.s.Mentions))
	var proper []int // indices into keys of words written with a capital inside the sentence
	lead := -1       // index into keys of the first word, written with a capital
	// covered are the stretches of names and figures, sorted by start, so that one pass over
	// the tokens finds those inside them.
	covered := make([][2]int, 0, len(st.s.Mentions)+len(st.figures))
	var names []int32
	st.names = make([]int32, len(st.s.Mentions))
	for k, m := range st.s.Mentions {
		st.names[k] = -1
		if m.Entity == "" {
			continue
		}
		id := sp.entityID(m)
		st.names[k] = id
		// "Helsinki-based" says where a company is from, not where the fact took place.
		st.place = st.place || m.Kind == corpus.KindPlace && !strings.HasPrefix(st.s.Text[m.End:], "-based")
		names = append(names, id)
		covered = append(covered, [2]int{sp.nameStart(toks, m, id), m.End})
	}
	for _, f := range st.figures {
		covered = append(covered, [2]int{f.start, f.end})
	}
	slices.SortFunc(covered, func(a, b [2]int) int { return a[0] - b[0] })
	next, reach := 0, -1 // reach: the furthest end of the stretches starting at or before a token
	inside := func(t token) bool {
		for next < len(covered) && covered[next][0] <= t.start {
			reach = max(reach, covered[next][1])
			next++
		}
		return t.end <= reach
	}
	for i, t := range toks {
		switch {
		case inside(t):
			// The entity's canonical name stands for these words, so that "Biden" and
			// "Joe Biden" match and a name is not counted twice; a figure's words are its
			// normal form.
		case t.number && i > 0 && months[toks[i-1].lower] > 0:
			// "March 1": a day of a month, a date even where the date reader found none.
			keys = append(keys, key{kindDate, fmt.Sprintf("%02d-%s", months[toks[i-1].lower], t.key)})
		case t.number:
			keys = append(keys, key{kindNumber, t.key})
		case !t.stop && len(t.key) > 1:
			// Day and month names are written with a capital but are not names.
			if t.upper && !weekdays[t.lower] && months[t.lower] == 0 {
				if t.start > 0 {
					proper = append(proper, len(keys))
				} else if i == 0 {
					lead = len(keys)
				}
			}
			keys = append(keys, key{kindWord, t.key})
		}
	}
	for _, f := range st.figures {
		// The number alone too: "Okafor, 61," and "the 61-year-old".
		keys = append(keys, key{kindFigure, f.value + " " + f.unit}, key{kindNumber, f.value})
	}
	for _, d := range st.dates {
		for _, k := range dateKeys(d) {
			keys = append(keys, key{kindDate, k})
		}
	}
	st.feats = make([]int32, 0, len(keys)+len(names))
	for _, k := range keys {
		st.feats = append(st.feats, sp.id(k))
	}
	st.feats = append(st.feats, names...)
	st.lead = -1
	if lead >= 0 {
		st.lead = st.feats[lead]
	}
	for _, k := range proper {
		sp.proper[st.feats[k]] = true
	}
	slices.Sort(st.feats)
	st.feats = slices.Compact(st.feats)
}

// titles are the words that put a person's name after them.
var titles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true, "dame": true}

// persons returns the surnames of the people s names, sorted and unique. A person's name of one
// word is left out: the recogniser guesses that "Halden said" is a person, and "Halden" may be
// the company; a person it knows has a full name ("Biden" → "Joe Biden"), and a title marks the
// rest ("Mr Ellis").
func persons(s *corpus.Sentence, toks []token) []string {
	var out []string
	for _, m := range s.Mentions {
		if m.Kind == corpus.KindPerson {
			f := strings.Fields(m.Entity)
			if len(f) > 1 {
				out = append(out, strings.ToLower(f[len(f)-1]))
			}
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		if titles[strings.TrimSuffix(toks[i].lower, ".")] && toks[i+1].upper && !toks[i+1].number {
			out = append(out, strings.TrimSuffix(toks[i+1].lower, "'s"))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// dateKeys returns the alignment features of a resolved date mention: a day also counts as its
// month, so that "by January 19" and "by January 2025" share the deadline's month. (The summary's
// shared dates are stricter: see common.)
func dateKeys(d corpus.DateMention) []string {
	if d.Anchor == corpus.AnchorUnresolved {
		return nil
	}
	x := d.Date
	switch x.Precision {
	case corpus.PrecisionDay:
		return []string{fmt.Sprintf("%04d-%02d", x.Year, x.Month), x.ISO()}
	case corpus.PrecisionMonth, corpus.PrecisionPartOfMonth:
		return []string{fmt.Sprintf("%04d-%02d", x.Year, x.Month)}
	case corpus.PrecisionQuarter:
		return []string{fmt.Sprintf("%04d-q%d", x.Year, x.Quarter)}
	case corpus.PrecisionYear:
		return []string{fmt.Sprintf("%04d", x.Year)}
	}
	return nil
}

// weigh counts on each side how many sentences carry each feature and sets each feature's weight
// from its kind and how few sentences carry it (inverse sentence frequency over both articles),
// so "TikTok" in a TikTok story says little.
func (sp *space) weigh(as, bs []*sent) {
	sp.df = [2][]int32{make([]int32, len(sp.keys)), make([]int32, len(sp.keys))}
	for side, ss := range [2][]*sent{as, bs} {
		for _, st := range ss {
			for _, f := range st.feats {
				sp.df[side][f]++
			}
		}
	}
	sp.rare = [2]int32{int32(max(1, len(as)/rarePer)), int32(max(1, len(bs)/rarePer))}
	n := float64(len(as) + len(bs))
	sp.weight = make([]float64, len(sp.keys))
	for i, k := range sp.keys {
		df := float64(max(sp.df[0][i]+sp.df[1][i], 1))
		sp.weight[i] = kindWeight(k.kind) * math.Log(1+n/df)
	}
}

// scales are the words and suffixes that multiply a number: "25 billion", "25bn", "3m".
var scales = map[string]float64{
	"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
	"billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}

// currencies are the signs and words that make a figure an amount of money.
var currencies = map[string]string{
	"$": "dollar", "us$": "dollar", "dollar": "dollar", "dollars": "dollar", "usd": "dollar",
	"€": "euro", "euro": "euro", "euros": "euro", "eur": "euro",
	"£": "pound", "pound": "pound", "pounds": "pound", "sterling": "pound", "gbp": "pound",
	"yuan": "yuan", "renminbi": "yuan", "rmb": "yuan", "yen": "yen",
}

// figures finds numbers with a unit in s, in their normal form, skipping day numbers and years,
// which are dates.
func figures(s *corpus.Sentence, toks []token) []figure {
	var out []figure
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.number {
			continue
		}
		if i > 0 && months[toks[i-1].lower] > 0 {
			continue // "January 19"
		}
		num, suffix := splitNumber(t.key)
		v, err := strconv.ParseFloat(num, 64)
		if err != nil {
			continue
		}
		start, end, unit, scaled := t.start, t.end, "", false
		if f, ok := scales[suffix]; ok {
			v, scaled = v*f, true
		} else if suffix == "pc" {
			unit = "percent"
		} else if suffix != "" {
			continue // "19th", "5g": not a figure
		}
		j := i + 1
		if !scaled && j < len(toks) && adjacent(s.Text, toks[j-1], toks[j]) {
			if f, ok := scales[toks[j].lower]; ok && len(toks[j].lower) > 2 {
				v, scaled, end = v*f, true, toks[j].end
				j++
			}
		}
		// The currency sign before the number: "$25", "US$25", "€3".
		before := strings.TrimRight(s.Text[:t.start], " ")
		for _, sign := range [...]struct{ sign, unit string }{{"US$", "dollar"}, {"$", "dollar"}, {"€", "euro"}, {"£", "pound"}} {
			if strings.HasSuffix(before, sign.sign) && t.start-len(before) <= 1 {
				unit, start = sign.unit, len(before)-len(sign.sign)
				break
			}
		}
		switch {
		case unit != "":
		case strings.HasPrefix(s.Text[end:], "%"):
			unit, end = "percent", end+1
		case j < len(toks) && currencies[toks[j].lower] != "":
			unit, end = currencies[toks[j].lower], toks[j].end
			j++
		case j < len(toks) && unitWords[toks[j].lower] != "":
			unit, end = unitWords[toks[j].lower], toks[j].end
			j++
		case j+1 < len(toks) && !toks[j].number && !toks[j].stop && unitWords[toks[j+1].lower] != "" &&
			adjacent(s.Text, toks[j], toks[j+1]):
			// One word between: "170 million US users", "12 new stores".
			unit, end = unitWords[toks[j+1].lower], toks[j+1].end
			j += 2
		case j+1 < len(toks) && toks[j].lower == "per" && toks[j+1].lower == "cent":
			unit, end = "percent", toks[j+1].end
			j += 2
		case j < len(toks) && !toks[j].number && !toks[j].stop && len(toks[j].key) > 1 &&
			adjacent(s.Text, toks[j-1], toks[j]) && (scaled || !yearLike(num)):
			// A count of anything: "40 hospitals", "1,400 flights". The noun is the unit.
			unit, end = genericUnit+toks[j].key, toks[j].end
			j++
		}
		if unit == "" {
			continue
		}
		out = append(out, figure{value: normalNumber(v), unit: unit, start: start, end: end,
			subject: nearestEntity(s.Text, s.Mentions, start, end)})
		i = j - 1
	}
	return out
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

// genericUnit prefixes a unit that is the noun a number counts, not a unit of measure.
const genericUnit = "~"

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
