package align

import (
	"testing"
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

func TestReproducers(t *testing.T) {
	for _, tt := range reproducers {
		t.Run(tt.name, func(t *testing.T) {
			a, b := article("a", tt.a), article("b", tt.b)
			for _, swap := range []bool{false, true} {
				x, y := a, b
				if swap {
					x, y = b, a
				}
				c := Compare(x, y)
				checkInvariants(t, c)
				got, p := partner(c, "p1s1")
				paired := got == "p1s1"
				if paired != tt.pair {
					score := 0.0
					if p != nil {
						score = p.Score
					}
					t.Errorf("swap=%v: first sentences paired=%v (%.2f), want %v\n%s", swap, paired, score, tt.pair, dump(c))
				}
			}
		})
	}
}
