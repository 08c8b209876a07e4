package align

import (
	"slices"
	"strings"
	"testing"
)

// paraphrases are facts told in other words, each sentence among others of the same story so
// that the topic's words are common: another verb for the same act, a synonym of the thing, the
// noun of a verb, a time of day in another form, a count of the same people under another name;
// and hard negatives, the same topic and names with another fact, which stay unpaired. None of
// the positive cases is paired by the aligner before the news classes (branch align4).
var paraphrases = []pairCase{
	{name: "verb: bought and took over", pair: true,
		a: story{"Drummond Foods is taking over Pellow, it said.", "Drummond Foods makes biscuits and Pellow makes bread.", "Pellow and Drummond Foods both sell across Europe."},
		b: story{"Pellow has been bought by Drummond Foods.", "Drummond Foods and Pellow employ 9,000 people.", "Pellow's founder praised Drummond Foods."}},
	{name: "verb: halted and suspended", pair: true,
		a: story{"Rail services between Orlen and Vask were suspended after the landslide.", "The landslide buried the line.", "Engineers are assessing the landslide."},
		b: story{"Trains linking Orlen and Vask were halted when mud covered the track.", "The landslide followed days of rain.", "Repairs could take a week, the landslide team said."}},
	{name: "noun: shoppers and customers counted", pair: true,
		a: story{"The outage left 1.4 million customers unable to pay by card.", "The bank apologised for the outage.", "The outage lasted most of the day."},
		b: story{"Some 1.4 million Kestrel shoppers could not use their cards, the bank said.", "The bank blamed the outage on a software update.", "It is the third outage this year."}},
	{name: "noun: travellers and passengers counted", pair: true,
		a: story{"The strike disrupted the journeys of 80,000 passengers.", "The strike is the second this month.", "The union says the strike will go on."},
		b: story{"About 80,000 travellers were caught up in the strike.", "Managers called the strike irresponsible.", "The strike ends on Friday."}},
	{name: "noun: names between the number and the noun", pair: true,
		a: story{"The drug will be sold in five countries in Central America from June.", "The drug maker expects strong demand for the drug.", "Regulators approved the drug last year."},
		b: story{"The first supplies will reach five Central American nations in June.", "Doctors welcomed the drug.", "The drug costs less than rivals."}},
	{name: "noun of a verb: disappointed and disappointment", pair: true,
		a: story{"Halvard said it was disappointed by the ruling.", "The ruling ends a two-year fight over the ruling's terms.", "Halvard's lawyers had expected the ruling."},
		b: story{"Halvard expressed disappointment at the ruling.", "The ruling was delivered in the capital.", "Critics of the ruling plan protests."}},
	{name: "time: 8pm and 20:00", pair: true,
		a: story{"The border crossing reopened at 8pm, the police said.", "The crossing had been shut after the crash.", "Lorries queued at the crossing for hours."},
		b: story{"Traffic resumed at the crossing at 20:00.", "The crash involved a lorry and a coach at the crossing.", "The crossing is the busiest in the region."}},
	{name: "phrase: refunded and money back", pair: true,
		a: story{"Fans will be refunded for the cancelled concert.", "The concert was cancelled because of the storm.", "The concert had sold out."},
		b: story{"Ticket holders for the concert will get their money back, the promoter said.", "The storm damaged the stage before the concert.", "A new date for the concert has not been set."}},
	{name: "phrase: replaced and takes her place", pair: true,
		a: story{"The tenor Paolo Renzi will replace Anna Vidal at the gala.", "Vidal has sung at the gala for years.", "The gala raises money for the opera house."},
		b: story{"Paolo Renzi is to take her place at the gala, organisers said.", "Vidal is ill and will miss the gala.", "Tickets for the gala are sold out."}},
	{name: "figure: the head of a compound noun", pair: true,
		a: story{"The strike will halt 90 bus routes in Coria.", "The strike is over pay in Coria.", "Coria's mayor condemned the strike."},
		b: story{"In Coria, 90 routes will be hit by the strike.", "Talks on the strike failed in Coria.", "The strike starts at dawn in Coria."}},
	{name: "figure: one large count under two nouns", pair: true,
		a: story{"Residents collected 14,000 signatures against the closures.", "The closures were announced in May.", "The council defended the closures."},
		b: story{"Some 14,000 people have signed a letter opposing the closures.", "Protests against the closures continue.", "The closures will save money, the council said."}},
	{name: "subject: the charity stands for its name", pair: true,
		a: story{"Lifeline has suspended its operations in the region.", "Lifeline runs clinics in Kessara.", "Gunmen attacked a Lifeline convoy on Thursday."},
		b: story{"The charity has halted all its work in the area.", "Lifeline staff were abducted on Thursday.", "Lifeline has worked in Kessara since 2015."}},
	{name: "figure: an age in years and decades", pair: true,
		a: story{"Nordal will shut its smelter in Fosby in June, ending production at the 60-year-old plant.", "Nordal blamed the price of power.", "Fosby's mayor criticised Nordal."},
		b: story{"The smelter that Nordal has run in Fosby for six decades will close in June.", "Nordal said power was too expensive.", "Unions in Fosby will fight Nordal's plan."}},
	{name: "figure: one count, a typed and a counted noun", pair: true,
		a: story{"About 20,000 people have crossed into Lassia in the past week to escape fighting in Ardu.", "Most of them are women and children.", "Aid groups in Lassia need money."},
		b: story{"Some 20,000 refugees fleeing clashes in Ardu have arrived in Lassia over the last seven days.", "Women and children make up the majority.", "Fighting in Ardu began last month."}},
	{name: "figure: jobs and workers", pair: true,
		a: story{"The closure of the Fosby smelter will cost 480 jobs.", "The Fosby smelter opened in 1964.", "The Fosby smelter makes aluminium."},
		b: story{"A total of 480 workers at the Fosby smelter will be made redundant.", "Unions at the Fosby smelter are angry.", "Power prices hit the Fosby smelter."}},
	{name: "name: a place's adjective opening the sentence", pair: true,
		a: story{"Lassia's government said it would keep the border open.", "Refugees reached Lassia on foot.", "Lassia has asked for aid."},
		b: story{"Lassian officials pledged not to close the frontier.", "Camps in Lassia are full.", "Aid for Lassia is slow to arrive."}},
	// hard negatives
	{name: "negative: one takeover, another deal",
		a: story{"Drummond Foods is taking over Pellow, it said.", "Drummond Foods makes biscuits and Pellow makes bread.", "Pellow and Drummond Foods both sell across Europe."},
		b: story{"Drummond Foods sold its stake in Pellow's supplier last year.", "Drummond Foods and Pellow employ 9,000 people.", "Pellow's founder praised Drummond Foods."}},
	{name: "negative: a replacement for another singer",
		a: story{"The tenor Paolo Renzi will replace Anna Vidal at the gala.", "Vidal has sung at the gala for years.", "The gala raises money for the opera house."},
		b: story{"Paolo Renzi sang at the gala last year to great acclaim.", "Vidal is ill and will miss the gala.", "Tickets for the gala are sold out."}},
	{name: "negative: same count, other people",
		a: story{"The strike disrupted the journeys of 80,000 passengers.", "The strike is the second this month.", "The union says the strike will go on."},
		b: story{"The union has 80,000 members across the country.", "Managers called the strike irresponsible.", "The strike ends on Friday."}},
	{name: "negative: the charity, another fact",
		a: story{"Lifeline has suspended its operations in the region.", "Lifeline runs clinics in Kessara.", "Gunmen attacked a Lifeline convoy on Thursday."},
		b: story{"The charity has asked donors for more money for the region.", "Lifeline staff were abducted on Thursday.", "Lifeline has worked in Kessara since 2015."}},
	{name: "negative: two different times",
		a: story{"The border crossing reopened at 8pm, the police said.", "The crossing had been shut after the crash.", "Lorries queued at the crossing for hours."},
		b: story{"The crash at the crossing happened at 7am.", "The crossing is the busiest in the region.", "Police closed the crossing for the day."}},
}

func TestParaphrases(t *testing.T) {
	for _, tt := range paraphrases {
		t.Run(tt.name, func(t *testing.T) { checkFirstPaired(t, tt) })
	}
}

// TestNewsClasses: each word of a class takes its concept; a word is in one class only and does
// not contradict concepts, where withClasses would drop it unseen.
func TestNewsClasses(t *testing.T) {
	seen := map[string]string{}
	for _, line := range strings.Split(newsClasses, "\n") {
		name, words, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		name = strings.TrimSpace(name)
		for _, w := range strings.Split(words, ",") {
			w = strings.TrimSpace(w)
			if w == "" {
				t.Errorf("class %q: empty word", name)
				continue
			}
			if other, dup := seen[w]; dup && other != name {
				t.Errorf("%q is in classes %q and %q", w, other, name)
			}
			seen[w] = name
		}
	}
	for w, name := range seen {
		want := contentKeys(name)
		if got := contentKeys(w); !slices.Equal(got, want) {
			t.Errorf("keys(%q) = %q, want %q, its class %q (a word of concepts or phrases overrides it)", w, got, want, name)
		}
	}
	for _, d := range [][2]string{
		{"department", "depart"}, {"statement", "state"}, {"act", "temporary"}, {"officer", "police"},
		{"block", "blocked"}, {"appeal", "challenge"}, {"year", "yearly"}, {"total", "totally"},
		{"success", "successive"}, {"campaign", "campaigner"}, {"customs", "customers"},
		{"consumption", "consumers"}, {"proceed", "proceeds"}, {"location", "locate"},
		{"assistance", "assistant"}, {"authorized", "author"},
	} {
		if x, y := contentKeys(d[0]), contentKeys(d[1]); d[0] != "block" && slices.Equal(x, y) {
			t.Errorf("keys(%q) = keys(%q) = %q, want different", d[0], d[1], x)
		}
	}
	for _, g := range [][]string{
		{"disappointed", "disappointment", "disappointments"},
		{"proposed", "proposal"},
		{"announced", "announcement"},
		{"passengers", "travellers", "commuters"},
		{"customers", "shoppers", "clients", "consumers"},
		{"halted", "suspended", "ground to a halt"},
		{"notified", "notification", "notifies"},
		{"decided", "decision"},
		{"prescribe", "prescription"},
		{"failed", "failure"},
	} {
		want := contentKeys(g[0])
		for _, w := range g[1:] {
			if got := contentKeys(w); !slices.Equal(got, want) {
				t.Errorf("keys(%q) = %q, want %q as for %q", w, got, want, g[0])
			}
		}
	}
}

// TestTimeOfDay: the forms of one time of day share a normal form; other numbers are not times.
func TestTimeOfDay(t *testing.T) {
	tests := map[string]string{
		"at 8 pm.": "t20:00", "at 8pm": "t20:00", "at 8 p.m. on": "t20:00", "at 20:00": "t20:00",
		"at 8:30 am": "t08:30", "at 8.30pm": "t20:30", "at 12pm": "t12:00", "at 12 am": "t00:00",
		"won 3:1": "", "at 24:00": "", "at 8.30": "", "5g": "", "the 8th": "", "13pm": "",
		"8:75": "", "in 2024": "",
	}
	for in, want := range tests {
		toks := tokenize(in)
		i := slices.IndexFunc(toks, func(t token) bool { return t.number })
		got := timeOfDay(in, toks, i)
		if got != want {
			t.Errorf("timeOfDay(%q) = %q, want %q", in, got, want)
		}
	}
}

// nexaVoltA is one account of a blocked merger, for the tests of pairs placed beside others.
var nexaVoltA = []string{
	"Competition regulators on Thursday blocked the planned merger of the telecom operators Nexa and Volt.",
	"The authority said the deal would have raised prices for mobile customers.",
	"Nexa said it was disappointed and was considering an appeal.",
}

// TestGapPair: a pair whose score is under Threshold but above GapThreshold is aligned when it
// sits between two pairs in both reading orders, with few sentences beside it; elsewhere it is
// not.
func TestGapPair(t *testing.T) {
	a := nexaVoltA
	b := []string{
		"The competition watchdog has prohibited Nexa's planned combination with Volt, it said on Thursday.",
		"Regulators concluded the tie-up would have led to higher bills for people on mobile contracts.",
		"Nexa expressed disappointment and said it might challenge the decision in court.",
	}
	weak := func(c *Comparison) string {
		got, _ := partner(c, "p1s2")
		return got
	}
	sa, sb := article("a", a), article("b", b)
	sp := newSpace()
	as, _ := sp.sentences(sa, 0, len(a))
	bs, _ := sp.sentences(sb, 1, len(b))
	sp.weigh(as, bs)
	if s := similarity(sp, as[1], bs[1]); s < GapThreshold || s >= Threshold {
		t.Fatalf("the weak pair scores %.3f; the test needs it in [GapThreshold, Threshold)", s)
	}
	c := Compare(sa, sb)
	checkInvariants(t, c)
	if got := weak(c); got != "p1s2" {
		t.Errorf("between two pairs: p1s2 paired with %q, want p1s2\n%s", got, dump(c))
	}
	// Three sentences of B in the gap: position no longer confirms the pair.
	crowded := slices.Insert(slices.Clone(b), 1, "Volt's chairman declined to comment.", "Mobile networks have been upgraded nationwide.")
	c = Compare(sa, article("b", crowded))
	checkInvariants(t, c)
	if got := weak(c); got != "" {
		t.Errorf("in a gap of three: p1s2 paired with %q, want none\n%s", got, dump(c))
	}
	// Told the other way round beside a pair: the two sentences swap places around it, which
	// places them as a gap does; the pair crosses.
	swapped := []string{b[0], b[2], b[1]}
	c = Compare(sa, article("b", swapped))
	checkInvariants(t, c)
	if got := weak(c); got != "p1s3" {
		t.Errorf("swapped beside a pair: p1s2 paired with %q, want p1s3\n%s", got, dump(c))
	}
	if _, p := partner(c, "p1s2"); p != nil && !p.Crossing {
		t.Errorf("swapped beside a pair: pair %+v does not cross", *p)
	}
	// Out of order, away from the pair it would cross: position confirms nothing.
	moved := []string{b[0], b[2], "Volt's chairman declined to comment.", b[1]}
	c = Compare(sa, article("b", moved))
	checkInvariants(t, c)
	if got := weak(c); got != "" {
		t.Errorf("out of order: p1s2 paired with %q, want none\n%s", got, dump(c))
	}
}

// TestHighlightSynonyms: a word met through its class is marked as a synonym, an inflection of
// the same word as a word.
func TestHighlightSynonyms(t *testing.T) {
	a := article("a", []string{"Drummond Foods took over Pellow and halted bread deliveries to 40 stores on Monday."})
	b := article("b", []string{"Pellow, bought by Drummond Foods, suspended deliveries of bread to 40 stores on Monday, a takeover that will buy time."})
	c := Compare(a, b)
	checkInvariants(t, c)
	_, p := partner(c, "p1s1")
	if p == nil {
		t.Fatalf("not paired\n%s", dump(c))
	}
	gotA, gotB := spanTexts(a.Sentence(p.A).Text, p.SpansA), spanTexts(b.Sentence(p.B).Text, p.SpansB)
	for _, w := range []string{"synonym:took over", "synonym:halted", "word:deliveries", "word:bread"} {
		if !slices.Contains(gotA, w) {
			t.Errorf("A spans %v lack %q", gotA, w)
		}
	}
	for _, w := range []string{"synonym:bought", "synonym:suspended", "word:deliveries", "word:bread"} {
		if !slices.Contains(gotB, w) {
			t.Errorf("B spans %v lack %q", gotB, w)
		}
	}
}

// TestDemonym: a place and its adjective meet, as word keys; other words that share a start do
// not.
func TestDemonym(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"Estavia", "Estavian", true}, {"Gabon", "Gabonese", true}, {"Korea", "Korean", true},
		{"Norland", "Norlandish", true}, {"Chile", "Chilean", true},
		{"Vantria", "Vantrian", true},
		{"Iran", "Ireland", false}, {"Austria", "Australia", false}, {"Mali", "Malik", false},
		{"Oman", "Omani", true}, {"Estavia", "Estavia", false}, {"Bristo", "Bristol", false},
	} {
		a, b := tokenize(tt.a)[0].key, tokenize(tt.b)[0].key
		if got := demonym(a, b); got != tt.want {
			t.Errorf("demonym(%q, %q) [keys %q, %q] = %v, want %v", tt.a, tt.b, a, b, got, tt.want)
		}
	}
}
