package align

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
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
func tokenizeWords(s string, stems map[string]string) []token {
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
		toks = append(toks, newToken(s[start:i], start, i, digits, stems))
	}
	return toks
}

// tokenize splits s into words and numbers with byte offsets (see tokenizeWords), a phrase of
// several words read as one token of its concept (see phrases).
func tokenize(s string) []token { return joinPhrases(tokenizeWords(s, nil)) }

// tokenizeCached is tokenize with a cache of stems, lower-case word → key, which it fills:
// stemming allocates, and an article repeats its words.
func tokenizeCached(s string, stems map[string]string) []token {
	return joinPhrases(tokenizeWords(s, stems))
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func newToken(surface string, start, end int, digits bool, stems map[string]string) token {
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
	if k, ok := stems[lower]; ok {
		t.key = k
	} else {
		t.key = stem(lower)
		if stems != nil {
			stems[lower] = t.key
		}
	}
	if stopWords[t.key] {
		t.stop = true
	}
	return t
}

// stem reduces an English word to its Porter2 (Snowball English) stem, so that "investigation",
// "investigating" and "investigated" meet, then to its concept (see concepts). The stem is of the
// possessive's word: "Amazon's" is "amazon".
func stem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "'")
	if c, ok := concepts()[w]; ok {
		return c
	}
	if o, ok := ordinalWords[w]; ok {
		return o
	}
	if c, ok := concepts()[singular(w)]; ok {
		return c // "travellers": the plural of a word of a concept the stemmer would merge with another's
	}
	if a := comparative(w); a != "" {
		w = a // "smaller firms" are "small firms"
	}
	if v, ok := nominals[w]; ok {
		w = v // "proposal" is "propose"
		if c, ok := concepts()[w]; ok {
			return c
		}
	} else if v := nominalStem(w); v != "" {
		w = v // "disappointment" is "disappoint"
	}
	s := porter2(w)
	if d := derived(w); d != "" {
		s = d
	}
	if c, ok := conceptStems()[s]; ok {
		return c
	}
	return s
}

// gradable are the adjectives whose comparative and superlative ("smaller", "biggest") news
// writes where another account has the plain form; Porter2 keeps "-er" and "-est".
var gradable = strings.Fields(`big bright busy cheap clean cold dark deep dry easy fast few
	great hard heavy hot large old poor quick rich safe short slow small strong tight tough
	warm weak wealthy wet wide young`)

// comparatives maps the comparatives and superlatives of gradable to their adjective
// ("smaller" → "small", "bigger" → "big", "easiest" → "easy", "larger" → "large"), built on
// first use: one lookup per word, where building the candidate forms of each word allocated.
// Forms that English does not write ("smalller") are harmless entries.
var comparatives = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, 4*len(gradable))
	for _, a := range gradable {
		stems := []string{a, a + a[len(a)-1:]} // "small", "bigg"
		switch {
		case strings.HasSuffix(a, "e"):
			stems = []string{a[:len(a)-1]} // "larg"
		case strings.HasSuffix(a, "y"):
			stems = []string{a[:len(a)-1] + "i"} // "easi"
		}
		for _, st := range stems {
			m[st+"er"], m[st+"est"] = a, a
		}
	}
	return m
})

// comparative returns the adjective of gradable that w is the comparative or superlative of,
// or "".
func comparative(w string) string { return comparatives()[w] }

// singular returns w without a regular plural ending, or w.
func singular(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case esPlural(w):
		return w[:n-2] // "businesses", "taxes", "crashes"
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	}
	return w
}

// esPlural reports whether w is a plural in "-es" after a sibilant the singular ends with
// ("businesses", "taxes", "matches", "crashes"), whose singular loses "es", not "s".
func esPlural(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, suf := range [...]string{"sses", "xes", "ches", "shes"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// derivational are the suffixes that make another word of a stem: Porter2 takes them off
// ("constitutional" → "constitut", "closely" → "close"), which merges words that report
// different things; only inflections are taken off them.
var derivational = []string{"al", "ity", "ive", "ness", "ous", "ful", "able", "ible", "ism", "ist",
	"ic", "ment", "ly", "ize", "ise", "ship", "hood", "less"}

// derived returns w without its plural ending when it ends with a derivational suffix, or "".
func derived(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		w = w[:n-3] + "y"
	case esPlural(w):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:n-1]
	}
	for _, suf := range derivational {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w
		}
	}
	return ""
}

// conceptStems maps the Porter2 stems of the concepts' words to their concept, so that one entry
// of concepts covers a word's inflections ("detain", "detained", "detaining"). It is built on
// first use, like phraseIndex and monthWords: stemming at package init ran the stemmer (and made
// the browser compile it) on every page load of the app, while only a comparison needs them.
var conceptStems = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, 2*len(concepts()))
	for k, v := range concepts() {
		m[k] = v
	}
	// In sorted order, so that where two concepts' words share a stem ("legislative" of
	// "legislation" and "legislator") the same one wins on every run, not the map's order.
	conceptStemsAhead.Lock()
	ahead := conceptStemsAhead.m
	conceptStemsAhead.m, conceptStemsAhead.built = nil, true
	conceptStemsAhead.Unlock()
	stem := func(w string) string {
		if s, ok := ahead[w]; ok {
			return s
		}
		return porter2(w)
	}
	for _, k := range conceptKeys() {
		v := concepts()[k]
		if surfaceOnly[k] {
			continue
		}
		if s := stem(k); m[s] == "" {
			m[s] = v
		}
		if s := stem(v); m[s] == "" && !surfaceOnly[v] {
			m[s] = v
		}
	}
	return m
})

// conceptKeys are the concepts' words, sorted.
var conceptKeys = sync.OnceValue(func() []string { return slices.Sorted(maps.Keys(concepts())) })

// conceptStemsAhead holds the stems of concepts' words that stemConceptsAhead computed before
// conceptStems runs, so that the stemming, the bulk of its work, can be spread over several
// steps (WarmSteps).
var conceptStemsAhead struct {
	sync.Mutex
	m     map[string]string
	built bool // conceptStems has run (and taken m)
}

// stemConceptsAhead stems part i of n of the concepts' words (and the concepts they stand for)
// for conceptStems, unless it has been built.
func stemConceptsAhead(i, n int) {
	conceptStemsAhead.Lock()
	built := conceptStemsAhead.built
	conceptStemsAhead.Unlock()
	if built {
		return
	}
	keys := conceptKeys()
	part := keys[i*len(keys)/n : (i+1)*len(keys)/n]
	stems := make(map[string]string, 2*len(part))
	for _, k := range part {
		stems[k] = porter2(k)
		v := concepts()[k]
		stems[v] = porter2(v)
	}
	conceptStemsAhead.Lock()
	defer conceptStemsAhead.Unlock()
	if conceptStemsAhead.built {
		return
	}
	if conceptStemsAhead.m == nil {
		conceptStemsAhead.m = make(map[string]string, 2*len(keys))
	}
	for w, s := range stems {
		conceptStemsAhead.m[w] = s
	}
}

// surfaceOnly are the concepts' words whose stem is another word's: "fired" (dismissed) and
// "fire", "founded" and "found" (of "find"), "landed" and "land".
var surfaceOnly = map[string]bool{"fired": true, "founded": true, "landed": true,
	// and words of newsClasses whose stem is another word's: "yearly" and "year", "totally" and
	// "total", "successive" and "success", "campaigner" and "campaign", "response" and
	// "responsible", "customer" and "customs", "consumer" and "consumption", "proceeds" and
	// "proceed", "locate" and "location", "advise" and "adviser", "assistant" and "assistance",
	// "authority" and "author".
	"yearly": true, "totally": true, "successive": true, "campaigner": true, "response": true,
	"customer": true, "consumer": true, "proceeds": true, "locate": true, "advise": true,
	"assistant": true, "authority": true, "authorities": true, "authorize": true,
	"authorization": true, "authorized": true, "authorizes": true,
	"grounded": true,
	// "completely" and "closely", whose stems are "complete" and "close".
	"completely": true, "closely": true,
	// "backing" and "back", "reporter" and "report", "business" and "busy".
	"backing": true, "backer": true, "reporter": true, "business": true}

// ordinalWords are the ordinals written as words, in the normal form "2nd" that the ordinals in
// digits share (see ordinalKey).
var ordinalWords = map[string]string{
	"first": "#1st", "second": "#2nd", "third": "#3rd", "fourth": "#4th", "fifth": "#5th",
	"sixth": "#6th", "seventh": "#7th", "eighth": "#8th", "ninth": "#9th", "tenth": "#10th",
	"eleventh": "#11th", "twelfth": "#12th", "twentieth": "#20th", "thirtieth": "#30th",
	"fiftieth": "#50th", "hundredth": "#100th",
}

// ordinalKey returns the normal form of an ordinal written in digits ("2nd" → "#2nd"), or "".
func ordinalKey(k string) string {
	num, suffix := splitNumber(k)
	if num == "" || strings.Contains(num, ".") {
		return ""
	}
	switch suffix {
	case "st", "nd", "rd", "th":
	default:
		return ""
	}
	n, err := strconv.Atoi(num)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("#%d%s", n, suffix)
}

// rankKey returns the ordinal's normal form of a whole number written as a rank ("18" in
// "number 18" → "#18th"), or "".
func rankKey(k string) string {
	n, err := strconv.Atoi(k)
	if err != nil || n <= 0 || n > 1000 {
		return ""
	}
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return fmt.Sprintf("#%d%s", n, suffix)
}

// concepts merges the forms and near-synonyms that news reports use interchangeably for the same
// fact: irregular forms a suffix rule cannot reach ("sold", "left"), the stems the rules leave
// ("leav", "purchas") and a small table of news verbs and nouns. Each entry must be a near-synonym
// in this register, not a loose association: a wrong merge aligns unrelated sentences, a missed
// one only lowers a score that the other shared words still carry. Keys are lower-case words or
// the stems stem produces; values are the concept's name.
// concepts is built on first use, as phrases: at package init, withClasses was most of align's
// init, 10–40 ms of every page's start at 4× CPU throttling, though only a comparison needs it.
// conceptWords is its table before withClasses adds the classes' words to it.
var concepts = sync.OnceValue(func() map[string]string { return withClasses(conceptWords, false) })

var conceptWords = map[string]string{
	// law
	"legislation": "law", "laws": "law", "statute": "law",
	// sell
	"sold": "sell", "sale": "sell", "selling": "sell", "divest": "sell", "divestiture": "sell",
	"divestment": "sell", "offload": "sell",
	// buy
	"acquire": "buy", "acquisition": "buy", "purchase": "buy", "bought": "buy", "buying": "buy",
	"shop": "buy", "takeover": "buy", "shops": "store", // "shops" are stores: news rarely writes "she shops"
	// ban
	"banned": "ban", "prohibit": "ban", "prohibition": "ban", "outlaw": "ban",
	// leave a post or a place
	"leave": "leave", "left": "leave", "quit": "leave", "exit": "leave", "depart": "leave",
	"departure": "leave", "resign": "leave", "resignation": "leave",
	// dismiss ("fire" alone is as often a blaze)
	"dismiss": "dismiss", "dismissal": "dismiss", "sack": "dismiss", "fired": "dismiss",
	"oust": "dismiss", "ouster": "dismiss",
	// goods
	"goods": "product", "merchandise": "product",
	// users
	"viewer": "user", "audience": "user", "subscriber": "user",
	// talks
	"negotiate": "talk", "negotiation": "talk", "discussion": "talk", "discuss": "talk",
	// rise and fall
	"increase": "rise", "rose": "rise", "risen": "rise", "rise": "rise", "climb": "rise",
	"jump": "rise", "soar": "rise", "surge": "rise", "grow": "rise", "grew": "rise", "grown": "rise",
	"growth": "rise", "gain": "rise",
	"fell": "fall", "fallen": "fall", "drop": "fall", "decline": "fall", "decrease": "fall",
	"plunge": "fall", "slide": "fall", "slid": "fall", "slump": "fall", "tumble": "fall",
	"sink": "fall", "sank": "fall", "dip": "fall", "shrink": "fall", "shrank": "fall",
	// highest and lowest
	"highest": "high", "higher": "high", "lowest": "low", "lower": "low",
	// no change
	"unchanged": "unchanged", "steady": "unchanged", "stable": "unchanged",
	// slow down
	"slow": "slow", "slowdown": "slow", "cool": "slow", "ease": "slow",
	// stay
	"remain": "stay", "stay": "stay",
	// begin ("kick off", see phrases)
	"launch": "begin", "open": "begin", "opened": "begin", "begin": "begin", "began": "begin",
	"begun": "begin", "start": "begin", "commence": "begin", "initiate": "begin",
	"introduce": "begin", "debut": "begin", "unveil": "announce", "announce": "announce",
	// end
	"cancel": "cancel", "scrap": "cancel", "abandon": "cancel", "axe": "cancel",
	"postpone": "delay", "delay": "delay", "defer": "delay",
	"close": "close", "closure": "close", "shut": "close", "closely": "closely",
	"allow": "allow", "let": "allow", "permit": "allow", "enable": "allow",
	"probe": "investigate", "investigate": "investigate", "investigation": "investigate",
	"inquiry": "investigate", "enquiry": "investigate", "investigator": "investigate",
	"lawsuit": "sue", "sued": "sue", "sue": "sue",
	"penalty": "fine", "fine": "fine",
	"cut": "cut", "slash": "cut", "reduce": "cut", "reduction": "cut",
	"staff": "employee", "worker": "employee", "workforce": "employee", "employee": "employee",
	"approve": "approve", "approval": "approve", "clearance": "approve",
	"reject": "reject", "refuse": "reject", "rebuff": "reject", "refusal": "reject",
	"warn": "warn", "warning": "warn", "caution": "warn",
	"deal": "agreement", "pact": "agreement", "accord": "agreement", "agreement": "agreement",
	"partnership": "partner", "tie": "partner",
	"firm": "company",
	"won":  "win", "victory": "win", "win": "win",
	"lost": "lose", "defeat": "lose", "lose": "lose",
	"met": "meet", "meeting": "meet",
	"concede": "admit", "acknowledge": "admit", "admit": "admit",
	"military": "army", "troop": "army", "soldier": "army",
	"rooftop":      "roof",
	"headquarters": "base", "headquarter": "base", "based": "base",
	"lawmaker": "congress", "congress": "congress", "legislator": "congress",
	"u.s": "united-states", "usa": "united-states", "america": "united-states",
	"american": "united-states", "chinese": "china",
	// the adjectives of countries, for their names
	"british": "britain", "britain": "britain", "uk": "britain", "french": "france", "france": "france",
	"german": "germany", "germany": "germany", "russian": "russia", "russia": "russia",
	"japanese": "japan", "japan": "japan", "indian": "india", "india": "india",
	"italian": "italy", "italy": "italy", "spanish": "spain", "spain": "spain",
	"canadian": "canada", "canada": "canada", "australian": "australia", "australia": "australia",
	"ukrainian": "ukraine", "ukraine": "ukraine", "israeli": "israel", "israel": "israel",
	"iranian": "iran", "iran": "iran", "mexican": "mexico", "mexico": "mexico",
	"brazilian": "brazil", "brazil": "brazil", "turkish": "turkey", "polish": "poland",
	"poland": "poland", "dutch": "netherlands", "netherlands": "netherlands", "irish": "ireland",
	"ireland": "ireland", "swedish": "sweden", "sweden": "sweden", "greek": "greece",
	"greece": "greece", "egyptian": "egypt", "egypt": "egypt", "nigerian": "nigeria",
	"nigeria": "nigeria", "pakistani": "pakistan", "pakistan": "pakistan", "european": "europe",
	"europe":  "europe",
	"ceo":     "chief-executive",
	"biggest": "largest", "largest": "largest", "lender": "bank",
	"plant": "factory", "factory": "factory",
	"electricity": "power", "power": "power",
	"ministry": "minister", "election": "election", "elect": "election",
	"founded": "founder", "founder": "founder", "establish": "founder", "established": "founder",
	"premier": "premier", "visit": "visit", "travel": "visit", "trip": "visit",
	"vote": "vote", "ballot": "vote", "loss": "lose",
	"arrive": "arrive", "arrival": "arrive", "landed": "arrive",
	"debris": "debris", "rubble": "debris", "wreckage": "debris",
	// police and courts
	"arrest": "arrest", "detain": "arrest", "detention": "arrest", "apprehend": "arrest",
	"custody": "arrest",
	"charge":  "charge", "indict": "charge", "indictment": "charge",
	"convict": "convict", "conviction": "convict", "guilty": "convict",
	"jail": "prison", "prison": "prison", "imprison": "prison", "jailed": "prison",
	// harm
	"kill": "die", "killed": "die", "die": "die", "died": "die", "dead": "die", "death": "die",
	"fatal": "die", "fatality": "die", "deadly": "die",
	"injure": "injure", "injury": "injure", "hurt": "injure", "wound": "injure",
	"undamaged": "undamaged", "intact": "undamaged", "unharmed": "undamaged",
	"unscathed": "undamaged", "unhurt": "undamaged",
	"damage": "damage", "destroy": "damage", "destruction": "damage",
	"blaze": "fire", "wildfire": "fire",
	"flood": "flood", "flooding": "flood",
	"quake": "earthquake", "earthquake": "earthquake", "tremor": "earthquake",
	"evacuate": "evacuate", "evacuation": "evacuate",
	"rescue": "rescue", "rescuer": "rescue", "save": "rescue",
	"protest": "protest", "demonstration": "protest", "rally": "protest", "protester": "protest",
	"demonstrator": "protest",
	"strike":       "strike", "walkout": "strike", "struck": "strike",
	"plane": "aircraft", "aircraft": "aircraft", "jet": "aircraft", "airliner": "aircraft",
	"vessel": "ship", "ship": "ship",
	"car": "vehicle", "vehicle": "vehicle",
	"children": "child", "kid": "child", "child": "child",
	"women": "woman", "men": "man", "people": "people", "person": "people",
	"build": "build", "built": "build", "construct": "build", "construction": "build",
	// irregular verbs the stemmer cannot reach
	"paid": "pay", "gave": "give",
	"given": "give", "held": "hold", "kept": "keep", "sent": "send", "spent": "spend",
	"saw": "see", "seen": "see", "ran": "run",
	"fought": "fight", "caught": "catch", "brought": "bring", "chose": "choose",
	"chosen": "choose", "drove": "drive", "driven": "drive", "flew": "fly", "flown": "fly",
	"fled": "flee", "broke": "break", "broken": "break", "stole": "steal", "stolen": "steal",
	"wrote": "write", "written": "write", "spoke": "speak", "spoken": "speak", "led": "lead",
	"shot": "shoot", "sought": "seek", "thought": "think",
	"rang": "ring", "sang": "sing", "swam": "swim", "threw": "throw", "thrown": "throw",
	"froze": "freeze", "frozen": "freeze", "hid": "hide", "hidden": "hide", "stood": "stand",
	"understood": "understand", "bore": "bear", "borne": "bear",
}

// phrases are the multi-word forms of concepts, as words: a run of tokens whose stems spell one
// is read as a single token of the concept ("in good condition" = "undamaged").
var phrases = sync.OnceValue(func() map[string]string { return withClasses(phraseWords, true) })

var phraseWords = map[string]string{
	"in good condition": "undamaged", "in perfect condition": "undamaged",
	"in good shape": "undamaged", "without damage": "undamaged", "no damage": "undamaged",
	"step down": "leave", "stand down": "leave", "stepped down": "leave",
	"take into custody": "arrest", "taken into custody": "arrest",
	"lose their lives": "die", "lost their lives": "die", "lose his life": "die",
	"lose her life": "die", "lost his life": "die", "lost her life": "die", "pass away": "die",
	"call off": "cancel", "called off": "cancel", "shut down": "close", "kick off": "begin",
	"put on hold": "delay", "on hold": "unchanged", "lay off": "cut", "laid off": "cut",
	"set up": "founder", "go ahead": "approve", "prime minister": "premier", "to the polls": "election", "walk out": "strike", "turn down": "reject", "turned down": "reject", "walked out": "strike",
}

// phraseIndex holds phrases as runs of token keys, indexed by their first key.
var phraseIndex = sync.OnceValue(func() map[string][]phrase {
	m := map[string][]phrase{}
	for p, c := range phrases() {
		var keys []string
		for _, t := range tokenizeWords(p, nil) {
			keys = append(keys, t.key)
		}
		m[keys[0]] = append(m[keys[0]], phrase{keys, c})
	}
	for _, ps := range m {
		slices.SortFunc(ps, func(a, b phrase) int { return len(b.keys) - len(a.keys) }) // longest first
	}
	return m
})

type phrase struct {
	keys    []string
	concept string
}

// joinPhrases replaces each run of tokens that spells a phrase by one token of its concept.
func joinPhrases(toks []token) []token {
	index := phraseIndex()
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		for _, p := range index[t.key] {
			if i+len(p.keys) > len(toks) {
				continue
			}
			ok := true
			for k, key := range p.keys {
				if toks[i+k].key != key {
					ok = false
					break
				}
			}
			if ok {
				last := toks[i+len(p.keys)-1]
				t = token{key: p.concept, lower: p.concept, start: t.start, end: last.end}
				i += len(p.keys) - 1
				break
			}
		}
		out = append(out, t)
	}
	return out
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
		been whether upon within without via per among amid
		go goes going went gone get gets getting got make makes making made come comes coming came
		take takes taking took taken mean means meaning meant another least many much several
		every lot lots`) {
		m[w] = true
	}
	for _, w := range stopReporting {
		m[w] = true
	}
	for _, w := range stopHedges {
		m[w] = true
	}
	return m
}()

// unitWords name the unit of a figure when they follow the number.
var unitWords = map[string]string{
	"percent": "percent", "day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "fortnight", "fortnights": "fortnight", "month": "month", "months": "month",
	"year": "year", "years": "year", "hour": "hour", "hours": "hour",
	"million": "million", "billion": "billion", "trillion": "trillion", "thousand": "thousand",
	"dollar": "dollar", "dollars": "dollar", "user": "user", "users": "user",
	"job": "job", "jobs": "job", "position": "job", "positions": "job", "post": "job", "posts": "job",
	"role": "job", "roles": "job",
	"stake": "stake", "share": "share", "shares": "share", "center": "center", "centers": "center",
	"minute": "minute", "minutes": "minute", "second": "second", "seconds": "second",
	"customer": "user", "customers": "user", "subscriber": "user", "subscribers": "user",
	"viewer": "user", "viewers": "user",
	// people counted as what they are: "2,400 workers" are "2,400 people" at the plant
	"people": "people", "person": "people", "persons": "people", "employee": "people",
	"employees": "people", "worker": "people", "workers": "people", "staff": "people",
	"resident": "people", "residents": "people", "life": "people", "lives": "people",
	"store": "store", "stores": "store", "shop": "store", "shops": "store", "outlet": "store",
	"outlets": "store", "branch": "store", "branches": "store", "country": "country",
	"countries": "country", "app": "app", "apps": "app", "download": "download", "downloads": "download",
	"home": "home", "homes": "home", "house": "home", "houses": "home", "household": "home",
	"households": "home", "property": "home", "properties": "home",
}

// unitKeys maps the keys of unitWords to their unit, so that a synonym of a unit word counts the
// same thing: "50,000 travellers" and "50,000 passengers", "3.2 million shoppers" and "customers".
var unitKeys = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, len(unitWords))
	for w, u := range unitWords {
		if k := stem(w); m[k] == "" {
			m[k] = u
		}
	}
	return m
})

// unitOf returns the unit that word t names after a number, or "".
func unitOf(t token) string {
	if u := unitWords[t.lower]; u != "" {
		return u
	}
	if t.number || t.stop {
		return ""
	}
	return unitKeys()[t.key]
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

// monthAbbrs are the abbreviations news style writes beside a day ("Jan. 1", "Sept. 14"); not
// "Mar" nor "May", which are words. Only beside a day: "Jan" alone is a name.
var monthAbbrs = map[string]int{
	"jan": 1, "feb": 2, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
	"nov": 11, "dec": 12,
}

// dayMonthAt returns the number of the month named by toks[k] beside a day: a month's name or
// its abbreviation; 0 for none or past the tokens.
func dayMonthAt(toks []token, k int) int {
	if k < 0 || k >= len(toks) {
		return 0
	}
	if m := months[toks[k].lower]; m > 0 {
		return m
	}
	return monthAbbrs[toks[k].lower]
}

// monthWords are the stems of month names.
var monthWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for w := range months {
		m[stem(w)] = true
	}
	return m
})
