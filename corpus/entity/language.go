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

// nameParticles are the words of otherWords that English writes inside or before a name from
// another language ("Lula da Silva", "Ursula von der Leyen", "Vina del Mar", "Le Pen").
var nameParticles = wordSet(`da de del della di do dos das du la le les el los las van von der den des zu ter`)

// germanArticles are the particles that German also writes between two nouns, both capitalised
// ("die Firma der Familie"): alone between capitals they are weak evidence, not none.
var germanArticles = wordSet(`der das den dem des`)

// isEnglish reports whether a document's sentences are written in English: another language's
// function words do not outnumber English ones, and in a document of minLanguageWords words or
// more, at least one word in fifty is an English function word (English news has about one in
// six; a German, Russian or Chinese page almost none). A short text needs more evidence: two of
// another language's words (one alone is a name's), or one and a half with no English function
// word beside them; and a particle of a name counts for less (see otherHalves), so that "Lula da
// Silva and Ursula von der Leyen sign Mercosur deal" and "Von der Leyen meets Zelensky in Kyiv"
// stay English while "Der Verband hat die Maßnahmen der Regierung kritisiert" does not.
func isEnglish(sentences []string) bool {
	english, _, _ := englishEvidence(sentences)
	return english
}

// clearlyEnglishShare is the share of English function words, one word in clearlyEnglishShare,
// above which a text of minLanguageWords words or more is clearly English: English news has about
// one in six, so one in twelve leaves room for names and numbers, while another language that
// quotes English or names English titles stays far below it.
const clearlyEnglishShare = 12

// ReadsEnglish says what the function words of a document's sentences tell of its language, for
// checking a language the document's file states: notEnglish when isEnglish reads it as another
// language's (it says so only on evidence, the other language's words or, in a text of
// minLanguageWords words or more, the lack of English ones), english when it is clearly English
// (minLanguageWords words or more, another language's words not outnumbering English ones, and
// at least one word in clearlyEnglishShare an English function word). Neither is true of a text
// too short or too mixed to tell. It never names the language a text is in.
func ReadsEnglish(sentences []string) (english, notEnglish bool) {
	isEn, words, en := englishEvidence(sentences)
	return isEn && words >= minLanguageWords && clearlyEnglishShare*en >= words, !isEn
}

// englishEvidence is isEnglish's answer with the counts it rests on: the words of the sentences
// and the English function words among them.
func englishEvidence(sentences []string) (isEn bool, words, en int) {
	other2 := 0 // another language's words, counted in halves
	for _, s := range sentences {
		ws := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
		for i, w := range ws {
			words++
			lw := strings.ToLower(w)
			switch {
			case englishWords[lw]:
				en++
			case otherWords[lw]:
				other2 += otherHalves(ws, i)
			}
		}
	}
	if other2 > 2*en && (other2 >= 4 || en == 0 && other2 >= 3 || words >= minLanguageWords) {
		// One "del" is a name's ("Vina del Mar"); two such words, or more of them than of
		// English ones in a longer text, are the language's.
		return false, words, en
	}
	return words < minLanguageWords || 50*en >= words, words, en
}

// otherHalves returns in halves how much word i of ws, a sentence's words and one of
// otherWords, says that the sentence is in another language: a whole word, unless it is a
// particle of a name. A particle inside a name (capitalised words on either side, other particles
// between: "Lula da Silva", "Ursula von der Leyen") says nothing, unless it is a lone German
// article, which German writes between two nouns ("Firma der Familie"): half. A run of particles
// before a capitalised word ("Von der Leyen meets", "said da Silva", German "Der Verband", French
// "La Commission") says half, once for the run.
func otherHalves(ws []string, i int) int {
	if !nameParticles[strings.ToLower(ws[i])] {
		return 2
	}
	a, b := i, i+1
	for a > 0 && nameParticles[strings.ToLower(ws[a-1])] {
		a--
	}
	for b < len(ws) && nameParticles[strings.ToLower(ws[b])] {
		b++
	}
	switch {
	case b == len(ws) || !capitalised(ws[b]):
		return 2
	case a > 0 && capitalised(ws[a-1]):
		if b-a == 1 && germanArticles[strings.ToLower(ws[i])] {
			return 1
		}
		return 0
	case i == a:
		return 1
	}
	return 0
}

func capitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
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
