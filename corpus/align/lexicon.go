package align

import (
	"strings"
	"sync"
)

// stopReporting are verbs that say that something was said, not what: they join the stop words.
var stopReporting = []string{"argued", "argues", "claimed", "insisted", "insists", "stressed",
	"explained", "explains", "confirmed", "confirms", "disclosed", "disclosing", "remarked", "reporters"}

// stopHedges are the hedges of a figure ("roughly 300"), which the figure's reading keeps: as
// words they say nothing, and join the stop words.
var stopHedges = []string{"roughly", "approximately", "around", "nearly", "almost", "some", "about", "just"}

// passiveActs are the reporting verbs that, in the passive, are the act reported ("the discovery
// was confirmed", "the attack was claimed"), not who reported it.
var passiveActs = map[string]bool{"confirmed": true, "claimed": true, "disclosed": true}

// passiveBe are the forms of "be" before a past participle in the passive.
var passiveBe = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true}

// nominals are nouns made from a verb with a suffix the stemmer keeps ("-al", "-ment"), mapped
// to the verb, so that "the closure was a disappointment" meets "was disappointed". Words with
// "-ment" are stripped by rule (see stem); these are the "-al" ones, which cannot be, since most
// "-al" words are adjectives of a noun ("national", "constitutional").
var nominals = map[string]string{
	"proposal": "propose", "withdrawal": "withdraw", "removal": "remove", "renewal": "renew",
	"survival": "survive", "denial": "deny", "disposal": "dispose", "reversal": "reverse",
	"referral": "refer", "retrieval": "retrieve", "rental": "rent", "betrayal": "betray",
	"dismissal": "dismiss", "arrival": "arrive", "approval": "approve", "refusal": "refuse",
	"burial": "bury", "revival": "revive", "acquittal": "acquit", "appraisal": "appraise",
	"portrayal": "portray", "deferral": "defer", "rebuttal": "rebut",
	// and nouns of the act in "-ion", "-ure", ... whose stem is not the verb's
	"decision": "decide", "conclusion": "conclude", "inclusion": "include", "exclusion": "exclude",
	"invasion": "invade", "erosion": "erode", "extension": "extend", "expansion": "expand",
	"consumption": "consume", "resumption": "resume", "production": "produce",
	"introduction": "introduce", "permission": "permit", "submission": "submit",
	"omission": "omit", "transmission": "transmit", "solution": "solve", "evolution": "evolve",
	"maintenance": "maintain", "intervention": "intervene", "explanation": "explain",
	"description": "describe", "prescription": "prescribe", "subscription": "subscribe",
	"failure": "fail", "exposure": "expose", "choice": "choose", "belief": "believe",
	"proof": "prove", "speech": "speak", "pursuit": "pursue", "revision": "revise",
	"supervision": "supervise", "denunciation": "denounce", "perception": "perceive",
	"deception": "deceive", "assumption": "assume", "signature": "sign",
}

// notNominal are "-ment" words that are not the act of the verb their stem spells: a
// "department" is not a departure, a "statement" is not a state.
var notNominal = map[string]bool{
	"department": true, "apartment": true, "statement": true, "establishment": true,
	"compartment": true, "implement": true, "supplement": true, "experiment": true,
	"basement": true, "shipment": true, "element": true, "segment": true, "garment": true,
	"comment": true, "moment": true, "document": true, "argument": true, "parliament": true,
	"cement": true, "fragment": true, "ornament": true, "sentiment": true, "regiment": true,
	"tournament": true, "instrument": true, "monument": true, "testament": true,
	"temperament": true, "torment": true, "lament": true, "ferment": true, "pigment": true,
	"complement": true, "compliment": true, "increment": true, "excrement": true,
	"sediment": true, "environment": true, "government": true,
}

// nominalStem returns the verb of a noun of the act that a suffix rule reaches: "-ment"
// ("disappointments" → "disappoint") and "-ification" ("notification" → "notify"), which
// Porter2 leaves apart from the verb; "" when w is not one.
func nominalStem(w string) string {
	w = strings.TrimSuffix(w, "s")
	if v, ok := strings.CutSuffix(w, "ification"); ok && len(v) >= 2 {
		return v + "ify"
	}
	v, ok := strings.CutSuffix(w, "ment")
	if !ok || len(v) < 5 || notNominal[w] {
		return ""
	}
	return v
}

// withClasses adds the words of newsClasses to m, word → concept, and returns it; a word already
// in m keeps its concept.
func withClasses(m map[string]string, phrases bool) map[string]string {
	for _, line := range strings.Split(newsClasses, "\n") {
		name, words, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		name = strings.TrimSpace(name)
		if _, ok := m[name]; !ok && !phrases {
			m[name] = name
		}
		for _, w := range strings.Split(words, ",") {
			w = strings.TrimSpace(w)
			if w == "" || strings.ContainsAny(w, " -") != phrases {
				continue
			}
			if _, ok := m[w]; !ok {
				m[w] = name
			}
		}
	}
	return m
}

// timeWords are the keys of the words that place a report in the story's time relative to
// another ("last season", "next week"): they do not count as something two sentences share.
var timeWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("last next previous earlier later") {
		m[stem(w)] = true
	}
	return m
})

// settingWords are the keys of the nouns that say where a story happens without naming the
// place ("in the region", "across the country"): shared, they are the story's setting, not a
// fact.
var settingWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`region area city country town village province district
		state nation world place site locality neighbourhood neighborhood`) {
		m[stem(w)] = true
	}
	return m
})

// periodWords are the keys of the nouns for a long span of the calendar: "last year" and "a
// year ago" place a report in time, and two reports placed in the same year share no fact by
// it. A month or a week is narrower: "strikes later this month" and "walkouts at the end of the
// month" may share nothing else.
var periodWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("year decade century season") {
		m[stem(w)] = true
	}
	return m
})

// Kinds of word that say no fact by themselves, as bits of space.class.
const (
	wordTime    uint8 = 1 << iota // timeWords
	wordPeriod                    // periodWords
	wordSetting                   // settingWords
	wordFrame                     // frameWords
	wordMonth                     // monthWords
	wordDenial                    // denialWords
)

// wordClass returns the kinds of word a word key is, as bits.
func wordClass(k string) uint8 {
	var c uint8
	for _, w := range [...]struct {
		set func() map[string]bool
		bit uint8
	}{{timeWords, wordTime}, {periodWords, wordPeriod}, {settingWords, wordSetting}, {frameWords, wordFrame}, {monthWords, wordMonth}, {denialWords, wordDenial}} {
		if w.set()[k] {
			c |= w.bit
		}
	}
	return c
}

// denialWords are the keys of the negations that are words of their own ("never", "nobody",
// "nothing"): they deny what a sentence reports, as the negation feature says, and shared they
// are no rare word, since "The other three works have never been found" and "staff had never
// given up hope" share a polarity, not a fact.
var denialWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for w := range negations {
		m[stem(w)] = true
	}
	return m
})

// frameWords are the keys of the words that frame a report as expected, planned or wanted
// ("is expected to", "plans to", "is due to"): many facts of one story are framed alike.
var frameWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("expect plan due want hope likely need seek try able supposed") {
		m[stem(w)] = true
	}
	return m
})

// personNouns are the keys of nouns for kinds of person that news counts ("38,000 runners"), which
// a count of "people" can stand for (see peopleCount).
var personNouns = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`passenger traveller runner voter resident worker employee member
		student pupil child adult patient fan spectator visitor tourist protester demonstrator
		customer user soldier troop refugee migrant miner nurse doctor teacher farmer driver pilot
		crew victim survivor inhabitant citizen participant competitor athlete delegate guest
		shopper commuter household pensioner retiree woman man`) {
		m[stem(w)] = true
	}
	return m
})

// anaphoric reports whether a sentence opens with a subject that stands for a name told
// elsewhere: a personal pronoun, or "the", "its" or "their" and a noun news uses for an
// organisation ("The company said…", "The club is 17th…").
func anaphoric(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	switch toks[0].lower {
	case "it", "he", "she", "they":
		return true
	case "the", "its", "their", "his", "her":
		return len(toks) > 1 && orgNouns()[toks[1].key]
	}
	return false
}

// orgNouns are the keys of the nouns that stand for a named organisation in a report that named
// it before. Actors of their own ("the government", "the court", "police") are not among them.
var orgNouns = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`company firm group bank lender charity airline carrier chain
		retailer club team studio maker insurer broadcaster network business carmaker chipmaker
		startup giant brand manufacturer supplier developer publisher operator union party
		orchestra band museum university hospital`) {
		m[stem(w)] = true
	}
	return m
})
