package align

import (
	"slices"
	"strings"
	"testing"

	"parallax/corpus"
)

// figureOf returns the normal forms of the figures in text, joined by ", ".
func figureOf(text string) string {
	s := &corpus.Sentence{Text: text}
	var got []string
	for _, f := range figures(s, tokenize(text)) {
		got = append(got, f.value+" "+f.unit)
	}
	return strings.Join(got, ", ")
}

// TestFigureNormalForms: every way news writes one quantity has one normal form, and different
// quantities keep different ones. Measures converted between units compare to two significant
// digits, the rounding news applies when it converts.
func TestFigureNormalForms(t *testing.T) {
	same := [][]string{
		{"6.3 million people", "6.3m people", "6,300,000 people"},
		{"€32 million", "32m euros", "EUR 32m", "32 million euros", "€32m"},
		{"£310 million", "310 million pounds", "£310m", "GBP 310m"},
		{"$21.5bn", "21.5 billion dollars", "USD 21.5 billion", "$21,500 million"},
		{"81%", "81 per cent", "81 percent", "81pc", "eighty-one percent"},
		{"eleven people", "11 people"},
		{"a dozen people", "12 people"},
		{"half a million people", "500,000 people", "0.5 million people"},
		{"twenty-five days", "25 days"},
		{"three hundred jobs", "300 jobs"},
		{"two million users", "2 million users", "2m users"},
		{"100 km", "62 miles", "100 kilometres", "100km"},
		{"120 km/h", "75 mph", "120 kilometres per hour", "75 miles per hour", "120km/h"},
		{"30°C", "86°F", "30 degrees Celsius", "86 degrees Fahrenheit", "30C"},
		{"10 kg", "22 lb", "10 kilograms", "22lbs"},
		{"3,000 metres", "9,800 feet", "3 kilometres"},
		{"a quarter of voters", "25% of voters", "one in four voters", "1 in 4 voters", "25 per cent of voters"},
		{"two-thirds of members", "67% of members", "two thirds of members"},
		{"half of the staff", "50 percent of the staff"},
		{"48 hours", "two days", "2 days"},
		{"two weeks", "14 days", "fourteen days", "a fortnight", "one fortnight"},
		{"90 minutes", "an hour and a half", "one hour and a half"},
		{"15 minutes", "a quarter of an hour"},
		{"45 minutes", "three quarters of an hour"},
		{"18 months", "a year and a half"},
		{"30 months", "two years and a half"},
		{"6 months", "half a year"},
		{"900 jobs", "900 unfilled nursing jobs", "900 vacant posts"},
		{"40 users", "40 active registered users", "40 customers"},
		{"14 cases", "The number of confirmed cases rose to 14 on Monday.", "The number of cases rose to 14."},
		{"31,204 people", "a crowd of 31,204 watched", "an attendance of 31,204", "a turnout of just 31,204"},
		{"64 percent", "a turnout of 64 per cent", "a turnout of 64%", "an attendance of 64 percent"},
		{"10 years", "a decade", "one decade", "ten years"},
		{"25 years", "a quarter of a century", "twenty-five years", "the next quarter of a century"},
		{"50 years", "half a century", "five decades"},
		{"15 years", "a decade and a half"},
		{"100 years", "for a century", "more than a century", "a century of service"},
		{"the 61-year-old", "aged 61", "Okafor, 61, said", "a 61 year-old", "She is 61 and has led it since 2004.", "Okafor, who is 61, said", "Then he was 61."},
		{"minus 5 degrees", "-5C", "−5°C", "-5 degrees Celsius", "23°F", "five degrees below zero"},
		// A share of one unit is a measure, not a share of something.
		{"0.75 inches", "three-quarters of an inch", "three quarters of an inch"},
		{"0.5 miles", "half a mile", "800 metres"},
		{"400 metres", "a quarter of a mile"},
		{"0.5 cents", "half a cent"},
		{"0.25 kilograms", "a quarter of a kilogram"},
		{"$0.5", "half a dollar"},
	}
	var norms []string
	for _, g := range same {
		want := figureOf(g[0])
		if want == "" || strings.Contains(want, ",") {
			t.Errorf("figures(%q) = %q, want one figure", g[0], want)
			continue
		}
		for _, in := range g[1:] {
			if got := figureOf(in); got != want {
				t.Errorf("figures(%q) = %q, want %q as for %q", in, got, want, g[0])
			}
		}
		if slices.Contains(norms, want) {
			t.Errorf("%q: normal form %q shared with another quantity", g[0], want)
		}
		norms = append(norms, want)
	}
	for _, d := range [][2]string{
		{"100 km", "120 km"}, {"$21.5bn", "$25.1bn"}, {"81%", "18%"}, {"minus 5 degrees", "5 degrees"},
		{"30°C", "30°F"}, {"€32 million", "$32 million"}, {"eleven people", "12 people"},
		{"10 kg", "10 lb"}, {"62 miles", "62 km"}, {"aged 61", "61 years"},
		{"three-quarters of an inch", "three-quarters of voters"}, {"half a mile", "half of the staff"},
		{"half a cent", "fell half a point"}, {"The Dow is 61 points up.", "aged 61"},
		{"212 babies last year", "212 years"}, {"50 cents two years", "50 years"},
	} {
		x, y := figureOf(d[0]), figureOf(d[1])
		if x == "" || x == y {
			t.Errorf("figures(%q) = %q, figures(%q) = %q: want two different figures", d[0], x, d[1], y)
		}
	}
	// Not figures: a lone "one", a day of a month, an ordinal, a number that a comma parts from
	// the name after it ("the Vega 8, Lumora's latest phone").
	for _, in := range []string{"one of the bidders", "in the third quarter", "a quarter century", "on 24 June", "on June 24", "the 2nd round", "by January 19", "the Vega 8, Lumora's latest", "in 8. Kelby beat",
		"a decade ago", "in the past decade", "the decade", "a century ago",
		"Inflation in March was 3.", "It is 61.", "up from nine last week", "to 40 this year",
		"half a century ago", "a quarter of a century ago", "a decade and a half ago", "He made a century.",
		"the turnout of 2019 was higher", "Since 2019 affordable rental homes have been scarce.", "In 2019 local council jobs were cut."} {
		if got := figureOf(in); got != "" {
			t.Errorf("figures(%q) = %q, want none", in, got)
		}
	}
}

// normalForms are pairs told in two written forms of the same figure, date, name or wording, each
// sentence among others of the same story, and sentences that share only the story's topic.
var normalForms = []pairCase{
	// figures
	{name: "figures: millions in words and digits", pair: true,
		a: story{"The census counted 6.3 million residents in the region.", "The count was delayed by the pandemic.", "Officials will publish the detail next spring."},
		b: story{"Some 6,300,000 people now live in the region, the census found.", "The pandemic held up the count.", "More detail is due next year."}},
	{name: "figures: euros before and after", pair: true,
		a: story{"Brussels fined the bank €32 million for the breach.", "The bank said it would appeal.", "The case began in 2021."},
		b: story{"The lender must pay a 32m euros penalty, the commission said.", "It plans to challenge the decision.", "Regulators first looked at the case years ago."}},
	{name: "figures: pounds as a word", pair: true,
		a: story{"The council will spend £310 million on new homes.", "Building starts next year.", "Critics say it is too little."},
		b: story{"A 310 million pounds housing plan was approved by councillors.", "Work is due to begin soon.", "Opponents called it inadequate."}},
	{name: "figures: percent three ways", pair: true,
		a: story{"Some 81% of members backed the strike.", "The ballot closed on Friday.", "Employers called the result disappointing."},
		b: story{"Eighty-one per cent of those who voted supported industrial action.", "Voting ended last week.", "Bosses were disappointed."}},
	{name: "figures: a number in words", pair: true,
		a: story{"Eleven miners were rescued from the flooded shaft.", "The mine had been closed for repairs.", "Rescuers worked through the night."},
		b: story{"Rescue teams brought 11 miners out of the shaft after it flooded.", "Inspectors had ordered repairs.", "The operation took all night."}},
	{name: "figures: miles and kilometres", pair: true,
		a: story{"The ash cloud stretched 100 km across the valley.", "Flights were grounded.", "Schools closed for the day."},
		b: story{"Ash spread over 62 miles of the valley, officials said.", "Airports suspended flights.", "Pupils were sent home."}},
	{name: "figures: a cold night in two scales", pair: true,
		a: story{"Temperatures fell to minus 5 degrees overnight in the capital.", "Snow is expected later in the week.", "Homeless shelters opened extra beds."},
		b: story{"The capital shivered at -5C during the night.", "Forecasters expect snow by the weekend.", "Charities added emergency beds."}},
	{name: "figures: speed in mph and km/h", pair: true,
		a: story{"Gusts reached 120 km/h on the coast.", "Power was cut to thousands of homes.", "Ferries stayed in port."},
		b: story{"Winds of up to 75 mph battered the coast.", "Thousands of households lost electricity.", "Ferry services were suspended."}},
	{name: "figures: different amounts of money in one story",
		a: story{"Insurers put the cost of the storm at £310 million.", "The storm hit the coast on Sunday.", "Thousands of homes lost power in the storm."},
		b: story{"The storm destroyed crops worth £120 million, farmers said.", "The storm brought winds of hurricane force.", "Power has been restored after the storm."}},
	{name: "figures: an age written two ways", pair: true,
		a: story{"Okafor, 61, said she would step aside to care for her family.", "The council will elect a successor next month.", "Her deputy is expected to stand."},
		b: story{"The 61-year-old cited family reasons for leaving office.", "Councillors will choose a replacement in the new year.", "The deputy mayor is the favourite."}},
	// dates
	{name: "dates: day before and after month", pair: true,
		a: story{"The strike will begin on June 24, union leaders said.", "Talks with employers broke down.", "Ports across the country will be affected."},
		b: story{"Dockers will walk out on 24 June after pay talks collapsed.", "The employers' group said it was disappointed.", "Shipping firms warned of delays."}},
	{name: "dates: an ordinal date", pair: true,
		a: story{"Voters will go to the polls on 2 October.", "Parliament was dissolved on Monday.", "Campaigning starts at once."},
		b: story{"The election will be held on October 2nd, the prime minister announced.", "Opposition parties welcomed the vote.", "Candidates have two weeks to register."}},
	{name: "dates: numeric day and month", pair: true,
		a: story{"The bridge reopens to traffic on 24/6, the council said.", "Repairs took eight months.", "Buses will return to the route."},
		b: story{"Traffic will flow over the bridge again from June 24.", "Engineers replaced the deck.", "Bus services resume the same week."}},
	{name: "dates: two different days",
		a: story{"The festival opens on 24 June.", "Organisers expect record crowds at the festival.", "The festival lasts a week."},
		b: story{"Tickets for the festival go on sale on June 28.", "The festival has sold out before.", "Prices for the festival are up."}},
	{name: "dates: two days of one month, with the year",
		a: story{"The festival opens on 24 June 2025.", "Organisers expect record crowds at the festival.", "The festival lasts a week."},
		b: story{"Tickets for the festival go on sale on 28 June 2025.", "The festival has sold out before.", "Prices for the festival are up."}},
	{name: "dates: a year alone is the story's time",
		a: story{"The theft in 1990 remains the largest unsolved art crime in the city.", "The paintings were never found.", "Police still receive tips about the theft."},
		b: story{"Thirteen works were taken in the 1990 theft.", "A reward has been offered for the works.", "The museum has kept the frames empty since the theft."}},
	// names
	{name: "names: an abbreviation the other account introduces", pair: true,
		a: story{"The Valmora Dockers Union rejected the pay offer on Monday.", "Talks are due to resume next week.", "Ports are running normally."},
		b: story{"The VDU turned down the pay offer, its leaders said.", "The Valmora Dockers Union (VDU) represents port workers across the region.", "Negotiations continue."}},
	{name: "names: surname and full name", pair: true,
		a: story{"Interior Minister Sofia Brandt ordered a review of border checks.", "The government has faced criticism.", "Opposition parties welcomed the move."},
		b: story{"Brandt has asked officials to review checks at the border.", "Ministers have been under pressure.", "The opposition backed the decision."}},
	// paraphrase: the story's topic words are in every sentence, so only the paraphrase is rare
	{name: "paraphrase: arrested and detained", pair: true,
		a: story{"Police detained two protesters outside parliament.", "Protesters blocked the road to parliament for hours.", "Parliament was sitting late as protesters chanted."},
		b: story{"Two protesters were arrested outside parliament, police said.", "Crowds of protesters gathered by parliament at noon.", "Inside parliament, the debate on the protesters' demands ran late."}},
	{name: "paraphrase: killed and died", pair: true,
		a: story{"Three passengers died when the bus overturned.", "The bus was carrying 40 passengers.", "Passengers on the bus were taken to hospital."},
		b: story{"The bus crash killed three passengers.", "Most passengers on the bus escaped with cuts.", "The bus company said it was shocked."}},
	{name: "paraphrase: in good condition, undamaged", pair: true,
		a: story{"The painting was in good condition, the gallery said.", "The gallery bought the painting in 1990.", "Thieves took the painting from the gallery in May."},
		b: story{"The gallery said the painting appeared undamaged.", "The painting is the gallery's most valuable.", "The gallery will put the painting back on show."}},
	{name: "paraphrase: sacked and fired", pair: true,
		a: story{"The club sacked its manager on Sunday.", "The club's manager had been under pressure.", "Fans of the club wanted a new manager."},
		b: story{"The manager was fired by the club after the defeat on Sunday.", "The club had backed the manager in public.", "The club will name a new manager soon."}},
	{name: "paraphrase: opened an enquiry, launched an investigation", pair: true,
		a: story{"Regulators have opened an enquiry into the lender.", "The lender's shares fell on the news about the lender.", "Savers at the lender were worried."},
		b: story{"The watchdog launched an investigation into the lender.", "The lender said it would cooperate.", "The lender has 2 million customers."}},
	{name: "paraphrase: injured and hurt", pair: true,
		a: story{"Two firefighters were injured at the warehouse.", "The warehouse burned for six hours.", "The warehouse stored paint."},
		b: story{"Two firefighters were hurt at the warehouse, officials said.", "The warehouse roof collapsed.", "The warehouse owner has not commented."}},
	// topic only, in the same words and their normal forms
	{name: "topic: arrests in one story",
		a: story{"Police arrested a man in the city centre.", "The raid followed months of surveillance.", "Drugs were seized."},
		b: story{"Officers have detained dozens of suspects this year.", "Crime has fallen in the city.", "The mayor praised the police."}},
}

func TestNormalForms(t *testing.T) {
	for _, tt := range normalForms {
		t.Run(tt.name, func(t *testing.T) { checkFirstPaired(t, tt) })
	}
}

// TestConcepts: inflections and the common news synonyms and multi-word forms share one key;
// words that Porter2 would merge but that report different things do not.
func TestConcepts(t *testing.T) {
	checkKeys(t, [][]string{
		{"investigated", "investigating", "investigation", "inquiry", "enquiry", "probe"},
		{"launched", "opened", "began", "begins", "started"},
		{"undamaged", "in good condition", "intact", "unharmed"},
		{"rose", "increased", "climbed", "jumped", "grew"},
		{"fell", "dropped", "declined", "plunged", "slumped"},
		{"fired", "dismissed", "sacked"},
		{"arrested", "detained", "taken into custody"},
		{"killed", "died", "dead", "lost their lives"},
		{"injured", "hurt", "wounded", "injuries"},
		{"resigned", "stepped down", "quit"},
		{"French", "France"}, {"British", "Britain", "UK"},
		{"called off", "cancelled", "scrapped"},
	}, [][2]string{
		{"constitute", "constitutional"}, {"close", "closely"}, {"nation", "national"},
		{"found", "founded"}, {"rise", "fall"}, {"arrested", "charged"}, {"fire", "fired"},
	})
	if x, y := stem("second"), ordinalKey("2nd"); x != y {
		t.Errorf("stem(second) = %q, ordinalKey(2nd) = %q: want one ordinal", x, y)
	}
}

// TestAbbreviations: an abbreviation one account introduces ("the Valmora Dockers Union (VDU)")
// names the same thing as the full name, in either account; one never introduced, or "the union",
// does not.
func TestAbbreviations(t *testing.T) {
	a := article("a", []string{
		"The Valmora Dockers Union rejected the offer on Monday.",
		"Members of the Bank of Ardell (BoA) staff association joined them.",
	})
	b := article("b", []string{
		"The VDU turned the offer down.",
		"The Valmora Dockers Union (VDU) represents port workers.",
		"The union and the PDU said more talks were needed.",
		"BoA staff will vote next week.",
	})
	sp := newSpace()
	abbreviations(a, sp.abbr)
	abbreviations(b, sp.abbr)
	as, _ := sp.sentences(a, 0, 10)
	bs, _ := sp.sentences(b, 1, 10)
	has := func(s *sent, name string) bool {
		id, ok := sp.ids[key{kindEntity, name}]
		return ok && slices.Contains(s.feats, id)
	}
	for _, tt := range []struct {
		s    *sent
		name string
		want bool
	}{
		{as[0], "Valmora Dockers Union", true},
		{bs[0], "Valmora Dockers Union", true},
		{bs[1], "Valmora Dockers Union", true},
		{bs[2], "Valmora Dockers Union", false},
		{bs[3], "Bank of Ardell", true},
	} {
		if got := has(tt.s, tt.name); got != tt.want {
			var ks []string
			for _, f := range tt.s.feats {
				ks = append(ks, sp.keys[f].text)
			}
			t.Errorf("%q names %s = %v, want %v (features %q)", tt.s.s.Text, tt.name, got, tt.want, ks)
		}
	}
	if _, ok := sp.abbr["PDU"]; ok {
		t.Errorf("PDU was never introduced, but is taken for %v", sp.abbr["PDU"])
	}
}

// dateKeysOf returns the date features and ordinals of a sentence, as describe finds them.
func dateKeysOf(text string) []string {
	sp := newSpace()
	ss, _ := sp.sentences(article("x", []string{text}), 0, 1)
	var out []string
	for _, f := range ss[0].feats {
		if k := sp.keys[f]; k.kind == kindDate || strings.HasPrefix(k.text, "#") {
			out = append(out, k.text)
		}
	}
	slices.Sort(out)
	return out
}

// TestDateForms: a day of a month written in any order, with an ordinal, after a weekday or as an
// unambiguous day/month pair has one key; different days, and a pair that reads both ways, do not
// share it.
func TestDateForms(t *testing.T) {
	same := [][]string{
		{"The strike starts on June 24.", "The strike starts on 24 June.", "The strike starts on 24/6.",
			"The strike starts on 6/24.", "The strike starts on the 24th of June.", "The strike starts on June 24th.",
			"The strike starts on Tuesday, June 24.", "The strike starts on Tuesday 24 June."},
		{"He finished 2nd in the race.", "He finished second in the race."},
		{"Voting is on 2 October.", "Voting is on October 2nd.", "Voting is on the second of October."},
	}
	for _, g := range same {
		want := dateKeysOf(g[0])
		if len(want) == 0 {
			t.Errorf("%q: no date", g[0])
		}
		for _, s := range g[1:] {
			if got := dateKeysOf(s); !slices.Equal(got, want) {
				t.Errorf("dates of %q = %q, want %q as for %q", s, got, want, g[0])
			}
		}
	}
	for _, d := range [][2]string{
		{"It opens on 24 June.", "It opens on 25 June."},
		{"It opens on 24 June.", "It opens on 24 July."},
	} {
		if x, y := dateKeysOf(d[0]), dateKeysOf(d[1]); slices.Equal(x, y) {
			t.Errorf("dates of %q and %q = %q, want different", d[0], d[1], x)
		}
	}
	if got := dateKeysOf("It opens on 6/7."); len(got) != 0 {
		t.Errorf("dates of an ambiguous 6/7 = %q, want none", got)
	}
}

// TestOddNumbers: the edges of the number, unit and date readers never panic.
func TestOddNumbers(t *testing.T) {
	for _, s := range []string{"-", "−", "°", "5°", "(", "()", "(VDU", "VDU)", "1/", "/1", "1/2/3", "31/12",
		"half", "half a", "a", "a dozen", "twenty-", "twenty-five", "EUR", "EUR 5", "1 in", "one in",
		"a third", "a third of", "$", "minus", "minus 5", "5 degrees below", "61-year-old", ", 61,",
		"the second of", "2nd of", "24 June 2025", "June", "5C", "-5F", "120km/h", "75 miles per",
		"0 in 0", "1 in 0", "9999999999999999999999 km", "1e400 people", ".5 million"} {
		a, b := article("a", []string{s, "x " + s + " y"}), article("b", []string{s + ".", s})
		checkInvariants(t, Compare(a, b))
		_ = figureOf(s)
	}
}

// probes are one fact told twice in the words different outlets choose, one pair of each kind:
// figures in other forms and units, synonyms and inflections, dates and names.
var probes = [][2]string{
	{"The central bank raised interest rates by a quarter of a percentage point to 4.5%.", "Rates went up 0.25 points to 4.5 per cent, the bank said."},
	{"The company will cut 1,200 jobs, about 8% of its workforce.", "Some 1,200 positions will go, the firm said."},
	{"The ship ran aground off the coast of Norvik early on Saturday.", "The vessel struck rocks near Norvik in the early hours of Saturday."},
	{"The jury found Harlan guilty of fraud on Thursday.", "Harlan was convicted of fraud on Thursday."},
	{"He was sentenced to eight years in prison.", "A judge jailed him for eight years."},
	{"Police said the gunman was shot dead by officers.", "The attacker was killed by police."},
	{"The flight was delayed by three hours.", "Passengers waited three hours for the delayed flight."},
	{"Profits doubled to $2bn.", "Net income rose 100% to 2 billion dollars."},
	{"The company's chief executive, Maria Lenz, will step down at the end of the year.", "Lenz is to leave the company in December."},
	{"The storm left 200,000 homes without power.", "Some 200,000 households lost electricity."},
	{"Unemployment fell to 4.1% in March.", "The jobless rate dropped to 4.1 per cent in March."},
	{"The government will spend an extra £2bn on hospitals.", "An additional £2 billion will go to hospitals."},
	{"The merger will create the country's largest bank.", "The combined lender will be the biggest in the country."},
	{"Scientists discovered a new species of frog.", "Researchers found a previously unknown frog species."},
	{"The bridge will close for repairs from Monday.", "Repair work will shut the bridge starting Monday."},
	{"Inflation hit 9.1%, a 40-year high.", "Prices rose at the fastest pace in four decades, 9.1 percent."},
	{"The team signed the striker for a record £85m fee.", "The club paid a club-record 85 million pounds for the forward."},
	{"More than 300 flights were cancelled at Orly airport.", "Over 300 flights were scrapped at Orly."},
	{"The plant employs 2,400 people in the town.", "Some 2,400 workers are employed at the factory."},
	{"Prime Minister Anna Kovac arrived in Brussels on Tuesday.", "Kovac landed in Brussels on Tuesday for talks."},
	{"The European Central Bank (ECB) kept rates on hold.", "The ECB left borrowing costs unchanged."},
	{"Shares in Norcom closed 3.2% lower.", "Norcom's stock ended the day down 3.2 per cent."},
	{"The earthquake, of magnitude 6.4, struck at dawn.", "A 6.4-magnitude quake hit early on Sunday."},
	{"About 1.2 million people have fled the region.", "Some 1.2m residents have left the area."},
	{"The 45-year-old was arrested at his home in Delton.", "Police detained the man, 45, at his Delton home."},
	{"The aid package is worth €1.5bn.", "The package amounts to 1.5 billion euros."},
	{"Temperatures are forecast to reach 40C on Friday.", "Forecasters expect 104F on Friday."},
	{"The bill passed by 312 votes to 198.", "MPs voted 312-198 in favour of the bill."},
	{"Dr Helen Marsh, who led the study, said the results were striking.", "Marsh, the study's lead author, called the findings striking."},
	{"The company was founded in 1998 by two brothers.", "Two brothers set up the firm in 1998."},
	{"The strike will last 48 hours.", "The walkout is due to run for two days."},
	{"The museum reopened on 1 March after a three-year renovation.", "After three years of refurbishment, the museum opened its doors again on March 1st."},
	{"Officials said 17 people had been rescued from the rubble.", "Seventeen survivors were pulled from the debris, officials said."},
	{"The drug cut the risk of death by a third.", "Deaths fell by 33% among patients given the drug."},
	{"The airline will axe 500 routes.", "The carrier is scrapping 500 routes."},
	{"The vote was postponed until next week.", "Lawmakers delayed the vote by a week."},
	{"The court ordered the company to pay $4m in damages.", "A judge told the firm to pay four million dollars in compensation."},
	{"Rescuers found the missing climbers alive on Sunday.", "The two climbers who had been missing were found safe on Sunday."},
	{"The government has approved plans for a new airport.", "Ministers gave the go-ahead for the airport project."},
	{"Ticket prices will rise by 5% from January.", "Fares are going up 5 per cent in January."},
	{"The singer cancelled the rest of her tour because of illness.", "Illness forced the singer to call off her remaining concerts."},
	{"The researchers studied 2,000 patients over ten years.", "The decade-long study followed 2,000 patients."},
	{"Exports grew by 12% in the third quarter.", "Exports rose 12 per cent in the July-September period."},
	{"The mayor announced her resignation on Wednesday.", "On Wednesday the mayor said she would resign."},
	{"The hospital treated 37 people for smoke inhalation.", "Thirty-seven people needed hospital treatment after breathing in smoke."},
	{"The factory will close in March with the loss of 900 jobs.", "Some 900 workers will lose their jobs when the plant shuts in March."},
	{"Police are searching for a 16-year-old girl who went missing on Friday.", "A girl aged 16 has been missing since Friday, police said."},
	{"The new line will cut journey times by half.", "Trips on the new line will take 50% less time."},
	{"The volcano erupted at 6am, sending ash 10km into the sky.", "Ash rose six miles above the volcano after it erupted early in the morning."},
	{"The firm reported a loss of $1.3bn for the year.", "The company lost 1.3 billion dollars over the year."},
	{"The prime minister will visit Japan next month.", "The premier is due to travel to Japan in May."},
	{"Opposition leader Tom Reyes won 52% of the vote.", "Reyes took 52 per cent of ballots cast."},
}

func TestProbes(t *testing.T) {
	filler := [][2]string{{"Officials gave no further details.", "The statement did not say more."},
		{"More information is expected later.", "Updates will follow."}}
	for _, p := range probes {
		a := article("a", []string{p[0], filler[0][0], filler[1][0]})
		b := article("b", []string{p[1], filler[0][1], filler[1][1]})
		c := Compare(a, b)
		checkInvariants(t, c)
		if got, _ := partner(c, "p1s1"); got != "p1s1" {
			t.Errorf("not paired: %q / %q\n%s", p[0], p[1], dump(c))
		}
	}
}

// TestPeopleCount: a count of people meets a count of a kind of person with the same value; two
// kinds of person, or two values, do not; "300 m" standing apart is metres.
func TestPeopleCount(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"About 38,000 runners took part.", "Some 38,000 people ran.", true},
		{"38,000 people were evacuated.", "Officials moved 38,000 tourists.", true},
		{"The union has 80,000 members.", "The strike hit 80,000 passengers.", false},
		{"About 38,000 runners took part.", "Some 36,000 people ran.", false},
	} {
		sp := newSpace()
		xa, xb := article("a", []string{tt.a}), article("b", []string{tt.b})
		as, _ := sp.sentences(xa, 0, 1)
		bs, _ := sp.sentences(xb, 1, 1)
		if _, _, got := sp.peopleCount(as[0], bs[0]); got != tt.want {
			t.Errorf("peopleCount(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	if got := figureOf("trapped 300 m below ground"); got != figureOf("trapped 300 metres below ground") {
		t.Errorf("figures(300 m) = %q, want %q", got, figureOf("300 metres"))
	}
	for _, in := range []string{"a £5 m grant", "5 m people"} {
		if got := figureOf(in); strings.HasSuffix(got, " m") {
			t.Errorf("figures(%q) = %q, want no metres", in, got)
		}
	}
}
