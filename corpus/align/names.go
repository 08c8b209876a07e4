package align

// Names: how two accounts name the same person, organisation or place — entity mentions, their
// abbreviations and initials, titles of address and demonyms.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
)

// entityName is what nameMatch needs of an entity feature.
type entityName struct {
	words []int32 // sorted
	kind  corpus.EntityKind
	// surname is the word feature of a person's last name when the name has more than one
	// word, or -1.
	surname int32
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
	// The suffix adds one to three letters, and the two share their opening: most pairs of
	// names fail here, before any cutting (this runs for every candidate pair).
	if len(a) < 4 || len(b)-len(a) < 1 || len(b)-len(a) > 3 || a[0] != b[0] {
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
