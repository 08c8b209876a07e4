package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word, a number or one punctuation character of a sentence, with byte offsets.
type token struct {
	text       string
	lower      string
	start, end int
	num        int  // value of an all-digit token (or a digit token with an ordinal suffix), else -1
	digits     int  // number of leading digits
	word       bool // letters or digits
	upper      bool // starts with an upper-case letter
}

// tokenize splits text into words (letters and digits, with inner apostrophes) and single
// punctuation characters. Hyphens are punctuation, so "mid-December" is three tokens.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5+1)
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, newToken(text, i, i+size, false))
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) {
				j += size
				continue
			}
			// An apostrophe between letters stays in the word ("TikTok’s", "won't").
			if r == '\'' || r == '’' {
				r2, _ := utf8.DecodeRuneInString(text[j+size:])
				if j+size < len(text) && unicode.IsLetter(r2) {
					j += size
					continue
				}
			}
			break
		}
		toks = append(toks, newToken(text, i, j, true))
		i = j
	}
	return toks
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func newToken(text string, start, end int, word bool) token {
	s := text[start:end]
	t := token{text: s, lower: strings.ToLower(s), start: start, end: end, num: -1, word: word}
	r, _ := utf8.DecodeRuneInString(s)
	t.upper = unicode.IsUpper(r)
	for t.digits < len(s) && s[t.digits] >= '0' && s[t.digits] <= '9' {
		t.digits++
	}
	// Numbers longer than a year are never dates, and capping the length keeps Atoi-free parsing
	// from overflowing on hostile input.
	if t.digits > 0 && t.digits <= 4 {
		rest := t.lower[t.digits:]
		if rest == "" || rest == "st" || rest == "nd" || rest == "rd" || rest == "th" {
			n := 0
			for _, c := range s[:t.digits] {
				n = n*10 + int(c-'0')
			}
			t.num = n
		}
	}
	return t
}

// isPlainNumber reports whether t is only digits (no ordinal suffix).
func (t token) isPlainNumber() bool { return t.num >= 0 && t.digits == len(t.text) }

var monthNums = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// monthAbbrevs are accepted only before a day or a year, where they cannot be other words.
var monthAbbrevs = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

var ordinals = map[string]int{
	"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}

var countWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "several": -1, "a": 1, "few": -1,
}

var seasons = map[string]bool{"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true}

// parts maps the words that name a part of a month.
var parts = map[string]int{"early": 1, "beginning": 1, "start": 1, "mid": 2, "middle": 2, "late": 3, "end": 3}

// irregularPast holds common irregular simple-past verbs; regular ones are found by "-ed".
var irregularPast = setOf("was", "were", "had", "did", "said", "met", "made", "took", "began",
	"came", "went", "told", "gave", "found", "held", "left", "rose", "fell", "won", "lost", "sold",
	"bought", "brought", "wrote", "spoke", "saw", "knew", "thought", "got", "became", "chose",
	"grew", "drew", "led", "ran", "paid", "sent", "spent", "built", "felt", "kept", "meant",
	"struck", "stood", "sought", "fought", "taught", "caught", "threw", "flew", "shook", "broke",
	"woke", "wore", "swore", "tore", "hid", "rang", "sang", "sank", "slid", "stole", "stuck",
	"swam", "understood", "undertook", "withdrew", "overtook", "oversaw", "forbade", "heard",
	"laid", "sat", "won", "wound", "dealt", "fled", "lent", "bent", "drove", "ate", "froze",
	"arose", "beat", "bid", "bound", "clung", "crept", "dug", "fed", "hung", "leapt", "shone",
	"shot", "slept", "spoke", "sworn", "chosen", "taken", "given", "written", "sprang", "strove", "swept", "wept", "upheld", "withheld",
	// Past forms of the other irregular verbs news uses; forms the same as the present ("cut",
	// "put", "set", "hit", "spread", "quit") say nothing of the time, and nouns as common as
	// "ground" stay out.
	"shrank", "stank", "strode", "swung", "spun", "sped",
	"spat", "knelt", "dwelt", "leant", "burnt", "learnt", "spelt", "spilt", "spoilt", "dreamt",
	"forbore", "foresaw", "foretold", "forgot", "forgave", "mistook", "misled", "overcame", "overran",
	"overthrew", "overheard", "overrode", "rebuilt", "repaid", "resold", "retold", "rewrote",
	"rewound", "underwent", "withstood", "befell", "beheld", "bled", "flung",
	"lit", "rode", "slung", "stung", "strung", "trod", "wove", "wrung", "awoke", "bore", "outgrew",
	"outran", "outsold", "outshone", "oversold", "overspent", "reran", "shrunk", "sprung", "begun",
	"swum", "drunk", "drank", "forsook", "mislaid", "slew", "smote", "strewn", "thrived", "throve")

// notPast are words ending in "-ed" that are not verbs in the past.
var notPast = setOf("need", "needed", "indeed", "speed", "seed", "feed", "proceed", "exceed",
	"succeed", "breed", "greed", "creed", "weed", "deed", "heed", "bed", "red", "shed", "wed",
	"hundred", "hundreds", "kindred", "sacred", "naked", "wicked", "rugged", "ragged", "united",
	"limited", "based", "related", "interested", "concerned", "aged", "advanced", "detailed",
	"dedicated", "sophisticated", "complicated", "red", "embed", "infrared", "bred")

var futureWords = setOf("will", "shall", "'ll", "won't", "won’t", "wo")

// modalWords make a statement irrealis: what they govern has not happened (yet).
var modalWords = setOf("could", "may", "might", "would", "should", "must", "can")

// expectWords mark expectations and plans.
var expectWords = setOf("expected", "expect", "expects", "anticipated", "anticipate",
	"anticipates", "scheduled", "slated", "planned", "plans", "plan", "planning", "aims", "aim",
	"aiming", "intends", "intend", "hopes", "hoping", "likely", "poised", "forecast", "projected",
	"due", "forecasts", "forecasting", "predict", "predicts", "predicting",
	"projecting", "foresee", "foresees")

var presentAux = setOf("is", "are", "am", "has", "have", "does", "do", "'s")

// determiners cannot follow an infinitive "to": "to the market" is a preposition.
var determiners = setOf("the", "a", "an", "its", "his", "her", "their", "our", "your", "my",
	"this", "that", "these", "those", "some", "any", "all", "each", "every", "no", "both",
	"whom", "which", "what", "them", "him", "us", "me", "it", "you")

// deadlinePreps introduce a date something must or should happen by.
var deadlinePreps = setOf("by", "until", "till", "before", "within")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
