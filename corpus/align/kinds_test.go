package align

import (
	"slices"
	"strings"
	"testing"

	"parallax/corpus"
	"parallax/corpus/entity"
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

func TestUnseenKinds(t *testing.T) {
	for _, tt := range slices.Concat(unseenKinds, secondRoundKinds, thirdRoundKinds) {
		t.Run(tt.name, func(t *testing.T) { checkFirstPaired(t, tt) })
	}
}

// TestRelatedInGap: between two pairs, a paraphrase that shares a name or a word and tells the
// rest in related words is paired; the same sentences away from such a place are not.
func TestRelatedInGap(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"The government will meet the firm's managers this week to discuss the closure.", "Ministers are due to hold talks with company executives in the coming days."},
		{"Campaigners said the cuts would hurt children and elderly people most.", "Opponents warned that the young and the old would suffer the most."},
		{"Forecasters issued their highest warning for four regions.", "Four regions were put under the top level of alert."},
	} {
		a := []string{"A storm hit the Kelby coast on Sunday night, bringing down 40 power lines.", c.a, "Repairs to the 40 power lines will take until Friday, Velta Energy said."}
		b := []string{"The storm brought down 40 power lines on the Kelby coast late on Sunday.", c.b, "Velta Energy said the 40 power lines would be repaired by Friday."}
		got, _ := partner(Compare(article("a", a), article("b", b)), "p1s2")
		if got != "p1s2" {
			t.Errorf("between two pairs: %q paired with %q, want p1s2\n%s", c.a, got, dump(Compare(article("a", a), article("b", b))))
		}
		// Without the two pairs around it, nothing confirms the place.
		lone := Compare(article("a", []string{c.a, "The weather is changing."}), article("b", []string{"Prices of wheat rose again.", c.b, "The market closed higher."}))
		if got, _ := partner(lone, "p1s1"); got != "" {
			t.Errorf("alone: %q paired with %q, want none\n%s", c.a, got, dump(lone))
		}
	}
}

func TestRoundingOf(t *testing.T) {
	for _, c := range []struct {
		round, exact string
		want         bool
	}{
		{"84000", "84300", true},
		{"90", "89", true},
		{"70", "71", true},
		{"500", "480", true},
		{"42000000", "41800000", true},
		{"0.25", "0.248", true},
		{"84300", "84000", false}, // the exact figure is not a rounding of the round one
		{"20000", "15000", false}, // 1 significant digit of 15,000, but a third apart
		{"90", "90", false},       // the same figure, shared as such
		{"100", "96", true},
		{"100", "94", false},    // 6% apart
		{"2020", "2019", false}, // years
		{"0", "0.4", false},
		{"abc", "12", false},
	} {
		if got := roundingOf(c.round, c.exact); got != c.want {
			t.Errorf("roundingOf(%q, %q) = %v, want %v", c.round, c.exact, got, c.want)
		}
	}
	for in, want := range map[string]int{"84000": 2, "84300": 3, "90": 1, "0.25": 2, "1.05": 3, "7": 1, "100": 1, "0": 1} {
		if got := significantDigits(in); got != want {
			t.Errorf("significantDigits(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestRoughlyWritten: a hedge or a share in words marks a rounded figure; offsets outside the
// text, or inside a character of several bytes, are read without a panic.
func TestRoughlyWritten(t *testing.T) {
	const text = "Some 84,300 people, nine in ten, and 40 per cent, in Zürich, twelve per cent, a third of them"
	for _, c := range []struct {
		f    figure
		want bool
	}{
		{figure{value: "84300", unit: "people", start: strings.Index(text, "84")}, true},
		{figure{value: "90", unit: "percent", start: strings.Index(text, "nine"), end: strings.Index(text, "nine") + len("nine in ten")}, true},
		{figure{value: "12", unit: "percent", start: strings.Index(text, "twelve"), end: strings.Index(text, "twelve") + len("twelve per cent")}, false},
		{figure{value: "33", unit: "percent", start: strings.Index(text, "a third"), end: strings.Index(text, "a third") + len("a third of")}, true},
		{figure{value: "90", unit: "percent", start: strings.Index(text, "nine"), end: len(text) + 5}, false},
		{figure{value: "40", unit: "percent", start: strings.Index(text, "40")}, false},
		{figure{value: "40", unit: "percent", start: len(text)}, false},
		{figure{value: "40", unit: "percent", start: len(text) + 3}, false},
		{figure{value: "40", unit: "percent", start: -1}, false},
		{figure{value: "40", unit: "people", start: len(text)}, false},
		{figure{value: "40", unit: "people", start: strings.Index(text, "ü") + 1}, false},
	} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("roughlyWritten(%+v): panic: %v", c.f, r)
				}
			}()
			if got := roughlyWritten(text, c.f); got != c.want {
				t.Errorf("roughlyWritten(%+v) = %v, want %v", c.f, got, c.want)
			}
		}()
	}
	if roughlyWritten("", figure{unit: "percent"}) {
		t.Errorf("roughlyWritten of empty text = true")
	}
}

func TestPersonRoles(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Detective Inspector Sarah Kimani said the raid lasted two minutes.", []string{"detective"}},
		{"Helen Voss, the museum's director, said she hoped to attract visitors.", []string{"director", "museum"}},
		{"The airline's chief executive, Marta Solberg, said fares would rise.", []string{"airline", "chief-executive"}},
		{"During his campaign, Donald Trump said he would not ban the app.", nil},
		{"Donald Trump said he would not ban the app.", nil},
		{"Fans cheered when Marta Solberg arrived.", nil},
		{"Police arrested Marta Solberg at her home.", nil},
		{"Council leader Helen Ashcroft said the plan would go ahead.", []string{"council", "leader"}},
		{"Marta Solberg, who was arrested in May, said she was innocent.", nil},
		{"Tomas Rell, her deputy, is considered the frontrunner.", []string{"deputy"}},
	} {
		a := article("a", []string{c.text})
		s := &a.Paragraphs[0].Sentences[0]
		if !slices.ContainsFunc(s.Mentions, func(m corpus.Mention) bool { return m.Kind == corpus.KindPerson }) {
			t.Fatalf("%q: the tagger found no person; the test needs one", c.text)
		}
		got := personRoles(s, tokenize(s.Text))
		slices.Sort(got)
		got = slices.Compact(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("personRoles(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestNeighbourRelations checks relations of the table of distributional neighbours: words that
// mean alike in news are related, WordNet's antonyms are not, and a word is not its own
// neighbour.
func TestNeighbourRelations(t *testing.T) {
	for _, p := range [][2]string{{"sea", "ocean"}, {"painting", "portrait"}} {
		if !related(stem(p[0]), stem(p[1])) {
			t.Errorf("related(%q, %q) = false, want true", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"rise", "fall"}, {"win", "lose"}, {"high", "low"}, {"sea", "sea"}} {
		if related(stem(p[0]), stem(p[1])) {
			t.Errorf("related(%q, %q) = true, want false", p[0], p[1])
		}
	}
}

func TestAddNeighbours(t *testing.T) {
	m := map[string][]uint16{"a": {0, 3}, "b": {1}}
	first := addNeighbours(m, "a b c\nb c\n\nbad\n")
	if first != 4 {
		t.Errorf("first = %d, want 4", first)
	}
	want := map[string][]uint16{"a": {0, 3, 4, 5}, "b": {1, 4, 6}, "c": {5, 6}}
	for k, ids := range want {
		if !slices.Equal(m[k], ids) {
			t.Errorf("%s: %v, want %v", k, m[k], ids)
		}
	}
	if _, ok := m["bad"]; ok {
		t.Errorf("a key with no neighbour got concepts: %v", m["bad"])
	}
	// Past the range of uint16, the rest is left out rather than wrapped round.
	full := map[string][]uint16{"x": {65534}}
	addNeighbours(full, "p q r s\n")
	if got := full["p"]; !slices.Equal(got, []uint16{65535}) {
		t.Errorf("at the end of the range: p has %v, want [65535]", got)
	}
	// The last concept relates its pair as any other does.
	if !overlap(full["p"], full["q"]) {
		t.Errorf("p %v and q %v: not related by the last concept", full["p"], full["q"])
	}
	if len(full["r"]) > 0 || len(full["s"]) > 0 {
		t.Errorf("past the range: r %v, s %v; want none", full["r"], full["s"])
	}
}

// TestNeighboursTableShape: every line of the committed table is a key and its neighbours after
// it, sorted, with no key twice; so the concepts it adds fit in uint16 with WordNet's.
func TestNeighboursTableShape(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(neighboursData, "\n"), "\n")
	seen := map[string]bool{}
	pairs := 0
	for i, line := range lines {
		fs := strings.Fields(line)
		if len(fs) < 2 {
			t.Fatalf("line %d: %q: want a key and its neighbours", i+1, line)
		}
		if seen[fs[0]] {
			t.Errorf("line %d: key %q twice", i+1, fs[0])
		}
		seen[fs[0]] = true
		if i > 0 && strings.Fields(lines[i-1])[0] >= fs[0] {
			t.Errorf("line %d: keys out of order", i+1)
		}
		for _, n := range fs[1:] {
			if n <= fs[0] {
				t.Errorf("line %d: neighbour %q not after key %q", i+1, n, fs[0])
			}
		}
		if !slices.IsSorted(fs[1:]) {
			t.Errorf("line %d: neighbours not sorted", i+1)
		}
		pairs += len(fs) - 1
	}
	wn := 0
	for _, ids := range parseRelated(wordnetData) {
		if len(ids) > 0 {
			wn = max(wn, int(ids[len(ids)-1])+1)
		}
	}
	if wn+pairs > 1<<16 {
		t.Errorf("%d WordNet concepts and %d neighbour pairs do not fit in uint16", wn, pairs)
	}
}

// TestNeighboursHighlightedInGapsOnly: the reader sees distributional neighbours marked as
// related words only in a pair placed in a gap between two pairs, where the score counts them;
// WordNet's related words are marked in any pair.
func TestNeighboursHighlightedInGapsOnly(t *testing.T) {
	// "children" and "young" are neighbours and not in WordNet's table; "hurt" and "suffer" are.
	if m := parseRelated(wordnetData); overlap(m[stem("children")], m[stem("young")]) || !overlap(m[stem("hurt")], m[stem("suffer")]) {
		t.Fatal("the test needs children/young related only as neighbours and hurt/suffer in WordNet")
	}
	if !related(stem("children"), stem("young")) {
		t.Fatal("the test needs children/young related as neighbours")
	}
	marked := func(c *Comparison, a, b *corpus.Article, idA string) []string {
		_, p := partner(c, idA)
		if p == nil {
			t.Fatalf("%s is not paired\n%s", idA, dump(c))
		}
		var out []string
		for _, s := range p.SpansA {
			if s.Kind == SpanRelated {
				out = append(out, a.Sentence(p.A).Text[s.Start:s.End])
			}
		}
		for _, s := range p.SpansB {
			if s.Kind == SpanRelated {
				out = append(out, b.Sentence(p.B).Text[s.Start:s.End])
			}
		}
		slices.Sort(out)
		return out
	}
	a := article("a", []string{"A storm hit the Kelby coast on Sunday night, bringing down 40 power lines.",
		"Campaigners said the cuts would hurt children and elderly people most.",
		"Repairs to the 40 power lines will take until Friday, Velta Energy said."})
	b := article("b", []string{"The storm brought down 40 power lines on the Kelby coast late on Sunday.",
		"Opponents warned that the young and the old would suffer the most.",
		"Velta Energy said the 40 power lines would be repaired by Friday."})
	if got := marked(Compare(a, b), a, b, "p1s2"); !slices.Contains(got, "children") || !slices.Contains(got, "young") || !slices.Contains(got, "hurt") {
		t.Errorf("in a gap: related words %q, want children, young and hurt among them", got)
	}
	a = article("a", []string{"The Kelby council will close 12 libraries, which would hurt children most."})
	b = article("b", []string{"Kelby council is to shut 12 libraries, and the young will suffer most."})
	got := marked(Compare(a, b), a, b, "p1s1")
	if slices.Contains(got, "children") || slices.Contains(got, "young") {
		t.Errorf("anywhere: related words %q, want no neighbours (children, young)", got)
	}
	if !slices.Contains(got, "hurt") || !slices.Contains(got, "suffer") {
		t.Errorf("anywhere: related words %q, want WordNet's hurt and suffer", got)
	}
}

func TestResultKey(t *testing.T) {
	for in, want := range map[string]string{
		"won 3-0 at home":     "3-0",
		"passed by 7–2":       "7-2",
		"MPs voted 312-198":   "312-198",
		"aged 10-15":          "10-15",
		"on 2024-06-01":       "",
		"the 2020-21 season":  "",
		"a 3-0-1 record":      "",
		"call 555-1234":       "",
		"won 3 - 0":           "",
		"the 3-day event":     "",
		"rose 1.5-2 per cent": "",
		"in the 1990s-2000s":  "",
	} {
		toks := tokenize(in)
		i := slices.IndexFunc(toks, func(t token) bool { return t.number })
		if got := resultKey(in, toks, i); got != want {
			t.Errorf("resultKey(%q) = %q, want %q", in, got, want)
		}
	}
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

// TestPreciseNumberOfTheStory: a number the story is about ("Flight 447") is its name, not a
// fact of one sentence.
func TestPreciseNumberOfTheStory(t *testing.T) {
	a := article("a", []string{"Flight 447 left Rio de Janeiro on Sunday evening.", "Flight 447 lost contact with controllers over the Atlantic.", "Relatives of those on Flight 447 gathered at the airport.", "The airline said the crew were experienced."})
	b := article("b", []string{"Search teams found debris from Flight 447 on Tuesday.", "Flight 447 was carrying 228 people.", "The aircraft flying Flight 447 was four years old.", "Investigators will study the wreckage."})
	c := Compare(a, b)
	checkInvariants(t, c)
	if len(c.Pairs) != 0 {
		t.Errorf("want no pairs\n%s", dump(c))
	}
}

// TestSmallResultAloneInGap: a scoreline of single digits shared by two reports of different
// matches is no fact, even in a gap.
func TestSmallResultAloneInGap(t *testing.T) {
	a := article("a", []string{"Heavy rain forced the postponement of six league matches on Saturday.", "Kelby won 1-0 at home.", "Rovers manager Dan Pike was sacked on Sunday after a run of nine defeats."})
	b := article("b", []string{"Six league fixtures were called off on Saturday because of heavy rain.", "Castlebury were beaten 1-0 by Marston.", "Dan Pike was dismissed as Rovers manager on Sunday following nine straight defeats."})
	c := Compare(a, b)
	checkInvariants(t, c)
	if got, _ := partner(c, "p1s2"); got != "" {
		t.Errorf("p1s2 paired with %s\n%s", got, dump(c))
	}
}

// TestSwappedPairHighlightsNeighbours: a pair the swap pass places beside a pair counts
// neighbours, so its highlight shows them.
func TestSwappedPairHighlightsNeighbours(t *testing.T) {
	a := []string{
		"Competition regulators on Thursday blocked the planned merger of the telecom operators Nexa and Volt.",
		"The authority said the deal would have raised prices for mobile customers.",
		"Nexa said it was disappointed and was considering an appeal.",
	}
	b := []string{
		"The competition watchdog has prohibited Nexa's planned combination with Volt, it said on Thursday.",
		"Nexa expressed disappointment and said it might challenge the decision in court.",
		"Regulators concluded the tie-up would have led to higher bills for people on mobile contracts.",
	}
	c := Compare(article("a", a), article("b", b))
	_, p := partner(c, "p1s2")
	if p == nil || !p.Crossing {
		t.Fatalf("p1s2 not in a crossing pair\n%s", dump(c))
	}
	if !slices.ContainsFunc(p.SpansA, func(s Span) bool { return s.Kind == SpanRelated }) {
		t.Errorf("crossing pair placed by the swap pass: spans %+v lack the neighbours that placed it", p.SpansA)
	}
}

// TestHighlightOneFigure: the reader sees the figures and numbers that made a pair, however each
// side writes them: a number alone, a result, a measure converted, a figure rounded, a count
// under two nouns.
func TestHighlightOneFigure(t *testing.T) {
	for _, c := range []struct {
		a, b         story
		wantA, wantB string
	}{
		{story{"A crowd of 27,314 watched the final at Marsh Park, a record for the competition.", "Kelby's captain lifted the trophy."},
			story{"The attendance of 27,314 at Marsh Park was the highest in the tournament's history.", "The captain raised the cup."},
			"figure:27,314", "figure:27,314"},
		{story{"Ferris left the club on Sunday, hours after a 3-0 home defeat by Castlebury.", "He had been manager since 2021."},
			story{"Castlebury beat Ferris's side 3-0 at the Harbour Ground on Sunday, and he was gone by the evening.", "Ferris was appointed in 2021."},
			"figure:3-0", "figure:3-0"},
		{story{"The quake struck at a depth of about 12 miles beneath the seabed, the Geological Survey said.", "Buildings swayed in the capital."},
			story{"Its focus lay 20 kilometres underground, according to the Geological Survey.", "Tall buildings in the capital shook."},
			"figure:12 miles", "figure:20 kilometres"},
		{story{"More than 12,000 households are without running water, the company said.", "Bottled water is being handed out."},
			story{"The supply to 12,340 properties has been cut off.", "Bottled water is available at three stations."},
			"figure:12,000 households", "figure:12,340 properties"},
	} {
		a, b := article("a", c.a), article("b", c.b)
		cmp := Compare(a, b)
		checkInvariants(t, cmp)
		got, p := partner(cmp, "p1s1")
		if got != "p1s1" {
			t.Errorf("%q not paired\n%s", c.a[0], dump(cmp))
			continue
		}
		marked := func(text string, spans []Span) []string {
			var out []string
			for _, s := range spans {
				out = append(out, s.Kind.String()+":"+text[s.Start:s.End])
			}
			return out
		}
		gotA, gotB := marked(c.a[0], p.SpansA), marked(c.b[0], p.SpansB)
		if !slices.Contains(gotA, c.wantA) || !slices.Contains(gotB, c.wantB) {
			t.Errorf("%q / %q: spans %q and %q, want %q and %q", c.a[0], c.b[0], gotA, gotB, c.wantA, c.wantB)
		}
	}
}

func figuresOf(text string) []figure {
	s := &corpus.Sentence{Text: text, Mentions: entity.Default().Tag(text)}
	return figures(s, tokenize(text))
}

// convertedKinds are hard negatives of converted and rounded figures: figures written in one
// system are not a conversion of each other, temperatures two degrees apart are two, and an
// amount in yuan is not one in dollars.
var convertedKinds = []pairCase{
	{name: "miles and miles", a: story{"The fire has burned 40 miles of forest, the Forest Service said.", "Hundreds of homes were evacuated.", "Smoke reached the coast."},
		b: story{"Crews have built a firebreak 42 miles long, according to the Forest Service.", "Residents have been told to stay alert.", "Air quality is poor."}},
	{name: "mph and mph", a: story{"Gusts of 70 mph were recorded on Monday, the Met Office said.", "Trees fell.", "Ferries stopped."},
		b: story{"Speeds above 73 mph are banned on the new road, the Met Office said.", "Trains may be cancelled.", "Schools will open."}},
	{name: "°F and °F", a: story{"Temperatures reached 100°F in the city on Monday.", "Power use soared.", "Parks closed."},
		b: story{"The pool water is kept at 103°F in the city, the council said.", "Cooling centres open.", "Water is handed out."}},
	{name: "°F and °C two degrees apart", a: story{"Temperatures reached 104°F in the city on Monday.", "Power use soared.", "Parks closed."},
		b: story{"The pool water is kept at 38°C in the city, the council said.", "Cooling centres open.", "Water is handed out."}},
	{name: "yuan and dollars", a: story{"Lumo, the electric scooter maker, raised about 500 million yuan in its latest funding round.", "Its founder said sales had doubled.", "It plans to hire engineers."},
		b: story{"Lumo, the electric scooter maker, lost $480 million last year.", "Its chief executive said costs had risen.", "It will cut staff."}},
	{name: "pounds and dollars far apart", a: story{"Lumo, the electric scooter maker, raised about £500m in its latest funding round.", "Its founder said sales had doubled.", "It plans to hire engineers."},
		b: story{"Lumo, the electric scooter maker, lost $900m last year.", "Its chief executive said costs had risen.", "It will cut staff."}},
}

// TestConvertedNegatives runs convertedKinds.
func TestConvertedNegatives(t *testing.T) {
	for _, tt := range convertedKinds {
		t.Run(tt.name, func(t *testing.T) { checkFirstPaired(t, tt) })
	}
}

// TestConvertedPair: one measure converted from another system matches within its rounding.
func TestConvertedPair(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"About 12 miles.", "20 kilometres.", true},
		{"It was 47°F.", "It was 8°C.", true},
		{"It was 34°F.", "It was 1°C.", true},
		{"It was 40 miles.", "It was 42 miles.", false},
		{"It was 100°F.", "It was 103°F.", false},
		{"It was 104°F.", "It was 38°C.", false},
		{"It was -40°F.", "It was -38°C.", false},
	} {
		fa, fb := figuresOf(c.a), figuresOf(c.b)
		if len(fa) != 1 || len(fb) != 1 {
			t.Fatalf("%q %q: figures %+v %+v", c.a, c.b, fa, fb)
		}
		if got := convertedPair(fa[0], fb[0]) || convertedPair(fb[0], fa[0]); got != c.want {
			t.Errorf("convertedPair(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestHighlightNumbersTheScoreRead: a number is marked only where the score read the same number
// on both sides, and a rounded figure only where the score used it.
func TestHighlightNumbersTheScoreRead(t *testing.T) {
	for _, c := range []struct {
		a, b story
		notA string
		notB string
	}{
		{story{"The Forest Service said the fire had burned 40 miles of the northern ridge overnight.", "Homes were evacuated."},
			story{"The Forest Service said the fire had burned 40 kilometres of the northern ridge overnight.", "Homes were evacuated."},
			"40", "40"},
		{story{"The Forest Service said 19 firefighters had been hurt on the northern ridge.", "Homes were evacuated."},
			story{"The Forest Service said on June 19 that firefighters had been hurt on the northern ridge.", "Homes were evacuated."},
			"19", "19"},
		{story{"Harlow Motors will cut 480 jobs and close 12 stores, the company said.", "x."},
			story{"About 500 jobs will go as Harlow Motors shuts 12 stores.", "y."},
			"480 jobs", "500 jobs"},
	} {
		cmp := Compare(article("a", c.a), article("b", c.b))
		got, p := partner(cmp, "p1s1")
		if got != "p1s1" {
			t.Fatalf("%q not paired", c.a[0])
		}
		marked := func(text string, spans []Span) []string {
			var out []string
			for _, s := range spans {
				out = append(out, text[s.Start:s.End])
			}
			return out
		}
		ga, gb := marked(c.a[0], p.SpansA), marked(c.b[0], p.SpansB)
		if slices.Contains(ga, c.notA) || slices.Contains(gb, c.notB) {
			t.Errorf("%q / %q: marked %q and %q; %q / %q played no part in the score", c.a[0], c.b[0], ga, gb, c.notA, c.notB)
		}
	}
}
