package align

import (
	"slices"
	"testing"
)

// unseenKinds are the kinds of pair that the gold lists written blind in this round (dev22 and
// dev23, whose first runs measured the aligner on text nobody had tuned it on) showed the aligner
// getting wrong, each with more cases than those lists gave, in sentences written for this test:
// a figure and the same figure rounded; a vote or a score told by two small numbers; a paraphrase
// in related words in a gap between two pairs; and, as hard negatives, two facts about one person
// that share only the person's name and title.
var unseenKinds = []pairCase{
	// A figure and the same figure rounded.
	{name: "rounded: a count to the thousand", pair: true,
		a: story{"More than 12,000 households are without running water, the company said.", "Bottled water is being handed out at three stations.", "The company blamed a burst main near the reservoir."},
		b: story{"The supply to 12,340 properties has been cut off.", "Three collection points for bottled water have opened.", "A main burst close to the reservoir on Sunday."}},
	{name: "rounded: a share as nine in ten", pair: true,
		a: story{"The union said 88 per cent of members voted to accept the offer.", "The deal includes a one-off payment.", "Talks had lasted eight months."},
		b: story{"Almost nine in ten nurses backed it in the ballot.", "Staff will also get a one-off payment.", "Negotiations went on for eight months."}},
	{name: "rounded: jobs to the hundred", pair: true,
		a: story{"The carmaker will cut 480 jobs at its plant.", "Production of the older model ends in March.", "The plant opened in 1978."},
		b: story{"Around 500 workers face redundancy.", "The older model will stop being made in March.", "The factory has been open since 1978."}},
	// Hard negatives of the rounding: two figures, not one.
	{name: "rounded: negative: 15,000 and 20,000 are two counts",
		a: story{"About 15,000 runners took part in the Kelby marathon on Sunday.", "The race was won by a local teacher.", "Roads in the centre were closed until 4pm."},
		b: story{"Organisers hope 20,000 runners will enter next year's race.", "A local teacher won the men's race.", "The centre was closed to traffic until the afternoon."}},
	{name: "rounded: negative: another measure with a near value",
		a: story{"Turnout in the Kelby by-election was 41 per cent.", "The seat was held by the Greens.", "The count finished after midnight."},
		b: story{"The Greens won 40 per cent of the vote in Kelby.", "The Greens held the seat.", "Counting ended in the early hours."}},
	// A vote or a score told by two small numbers.
	{name: "two numbers: a vote told the other way round", pair: true,
		a: story{"The council approved the budget by 27 votes to 19 on Tuesday night.", "The budget raises council tax by 4.9 per cent.", "Opposition members walked out before the vote."},
		b: story{"Nineteen councillors voted against the budget, but 27 supported it.", "Council tax will rise by 4.9 per cent.", "Some opposition councillors left the chamber in protest."}},
	{name: "two numbers: a motion carried", pair: true,
		a: story{"The motion passed by 31 votes to 26 after a debate lasting nearly three hours.", "The scheme will start in April.", "Protesters gathered outside the hall."},
		b: story{"Twenty-six councillors opposed the scheme, but 31 backed it.", "It will begin in April.", "A crowd of protesters waited outside the hall."}},
	{name: "two numbers: seats won and lost", pair: true,
		a: story{"The Greens won 34 seats in the election, while the Liberals took 21.", "Turnout was lower than at the last election.", "The Greens' leader thanked voters."},
		b: story{"With 21 seats, the Liberals finished well behind the Greens on 34.", "Fewer people voted than four years ago.", "The Greens' leader said voters had chosen change."}},
	{name: "two numbers: negative: one number, other things",
		a: story{"The jury took 23 hours to reach its verdict.", "The trial lasted six weeks.", "The defendant denied the charges."},
		b: story{"Police arrested 23 protesters outside the court.", "The six-week trial ended on Friday.", "The defendant had denied all the charges."}},
	// Two facts about one person, sharing only the person's name and title.
	{name: "roles: negative: the director, two facts",
		a: story{"The gallery's director, Anna Petrakis, said the collection would tour Asia next year.", "The gallery reopened in May after repairs.", "Visitor numbers have doubled since the reopening."},
		b: story{"Anna Petrakis, the gallery's director, joined from a museum in Athens in 2019.", "Repairs kept the gallery closed until May.", "Twice as many people now visit the gallery."}},
	{name: "roles: negative: a title before the name, two facts",
		a: story{"Chief Superintendent Lena Ellery said the march had passed off peacefully.", "About 3,000 people joined the march.", "Three roads were closed for the afternoon."},
		b: story{"Chief Superintendent Lena Ellery, who joined the force in 2015, will retire next year.", "Some 3,000 marchers took part.", "Three roads were shut in the afternoon."}},
	{name: "roles: negative: a role then the name between commas",
		a: story{"The airline's chief executive, Marta Solberg, said fares would rise in the summer.", "The airline carried 9 million passengers last year.", "It flies to 40 countries."},
		b: story{"Marta Solberg, the airline's chief executive, was appointed in January after a boardroom row.", "Last year 9 million passengers flew with the airline.", "Its network covers 40 countries."}},
	{name: "roles: the act before the name is not a title", pair: true,
		a: story{"Police arrested Marta Solberg at her home on Tuesday.", "Solberg ran the charity for ten years.", "The charity has closed its offices."},
		b: story{"Police arrested Marta Solberg in Oslo.", "She had led the charity for a decade.", "Its offices are shut."}},
	{name: "roles: the same fact told with the title", pair: true,
		a: story{"The gallery's director, Anna Petrakis, said the collection would tour Asia next year.", "The gallery reopened in May after repairs.", "Visitor numbers have doubled since the reopening."},
		b: story{"The collection is to go on a tour of Asia in 2026, according to the gallery's director, Anna Petrakis.", "Repairs kept the gallery closed until May.", "Twice as many people now visit the gallery."}},
}

// secondRoundKinds are the kinds of pair a second look at dev22 and dev23 found missed, each
// with cases written for this test: a count whose noun has a modifier ("seventeen theft
// charges" / "17 counts of theft"); a precise number with a name; a result or a vote written
// with a hyphen. (A sentence that swaps places with its partner around a pair is TestGapPair's.)
// A hard negative keeps two results apart.
var secondRoundKinds = []pairCase{
	{name: "modifier: theft charges and counts of theft", pair: true,
		a: story{"Peter Hollis, 61, of Kelby, admitted 17 counts of theft at Marlow Crown Court in June.", "He will be sentenced in March.", "The court heard he had stolen from elderly neighbours."},
		b: story{"He had pleaded guilty to seventeen theft charges earlier this year.", "Sentencing is set for March.", "His victims were elderly people living near him."}},
	{name: "modifier: driving charges", pair: true,
		a: story{"The driver faces 12 charges of dangerous driving.", "He was arrested on the motorway.", "He will appear in court next week."},
		b: story{"Prosecutors have brought twelve dangerous driving counts against him.", "Police stopped him on the motorway.", "His court appearance is set for next week."}},
	{name: "precise number: an attendance", pair: true,
		a: story{"A crowd of 27,314 watched the final at Marsh Park, a record for the competition.", "Kelby's captain lifted the trophy.", "It was the club's first final since 1994."},
		b: story{"The attendance of 27,314 at Marsh Park was the highest in the tournament's history.", "The captain raised the cup in front of the fans.", "Kelby last reached a final in 1994."}},
	{name: "precise number: cars and vehicles", pair: true,
		a: story{"Sales at Varrow rose to 6,183 cars in the three months to June, the carmaker said.", "The new model went on sale in April.", "Prices were cut in May."},
		b: story{"The Varrow brand found buyers for 6,183 vehicles in the quarter, a record for the company.", "Its latest model was launched in April.", "It lowered its prices in May."}},
	{name: "result: a score", pair: true,
		a: story{"Ferris left the club on Sunday, hours after a 3-0 home defeat by Castlebury.", "He had been manager since 2021.", "His assistant will take charge."},
		b: story{"Castlebury beat Ferris's side 3-0 at the Harbour Ground on Sunday, and he was gone by the evening.", "Ferris was appointed in 2021.", "The assistant manager takes over for now."}},
	{name: "result: a vote", pair: true,
		a: story{"The Senate passed the bill 52-48 late on Thursday.", "It now goes to the president.", "Protesters gathered outside."},
		b: story{"By 52-48, senators approved the measure on Thursday night.", "The president is expected to sign it.", "A crowd protested outside the building."}},
	{name: "result: negative: two results",
		a: story{"Kelby beat Castleford 2-0 on Saturday.", "The manager praised the defence.", "Kelby rise to fourth."},
		b: story{"Kelby lost 3-1 to Marston on Tuesday.", "The manager criticised the defence.", "Kelby drop to fifth."}},
}

// thirdRoundKinds are the kinds of pair the blind dev24 and dev25 found missed, with cases
// written for this test: an amount and its conversion into another currency; a distance and its
// conversion into another system of units.
var thirdRoundKinds = []pairCase{
	{name: "currencies: an investment in dollars and in euros", pair: true,
		a: story{"Harlow Motors said on Tuesday it would build its first European battery plant in Poland, investing about $2.2 billion.", "The site will employ 3,000 people.", "Production is due to start in 2028."},
		b: story{"Harlow, the fast-growing carmaker, is to open a €2bn battery plant in Poland.", "Some 3,000 jobs will be created.", "The first cells should come off the line in 2028."}},
	{name: "currencies: a fine in euros and in pounds", pair: true,
		a: story{"Regulators fined the airline 45 million euros for misleading passengers about refunds.", "The airline said it would appeal.", "Complaints rose sharply during the pandemic."},
		b: story{"The carrier has been hit with a £38m penalty over the way it handled refund requests.", "It plans to challenge the decision.", "Passengers complained in large numbers during the pandemic."}},
	{name: "units: miles and kilometres", pair: true,
		a: story{"The quake struck at a depth of about 12 miles beneath the seabed, the Geological Survey said.", "Buildings swayed in the capital.", "No tsunami warning was issued."},
		b: story{"Its focus lay 20 kilometres underground, according to the Geological Survey.", "Tall buildings in the capital shook.", "There was no risk of a tsunami, officials said."}},
	{name: "units: miles an hour and kilometres an hour", pair: true,
		a: story{"The storm's winds reached 60 mph as it crossed the coast, the Met Office said.", "Trees fell across railway lines.", "Ferries were cancelled."},
		b: story{"Gusts of up to 100 km/h were recorded, according to the Met Office.", "Rail services were halted by fallen trees.", "No ferries sailed."}},
}

// fourthRoundKinds are the kinds of pair the blind dev26 and dev27 found missed, besides the
// places of TestPlaceKinds, with cases written for this test: a day after a month's abbreviation;
// a figure rounded the way its hedge bounds it; months that make whole years; an amount in a
// compound adjective; a vote told in words and in digits. Each stands alone, with no pair beside
// it to place it. (TestRoundedAs keeps a hedge that bounds the wrong way from making a pair.)
var fourthRoundKinds = []pairCase{
	{name: "dates: a month's abbreviation", pair: true,
		a: story{"The new rates take effect on Jan. 1.", "Bills will rise for most homes."},
		b: story{"The higher tariffs come into force on 1 January.", "The watchdog was criticised by campaigners."}},
	{name: "dates: September abbreviated with four letters", pair: true,
		a: story{"The museum reopens on Sept. 14 after repairs.", "The roof was damaged in a storm."},
		b: story{"The museum will welcome visitors again from 14 September.", "Its collection was moved to a warehouse."}},
	{name: "dates: October after a sentence's start", pair: true,
		a: story{"On Oct. 12, the council will vote on the new budget.", "Taxes are set to rise."},
		b: story{"Councillors decide the spending plan on 12 October.", "Residents have protested."}},
	{name: "hedges: more than a rounding down", pair: true,
		a: story{"Corvane said hackers had stolen personal data belonging to about 4.3 million customers.", "The breach began in March."},
		b: story{"More than four million people may have had their personal data stolen, Corvane said.", "Its shares fell sharply."}},
	{name: "hedges: over a rounding down", pair: true,
		a: story{"The appeal has raised £2.15 million for flood victims, organisers said.", "Donations came from 40 countries."},
		b: story{"Over £2m has been donated to help those hit by the floods.", "The Red Cross is distributing the money."}},
	{name: "durations: months that make years", pair: true,
		a: story{"Chief executive Dana Whitlock said the company would offer two years of free credit monitoring.", "The company's shares fell 6 per cent."},
		b: story{"Dana Whitlock, the chief executive, promised those affected free credit monitoring for 24 months.", "Regulators have opened an inquiry."}},
	{name: "durations: 36 months and three years", pair: true,
		a: story{"The striker signed a contract running for 36 months.", "He scored twice on his debut."},
		b: story{"He has agreed a three-year deal, the club said.", "Fans sang his name at the ground."}},
	{name: "amounts: a compound adjective", pair: true,
		a: story{"Mayor Gloria Feeney said the tax rise was needed to close a $48 million deficit.", "The budget passed on Tuesday."},
		b: story{"Feeney said she had to raise taxes to plug a 48-million-dollar hole in the city's finances.", "Libraries will stay open."}},
	{name: "amounts: a compound adjective with its sign", pair: true,
		a: story{"Orbis agreed to buy Calder Labs for $3.5 billion in cash.", "The deal needs regulatory approval."},
		b: story{"Analysts welcomed the $3.5-billion takeover, the largest in the sector this year.", "Calder has a staff of 2,000."}},
	{name: "votes: told in words and in digits", pair: true,
		a: story{"The board approved the plan by five votes to two.", "The new timetable starts in August."},
		b: story{"Trustees backed it 5-2 on Monday night.", "Families were divided."}},
}

// fifthRoundKinds are more kinds of figure the development halves dev22 to dev27 showed missed,
// with cases written for this test: a count in words ("a pair of", "a couple of"); a bound hedge
// before a share in words, or "at least"; an order of magnitude ("hundreds of homes"), which keeps
// a pair that shares rare words from a veto but is no fact of its own.
var fifthRoundKinds = []pairCase{
	{name: "words: a pair of", pair: true,
		a: story{"The gang escaped on two motorcycles, witnesses said.", "The shop had been open for a week."},
		b: story{"Witnesses saw the men ride off on a pair of motorbikes.", "Police are searching nearby woods."}},
	{name: "words: a couple of hours", pair: true,
		a: story{"The tsunami warning was lifted about two hours later.", "Fishing boats stayed in port."},
		b: story{"Authorities withdrew the alert within a couple of hours.", "Schools were closed as a precaution."}},
	{name: "hedges: almost two-thirds", pair: true,
		a: story{"Turnout in the referendum was 63 percent.", "The result was announced at dawn."},
		b: story{"Almost two-thirds of voters cast a ballot in the referendum.", "Counting took all night."}},
	{name: "hedges: at least", pair: true,
		a: story{"At least 2,000 people have fled the fighting in the northern hills, the agency said.", "Aid convoys were turned back."},
		b: story{"The fighting in the northern hills has displaced 2,140 residents, according to the Red Cross.", "The road to the border is closed."}},
	{name: "orders: hundreds of homes", pair: true,
		a: story{"Hundreds of homes were evacuated in the Tarrow valley after the river burst its banks following two days of rain.", "A school was used as a shelter."},
		b: story{"Flooding forced about 400 households in the Tarrow valley to leave as the river overflowed.", "The army was called in."}},
}

// TestOrderOfMagnitudeIsNoFact: "hundreds of people" within a count's range is no fact that two
// sentences share: they may tell two acts. (Away from the articles' edges, which place a pair
// as a gap does.)
func TestOrderOfMagnitudeIsNoFact(t *testing.T) {
	for _, c := range [][2]string{
		{"Hundreds of people were evacuated from the town.", "About 300 people were injured in the town."},
		{"Thousands of jobs were created in the region.", "Some 4,000 jobs were lost in the region."},
	} {
		cmp := Compare(article("a", []string{c[0], "Roads were closed."}), article("b", []string{"Hospitals were stretched.", c[1], "Schools stayed shut."}))
		if got, _ := partner(cmp, "p1s1"); got != "" {
			t.Errorf("%q paired with %q, want none\n%s", c[0], got, dump(cmp))
		}
	}
}

// sixthRoundKinds are the kinds of error the blind dev28 and dev29 showed, with cases written
// for this test: a person named with a title written in lower case or with two titles, telling
// two facts; one number counting people and things; a span of time that frames a report ("a
// fortnight ago"); and, missed, a time of day in words.
var sixthRoundKinds = []pairCase{
	{name: "roles: negative: a title in lower case, two facts",
		a: story{"Chief medical officer Nadia Brook said the flu season had arrived earlier than in any year since 2017.", "Wards are full."},
		b: story{"Nadia Brook, the hospital's chief medical officer, said staff sickness was adding to the pressure.", "Beds are short."}},
	{name: "roles: negative: two titles, two facts",
		a: story{"Detective Inspector Maren Solberg said the thieves appeared to know exactly which cabinet to target.", "The museum is closed."},
		b: story{"Maren Solberg, the detective leading the case, appealed for anyone who saw a van near the harbour to come forward.", "Visitors were turned away."}},
	{name: "counts: negative: people and shops",
		a: story{"The factory in Dunmore supplies about 600 shops across the region.", "It makes bread and rolls."},
		b: story{"The Dunmore factory employs about 600 people, many of them on night shifts.", "Its ovens run all day."}},
	{name: "frames: negative: a fortnight ago and the past two weeks",
		a: story{"The hospital is treating 112 flu patients, up from 40 a fortnight ago.", "Visiting has been restricted."},
		b: story{"Across the region, 40 care homes have reported flu outbreaks in the past two weeks.", "Vaccination rates are low."}},
	{name: "times: three in the morning", pair: true,
		a: story{"Varga said she had prepared the opening with her coach until three in the morning.", "She is ranked 74th."},
		b: story{"She and her coach worked on the line until 3 am, Varga revealed.", "Her federation celebrated."}},
}

// seventhRoundKinds are the kinds the blind dev30 and dev31 showed, with cases written for this
// test: a vote told as "in favour" and "against"; a speed "an hour"; a share right after a verb of
// change; and, as a hard negative, a person named by a role and by a clause that gives it.
var seventhRoundKinds = []pairCase{
	{name: "votes: in favour and against", pair: true,
		a: story{"The bill was approved by 214 votes to 187 after a debate that ran past midnight.", "It now goes to the upper house."},
		b: story{"The final tally was 214 in favour and 187 against.", "Opposition members walked out."}},
	{name: "speeds: kilometres an hour", pair: true,
		a: story{"Gusts of 70 kilometres per hour fanned the fire overnight.", "Two homes were lost."},
		b: story{"Winds reached 70 kilometres an hour, forecasters said.", "Crews worked through the night."}},
	{name: "shares: right after a verb of change", pair: true,
		a: story{"Greenway shares jumped 24 percent in morning trading.", "The grocer has 300 stores."},
		b: story{"Shares in Greenway soared almost a quarter on Monday.", "Analysts called the price generous."}},
	{name: "roles: negative: a role and a clause that gives it, two facts",
		a: story{"The orchestra's board chairman, Peter Lindqvist, said the conductor had rebuilt its finances after a deficit in 2009.", "Tickets sold out."},
		b: story{"Lindqvist, who chairs the board, said finding a successor would be the hardest task he had faced.", "The season opens in May."}},
}

// eighthRoundKinds are kinds the blind dev22 to dev31 still showed missed, with cases written
// for this test: a police appeal for witnesses, told as an appeal, a wish to hear from anyone, or
// a call to come forward or contact the police, with a hard negative (someone who came forward
// with a claim is no appeal for witnesses); and words of one act in news reports.
var eighthRoundKinds = []pairCase{
	{name: "appeals: appealed for witnesses and want to hear from", pair: true,
		a: story{"Police have appealed for witnesses who were near the quay in the small hours.", "The boat was found drifting."},
		b: story{"Detectives want to hear from anyone who passed the harbour during the night.", "The owner reported it missing."}},
	{name: "appeals: come forward and contact police", pair: true,
		a: story{"Officers urged anyone who saw the two men on Mill Road to come forward.", "A car was later found burnt out."},
		b: story{"Anyone who noticed them on Mill Road has been asked to contact police.", "The shop reopened on Monday."}},
	{name: "appeals: negative: a claim is no appeal",
		a: story{"Two more former players have come forward with complaints about the coach.", "The club has suspended him."},
		b: story{"Police want to hear from anyone who saw the coach's car on Friday.", "He denies wrongdoing."}},
	{name: "words: a currency weakened and slipped", pair: true,
		a: story{"The krona weakened against the dollar after the decision.", "Bond yields were flat."},
		b: story{"Sweden's currency slipped against the dollar following the announcement.", "Exporters welcomed the move."}},
	{name: "words: the winner and the victor", pair: true,
		a: story{"Ana Ruiz was declared the winner shortly after midnight.", "Turnout was low."},
		b: story{"Officials announced Ruiz as the victor.", "She thanked her volunteers."}},
	{name: "words: started deliberately and arson", pair: true,
		a: story{"Detectives believe the blaze was started deliberately.", "Smoke could be seen for miles."},
		b: story{"Police are treating the fire as arson.", "Nearby roads were closed."}},
	{name: "words: construction and breaking ground", pair: true,
		a: story{"Construction is due to start in the spring.", "The club has played at Mill Park since 1921."},
		b: story{"The club hopes to break ground in the spring.", "Fans have raised £2m towards it."}},
	{name: "votes: voted seven to five and voting 7-5", pair: true,
		a: story{"The planning committee voted seven to five in favour, with one abstention.", "Objectors packed the public gallery of the planning committee."},
		b: story{"The planning committee backed the scheme late on Wednesday, voting 7-5.", "The developer welcomed the planning committee's decision."}},
	{name: "votes: the vote was 11 to 4 and voted 11-4", pair: true,
		a: story{"The council vote was 11 to 4, with both staff representatives against.", "Students had protested outside the council."},
		b: story{"The university council has voted 11-4 to shut the campus.", "The council told staff by email."}},
	{name: "votes: negative: an age range is no vote",
		a: story{"Parliament voted to lower the voting age from 16 to 18 in local elections.", "The change takes effect next year."},
		b: story{"The result was 16-18 after extra time, the club said.", "Fans invaded the pitch."}},
	{name: "names: a hall's name and its words in lower case", pair: true,
		a: story{"Evacuated families are being housed at Marden Community Hall.", "The river peaked overnight."},
		b: story{"Families forced out by the water have been given beds at the town's community hall.", "Water levels are now falling."}},
	{name: "words: a jury and jurors", pair: true,
		a: story{"The jury in the Pellow trial retired on the fourth day.", "The Pellow trial heard from 30 witnesses."},
		b: story{"Jurors in the Pellow trial were sent out after closing speeches.", "The Pellow trial had been due to last a month."}},
	{name: "words: burnt out and torched", pair: true,
		a: story{"The getaway van was later found burnt out.", "The getaway van had false plates."},
		b: story{"The getaway van was torched a mile away.", "Police are trying to trace the getaway van's owner."}},
	{name: "words: own-brand and private-label", pair: true,
		a: story{"Own-brand groceries now make up a third of sales.", "The chain has 300 shops."},
		b: story{"Private-label goods account for a growing share of sales.", "Its shares fell."}},
	{name: "words: voted against and opposed", pair: true,
		a: story{"Three councillors voted against the plan.", "It passed anyway."},
		b: story{"Three members opposed it.", "Council tax will rise."}},
}

// hedgeKinds: a hedge after a form of "be" is no act: "is just the start" and "is just over a
// billion", "was about pensions" and "was about pay" share nothing.
var hedgeKinds = []pairCase{
	{name: "hedge: negative: is just",
		a: story{"The Harwick offer is just the start, the union said.", "Talks resume on Monday.", "Drivers want 6%."},
		b: story{"Harwick's deficit is just over a billion.", "The council will vote in May.", "Fares may rise."}},
	{name: "hedge: negative: was about",
		a: story{"The strike was about pensions, the union said.", "Talks resume on Monday.", "Drivers want 6%."},
		b: story{"The dispute at Harwick was about pay.", "The council will vote in May.", "Fares may rise."}},
}

// passiveKinds: a reporting verb in the passive is the act reported ("The discovery was
// confirmed" / "received official confirmation"); in the active it says only who reported
// ("the agency confirmed"), and a shared reporting verb pairs nothing.
var passiveKinds = []pairCase{
	{name: "passive: confirmed / confirmation", pair: true,
		a: story{"The find was confirmed by the Minor Planet Center two days later.", "The comet is faint.", "It will pass the Sun in May."},
		b: story{"It received official confirmation from the Minor Planet Center.", "Amateurs often find comets.", "She used a small telescope."}},
	{name: "passive: claimed / claim", pair: true,
		a: story{"The attack was claimed by the Harwick Front.", "Hackers took names and emails.", "The firm has apologised."},
		b: story{"The Harwick Front's claim came hours later.", "No bank details were stolen.", "Customers were told by email."}},
	{name: "passive: negative: a reporting verb in the active",
		a: story{"Harwick police confirmed the arrest.", "Hackers took names and emails.", "The firm has apologised."},
		b: story{"The Harwick closure was confirmed.", "No bank details were stolen.", "Customers were told by email."}},
}

// quarterKinds: the quarter just ended is "the previous three months".
var quarterKinds = []pairCase{
	{name: "quarter: last quarter / previous three months", pair: true,
		a: story{"Vireo lost 2 million subscribers in the last quarter.", "Its shares fell.", "The firm blamed price rises."},
		b: story{"The service shed two million members in the previous three months.", "Rivals gained.", "Analysts were surprised."}},
}

// countBeforeKinds: "the number of X … at N" counts X, and "2,100" with its separator is no
// year.
var countBeforeKinds = []pairCase{
	{name: "count: the number of displaced at over 2,100", pair: true,
		a: story{"More than 2,100 people had been forced from their homes, the Harwick agency said.", "The quake struck at night.", "Aftershocks followed."},
		b: story{"The Harwick agency put the number of displaced at over 2,100.", "Roads were blocked.", "Schools were shut."}},
	{name: "count: the number of patients rose to 1,940", pair: true,
		a: story{"Harwick General is treating 1,940 patients with flu, the trust said.", "Visiting is restricted.", "Masks are advised."},
		b: story{"The number of inpatients with flu at Harwick General has risen to 1,940.", "Clinics are busy.", "Staff are tired."}},
}

// priceKinds: pence are hundredths of a pound, a price "a share" is a rate of its own, and a
// fraction of a second or a minute is a span of seconds.
var priceKinds = []pairCase{
	{name: "price: 245p a share / 245p per share", pair: true,
		a: story{"Redstone will pay 245p a share in cash, a premium of 34 per cent.", "The board backs the deal.", "Shares rose."},
		b: story{"Redstone Partners is offering 245p per share.", "Staff were told on Monday.", "The deal needs approval."}},
	{name: "price: a share price beside the whole offer", pair: true,
		a: story{"Harwick rejected the 530 pence-a-share offer, which valued the group at about £1.35bn.", "The board backs the deal.", "Shares rose."},
		b: story{"Harwick turned down a £1.3bn takeover offer.", "Staff were told on Monday.", "The deal needs approval."}},
	{name: "span: less than 90 seconds / under a minute and a half", pair: true,
		a: story{"The Castellan raid lasted less than 90 seconds.", "Four men were jailed.", "Most of the jewels are missing."},
		b: story{"At Castellan they were in and out in under a minute and a half.", "The gang used sledgehammers.", "Police appealed for help."}},
}

// unhedgedKinds: a sum or a count written to two significant digits or more without a hedge is a
// rounding of the exact one ("$2.4 billion" of "$2.41 billion"), and "edged up to" is where a
// figure moved, not a bound.
var unhedgedKinds = []pairCase{
	{name: "rounding: negative: a share written to other digits",
		a: story{"Inflation in Harwick rose to 2.35% in April.", "Rents rose faster.", "Wages lagged."},
		b: story{"The Harwick central bank expects inflation of 2.4% next year.", "Rates are on hold.", "The pound fell."}},
	{name: "millions: watched by 8.5m / 8.5 million viewers", pair: true,
		a: story{"The final episode was watched by 8.5m.", "Rents rose faster.", "Wages lagged."},
		b: story{"The finale drew 8.5 million viewers.", "Rates are on hold.", "The pound fell."}},
	{name: "rounding: $2.41 billion / edged up to $2.4 billion", pair: true,
		a: story{"Kestrel's revenue rose 3% to $2.41 billion.", "Its shares fell.", "The chief executive is leaving."},
		b: story{"Kestrel's sales edged up to $2.4 billion.", "Analysts had expected more.", "A new boss starts in May."}},
	{name: "rounding: 31,204 / 31,000", pair: true,
		a: story{"A crowd of 31,204 watched the Harwick final.", "Rovers won 2-1.", "Mensah scored late."},
		b: story{"The Harwick final drew 31,000 fans.", "It was a record.", "Saltmarsh led at half-time."}},
}

// tallyKinds: a tally of votes that each side tells once is as telling as a figure with its unit.
var tallyKinds = []pairCase{
	{name: "tally: voted 31 to 17 / carried by 31 votes to 17", pair: true,
		a: story{"Councillors voted 31 to 17 in favour of the change on Wednesday.", "Bins will be emptied every three weeks.", "The change starts in April."},
		b: story{"The proposal was carried by 31 votes to 17.", "Residents objected.", "A petition gathered 4,000 names."}},
}

// onlyHereKinds: a name both accounts give in one sentence only, and an act told in related
// words, are one report of what that one actor did; the name alone, or a name the accounts give
// elsewhere too, is not.
var onlyHereKinds = []pairCase{
	{name: "only here: the family would fight the plan / oppose it", pair: true,
		a: story{"Chairman Tom Ellery said the family would fight the plan.", "The brewery was founded in 1840.", "The family sells its beer in 30 countries.", "Its brewery employs 200 people."},
		b: story{"Tom Ellery, the chairman, said the family would oppose it.", "The buyer is a Belgian group.", "The family owns 60% of the shares.", "Staff will keep their jobs."}},
	{name: "only here: negative: a name given elsewhere too",
		a: story{"Chairman Tom Ellery said the family would fight the plan.", "Tom Ellery has led the brewery since 1990.", "Its beer is sold in 30 countries."},
		b: story{"Tom Ellery, the chairman, said the family would oppose it.", "Tom Ellery's family founded the brewery.", "Staff will keep their jobs."}},
	{name: "only here: negative: the name and related words alone",
		a: story{"Chairman Tom Ellery said he would fight the plan.", "The brewery was founded in 1840.", "Its beer is sold in 30 countries."},
		b: story{"Tom Ellery, the chairman, vowed to oppose it.", "The buyer is a Belgian group.", "Staff will keep their jobs."}},
	{name: "only here: negative: the name and unrelated acts",
		a: story{"Chairman Tom Ellery said the family had met on Monday.", "The brewery was founded in 1840.", "Its beer is sold in 30 countries."},
		b: story{"Tom Ellery, the chairman, said exports would rise.", "The buyer is a Belgian group.", "Staff will keep their jobs."}},
}

func TestUnseenKinds(t *testing.T) {
	for _, tt := range slices.Concat(hedgeKinds, onlyHereKinds, tallyKinds, unhedgedKinds, priceKinds, countBeforeKinds, quarterKinds, passiveKinds, unseenKinds, secondRoundKinds, thirdRoundKinds, fourthRoundKinds, fifthRoundKinds, sixthRoundKinds, seventhRoundKinds, eighthRoundKinds, ninthRoundKinds, zoneKinds, rateKinds, amountKinds, decadeKinds) {
		t.Run(tt.name, func(t *testing.T) { checkFirstPaired(t, tt) })
	}
}

// decadeKinds: a span of years with a name of its own, written with an article for its number;
// a count whose noun comes two words after its number; people counted as a crowd; and a count of
// three significant digits under two nouns.
var decadeKinds = []pairCase{
	{name: "spans: a decade", pair: true,
		a: story{"Former treasurer Colin Marsh, 58, was sentenced to ten years.", "He showed no emotion."},
		b: story{"The man who ran the club's accounts has been jailed for a decade for stealing from its members.", "Members wept in court."}},
	{name: "spans: a quarter of a century", pair: true,
		a: story{"Tollgate Mining plans to extract 3.1 million tonnes of granite over 25 years.", "Locals oppose it."},
		b: story{"The company wants to quarry granite at Tollgate for the next quarter of a century.", "A decision is due in May."}},
	{name: "counts: two words before the noun", pair: true,
		a: story{"The audit blamed a lack of staff, with about 600 posts vacant in the county's care homes.", "Families have complained."},
		b: story{"Auditors pointed to some 600 unfilled care jobs as the main problem.", "The county disputes the findings."}},
	{name: "counts: a crowd and an attendance", pair: true,
		a: story{"A crowd of 48,312 saw the replay at Kelby Park, a ground record.", "Both sides had a man sent off."},
		b: story{"The attendance of more than 48,000 was the highest the stadium has seen.", "Tickets sold out in an hour."}},
	{name: "counts: three significant digits under two nouns", pair: true,
		a: story{"Staff at Kelby General are treating 137 patients on its wards, the trust said.", "Visiting has been cut."},
		b: story{"There are now 137 people in its care, up from 60 on Friday.", "Routine surgery is on hold."}},
	{name: "counts: negative: three significant digits counting people and things",
		a: story{"Staff at Kelby General are treating 137 patients on its wards, the trust said.", "Visiting has been cut."},
		b: story{"The hospital has cut 137 beds since 2019.", "Routine surgery is on hold."}},
	{name: "spans: negative: a decade ago is a date",
		a: story{"Production at the Ashby mill stopped a decade ago.", "The roof has since fallen in."},
		b: story{"A brewery has signed a lease on the building for 10 years.", "Work starts in May."}},
}

// ninthRoundKinds: two people both accounts name, and what they did, told in the same or related
// words, are one fact, where neither name alone is ("Lee Okafor and Martin Pryce have also left"
// / "… have also departed"); two people named together who did different things, or of whom
// nothing else is shared, are not.
var ninthRoundKinds = []pairCase{
	{name: "people: two staff who left and departed", pair: true,
		a: story{"Assistant coach Ines Varga and fitness coach Tom Ready have also left the club.", "Manager Dan Fenwick left the club on Monday after three years.", "Fenwick left with the club in 19th place."},
		b: story{"Fenwick's backroom staff, Ines Varga and Tom Ready, have also departed.", "Dan Fenwick has left the club by mutual consent.", "The club said Fenwick left on good terms."}},
	{name: "people: two ministers who resigned and quit", pair: true,
		a: story{"Health minister Rosa Lindqvist and her deputy Anders Holm resigned on Friday.", "Prime Minister Eva Stark accepted the resignations.", "Two other ministers resigned in May."},
		b: story{"Both Rosa Lindqvist and Anders Holm quit the government within hours.", "Eva Stark has now lost four ministers to resignations.", "The ministers who resigned in May were from the smaller party."}},
	{name: "people: two winners who shared the prize", pair: true,
		a: story{"This year the prize went jointly to Maria Costa and John Byrne.", "The prize is worth £30,000.", "Last year's prize went to a debut novel."},
		b: story{"For the first time the prize was split, between Maria Costa and John Byrne.", "Judges said the prize had never been harder to award.", "The £30,000 prize is funded by a bank."}},
	{name: "people: negative: signed and departed",
		a: story{"In 2019 the club signed coaches Ines Varga and Tom Ready from Dunmore.", "Manager Dan Fenwick left the club on Monday after three years.", "Fenwick left with the club in 19th place."},
		b: story{"Fenwick's backroom staff, Ines Varga and Tom Ready, have also departed.", "Dan Fenwick has left the club by mutual consent.", "The club said Fenwick left on good terms."}},
	{name: "people: negative: new contracts and departed",
		a: story{"Coaches Ines Varga and Tom Ready signed new contracts with the club in May.", "Manager Dan Fenwick left the club on Monday after three years.", "Fenwick left with the club in 19th place."},
		b: story{"Fenwick's backroom staff, Ines Varga and Tom Ready, have also left the club.", "Dan Fenwick has left the club by mutual consent.", "The club said Fenwick left on good terms."}},
	{name: "people: negative: names and no act",
		a: story{"Unlike Anders Holm, Rosa Lindqvist comes from the party's liberal wing.", "Prime Minister Eva Stark accepted the resignations.", "Two other ministers resigned in May."},
		b: story{"Both Rosa Lindqvist and Anders Holm quit the government within hours.", "Eva Stark has now lost four ministers to resignations.", "The ministers who resigned in May were from the smaller party."}},
}
