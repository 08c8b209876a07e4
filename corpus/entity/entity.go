// Package entity finds named entities — people, organisations and places — in English news text;
// in a document in another language it reports only the names it knows (language.go).
//
// Two parts work together. A curated gazetteer (gazetteer.tsv, embedded) lists entities with their
// aliases and canonical names ("Biden" → "Joe Biden", "Byte Dance" → "ByteDance"); its spellings
// are compiled into one trie and found in one pass, case-sensitively, on word edges, leftmost then
// longest. A recogniser (recognise.go) then reads each run of capitalised words — joined by name
// particles ("de la", "bin"), hyphens, initials ("J.D.", "U.S."), "&", "of" after a head word
// ("Bank of Japan") — and decides what it names from cues: a title of address ("Vice President",
// "Mr"), a given name, an organisation head or suffix ("Court", "Committee", "Inc."), a place from
// the embedded lists (countries from Unicode CLDR, plus hand-written states, regions and cities),
// and context ("X reported", "told the X", "according to X", ", a spokeswoman", "in X").
//
// A title or office before a name ("PM", "Deputy PM", "Home Secretary", "Labour MP") is part of
// the mention but never of the person's name, so one person has one name however the text
// addresses them; a party before an office is the party ("Labour" → "Labour Party"), and a known
// organisation with a division word after it is that organisation ("BBC News" → "BBC").
//
// Context also overrules the gazetteer where a one-word alias names something else: "Melania
// Trump" is not Donald Trump, "Malcolm X" not X, "the Amazon rainforest" not the company, and
// "South China Morning Post" is one organisation with no place inside. Sentence openers ("The",
// "Officials"), adjectives of nationality and title-case headlines yield no names by themselves, and
// a common noun written in capitals ("URL", "CEO", "TV") neither starts nor joins a name ("the URL
// Chrome visited", "CEO Jane Doe", "US TV") unless it ends a broadcaster's name ("Court TV"). A
// nationality before an organisation's head names a body ("European Parliament", "Welsh
// Government"); in lower case ("the French government") it is a description, not a name.
//
// Text is matched in Unicode NFC (golang.org/x/text/unicode/norm) and offsets are mapped back, so
// a decomposed accent matches like a composed one. Tagging is deterministic and allocates little;
// bench_test.go measures it in sentences per second.
package entity

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
)

//go:embed gazetteer.tsv
var gazetteer []byte

// Tagger finds entity mentions in text. It is immutable once built and safe for concurrent use.
type Tagger struct {
	nodes []node
	// rootASCII short-cuts the first trie step for ASCII letters, where almost every word starts.
	rootASCII [128]int32
	entities  []Entity
	// byName maps each exact spelling to its entity; byFold maps lower-cased spellings to their
	// entity, or to -1 when two entities fold to the same spelling.
	byName map[string]int32
	byFold map[string]int32
}

var defaultTagger = sync.OnceValues(func() (*Tagger, error) { return Parse(gazetteer) })

// Default returns the tagger built from the project's embedded gazetteer. The gazetteer is checked
// by the package tests; were it ever broken, Default returns a tagger that knows no names rather
// than panicking in the browser, and DefaultErr says why.
func Default() *Tagger {
	t, err := defaultTagger()
	if err != nil {
		return newTagger()
	}
	return t
}

// DefaultErr reports why the embedded gazetteer cannot be used, or nil when it is fine.
func DefaultErr() error {
	_, err := defaultTagger()
	return err
}

// Entities returns every entity the tagger knows, in gazetteer order.
func (t *Tagger) Entities() []Entity {
	out := make([]Entity, len(t.entities))
	for i, e := range t.entities {
		e.Aliases = append([]string(nil), e.Aliases...)
		out[i] = e
	}
	return out
}

// Canonical returns the canonical name and kind of the entity that name spells, e.g. "Biden",
// "President Joe Biden" or "biden" → "Joe Biden", KindPerson. Surrounding white space, runs of
// white space, curly apostrophes and a possessive ending are forgiven. Case is ignored only when
// that leaves a single candidate and the spelling is not also an everyday word ("us" is not the
// United States) or a single letter.
func (t *Tagger) Canonical(name string) (string, corpus.EntityKind, bool) {
	name = normalizeName(name)
	for _, n := range []string{name, stripPossessive(name)} {
		if n == "" {
			continue
		}
		if i, ok := t.byName[n]; ok {
			return t.entities[i].Name, t.entities[i].Kind, true
		}
		if i, ok := t.byFold[strings.ToLower(n)]; ok && i >= 0 {
			return t.entities[i].Name, t.entities[i].Kind, true
		}
	}
	return "", corpus.KindOther, false
}

// normalizeName gives a looked-up name the shape of a gazetteer spelling.
func normalizeName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.Map(func(r rune) rune {
		if r == '’' || r == '‘' {
			return '\''
		}
		return r
	}, s)
}

func stripPossessive(s string) string {
	if b, ok := strings.CutSuffix(s, "'s"); ok {
		return b
	}
	if b, ok := strings.CutSuffix(s, "'"); ok {
		return b
	}
	return ""
}

// index records the spellings of entity i for Canonical.
func (t *Tagger) index(i int) {
	e := &t.entities[i]
	for j, s := range append([]string{e.Name}, e.Aliases...) {
		t.byName[s] = int32(i)
		// "us" and "x" are everyday words, not lookups for the United States or X.
		if (j > 0 && t.ambiguousAlias(s)) || utf8.RuneCountInString(s) == 1 {
			continue
		}
		f := strings.ToLower(s)
		if prev, ok := t.byFold[f]; ok && prev != int32(i) {
			t.byFold[f] = -1
			continue
		}
		t.byFold[f] = int32(i)
	}
}

// ambiguousAlias reports whether spelling s was marked "?" in the gazetteer.
func (t *Tagger) ambiguousAlias(s string) bool {
	n := t.walk(s)
	return n >= 0 && t.nodes[n].ambiguous
}

// isWordRune reports whether r can be part of a word; anything else ends a name.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}
