package align

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"parallax/corpus"
	"parallax/corpus/entity"
)

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

// TestNumberOfNoun: "the number of X … to N" counts X only for the first number after X, within
// reach: a later number of the sentence counts something else.
func TestNumberOfNoun(t *testing.T) {
	for text, want := range map[string][]string{
		"The number of flights cancelled rose to 300 and delays grew to 450.":                                           {"300 ~flight"},
		"The number of displaced rose to 2,100.":                                                                        {"2100 ~displac"},
		"The number of displaced stands at 2,100.":                                                                      {"2100 ~displac"},
		"The number of confirmed cases rose to 14.":                                                                     {"14 ~case"},
		"The number of registered voters has risen to 1,200.":                                                           {"1200 ~voter"},
		"The number of patients with flu in the county's three hospitals has nearly tripled since last winter, to 112.": {"3 ~hospital"}, // 112: another number between
	} {
		var got []string
		for _, f := range figuresOf(text) {
			if strings.HasPrefix(f.unit, genericUnit) {
				got = append(got, f.value+" "+f.unit)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("figures(%q) = %q, want %q", text, got, want)
		}
	}
}

func figuresOf(text string) []figure {
	s := &corpus.Sentence{Text: text, Mentions: entity.Default().Tag(text)}
	return figures(s, tokenize(text))
}

// TestStatedAge: an age stated with "is" or "was" after a person's name, which the tagger gives;
// after a place or any other capitalised word it is no age.
func TestStatedAge(t *testing.T) {
	for text, want := range map[string]bool{
		"Then Tom Okafor was 61.": true,
		"Chief executive Maren Solberg is 44 and has run it since 2019.": true,
		"The high in Kelby was 31, the warmest June day on record.":      false,
		"Turnout in Harwick was 61, down from 70.":                       false,
	} {
		got := false
		for _, f := range figuresOf(text) {
			got = got || f.unit == "age"
		}
		if got != want {
			t.Errorf("%q: an age %v, want %v (%+v)", text, got, want, figuresOf(text))
		}
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
		// Pounds written as a word may be a weight; "£" is money, "lb" weight.
		{"A rock of about 31 pounds.", "It weighs nearly 14 kilograms.", true},
		{"The 500 pounds bear.", "A 230 kg bear.", true},
		{"A rock of 31 pounds.", "A rock of 20 kilograms.", false},
		{"It cost £31.", "It weighs 14 kilograms.", false},
		{"It weighs 31 lb.", "It weighs 16 kg.", false},
		{"Fined 31 pounds.", "Fined 31 euros.", false},
		{"A rock of about 31 pounds.", "A rock of 31 lb.", true},
		{"He was fined 14,000 pounds.", "It weighs 6.35 tonnes.", false},
		{"The bill came to 31 pounds.", "It weighs nearly 14 kilograms.", false},
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

// TestTallyKey: a vote told in words is the result its digits give.
func TestTallyKey(t *testing.T) {
	for in, want := range map[string][2]string{ // key, and the words it spans
		"approved by five votes to two":        {"5-2", "five votes to two"},
		"carried by 23 votes to 19":            {"23-19", "23 votes to 19"},
		"passed by seven votes to four":        {"7-4", "seven votes to four"},
		"won 312 votes to 198":                 {"312-198", "312 votes to 198"},
		"twenty-three votes to nineteen":       {"23-19", "twenty-three votes to nineteen"},
		"by forty votes to thirty-one":         {"40-31", "forty votes to thirty-one"},
		"eleven votes to nine, with one no":    {"11-9", "eleven votes to nine"},
		"214 in favour and 187 against":        {"214-187", "214 in favour and 187 against"},
		"nine for and two against":             {"9-2", "nine for and two against"},
		"214 in favour of the bill":            {},
		"voted for and against":                {},
		"by one vote to nil":                   {},
		"by 1,200 votes to 800":                {},
		"five votes, to two cheers":            {},
		"two votes to spare":                   {},
		"the committee voted seven to five":    {"7-5", "seven to five"},
		"The council vote was 11 to 4":         {"11-4", "11 to 4"},
		"members voted by 52 to 48 to leave":   {"52-48", "52 to 48"},
		"voting nine to two in favour":         {"9-2", "nine to two"},
		"lowered the voting age from 16 to 18": {},
		"voted to cut the rate from 4 to 3":    {},
		"voters aged 18 to 24":                 {},
		"voted on 3 to 4 June":                 {},
		"it rose from seven to nine":           {},
	} {
		toks := tokenize(in)
		var got [2]string
		for i := range toks {
			if k, end := tallyKey(in, toks, i); k != "" {
				got = [2]string{k, in[toks[i].start:end]}
				break
			}
		}
		if got != want {
			t.Errorf("tallyKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestVagueCount: an order of magnitude is a figure whose value lies within its order; it rounds
// a count of the same unit there, and no other.
func TestVagueCount(t *testing.T) {
	for _, c := range []struct {
		vague, exact string
		want         bool
	}{
		{"Hundreds of homes were evacuated.", "about 400 households were evacuated", true},
		{"Hundreds of homes were evacuated.", "2,000 homes were evacuated", false},
		{"Hundreds of homes were evacuated.", "80 homes were evacuated", false},
		{"Hundreds of homes were evacuated.", "400 people were evacuated", true}, // two counted units
		{"Hundreds of homes were evacuated.", "$400 was paid", false},
		{"Dozens of flights were cancelled.", "48 flights were cancelled", true},
		{"Thousands of jobs will go.", "3,500 jobs will go", true},
		{"Tens of thousands of people marched.", "45,000 people marched", true},
		{"Tens of thousands of people marched.", "4,500 people marched", false},
		{"Hundreds of thousands of people fled.", "450,000 people fled", true},
		{"Millions of dollars were lost.", "$4 million was lost", true},
		{"It cost hundreds of millions of dollars.", "$450 million was spent", true},
		{"It cost hundreds of millions of dollars.", "$450 was spent", false},
		{"Hundreds of homes were evacuated.", "Hundreds of homes were evacuated.", false}, // both vague: their words say it
	} {
		v, e := figuresOf(c.vague), figuresOf(c.exact)
		if len(v) != 1 || !v[0].vague() || len(e) != 1 {
			t.Fatalf("%q, %q: figures %+v, %+v", c.vague, c.exact, v, e)
		}
		for _, swap := range []bool{false, true} {
			a, b, at, bt := v[0], e[0], c.vague, c.exact
			if swap {
				a, b, at, bt = b, a, bt, at
			}
			if got := roundedPair(at, bt, a, b); got != c.want {
				t.Errorf("roundedPair(%q, %q) = %v, want %v", at, bt, got, c.want)
			}
		}
	}
	for _, in := range []string{"Thousands of them came.", "Hundreds said so.", "hundreds of", "The hundreds of the Ridings.", "It cost hundreds of millions."} {
		if fs := figuresOf(in); slices.ContainsFunc(fs, func(f figure) bool { return f.vague() }) {
			t.Errorf("%q: vague figure %+v", in, fs)
		}
	}
}

// TestTimeFrame: a span of time back from when a report was written frames it and is no figure;
// a span that measures something is one.
func TestTimeFrame(t *testing.T) {
	for in, want := range map[string]bool{
		"up from 40 a fortnight ago":              false,
		"cases doubled in the past two weeks":     false,
		"in the last 24 hours":                    false,
		"two years ago":                           false,
		"the strike is set to last two days":      true,
		"accepted for the next 14 days":           true,
		"out of service for two weeks":            true,
		"a fortnight later":                       true,
		"over the past three years, profits rose": false,
	} {
		if got := len(figuresOf(in)) > 0; got != want {
			t.Errorf("%q: figure %v, want %v (%+v)", in, got, want, figuresOf(in))
		}
	}
}

// TestClockWords: a time of day in words is the time its digits give.
func TestClockWords(t *testing.T) {
	for in, want := range map[string]string{
		"until three in the morning":         "t03:00",
		"at 9 in the evening":                "t21:00",
		"four in the afternoon":              "t16:00",
		"twelve in the morning":              "t00:00",
		"by midnight":                        "t00:00",
		"at noon on Friday":                  "t12:00",
		"at three":                           "",
		"three in the morning session":       "",
		"two in the morning shift":           "",
		"at three in the morning on Tuesday": "t03:00",
		"three in the morning, she said":     "t03:00",
		"in three of the mornings":           "",
		"thirteen in the evening":            "",
	} {
		toks := tokenize(in)
		got := ""
		for i := range toks {
			if k, _ := clockWords(in, toks, i); k != "" {
				got = k
				break
			}
		}
		if got != want {
			t.Errorf("clockWords(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestShareAfterChange: a share written right after a verb of change, maybe behind a hedge, is a
// percentage; without the verb, "a quarter" is no share.
func TestShareAfterChange(t *testing.T) {
	for in, want := range map[string]string{
		"Shares soared almost a quarter on Monday.": "25 percent",
		"Sales fell a third last year.":             "33 percent",
		"Prices were up a fifth.":                   "20 percent",
		"It happened a quarter past nine.":          "",
		"He ate a third helping.":                   "",
	} {
		got := ""
		for _, f := range figuresOf(in) {
			if f.unit == "percent" {
				got = f.value + " percent"
			}
		}
		if got != want {
			t.Errorf("%q: share %q, want %q", in, got, want)
		}
	}
}

// TestNumberStarts: the words figures passes over start no figure: on every sentence of the
// development halves, the figures are the same with and without the shortcut.
func TestNumberStarts(t *testing.T) {
	// The development halves only: a failure prints sentences, and the test halves stay unread.
	files, err := filepath.Glob("testdata/gold/dev*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold lists: %v", err)
	}
	n := 0
	for _, f := range files {
		for _, g := range loadGoldList(t, f) {
			for _, a := range []*corpus.Article{g.a, g.b} {
				for _, p := range a.Paragraphs {
					for i := range p.Sentences {
						s := &p.Sentences[i]
						toks := tokenize(s.Text)
						fast := figures(s, toks)
						skipWords = false
						slow := figures(s, toks)
						skipWords = true
						if diff := cmp.Diff(slow, fast, cmp.AllowUnexported(figure{}), cmpopts.EquateNaNs()); diff != "" {
							t.Errorf("%q: figures (-without +with the shortcut):\n%s", s.Text, diff)
						}
						n += len(fast)
					}
				}
			}
		}
	}
	if n < 500 {
		t.Errorf("only %d figures in the gold lists: the test checks too little", n)
	}
}

// rateKinds (run by TestUnseenKinds): one rate given for two periods ("£92 a year", "£1.77 a
// week") is one fact; two rates that do not convert, or one amount for two periods, are two.
var rateKinds = []pairCase{
	{name: "rates: a year and a week", pair: true,
		a: story{"Energy bills will rise by £92 a year for a typical household from April.", "The regulator blamed the price of gas.", "Suppliers must publish the new tariffs by March."},
		b: story{"From April the typical household will pay about £1.77 a week more for energy.", "Gas prices are to blame, the regulator said.", "The new tariffs must be published by March."}},
	{name: "rates: a month and a year", pair: true,
		a: story{"Subscribers will pay $9 a month once the trial ends.", "The service launched in Canada last spring.", "It has not said how many people use it."},
		b: story{"After the trial, the service will cost $108 a year.", "It went live in Canada last spring.", "User numbers have not been released."}},
	{name: "rates: a day and a week", pair: true,
		a: story{"The ferry will make four crossings a day to the island over the summer.", "Tickets go on sale on Monday.", "The old timetable had fewer sailings."},
		b: story{"Over the summer there will be 28 crossings a week, the operator said.", "Tickets can be bought from Monday.", "Sailings had been cut last year."}},
	{name: "rates: negative: one amount for two periods",
		a: story{"The council will charge residents £40 a year for garden waste collections.", "The charge starts in June.", "About 30,000 homes use the service."},
		b: story{"Households that miss the deadline will pay £40 a month in fines.", "The scheme begins in June.", "Some 30,000 homes are signed up."}},
	{name: "rates: negative: two rates that do not convert",
		a: story{"Season tickets will rise by £120 a year, the club said.", "The club was promoted in May.", "The stadium holds 24,000."},
		b: story{"Parking at the stadium will cost £5 a week more, the club said.", "Promotion came in May.", "The ground has room for 24,000 fans."}},
}

// amountKinds (run by TestUnseenKinds): two loose pairs that give one kind of amount at values
// too far apart to be one figure tell two things ("shares rise 25%" / "shares surge 4.9%", from
// the BBC corpus's judged pairs, written anew here); a figure and its rounding, a hedge, or two
// accounts with nearly the same words and one figure in dispute stay pairs.
var amountKinds = []pairCase{
	{name: "amounts: negative: two moves of one share price",
		a: story{"The Harwick Exchange, which saw its shares rise 25% last month, said the bid undervalued the business.", "The board met on Sunday.", "Talks with Delmar continue."},
		b: story{"Harwick Exchange shares surged 4.9% to a record high on Monday after the bid was announced.", "Its board met at the weekend.", "Delmar is still in talks."}},
	{name: "amounts: negative: two sums in one currency",
		a: story{"Orbis Foods said its marketing budget would rise to £30m, the most in its history.", "The company employs 4,000 people.", "Its chief executive joined in May."},
		b: story{"Orbis Foods has set aside £120m for its new factory in Kelby, its history shows.", "It has 4,000 staff.", "The chief executive arrived in May."}},
	{name: "amounts: a share and its hedge stay one", pair: true,
		a: story{"The peso strengthened 1.2 percent against the dollar on Monday as investors bet on a divided Congress.", "The runoff was held on Sunday.", "Turnout was high."},
		b: story{"The peso rose by more than one per cent against the dollar on Monday, with investors betting on a divided Congress.", "Sunday's runoff decided the presidency.", "Many people voted."}},
	{name: "amounts: a share and its rounding stay one", pair: true,
		a: story{"Halden's shares rose 3.2% after the results were published.", "Profit was up.", "The dividend was raised."},
		b: story{"Shares in Halden climbed 3% once the figures were out.", "Profits increased.", "It raised its dividend."}},
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

// TestFigureWinsOverWords: of two sentences of B that each pass with the opening sentence of A,
// the one that gives the same figure, written another way, is its partner, though the other
// shares more words.
func TestFigureWinsOverWords(t *testing.T) {
	for _, c := range []struct{ a, fig, words string }{
		{"Regulators on Wednesday fined Norvane, the Dutch chip maker, 2.4 billion euros for blocking rival suppliers from its testing platform.",
			"Brussels has hit Norvane with a €2.4bn penalty over claims that it shut competing suppliers out.",
			"Norvane was also ordered last year to open its testing platform to rival suppliers."},
		{"A medieval altarpiece has gone back on display at Kelby Abbey after a four-year restoration.",
			"After four years in the hands of restorers, the abbey's famous Flemish altarpiece was rehung on Wednesday.",
			"The Kelby altarpiece is home."},
		{"Harwick Buses will raise the price of a single ticket to £2.85 from March, the operator said on Tuesday.",
			"A single fare on Harwick's buses goes up to £2.85 in the spring.",
			"Harwick Buses said on Tuesday that ticket prices will rise."},
	} {
		a := article("a", []string{c.a, "Officials declined to comment further."})
		b := article("b", []string{c.words, c.fig, "Shares were little changed."})
		cmp := Compare(a, b)
		checkInvariants(t, cmp)
		if got, _ := partner(cmp, "p1s1"); got != "p1s2" {
			t.Errorf("%q paired with %q, want the sentence with its figure\n%s", c.a, got, dump(cmp))
		}
	}
}
