package align

// A sentence as the aligner reads it, with its figures and quotations; its features, weights
// and the space they are counted in are in features.go.

import "parallax/corpus"

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
	// yearParts are the parts of a year its dates name, "2027/late" (see partOfYear).
	yearParts []string
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
	// words are the sentence's words, lower case and sorted, once writes has needed them; nil
	// before.
	words []string
	// roles are the word features that describe a person the sentence names, sorted: the
	// title before the name and the appositive after it ("Detective Inspector Sarah Kimani",
	// "Helen Voss, the museum's director,"). See personRoles.
	roles []int32
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
	// exact is the value before rounding ("12 miles" is 19,312 m, kept as "19000" in value).
	exact float64
	// converted says that the measure was written in another system of units and converted to
	// the metric one ("12 miles", "50°F"), so that its value is approximate.
	converted bool
	// lo and hi bound a vague count ("hundreds of homes": 200 to 999), whose value is the
	// "~" and the word that gives its order ("~hundreds") and whose exact is NaN; 0 otherwise.
	lo, hi float64
	// per is the period an amount or a count is given for ("£92 a year", "500 flights a week"):
	// "year", "month", "week" or "day"; "" when none is written.
	per string
	// mayWeigh says that the figure is in pounds written as a word, which news uses for money
	// and for weight alike ("a rock of about 31 pounds"); "£31" and "31 lb" are one or the other.
	mayWeigh bool
}

// vague reports whether f is a vague count (see figure.lo).
func (f figure) vague() bool { return f.hi > 0 }

// quote is a stretch of quoted words in a sentence.
type quote struct {
	start, end int // byte range of the quoted text, without the marks
	toks       []token
}
