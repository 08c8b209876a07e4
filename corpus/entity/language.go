package entity

import (
	"strings"
	"unicode"

	"parallax/corpus"
)

// The recogniser reads English: its cues ("said", "told the", "Mr"), its openers and its title
// case are English, and in other languages capitals mean other things (German writes every noun
// with one: "Im Oktober", "Im Jahre", "URL Chrome" are no names). TagDocument therefore decides
// whether a document is written in English from the words it is made of, and in a document that
// is not, it reports only the names it knows by their exact spelling: the gazetteer's, and the
// places of its lists written as they are there.

// englishWords are frequent English function words that other languages written in Latin letters
// seldom use ("the", "and", "which"); words shared with them ("a", "in", "an", "was", "die", "to",
// "for", "of", "also") are left out.
var englishWords = wordSet(`the and that this which were have has had been their they said would
from with its who than she but not it there what when these those into about could should after`)

// otherWords are frequent function words of the other languages news is often written in with
// Latin letters (German, French, Spanish, Italian, Portuguese, Dutch, the Scandinavian languages)
// that English does not use: evidence that a document is written in one of them.
var otherWords = wordSet(`der das und ist nicht mit von zu ein eine auf für sich dem des auch im sind wird wurde oder
aber nach bei einer le la les et est une du que pour dans qui pas sur au aux ce sont avec el los las
del por una para es se lo como más pero sus il di che della sono gli nel alla delle os da em não uma
dos das ao het een niet van zijn voor ook maar och att är för på inte med som og ikke`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// minLanguageWords is the fewest words in which missing English function words say that a text
// is not English; a shorter text is read as English unless another language's words outnumber
// them.
const minLanguageWords = 20

// isEnglish reports whether a document's sentences are written in English: another language's
// function words do not outnumber English ones (one alone is a name's), and in a document of minLanguageWords words or
// more, at least one word in fifty is an English function word (English news has about one in
// six; a German, Russian or Chinese page almost none).
func isEnglish(sentences []string) bool {
	words, en, other := 0, 0, 0
	for _, s := range sentences {
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
			words++
			switch {
			case englishWords[w]:
				en++
			case otherWords[w]:
				other++
			}
		}
	}
	if other > en && (other >= 2 || words >= minLanguageWords) {
		// One "del" is a name's ("Vina del Mar"); two such words, or more of them than of
		// English ones in a longer text, are the language's.
		return false
	}
	return words < minLanguageWords || 50*en >= words
}

// tagKnown returns the mentions in text (one sentence) of the names the tagger knows by their
// exact spelling: the gazetteer's, and the places of the lexicon written as a whole run of
// capitalised words ("Berlin", "New York", not "New Yorker Börse"). It reads no cues: in a text
// that is not English, an unknown capitalised run is no evidence of a name.
func (t *Tagger) tagKnown(text string) []corpus.Mention {
	n := normalize(text)
	r := recogniser{t: t, text: n.text, initial: -1}
	r.gaz = t.scan(r.text, nil)
	lx, err := defaultLexicon()
	if err != nil {
		lx = nil
	}
	toks := tokenize(r.text, nil)
	gi := 0
	for i := 0; i < len(toks); {
		tk := toks[i]
		for gi < len(r.gaz) && r.gaz[gi].end <= tk.start {
			gi++
		}
		if gi < len(r.gaz) && r.gaz[gi].start <= tk.start {
			r.emitGaz(r.gaz[gi], -1)
			for i < len(toks) && toks[i].start < r.gaz[gi].end {
				i++
			}
			continue
		}
		if !tk.word || !tk.upper || lx == nil {
			i++
			continue
		}
		// The whole run of capitalised words, as extend would join them without cues.
		j := i + 1
		for j < len(toks) && toks[j].word && toks[j].upper && toks[j].space && !toks[j].newline {
			j++
		}
		end := toks[j-1].end
		if gi < len(r.gaz) && r.gaz[gi].start < end {
			// A gazetteer spelling inside the run: the run is no place of the lists.
			end = 0
		}
		if end > 0 {
			name := normalizeName(r.text[tk.start:end])
			if lx.places[name] {
				if c, k, ok := t.Canonical(name); ok && k == corpus.KindPlace {
					name = c
				}
				r.emit(tk.start, end, name, corpus.KindPlace)
			}
		}
		i = j
	}
	return n.origMentions(r.out)
}
