package align

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a number found in a sentence.
type token struct {
	// key is the normalised form: a light stem for words, the digits for numbers.
	key string
	// lower is the lower-cased surface form, used for quotes where stop-words count.
	lower      string
	start, end int
	number     bool
	stop       bool
	// upper is true when the word starts with a capital letter.
	upper bool
}

// tokenize splits s into words and numbers with byte offsets. Hyphens split words so that
// "Amazon-TikTok" shares both names; internal dots stay so that "U.S." is one word, not "us".
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/6+1)
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		digits := unicode.IsDigit(r)
		i += n
		for i < len(s) {
			r, n = utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			// Keep a joiner only between two word characters of the right sort.
			next, m := utf8.DecodeRuneInString(s[i+n:])
			if i+n >= len(s) || !isWordRune(next) {
				break
			}
			if digits && (r == ',' || r == '.') && unicode.IsDigit(next) {
				i += n + m
				continue
			}
			if !digits && (r == '\'' || r == '’' || r == '.') && unicode.IsLetter(next) {
				i += n + m
				continue
			}
			break
		}
		toks = append(toks, newToken(s[start:i], start, i, digits))
	}
	return toks
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func newToken(surface string, start, end int, digits bool) token {
	lower := surface
	if strings.Contains(lower, "’") {
		lower = strings.ReplaceAll(lower, "’", "'")
	}
	lower = strings.ToLower(lower) // allocates only when there is an upper-case letter
	r, _ := utf8.DecodeRuneInString(surface)
	t := token{lower: lower, start: start, end: end, upper: unicode.IsUpper(r)}
	if digits {
		t.number = true
		t.key = strings.ReplaceAll(lower, ",", "")
		return t
	}
	if stopWords[lower] {
		t.stop = true
		t.key = lower
		return t
	}
	t.key = stem(lower)
	if stopWords[t.key] {
		t.stop = true
	}
	return t
}

// stem reduces an English word to a light stem: possessives, plurals and the commonest verb
// endings. It is deliberately weak: a wrong merge aligns unrelated sentences, a missed one only
// lowers a score that the other shared words still carry.
func stem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "'")
	if c, ok := concepts[w]; ok {
		return c
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		w = w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "sses"):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:n-1]
	}
	n = len(w)
	switch {
	case n > 6 && strings.HasSuffix(w, "ation"):
		w = w[:n-3] // "negotiation" meets "negotiating" at "negotiat"
	case n > 5 && strings.HasSuffix(w, "ate"):
		w = w[:n-1]
	case n > 5 && strings.HasSuffix(w, "ing"):
		w = undouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ied"):
		w = w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		w = undouble(w[:n-2])
	}
	if c, ok := concepts[w]; ok {
		return c
	}
	return w
}

// undouble turns "bann" (from "banned") back into "ban"; "sell" and "pass" keep their pair.
func undouble(w string) string {
	n := len(w)
	if n >= 3 && w[n-1] == w[n-2] && !strings.ContainsRune("lsz", rune(w[n-1])) && !isVowel(w[n-1]) {
		return w[:n-1]
	}
	return w
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// concepts merges the forms and near-synonyms that news reports use interchangeably for the same
// fact: irregular forms a suffix rule cannot reach ("sold", "left"), the stems the rules leave
// ("leav", "purchas") and a small table of news verbs and nouns. Each entry must be a near-synonym
// in this register, not a loose association: a wrong merge aligns unrelated sentences, a missed
// one only lowers a score that the other shared words still carry. Keys are lower-case words or
// the stems stem produces; values are the concept's name.
var concepts = map[string]string{
	// law
	"legislation": "law", "laws": "law", "statute": "law",
	// sell
	"sold": "sell", "sale": "sell", "selling": "sell", "divest": "sell", "divestiture": "sell",
	"divestment": "sell", "offload": "sell",
	// buy
	"acquire": "buy", "acquir": "buy", "acquisition": "buy", "purchase": "buy", "purchas": "buy",
	"bought": "buy", "buying": "buy", "shop": "buy", "shopp": "buy",
	// ban
	"banned": "ban", "banning": "ban", "prohibit": "ban", "prohibited": "ban",
	"outlaw": "ban",
	// leave
	"leav": "leave", "left": "leave", "quit": "leave", "quitt": "leave", "exit": "leave",
	"depart": "leave", "departure": "leave", "resign": "leave", "resignation": "leave",
	// goods
	"goods": "product", "merchandise": "product",
	// users
	"viewer": "user", "audience": "user", "subscriber": "user",
	// talks
	"negotiat": "talk", "negotiation": "talk", "discussion": "talk", "discuss": "talk",
	// rise and fall
	"increas": "rise", "increase": "rise", "rose": "rise", "ris": "rise", "climb": "rise",
	"jump": "rise", "soar": "rise", "surg": "rise", "surge": "rise",
	"fell": "fall", "drop": "fall", "dropp": "fall", "declin": "fall", "decline": "fall",
	"plung": "fall", "plunge": "fall", "slid": "fall", "slump": "fall", "tumbl": "fall",
	// other news verbs
	"unveil": "announce", "announc": "announce", "launch": "launch", "introduc": "launch",
	"debut": "launch", "roll": "launch",
	"allow": "allow", "let": "allow", "permit": "allow", "permitt": "allow", "enabl": "allow",
	"probe": "investigate", "investigat": "investigate", "inquiry": "investigate",
	"lawsuit": "sue", "su": "sue", "sued": "sue",
	"penalty": "fine", "fin": "fine",
	"cut": "cut", "slash": "cut", "reduc": "cut", "reduce": "cut",
	"staff": "employee", "worker": "employee", "workforce": "employee",
	"approv": "approve", "approval": "approve", "clearance": "approve",
	"reject": "reject", "refus": "reject", "refuse": "reject", "rebuff": "reject",
	"warn": "warn", "warning": "warn", "caution": "warn",
	"deal": "agreement", "pact": "agreement", "accord": "agreement",
	"partnership": "partner", "partnering": "partner", "tie": "partner",
	"firm":  "company",
	"began": "begin", "start": "begin", "begun": "begin",
	"won": "win", "winn": "win",
	"met": "meet", "meeting": "meet",
	"concede": "admit", "conced": "admit", "acknowledg": "admit", "acknowledge": "admit",
	"military": "army", "troop": "army", "soldier": "army",
	"rooftop":     "roof",
	"headquarter": "base", "headquarters": "base", "bas": "base",
	"lawmaker": "congress", "congres": "congress", "legislator": "congress",
	"u.s": "united-states", "usa": "united-states", "america": "united-states",
	"american": "united-states", "chinese": "china",
	"ceo": "chief-executive",
}

// stopWords are function words and reporting verbs that say nothing about what is reported.
var stopWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`a about above after again against all also am an and any are
		aren't as at be because been before being below between both but by can can't cannot could
		couldn't did didn't do does doesn't doing don't down during each few for from further had
		hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him
		himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me
		more most mustn't my myself no nor not of off on once only or other ought our ours ourselves
		out over own same shan't she she'd she'll she's should shouldn't so some such than that
		that's the their theirs them themselves then there there's these they they'd they'll
		they're they've this those through to too under until up very was wasn't we we'd we'll
		we're we've were weren't what what's when when's where where's which while who who's whom
		why why's with won't would wouldn't you you'd you'll you're you've your yours yourself
		yourselves will may might must shall just now yet still even however instead already
		said say says saying according reportedly noted note notes reported told added stated
		mr mrs ms one new also well like
		been whether upon within without via per among amid`) {
		m[w] = true
	}
	return m
}()

// unitWords name the unit of a figure when they follow the number.
var unitWords = map[string]string{
	"percent": "percent", "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
	"year": "year", "years": "year", "hour": "hour", "hours": "hour",
	"million": "million", "billion": "billion", "trillion": "trillion", "thousand": "thousand",
	"dollar": "dollar", "dollars": "dollar", "people": "people", "user": "user", "users": "user",
	"employee": "employee", "employees": "employee", "job": "job", "jobs": "job",
	"stake": "stake", "share": "share", "shares": "share", "center": "center", "centers": "center",
	"minute": "minute", "minutes": "minute", "second": "second", "seconds": "second",
	"customer": "customer", "customers": "customer", "subscriber": "user", "subscribers": "user",
	"viewer": "user", "viewers": "user", "worker": "employee", "workers": "employee",
	"staff": "employee", "store": "store", "stores": "store", "country": "country",
	"countries": "country", "app": "app", "apps": "app", "download": "download", "downloads": "download",
}

// epithets are the nouns and adjectives news writes beside or instead of a name ("the Chinese
// tech giant", "Google, YouTube's owner", "the retailer"), as light stems: they identify who a
// sentence is about, like a name, rather than what it reports.
var epithets = map[string]bool{
	"giant": true, "tech": true, "owner": true, "parent": true, "maker": true, "company": true,
	"group": true, "retailer": true, "rival": true, "platform": true, "app": true, "service": true,
	"carmaker": true, "chipmaker": true, "startup": true, "operator": true, "conglomerate": true,
	"subsidiary": true, "unit": true, "brand": true, "outlet": true, "newspaper": true,
}

// weekdays are day names: a shared "Tuesday" is a date even where no date was resolved.
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// months maps month names to their number, so that day numbers after them count as dates.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
