package align

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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
	// subject says whether the sentence's subject stands for a name told elsewhere: a pronoun
	// ("It said…", "She will…"; -1) or a noun for an organisation ("The charity has halted…";
	// the noun's word feature); notAnaphor otherwise. One field, not two: a long article has
	// a hundred thousand sentences.
	subject int32
	// names holds, for each of the sentence's mentions, its entity feature, or -1 when it has
	// no entity; place says whether one of them is a place.
	names []int32
	place bool
	// persons are the surnames of the people the sentence names, lower-case: the last word of a
	// tagged person's canonical name of more than one word, or a capitalised word after a title
	// such as "Mr", which marks a person the tagger does not know ("Mr Ebbers").
	persons []string
	// stems is the comparison's cache of word keys (see tokenizeCached).
	stems map[string]string
}

// notAnaphor is sent.subject for a sentence whose subject stands for no name told elsewhere.
const notAnaphor = -2

// anaphor reports whether s's subject stands for a name told elsewhere (see sent.subject).
func (s *sent) anaphor() bool { return s.subject != notAnaphor }

// figure is a number with a unit, e.g. "15 percent" or "$1.5 billion", in a normal form that
// "$25 billion", "$25bn" and "25 billion dollars" share: value is the number with its scale
// word applied ("25000000000"), unit the unit's name ("dollar").
type figure struct {
	value string
	unit  string
	// alt is another unit the figure may count: the second noun of "90 bus routes".
	alt        string
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
	rare [2]int32
	// sents is, for each side, how many sentences were compared.
	sents [2]int32
	// class holds, for each word feature, the kinds of word it is that say no fact (wordTime
	// and the others), looked up once rather than on every candidate pair.
	class  []uint8
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
	// abbr maps the abbreviations either article introduces ("Valmora Dockers Union (VDU)") to
	// the name they stand for.
	abbr map[string]corpus.Mention
	// stems caches the keys of the words seen, lower-case word → key.
	stems map[string]string
}

// entityName is what nameMatch needs of an entity feature.
type entityName struct {
	words []int32 // sorted
	kind  corpus.EntityKind
	// surname is the word feature of a person's last name when the name has more than one
	// word, or -1.
	surname int32
}

func newSpace() *space {
	return &space{ids: make(map[key]int32, 512), abbr: map[string]corpus.Mention{},
		stems: make(map[string]string, 512)}
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
	for _, t := range tokenizeCached(m.Entity, sp.stems) {
		if !t.stop && !t.number && len(t.key) > 1 {
			words = append(words, sp.id(key{kindWord, t.key}))
		}
	}
	surname := int32(-1)
	if m.Kind == corpus.KindPerson && len(words) > 1 {
		surname = words[len(words)-1]
	}
	slices.Sort(words)
	sp.ent[id] = int32(len(sp.names))
	sp.names = append(sp.names, entityName{slices.Compact(words), m.Kind, surname})
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
	// Two words written as names (or opening the sentence): a place and its adjective
	// ("Estavia", "Estavian").
	return (sp.proper[f] || f == x.lead) && (sp.proper[g] || g == y.lead) && demonym(sp.keys[f].text, sp.keys[g].text)
}

// demonym reports whether one of two word keys is the adjective of a place the other names, by
// the suffixes English forms them with, as Porter2 leaves them ("-ese" is "es"): "estavia" and
// "estavian", "gabon" and "gabones", "norland" and "norlandish". Both must be written as names;
// the shorter has at least four letters.
func demonym(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 4 || len(b) == len(a) {
		return false
	}
	sufs := [...]string{"n", "an", "ian", "ese", "es", "ish", "ic", "i", "ean"}
	if rest, ok := strings.CutPrefix(b, a); ok && slices.Contains(sufs[:], rest) {
		return true
	}
	if strings.ContainsRune("aeioy", rune(a[len(a)-1])) {
		if rest, ok := strings.CutPrefix(b, a[:len(a)-1]); ok && slices.Contains(sufs[1:], rest) {
			return true
		}
	}
	return false
}

// nameHasWord reports whether word w of sentence s, written as a name, is a word of entity e's
// name (see nameMatch).
func (sp *space) nameHasWord(e, w int32, s *sent) bool {
	n := sp.name(e)
	_, ok := slices.BinarySearch(n.words, w)
	// A surname opens a sentence as a name: "Reyes took 52 per cent" names Tom Reyes.
	if !ok && (sp.proper[w] || w == s.lead) && n.kind == corpus.KindPlace {
		// "Vantrian" names Vantria.
		return slices.ContainsFunc(n.words, func(v int32) bool { return demonym(sp.keys[v].text, sp.keys[w].text) })
	}
	return ok && (sp.proper[w] || w == s.lead && (len(n.words) == 1 || w == n.surname))
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
				heading: a.Paragraphs[p].Heading, stems: sp.stems}
			toks := tokenizeCached(s.Text, sp.stems)
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
		if full, ok := sp.abbr[m.Entity]; ok && full.Entity != m.Entity {
			m.Entity, m.Kind = full.Entity, full.Kind // "VDU" is the Valmora Dockers Union
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
	skip := -1 // a token read as part of the date before it
	for i, t := range toks {
		if i <= skip {
			continue
		}
		switch {
		case inside(t):
			// The entity's canonical name stands for these words, so that "Biden" and
			// "Joe Biden" match and a name is not counted twice; a figure's words are its
			// normal form.
		case t.number && timeOfDay(st.s.Text, toks, i) != "":
			// "8pm", "8 p.m.", "20:00": one time of day, a fact as a date is.
			tm, last := timeOfDay(st.s.Text, toks, i), timeEnd(st.s.Text, toks, i)
			keys = append(keys, key{kindDate, tm})
			skip = last
		case t.number && dayMonth(st.s.Text, toks, i) != "":
			// "March 1", "1 March", "October 2nd", "2nd of October", "24/6": a day of a
			// month, a date even where the date reader found none.
			d := dayMonth(st.s.Text, toks, i)
			keys = append(keys, key{kindDate, d})
			if i+1 < len(toks) && toks[i+1].number {
				skip = i + 1 // "24/6": one date
			}
		case strings.HasPrefix(t.key, "#") && i+2 < len(toks) && toks[i+1].lower == "of" && months[toks[i+2].lower] > 0:
			// "the second of October"
			n, _ := strconv.Atoi(strings.TrimRight(t.key[1:], "stndrh"))
			keys = append(keys, key{kindDate, fmt.Sprintf("%02d-%02d", months[toks[i+2].lower], n)})
		case t.upper && sp.abbr[st.s.Text[t.start:t.end]].Entity != "":
			// An abbreviation the tagger did not take for a name stands for the name.
			names = append(names, sp.entityID(sp.abbr[st.s.Text[t.start:t.end]]))
		case t.number && i > 0 && (toks[i-1].lower == "number" || toks[i-1].lower == "no" && toks[i-1].upper) && rankKey(t.key) != "":
			// "number 18", "No. 1": a rank, as "18th" and "first" are.
			keys = append(keys, key{kindWord, rankKey(t.key)})
		case t.number && ordinalKey(t.key) != "":
			keys = append(keys, key{kindWord, ordinalKey(t.key)}) // "2nd" = "second"
		case t.number:
			// "the under-16s" count by the age: "16s" is "16", as "the 1990s" are 1990.
			keys = append(keys, key{kindNumber, strings.TrimSuffix(t.key, "s")})
		case numberWords[t.lower] > 1:
			// "eleven" = "11", where no unit follows.
			keys = append(keys, key{kindNumber, normalNumber(numberWords[t.lower])})
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
		// A count of fewer than ten things ("two companies") is not specific enough to be a
		// fact.
		kind := byte(kindFigure)
		if strings.HasPrefix(f.unit, genericUnit) {
			if v, err := strconv.ParseFloat(f.value, 64); err == nil && v < 10 {
				kind = kindNumber
			}
		}
		// The number alone too: "Okafor, 61," and "the 61-year-old".
		keys = append(keys, key{kind, f.value + " " + f.unit}, key{kindNumber, f.value})
		if f.alt != "" && kind == kindFigure {
			keys = append(keys, key{kind, f.value + " " + f.alt})
		}
	}
	for _, d := range st.dates {
		for _, k := range dateKeys(d) {
			if len(k) == len("2025") {
				// A year alone is the story's time, not a fact ("the theft in 1990"): it
				// counts as the number it is.
				keys = append(keys, key{kindNumber, k})
				continue
			}
			keys = append(keys, key{kindDate, k})
		}
	}
	st.feats = make([]int32, 0, len(keys)+len(names))
	for _, k := range keys {
		st.feats = append(st.feats, sp.id(k))
	}
	st.feats = append(st.feats, names...)
	st.subject = notAnaphor
	if anaphoric(toks) {
		st.subject = -1
		if len(toks) > 1 && !toks[1].stop {
			if f, ok := sp.ids[key{kindWord, toks[1].key}]; ok {
				st.subject = f
			}
		}
	}
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

// abbreviations adds to into the abbreviations article a introduces, as a name followed by its
// initials in brackets: "the Valmora Dockers Union (VDU)", "Bank of Ardell (BoA)". The name is
// the tagger's mention that ends before the bracket, or else the capitalised words before it.
func abbreviations(a *corpus.Article, into map[string]corpus.Mention) {
	for p := range a.Paragraphs {
		for _, s := range a.Paragraphs[p].Sentences {
			text := s.Text
			for at := 0; ; {
				open := strings.IndexByte(text[at:], '(')
				if open < 0 {
					break
				}
				open += at
				closing := strings.IndexByte(text[open:], ')')
				if closing < 0 {
					break
				}
				ab := text[open+1 : open+closing]
				at = open + closing
				if !isAcronym(ab) {
					continue
				}
				before := strings.TrimRight(text[:open], " ")
				found := false
				for _, m := range s.Mentions {
					if m.End == len(before) && m.Entity != "" && initials(m.Entity) == capitals(ab) {
						into[ab], found = corpus.Mention{Entity: m.Entity, Kind: m.Kind}, true
						break
					}
				}
				if found {
					continue
				}
				words := strings.Fields(before)
				for k := len(words) - 1; k >= 0 && k >= len(words)-2*len(ab); k-- {
					if name := strings.Join(words[k:], " "); initials(name) == capitals(ab) &&
						startsUpper(words[k]) {
						into[ab] = corpus.Mention{Entity: name, Kind: corpus.KindOrganization}
						break
					}
				}
			}
		}
	}
}

// isAcronym reports whether s is written as an abbreviation: 2 to 6 letters, the first and
// most of them capitals ("VDU", "BoA").
func isAcronym(s string) bool {
	if n := utf8.RuneCountInString(s); n < 2 || n > 6 || !startsUpper(s) {
		return false
	}
	upper := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return 2*upper > utf8.RuneCountInString(s)
}

// initials returns the capital initials of the capitalised words of name: "Bank of Ardell" →
// "BA".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if startsUpper(w) {
			r, _ := utf8.DecodeRuneInString(w)
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

// capitals returns the capital letters of s: "BoA" → "BA".
func capitals(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return r
		}
		return -1
	}, s)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// dayMonth returns the date key ("06-24") of the day of a month that the number toks[i] writes,
// with the month's name before or after it ("June 24", "24 June", "October 2nd", "2nd of
// October") or as the other number of a day/month pair that reads one way only ("24/6", "6/24");
// "" otherwise.
func dayMonth(text string, toks []token, i int) string {
	day := func(k string) int {
		num, suffix := splitNumber(k)
		if suffix != "" && ordinalKey(k) == "" {
			return 0
		}
		d, err := strconv.Atoi(num)
		if err != nil || d < 1 || d > 31 {
			return 0
		}
		return d
	}
	t := toks[i]
	d := day(t.key)
	if d == 0 {
		if i > 0 && months[toks[i-1].lower] > 0 && (i < 2 || day(toks[i-2].key) == 0) {
			// "March 2025": a month of a year; in "24 June 2025" the year is the day's.
			return fmt.Sprintf("%02d-%s", months[toks[i-1].lower], t.key)
		}
		return ""
	}
	switch {
	case i > 0 && months[toks[i-1].lower] > 0:
		return fmt.Sprintf("%02d-%02d", months[toks[i-1].lower], d)
	case i+1 < len(toks) && months[toks[i+1].lower] > 0:
		return fmt.Sprintf("%02d-%02d", months[toks[i+1].lower], d)
	case i+2 < len(toks) && toks[i+1].lower == "of" && months[toks[i+2].lower] > 0:
		return fmt.Sprintf("%02d-%02d", months[toks[i+2].lower], d)
	case i+1 < len(toks) && toks[i+1].number && text[t.end:toks[i+1].start] == "/" && t.key == splitFirst(t.key):
		if i > 0 && text[toks[i-1].end:t.start] == "/" {
			return "" // the middle of "1/2/3"
		}
		e, err := strconv.Atoi(toks[i+1].key)
		if err != nil {
			return ""
		}
		switch {
		case d > 12 && e >= 1 && e <= 12:
			return fmt.Sprintf("%02d-%02d", e, d)
		case d <= 12 && e > 12 && e <= 31:
			return fmt.Sprintf("%02d-%02d", d, e)
		}
	}
	return ""
}

// splitFirst returns the digits of a number token.
func splitFirst(k string) string {
	num, _ := splitNumber(k)
	return num
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
	sp.sents = [2]int32{int32(len(as)), int32(len(bs))}
	sp.class = make([]uint8, len(sp.keys))
	for i, k := range sp.keys {
		if k.kind == kindWord {
			sp.class[i] = wordClass(k.text)
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
// which are dates. A number may be written in digits or words ("eleven", "a dozen", "half a
// million"); a measure in any common unit is converted to one ("62 miles" is "100000 m", "75 mph"
// is "120 km/h", "23°F" is "-5 °C"), to the two significant digits news keeps when it converts.
func figures(s *corpus.Sentence, toks []token) []figure {
	var out []figure
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i > 0 && months[toks[i-1].lower] > 0 && t.number {
			continue // "January 19"
		}
		if t.lower == "fortnight" && (i == 0 || !toks[i-1].number && numberWords[toks[i-1].lower] == 0) {
			// "a fortnight", "the next fortnight": 14 days with no number written.
			out = append(out, figure{value: "14", unit: "day", start: t.start, end: t.end,
				subject: nearestEntity(s.Text, s.Mentions, t.start, t.end)})
			continue
		}
		if v, unit, j, ok := duration(s.Text, toks, i); ok {
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
		if j < len(toks) && (months[toks[j].lower] > 0 ||
			toks[j].lower == "of" && j+1 < len(toks) && months[toks[j+1].lower] > 0) {
			i = j - 1
			continue // "24 June", "2nd of October": a date
		}
		num, _ := splitNumber(t.key)
		start, end, unit, scaled := t.start, toks[j-1].end, "", false
		alt := ""
		measured := false
		if f, ok := scales[suffix]; ok {
			v, scaled = v*f, true
		} else if suffix == "pc" {
			unit = "percent"
		} else if m, ok := measures[suffix]; ok && suffix != "" {
			v, unit, measured = v*m.factor, m.unit, true
		} else if (suffix == "c" || suffix == "f") && strings.ContainsAny(s.Text[t.end-1:t.end], "CF") {
			unit, measured = "°"+strings.ToUpper(suffix), true
		} else if suffix != "" {
			continue // "19th", "5g": not a figure
		}
		if word && j > i+1 && scales[toks[j-1].lower] > 0 {
			scaled = true // "half a million", "two million" read whole
		}
		if !scaled && j < len(toks) && adjacent(s.Text, toks[j-1], toks[j]) {
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
				toks[i-1].upper && strings.HasSuffix(s.Text[:t.start], ", ") && strings.HasPrefix(s.Text[end:], ",")) {
				unit = "age"
			}
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
		case j < len(toks) && currencies[toks[j].lower] != "":
			unit, end = currencies[toks[j].lower], toks[j].end
			j++
		case j < len(toks) && toks[j].lower == "m" && text(s.Text, toks[j]) == "m" && !scaled &&
			(j+1 == len(toks) || !countNoun(s.Text, toks, j+1)):
			// "300 m down": metres, where "m" stands apart, in lower case, counting nothing
			// ("£5 m", "5 m people" are millions and are read above or below).
			unit, end, measured = "m", toks[j].end, true
			j++
		case j < len(toks) && measures[toks[j].lower].unit != "":
			m := measures[toks[j].lower]
			v, unit, end, measured = v*m.factor, m.unit, toks[j].end, true
			j++
		case j < len(toks) && unitOf(toks[j]) != "":
			unit, end = unitOf(toks[j]), toks[j].end
			j++
		case j+1 < len(toks) && !toks[j].number && !toks[j].stop && unitOf(toks[j+1]) != "" &&
			adjacent(s.Text, toks[j], toks[j+1]):
			// One word between: "170 million US users", "12 new stores".
			unit, end = unitOf(toks[j+1]), toks[j+1].end
			j += 2
		case j+2 < len(toks) && !toks[j].number && s.Text[toks[j].end:toks[j+1].start] == "-" &&
			adjacent(s.Text, toks[j+1], toks[j+2]) && unitOf(toks[j+2]) != "":
			// A compound adjective between: "120 Lisbon-based employees", "300 full-time staff".
			unit, end = unitOf(toks[j+2]), toks[j+2].end
			j += 3
		case nameRun(s.Text, toks, j) > 0 && countNoun(s.Text, toks, j+nameRun(s.Text, toks, j)):
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
			adjacent(s.Text, toks[j-1], toks[j]) && (scaled || word || !yearLike(num)) && months[toks[j].lower] == 0:
			// A count of anything: "40 hospitals", "1,400 flights". The noun is the unit.
			unit, end = genericUnit+toks[j].key, toks[j].end
			j++
			// "90 bus routes": the second noun of a compound may be what is counted; it is
			// kept as another unit the figure may have.
			if countNoun(s.Text, toks, j) && !strings.HasSuffix(toks[j].lower, "ed") && !strings.HasSuffix(toks[j].lower, "ing") {
				alt = genericUnit + toks[j].key
			}
		case scaled:
			unit = genericUnit // "a population of 6.3 million"
		}
		if unit == "" || word && v == 1 && strings.HasPrefix(unit, genericUnit) {
			continue // "one of them": a lone "one" counts nothing
		}
		if unit == "hour" && v >= 24 && math.Mod(v, 24) == 0 {
			unit, v = "day", v/24 // "48 hours" are "two days"
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
			case j+1 < len(toks) && toks[j].lower == "per" && toks[j+1].lower == "hour":
				unit, v, end = "km/h", v/1000, toks[j+1].end
				j += 2
			}
		}
		if neg {
			v = -v
		}
		if unit == "°F" {
			unit, v = "°C", (v-32)*5/9
		}
		value := normalNumber(v)
		if measured {
			value = roughNumber(v)
		}
		out = append(out, figure{value: value, unit: unit, alt: alt, start: start, end: end,
			subject: nearestEntity(s.Text, s.Mentions, start, end)})
		i = j - 1
	}
	return out
}

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
// as "25bn" in suffix, or words ("eleven", "twenty-five", "three hundred", "a dozen", "half a
// million", "two million"). It returns the number, the index past it, and whether it was words.
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
	switch {
	case t.lower == "half" && next(i+1) == "a" && scales[next(i+2)] > 1 && len(next(i+2)) > 2:
		return 0.5 * scales[next(i+2)], "", i + 3, true, true
	case t.lower == "a" && next(i+1) == "dozen":
		return 12, "", i + 2, true, true
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
	tok := func(k int) string {
		if k < len(toks) && (adjacent(text, toks[k-1], toks[k]) || text[toks[k-1].end:toks[k].start] == "-") {
			return toks[k].lower
		}
		return ""
	}
	n := 1.0
	switch w := toks[i].lower; {
	case w == "a" || w == "one":
	case numberWords[w] > 1 && numberWords[w] < 10:
		n = numberWords[w]
	default:
		return 0, 0, false
	}
	f, isF := fractions[tok(i+1)]
	if !isF || tok(i+2) != "of" || tok(i+3) != "a" {
		return 0, 0, false
	}
	scale := tok(i + 4)
	if scales[scale] <= 1 || len(scale) <= 2 {
		return 0, 0, false
	}
	return n * f / 100 * scales[scale], i + 5, true
}

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
	// After "by", a change is a share without "of": "rose by a fifth", "cut by half".
	by := i > 0 && toks[i-1].lower == "by" && adjacent(text, toks[i-1], toks[i])
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

// currencyCodes are the ISO 4217 codes news writes before an amount ("EUR 32m"), in capitals.
var currencyCodes = map[string]string{
	"USD": "dollar", "EUR": "euro", "GBP": "pound", "JPY": "yen", "CNY": "yuan", "RMB": "yuan",
}

// measure is a unit of measure and its size in the unit its quantity is compared in.
type measure struct {
	unit   string
	factor float64
}

// measures are the units of distance, mass, speed, area and volume, by word or abbreviation
// (as a word or a number's suffix: "100 km", "100km"), converted to metric units.
var measures = func() map[string]measure {
	m := map[string]measure{}
	add := func(unit string, factor float64, names ...string) {
		for _, n := range names {
			m[n] = measure{unit, factor}
		}
	}
	add("m", 1000, "km", "kilometre", "kilometres", "kilometer", "kilometers")
	add("m", 1609.344, "mile", "miles")
	add("m", 1, "metre", "metres", "meter", "meters")
	add("m", 0.3048, "foot", "feet", "ft")
	add("m", 0.01, "cm", "centimetre", "centimetres", "centimeter", "centimeters")
	add("m", 0.001, "mm", "millimetre", "millimetres", "millimeter", "millimeters")
	add("m", 0.0254, "inch", "inches")
	add("kg", 1, "kg", "kilogram", "kilograms", "kilo", "kilos")
	add("kg", 0.45359237, "lb", "lbs")
	add("kg", 1000, "tonne", "tonnes")
	add("km/h", 1, "kph", "kmh")
	add("km/h", 1.609344, "mph")
	add("ha", 1, "hectare", "hectares")
	add("ha", 0.40468564, "acre", "acres")
	add("l", 1, "litre", "litres", "liter", "liters")
	add("year", 10, "decade", "decades")
	add("year", 100, "century", "centuries")
	return m
}()

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

// timeOfDay returns the normal form ("t20:30") of the time of day that starts at toks[i], a
// number: "8pm", "8 pm", "8 p.m.", "8.30pm", "20:30", "8:30 am"; "" when it is not one. A bare
// "8" or "8.30" is not a time.
func timeOfDay(text string, toks []token, i int) string {
	h, m, ok := clock(text, toks, i)
	if !ok {
		return ""
	}
	return fmt.Sprintf("t%02d:%02d", h, m)
}

// timeEnd returns the index of the last token of the time of day at toks[i] (see timeOfDay).
func timeEnd(text string, toks []token, i int) int {
	j := i
	if num, suffix := splitNumber(toks[i].key); suffix == "" && strings.Count(num, ".") == 0 &&
		i+1 < len(toks) && toks[i+1].number && text[toks[i].end:toks[i+1].start] == ":" {
		j = i + 1
	}
	if _, suffix := splitNumber(toks[j].key); suffix == "" && j+1 < len(toks) && meridiem(toks[j+1].lower) != 0 &&
		adjacent(text, toks[j], toks[j+1]) {
		j++
	}
	return j
}

// meridiem returns 1 for "am", 2 for "pm" (with or without dots), 0 otherwise.
func meridiem(w string) int {
	switch strings.TrimSuffix(w, ".") {
	case "am", "a.m":
		return 1
	case "pm", "p.m":
		return 2
	}
	return 0
}

// clock reads the time of day at toks[i] as hours (0–23) and minutes.
func clock(text string, toks []token, i int) (h, m int, ok bool) {
	num, suffix := splitNumber(toks[i].key)
	hs, ms, dotted := strings.Cut(num, ".")
	h, err := strconv.Atoi(hs)
	if err != nil {
		return 0, 0, false
	}
	colon := false
	if dotted {
		if m, err = strconv.Atoi(ms); err != nil || len(ms) != 2 {
			return 0, 0, false
		}
	} else if suffix == "" && i+1 < len(toks) && toks[i+1].number && text[toks[i].end:toks[i+1].start] == ":" {
		mk := toks[i+1].key
		if m, err = strconv.Atoi(mk); err != nil || len(mk) != 2 {
			return 0, 0, false
		}
		colon = true
	}
	half := meridiem(suffix)
	if suffix == "" {
		if j := timeEnd(text, toks, i); j > i && meridiem(toks[j].lower) != 0 {
			half = meridiem(toks[j].lower)
		}
	} else if half == 0 {
		return 0, 0, false // "8th", "5g"
	}
	switch {
	case m > 59:
		return 0, 0, false
	case half != 0:
		if h < 1 || h > 12 {
			return 0, 0, false
		}
		if h == 12 {
			h = 0
		}
		if half == 2 {
			h += 12
		}
	case colon:
		if h > 23 {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	return h, m, true
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

// spans are the units of time a fraction of which news writes in words, with the smaller unit
// the fraction is counted in: "an hour and a half" is 90 minutes, "half a year" six months.
var spans = map[string]struct {
	small  string
	factor float64
}{
	"hour": {"minute", 60}, "hours": {"minute", 60}, "year": {"month", 12}, "years": {"month", 12},
	"day": {"hour", 24}, "days": {"hour", 24},
}

// duration reads a span of time with a fraction written in words at toks[i]: "(a|an|one|N)
// <unit> and a half", "half (a|an) <unit>", "(a|one|N) quarter(s) of (a|an) <unit>". It returns
// the span in the smaller unit (see spans) and the index past it.
func duration(text string, toks []token, i int) (v float64, unit string, j int, ok bool) {
	tok := func(k int) string {
		if k < len(toks) && (k == i || adjacent(text, toks[k-1], toks[k])) {
			return toks[k].lower
		}
		return ""
	}
	count := func(w string) (float64, bool) {
		switch w {
		case "a", "an", "one":
			return 1, true
		}
		if n, isN := numberWords[w]; isN {
			return n, true
		}
		if !toks[i].number {
			return 0, false // parse only digits: a failed parse allocates its error
		}
		n, err := strconv.ParseFloat(w, 64)
		return n, err == nil
	}
	article := func(w string) bool { return w == "a" || w == "an" }
	if tok(i) == "half" && article(tok(i+1)) {
		if sp, isSpan := spans[tok(i+2)]; isSpan {
			return 0.5 * sp.factor, sp.small, i + 3, true
		}
	}
	n, isN := count(tok(i))
	if !isN {
		return 0, "", 0, false
	}
	if q := tok(i + 1); (q == "quarter" || q == "quarters") && tok(i+2) == "of" && article(tok(i+3)) {
		if sp, isSpan := spans[tok(i+4)]; isSpan {
			return n * 0.25 * sp.factor, sp.small, i + 5, true
		}
	}
	if sp, isSpan := spans[tok(i+1)]; isSpan && tok(i+2) == "and" && article(tok(i+3)) && tok(i+4) == "half" {
		return (n + 0.5) * sp.factor, sp.small, i + 5, true
	}
	return 0, "", 0, false
}
