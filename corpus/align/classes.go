package align

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
night: overnight, after dark, nighttime, small hours, wee hours
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
appeal-for-witnesses: appeal for witnesses, appealed for witnesses, appealing for witnesses, appeals for witnesses, to come forward, want to hear from, wants to hear from, wanted to hear from, contact police, contact the police, contacted police, contacted the police
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
oppose: object to, objected to, resist, vote against, voted against, votes against, voting against
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
fall: plummet, slip, slipped, slipping, dive, dived, sag, lose ground, lost ground, weaken
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
winner: victor
jury: juror, jurors
burn: burnt, torch, torched, set alight, set on fire, burnt out, burned out
own-brand: own brand, own-label, own label, private label, private-label, store brand, store-brand
arson: started deliberately, deliberately started, set deliberately, deliberately set, set on purpose
build: break ground, broke ground, breaking ground, breaks ground
`
