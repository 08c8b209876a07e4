package align

import (
	"slices"
	"testing"

	"parallax/corpus"
)

// story is one outlet's short account: the sentence under test among others about the same story,
// so that the story's topic words are common, as in a real article.
type story []string

// pairCase is two accounts and whether their first sentences must be paired.
type pairCase struct {
	name string
	a, b story
	pair bool
}

// reproducers are the two faults (a pair on shared topic words alone; a paraphrase
// missed) and more cases of each kind.
var reproducers = []pairCase{
	{
		name: "issue: orders against Google vs Google close to selling",
		a: story{
			"Officials have issued several orders against Google, YouTube's owner, the newest giving it 90 days to sell its Canada YouTube business.",
			"The regulator says the video platform's handling of data puts national security at risk.",
			"Google has said it will challenge the orders in court.",
			"YouTube's Canada business employs about 1,200 people.",
		},
		b: story{
			"Google, YouTube's owner, is close to selling YouTube's Canada and Australia business for $25 billion to $30 billion, reports say.",
			"Several pension funds are among the bidders.",
			"The regulator declined to comment on the talks.",
			"YouTube did not respond to a request for comment.",
		},
	},
	{
		name: "issue: ClipTok viewers order ShopCo goods",
		a: story{
			"Since the launch, ClipTok viewers can order ShopCo goods without ever quitting the app.",
			"ClipTok announced the partnership with ShopCo in March.",
			"Analysts expect the arrangement to lift ShopCo's online sales.",
		},
		b: story{
			"The tie-up lets ClipTok users shop ShopCo products directly without leaving ClipTok.",
			"ShopCo will pay ClipTok a commission on every sale.",
			"The two companies first discussed the idea last year.",
		},
		pair: true,
	},
	{
		name: "topic: TikTok's minutes vs TikTok's users",
		a: story{
			"TikTok's US users spend 95 minutes a day on the app, a survey found.",
			"TikTok faces a ban in the US unless ByteDance sells it.",
			"Lawmakers say the app's data practices are a risk.",
		},
		b: story{
			"TikTok has 170 million US users, the company says.",
			"ByteDance has until January to sell TikTok or face a ban.",
			"The company denies sharing data with Beijing.",
		},
	},
	{
		name: "topic: shared names only",
		a: story{
			"Oracle chairman Larry Ellison met Donald Trump at the White House on Monday.",
			"Oracle is among the bidders for TikTok's US business.",
			"TikTok's owner has not commented.",
		},
		b: story{
			"Larry Ellison's Oracle has long courted Donald Trump's White House.",
			"Oracle would take charge of TikTok's US data under the plan.",
			"TikTok's owner declined to comment.",
		},
	},
	{
		name: "topic: two facts about one deadline",
		a: story{
			"ByteDance was given 90 days to sell TikTok's US operations.",
			"The order was signed in August.",
			"Microsoft and Oracle are among the bidders.",
		},
		b: story{
			"ByteDance may sell TikTok's US operations for as much as $30 billion.",
			"The bidders include Microsoft and Oracle.",
			"A sale must still be approved by regulators.",
		},
	},
	{
		name: "topic: national security concerns",
		a: story{
			"The US government has repeatedly raised national security concerns about TikTok.",
			"ByteDance says it has never shared user data with Beijing.",
			"The company has sued to block a ban.",
		},
		b: story{
			"Canada ordered TikTok to wind up its Canadian business over national security concerns.",
			"TikTok said it would challenge the order in court.",
			"Canadians can still use the app.",
		},
	},
	{
		name: "topic: one plea, two defendants named by title",
		a: story{
			"Mr Hale has pleaded not guilty to charges of fraud and conspiracy.",
			"The trial is expected to last three months.",
			"Prosecutors say the accounts were falsified for years.",
		},
		b: story{
			"Mr Dorsey has already pleaded guilty to fraud and is helping prosecutors.",
			"The company collapsed in 2021.",
			"Its shares are now worthless.",
		},
	},
	{
		name: "topic: two people signed the same kind of law",
		a: story{
			"President Joe Biden signed legislation on data brokers.",
			"The law takes effect next year.",
			"Privacy groups welcomed it.",
		},
		b: story{
			"President Donald Trump signed legislation on data brokers.",
			"Critics said it did not go far enough.",
			"The industry lobbied against it.",
		},
	},
	{
		name: "paraphrase: chief executive quits",
		a: story{
			"Kevin Mayer, TikTok's chief executive, quit on Thursday after three months in the job.",
			"Walmart confirmed its interest in a TikTok bid.",
			"Microsoft is leading the talks.",
		},
		b: story{
			"TikTok boss Kevin Mayer has resigned, the company confirmed.",
			"The retailer Walmart said it had joined Microsoft's bid.",
			"ByteDance faces a deadline to sell.",
		},
		pair: true,
	},
	{
		name: "paraphrase: stake bought for the same sum",
		a: story{
			"Walmart agreed to purchase a 7.5% stake in the venture for $1.2bn.",
			"The deal still needs approval from Washington.",
			"Walmart's shares rose after the announcement.",
		},
		b: story{
			"The retailer will buy 7.5 per cent of the new company for 1.2 billion dollars.",
			"Regulators in Washington must sign off on the agreement.",
			"Investors welcomed the news.",
		},
		pair: true,
	},
	{
		name: "paraphrase: fine in euros",
		a: story{
			"The regulator fined ClipTok €3.5m for breaching children's privacy rules.",
			"ClipTok said it would appeal.",
			"The investigation began two years ago.",
		},
		b: story{
			"A 3.5 million euro penalty was imposed on ClipTok over breaches of children's privacy.",
			"The company plans to contest the decision.",
			"Officials opened their inquiry in 2022.",
		},
		pair: true,
	},
	{
		name: "paraphrase: shares plunge",
		a: story{
			"Shares in ShopCo plunged 12% on the news.",
			"ShopCo had warned that sales would slow.",
			"Its chief executive apologised to investors.",
		},
		b: story{
			"ShopCo's stock dropped 12 per cent after the announcement.",
			"The retailer had cautioned that growth was slowing.",
			"Investors were unhappy.",
		},
		pair: true,
	},
}

// nameVariants are pairs the general recogniser's mentions hid, and the protections that must
// survive the fixes. It reports a name it does not know as written, so one account's full name,
// longer place name or pair of companies tagged as one name must still meet the other's shorter
// spelling; it guesses kinds ("Shares in Halden": a place; "Halden said": a person), so a guessed
// kind must not make two accounts name different people or places; and it takes a title into a
// name's span ("Prime Minister Jonas Vell"), which must stay a word. Different people in full,
// and "North Korea" and "South Korea", still tell different facts.
var nameVariants = []pairCase{
	{
		name: "names: two companies the tagger took for one",
		a: story{
			"Halden Motors and Vesta Energy will jointly build electric vans.",
			"The vans will go on sale in Europe next year.",
			"Production is due to start in the spring.",
		},
		b: story{
			"Carmakers Halden and Vesta are teaming up to make electric vans.",
			"The first models are expected in European showrooms soon.",
			"Shares in Vesta rose on the news.",
		},
		pair: true,
	},
	{
		name: "names: a sea with and without its noun",
		a: story{
			"The expedition will sample plankton in the Weddell Sea.",
			"The ship left port on Monday.",
			"The voyage will last three months.",
		},
		b: story{
			"Scientists on board will collect plankton across the Weddell.",
			"The crew set sail on Monday.",
			"They will return in the spring.",
		},
		pair: true,
	},
	{
		name: "names: a mountain range with and without its noun",
		a: story{
			"Snow has closed every pass in the Tarsa Mountains.",
			"Rescue teams are waiting for the weather to clear.",
			"Power lines were brought down.",
		},
		b: story{
			"All routes through the Tarsa are shut by snow.",
			"Rescuers cannot reach them until the weather improves.",
			"Electricity has been lost across the region.",
		},
		pair: true,
	},
	{
		name: "names: a company the tagger took for a place",
		a: story{
			"Shares in Halden jumped 8 percent in early trading after the results.",
			"The carmaker also raised its dividend.",
			"Its chief executive will step down next year.",
		},
		b: story{
			"Investors in Oslo sent Halden's stock up 8 per cent after its earnings.",
			"The payout to shareholders will rise.",
			"A successor to the boss has not been named.",
		},
		pair: true,
	},
	{
		name: "names: a title the tagger took into the name",
		a: story{
			"Prime Minister Jonas Vell resigned on Monday.",
			"His party still leads in the polls.",
			"A new cabinet is expected within weeks.",
		},
		b: story{
			"The prime minister stepped down on Monday.",
			"Opposition parties called for an early election.",
			"The currency fell on the news.",
		},
		pair: true,
	},
	{
		name: "names: a company the tagger took for a person",
		a: story{
			"Halden said quarterly profit rose 8 percent to a record.",
			"The carmaker sold more vans in Europe.",
			"It will open a plant in Mexico next year.",
		},
		b: story{
			"Chief executive Anna Berg said profit climbed 8% in the quarter.",
			"Van sales drove the growth.",
			"A new factory is planned.",
		},
		pair: true,
	},
	{
		name: "names: two people the tagger does not know, in full",
		a: story{
			"Senator Lena Harwick voted against the mining bill on Thursday.",
			"The bill passed by two votes.",
			"Campaigners had lobbied for months.",
		},
		b: story{
			"Senator Tomas Reyes voted against the mining bill on Thursday.",
			"The measure now goes to the governor.",
			"Mining companies welcomed the result.",
		},
	},
	{
		name: "names: a name tagged in one account opens the other's sentence untagged",
		a: story{
			"The regulator said on Friday that the startup Quillo had breached consumer law.",
			"The company has 28 days to respond.",
			"Complaints about the app rose sharply last year.",
		},
		b: story{
			"Quillo broke consumer protection rules, officials ruled.",
			"It must reply within four weeks.",
			"The watchdog received hundreds of complaints.",
		},
		pair: true,
	},
	{
		name: "names: North and South are two places",
		a: story{
			"North Korea fired two missiles into the sea on Monday.",
			"The launch was condemned by Japan.",
			"Officials in Washington said they were monitoring the situation.",
		},
		b: story{
			"South Korea fired two missiles into the sea on Monday.",
			"The drill was planned months ago.",
			"Officials said the exercise was routine.",
		},
	},
}

// checkFirstPaired compares the case's two stories, both ways round, and checks that their first
// sentences are paired exactly when tt.pair says so.
func checkFirstPaired(t *testing.T, tt pairCase) {
	t.Helper()
	a, b := article("a", tt.a), article("b", tt.b)
	for _, swap := range []bool{false, true} {
		x, y := a, b
		if swap {
			x, y = b, a
		}
		c := Compare(x, y)
		checkInvariants(t, c)
		got, p := partner(c, "p1s1")
		if paired := got == "p1s1"; paired != tt.pair {
			score := 0.0
			if p != nil {
				score = p.Score
			}
			t.Errorf("swap=%v: first sentences paired=%v (%.2f), want %v\n%s", swap, paired, score, tt.pair, dump(c))
		}
	}
}

func TestReproducers(t *testing.T) {
	for _, tt := range slices.Concat(reproducers, nameVariants) {
		t.Run(tt.name, func(t *testing.T) { checkFirstPaired(t, tt) })
	}
}

// TestSameName: names compare by their words, not their spellings.
func TestSameName(t *testing.T) {
	for _, tt := range []struct {
		x, y string
		want bool
	}{
		{"Pacific", "Pacific Ocean", true},
		{"Karsk Province", "Karsk", true},
		{"New Zealand", "New Zealand", true},
		{"North Korea", "South Korea", false},
		{"Korea", "South Korea", true},
		{"York", "Yorkshire", false},
		{"The", "Karsk", false},
	} {
		sp := newSpace()
		place := func(s string) int32 { return sp.entityID(corpus.Mention{Entity: s, Kind: corpus.KindPlace}) }
		x, y := place(tt.x), place(tt.y)
		if got := sp.sameName(x, y); got != tt.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
		if got := sp.sameName(y, x); got != tt.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", tt.y, tt.x, got, tt.want)
		}
	}
}
