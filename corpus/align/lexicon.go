package align

import (
	"strings"
	"sync"
)

// newsClasses are classes of near-synonyms in the register of news reports, written from general
// knowledge of how outlets word the same act or thing, one class a line: the concept's name,
// then its words (surface forms or lower-case words whose Porter2 stem stands for every
// inflection) and phrases. A class only holds words that one report can use where another uses
// its sibling for the same fact ("buy" and "take over" a company, "halted" and "suspended"
// trains, "shoppers" and "customers"); a word with a second common sense in news is left out
// ("hit", "fire", "bill"), since a wrong merge pairs unrelated sentences while a missed one only
// lowers a score that other shared words still carry. Classes add to concepts and phrases; a
// word already there keeps its concept (see TestNewsClasses).
const newsClasses = `
buy: take over, taken over, took over, taking over, snap up, snapped up
succeed: successor, replace, replacement, take over as, took over as, taking over as, takes over as
appoint: appointment, nominate, nomination, name as, named as
halt: suspend, suspension, stop, stoppage, pause, grind to a halt, ground to a halt
rail: train, railway, railroad
regulator: watchdog, authority, authorities, regulatory
user: customer, client, shopper, consumer
passenger: traveller, traveler, commuter
court: judge, tribunal, judiciary
rule: verdict, judgment, judgement
price: cost, fare, fee, pricing
tax: duty, duties, levy, taxation
revenue: income, turnover, proceeds
profit: earnings
pay: wage, salary, salaries, payment, remuneration, pay packet
power: energy
home: house, household, dwelling
vehicle: automobile
police: policeman, policewoman
steal: theft, thief, thieves, robbery, rob, burglary, burglar, heist, loot, break in, broke into, break into
find: found, discover, discovery, detect, uncover, locate
inform: notify, alert, tip off, tipped off
urge: advise, advised, advises, advising, recommend, call on, called on, calls on, encourage
criticise: criticize, criticism, condemn, condemnation, denounce, slam, complain, complaint
screen: display
phone: smartphone, handset, mobile phone, cellphone
farmer: grower
crop: harvest
night: overnight, after dark, nighttime
poor: poorer, poorest, low income, low-income, less well off
wind: gust, gale
coast: coastal, shore, coastline, seaside
study: research
researcher: scientist
lawyer: attorney, solicitor, counsel, barrister, legal team, legal teams
coalition: alliance
share: stock, shareholding
investor: shareholder, stakeholder
value: worth, valuation
rise: raise, hike, go up, went up, gone up, goes up, going up, soar, boost
fall: go down, went down, gone down, fell back
ban: block, bar, barred, forbid, forbade
approve: sign off, signed off, authorise, authorize, authorized, authorizes, authorisation, authorization, green light, give the go-ahead, endorse
prison: sentence, jail term, behind bars, imprisonment
corrupt: corruption, bribe, bribery, graft, kickback
data: information, info
hacker: cybercriminal, cyber criminals, cyber criminal, cyberattacker
breach: hack, cyberattack, cyber attack, cyber-attack, data leak
question: interrogate, interrogation, quiz
interim: temporary, caretaker
deputy: assistant, second-in-command
consecutive: successive, straight, in a row
league: division
plan: intend, intention, aim to, aims to, aimed to, set to, scheme
expect: forecast, predict, prediction, anticipate
extra: additional
merge: merger, combine, combination, amalgamate, amalgamation
demand: call for, called for, calls for, insist on
ask: request
resume: restart, reopen, reopening
dispute: row, feud, spat, quarrel
criminal: crook, offender
close: shutter, shuttered, close down, closed down, closes down
talk: hold talks, held talks
say: tell, told
succeed: take her place, take his place, take their place, take the place of, took her place, took his place, took the place of
refund: reimburse, reimbursement, money back
contain: under control, bring under control, brought under control
heat: high temperatures, high temperature, scorching
wind: gusty, windy
country: nation, nations
agree: accept, consent
help: aid, assist, assistance
need: require, requirement
show: reveal, indicate
try: attempt, endeavour, endeavor
return: send back, sent back, sending back, come back, came back, comes back, coming back
image: picture, photo, photograph
resolve: settle, settlement, resolution
leak: spill, spillage
hire: recruit, recruitment
attack: assault
explosion: blast, explode, bomb blast
reject: deny, denial, nothing to do with
praise: welcome, hail, applaud
concern: worry, fear, anxiety
accuse: allege, allegation, accusation
release: freed, set free
kidnap: abduct, abduction
repair: rebuild, rebuilt, restore, fix
collapse: cave in, caved in, give way, gave way, given way
crash: collide, collision, smash
chief-executive: chief executive, boss, chief exec
chair: chairman, chairwoman, chairperson
spokesperson: spokesman, spokeswoman
parliament: legislature
money: cash, funds
doctor: physician
student: pupil
truck: lorry
motorway: highway, expressway
border: frontier
fight: battle, clash, conflict
ceasefire: truce
interest-rate: interest rate, interest rates, borrowing costs, borrowing cost
unemployment: joblessness, jobless rate, jobless
storm: hurricane, typhoon, cyclone
rain: rainfall, downpour
film: movie
resident: inhabitant
prosecutor: prosecution
ship: boat
big: large, huge, vast
small: little, tiny
fast: quick, rapid, swift, quickly, rapidly, swiftly
severe: serious, seriously, severely
previous: former
candidate: contender, nominee
congress: mp, mps, member of parliament, members of parliament
meet: summit
agreement: treaty
partner: ally, allies
activist: campaigner
rebel: insurgent, militant
withdraw: pull out, pulled out, pulling out, pulls out, withdrew, withdrawn, pull off the market, pulled off the market, pulled from the market, taken off the market, take off the market
recession: downturn
deficit: shortfall
debt: borrowing
cut: layoff, layoffs, redundancy, redundancies, job cuts
strike: industrial action
supplier: vendor
bankrupt: bankruptcy, insolvent, insolvency
cheap: inexpensive, low cost, low-cost
expensive: costly, pricey, pricy
acquit: cleared of, found not guilty
die: murder, slay, slain
fraud: scam, swindle
drug: narcotic
seize: confiscate, confiscation, seizure
prisoner: inmate, detainee
flee: escape
snow: snowfall
drought: dry spell
missing: unaccounted for
outage: blackout, power cut, power cuts, power outage
illness: disease, sickness
vaccine: jab, vaccination, inoculation, immunisation, immunization
treat: therapy
win: beat, triumph
crash: accident
port: harbour, harbor
device: gadget
singer: vocalist
concert: gig
painting: artwork
book: novel
writer: novelist
award: prize
actor: actress
oil: crude
choose: opt
force: compel, oblige
oppose: object to, objected to, resist
promise: pledge, vow
respond: reply, answer, response
move: relocate, relocation
change: alter, alteration, amend
own: possess
use: utilise, utilize
think: believe
blame: held responsible, hold responsible, holds responsible
angry: furious, outraged
pleased: delighted, happy
shock: stunned, stun
illegal: unlawful, illicit
foreign: overseas, abroad
national: nationwide, countrywide
annual: yearly, annually
latest: newest, most recent
envoy: ambassador, diplomat
double: twice, twofold, two-fold
half: halve, halved, halving
summon: call in, called in, calls in
visit: visitor
begin: lift off, lifted off, lifts off, blast off, blasted off
inaugurate: sworn in, take office, took office, takes office, taking office, inauguration
runoff: second round, run-off
propose: offer
damage: flatten, flattened, raze, razed
flood: burst its banks, burst their banks, overflowed
hospitalise: hospitalize, admitted to hospital, taken to hospital, hospitalised, hospitalized
cancel: grounded
complete: finish, completion
outbreak: epidemic
forest: woods, woodland, woodlands
catch: recapture, recaptured
near: nearby, close to
appeal: challenge the ruling, challenge the decision, challenge the verdict, challenge the fine, challenge the fines, challenge the judgment, challenged the ruling, challenged the decision, challenge it in court, challenge the decision in court
fault: admit wrongdoing, admit any wrongdoing, admitted any wrongdoing, admitted wrongdoing, admits wrongdoing, admit liability, admitted liability, accept liability, accepted liability, accepts liability, accept responsibility, accepted responsibility, accepts responsibility, admit guilt, admitted guilt
arise: arose, arisen
overtake: overtook, overtaken
undertake: undertook, undertaken
mislead: misled
uphold: upheld
withhold: withheld
shake: shook, shaken
swear: swore, sworn
tear: tore, torn
sweep: swept
lend: lent
dig: dug
feed: fed
feel: felt
hang: hung
light: lit
sit: sat
stick: stuck
teach: taught
hear: heard
know: knew, known
ride: rode, ridden
forget: forgot, forgotten
become: became
bite: bitten
blow: blew, blown
draw: drew, drawn
eat: ate, eaten
overthrow: overthrew, overthrown
spin: spun
undergo: underwent, undergone
withstand: withstood
oversee: oversaw, overseen
foresee: foresaw, foreseen
rewrite: rewrote, rewritten
fail: break down, broke down, breaks down, broken down, malfunction
disappear: vanish
completely: entirely, wholly, fully, totally
defect: flaw, glitch, defective, faulty
cut: shed, axed jobs, job losses
cold: low temperatures, low temperature, chilly, frosty, icy
investigate: look into, looked into, looking into, looks into, examine, examination
complete: finalise, finalize, finalised, finalized, go through, went through, goes through
company: corporation, enterprise, business
threaten: threat
spend: expenditure, outlay
lend: loan
economy: economic
shortage: scarcity, short supply, lack of
survey: poll, opinion poll
voter: electorate
refugee: asylum seeker, asylum seekers
migrant: immigrant, immigration, migration
hostage: captive
firefighter: fireman, firemen, fire crew, fire crews, fire service
airline: carrier
driver: motorist
tenant: renter
graduate: alumnus, alumni, former student, former students
expert: specialist
apologise: apologize, apology, apologies, say sorry, said sorry
continue: carry on, carried on, carries on, carrying on
exceed: surpass, surpassed
move: redeploy, redeployed, redeployment, transfer
donate: donation, donor, benefactor
support: backing, backer, supporter
mediate: mediator, broker, brokered, mediation
attend: take part, took part, taking part, takes part, participate, participation
marry: wed, wedding, marriage
produce: manufacture
teenager: teen, adolescent
team: squad
referendum: plebiscite
owner: proprietor
journalist: reporter, correspondent
council: councillor, councilor, councillors, councilors
economise: economize, save money, saves money, saved money, saving money, cut costs, cuts costs, cutting costs, cost savings
investigate: review, reviewing, reviewed, reviews
baseless: groundless, unfounded, without foundation, without merit
punish: punishment, sanction
appeal: challenge the, challenged the, challenges the, challenging the
buy: buyer, purchaser, acquirer
sell: seller, sell off, sold off, selling off, put up for sale, dispose of, disposed of
leave: step aside, stepped aside, steps aside, stand aside, stood aside, bow out, bowed out
rise: rocket, skyrocket, spike, balloon, escalate, escalation
fall: plummet, slip, slipped, slipping, dive, dived, sag, lose ground, lost ground
sue: legal action, take legal action, took legal action, taking legal action, court action, take to court, taken to court, took to court
reject: vote down, voted down, throw out, threw out, thrown out, veto
propose: put forward, bid
violate: violation, flout, flouted, infringe, infringement, contravene, contravention
inflation: price rises, rising prices, cost of living
subsidy: subsidies, subsidise, subsidize, state aid, public money, public funds, public funding, government funding
landslide: mudslide, landslip
fire: bushfire, forest fire, forest fires
tsunami: tidal wave
witness: eyewitness, onlooker, bystander
smuggle: smuggler, trafficking, trafficker
chip: semiconductor, microchip
ai: artificial intelligence
electric-vehicle: electric vehicle, electric vehicles, electric car, electric cars, ev, evs
emission: greenhouse gas, greenhouse gases, carbon dioxide, co2
climate-change: climate change, global warming
renewable: clean energy, green energy
rescue: bailout, bail out, bailed out
listing: flotation, ipo, go public, went public, going public, stock market debut
free: free of charge, at no cost, cost nothing, costs nothing, without paying, for nothing, no fee, no fees, no charge, not charge
nobody: no one, no-one
begin: go live, went live, goes live, gone live
risk: danger, hazard
immediate: imminent
recall: call back, called back, calling back, calls back
worldwide: around the world, across the world, all over the world, globally
treat: care
`

// stopReporting are verbs that say that something was said, not what: they join the stop words.
var stopReporting = []string{"argued", "argues", "claimed", "insisted", "insists", "stressed",
	"explained", "explains", "confirmed", "confirms", "disclosed", "disclosing", "remarked",
	"roughly", "approximately", "around", "nearly", "almost", "some", "about", "just", "reporters"}

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
)

// wordClass returns the kinds of word a word key is, as bits.
func wordClass(k string) uint8 {
	var c uint8
	for _, w := range [...]struct {
		set func() map[string]bool
		bit uint8
	}{{timeWords, wordTime}, {periodWords, wordPeriod}, {settingWords, wordSetting}, {frameWords, wordFrame}, {monthWords, wordMonth}} {
		if w.set()[k] {
			c |= w.bit
		}
	}
	return c
}

// frameWords are the keys of the words that frame a report as expected, planned or wanted
// ("is expected to", "plans to", "is due to"): many facts of one story are framed alike.
var frameWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("expect plan due want hope likely need seek try able") {
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
