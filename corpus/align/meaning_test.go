package align

import (
	"testing"

	"parallax/internal/embedtest"
)

func TestAgreement(t *testing.T) {
	x := make([]byte, 64)
	y := make([]byte, 64)
	if got := agreement(x, y); got != 1 {
		t.Errorf("same bits: %v, want 1", got)
	}
	for k := range y {
		y[k] = 0xff
	}
	if got := agreement(x, y); got != -1 {
		t.Errorf("opposite bits: %v, want -1", got)
	}
	y[0] = 0
	if got, want := agreement(x, y), -1+2*8.0/512; got != want {
		t.Errorf("8 bits the same: %v, want %v", got, want)
	}
	if got := agreement(nil, y); got != -1 {
		t.Errorf("missing embedding: %v, want -1", got)
	}
	if got := agreement(x[:8], y); got != -1 {
		t.Errorf("lengths differ: %v, want -1", got)
	}
}

// meaningCase is a paraphrase the word-based score misses, in a story whose other sentences pair
// by their words, and whether the embeddings, given the agreement of flips, must pair it.
type meaningCase struct {
	name  string
	a, b  story
	flips int
	pair  bool
}

// storyPairs are sentences that the word rules pair in every case below, so that only a few
// sentences of each side are free.
var storyPairs = [2][]string{
	{
		"Ravel Marine's former treasurer Colm Dervla was jailed for six years on Tuesday.",
		"Dervla, 58, admitted taking 4.2 million euros from the company's pension fund.",
	},
	{
		"Colm Dervla, who was treasurer of Ravel Marine, was sentenced to six years in prison on Tuesday.",
		"The 58-year-old had pleaded guilty to stealing 4.2 million euros from the firm's pension scheme.",
	},
}

var meaningCases = []meaningCase{
	{
		name:  "paraphrase with few shared words",
		a:     story{"The money paid for a lakeside villa, two boats and a string of gambling debts, court filings show."},
		b:     story{"Investigators traced the stolen money to a house by the lake, a pair of motor launches and heavy losses at casinos."},
		flips: 100, // agreement 0.61
		pair:  true,
	},
	{
		name:  "embeddings that disagree",
		a:     story{"The money paid for a lakeside villa, two boats and a string of gambling debts, court filings show."},
		b:     story{"Investigators traced the stolen money to a house by the lake, a pair of motor launches and heavy losses at casinos."},
		flips: 142, // agreement 0.445, under MeaningAgreement

	},
	{
		name:  "nothing specific shared",
		a:     story{"It was a long and difficult morning for everyone involved."},
		b:     story{"Relatives wept quietly as the sentence was read out."},
		flips: 20,
	},
}

// TestMeaningPairs: free sentences whose embeddings agree pair when they share some specific
// content and nothing sets them apart; the story's other sentences pair by their words first.
func TestMeaningPairs(t *testing.T) {
	for _, tt := range meaningCases {
		t.Run(tt.name, func(t *testing.T) {
			a := article("a", tt.a, storyPairs[0])
			b := article("b", storyPairs[1], tt.b)
			// Without embeddings the word rules leave the sentence under test free.
			if got, _ := partner(Compare(a, b), "p1s1"); got != "" {
				t.Fatalf("paired %s without embeddings; the case tests nothing", got)
			}
			// The sentences share some specific content, so that a refusal is the embedding's
			// or tellApart's.
			sp := newSpace()
			as, _ := sp.sentences(a, 0, 10)
			bs, _ := sp.sentences(b, 1, 10)
			sp.weigh(as, bs)
			if tt.name != "nothing specific shared" && similarityIn(sp, as[0], bs[len(bs)-1], inGap) <= 0 {
				t.Errorf("the sentences share no specific content; the case tests nothing")
			}
			embedtest.Embed(a, b, map[string]string{"p1s1": "p2s1"}, tt.flips)
			for _, swap := range []bool{false, true} {
				x, y, id, want := a, b, "p1s1", "p2s1"
				if swap {
					x, y, id, want = b, a, "p2s1", "p1s1"
				}
				c := Compare(x, y)
				checkInvariants(t, c)
				got, p := partner(c, id)
				if (got == want) != tt.pair {
					t.Errorf("swap=%v: paired with %q, want paired=%v\n%s", swap, got, tt.pair, dump(c))
				}
				// Told in swapped order around the story's pairs: a crossing pair, marked as
				// found by meaning, with what the two share highlighted.
				if got == want && (!p.Crossing || !p.Meaning || len(p.SpansA) == 0 || len(p.SpansB) == 0) {
					t.Errorf("swap=%v: pair %+v: want it crossing, by meaning, with shared spans", swap, *p)
				}
				for _, q := range c.Pairs {
					if q.A != id && q.Meaning {
						t.Errorf("swap=%v: pair %s/%s paired by its words is marked as by meaning", swap, q.A, q.B)
					}
				}
			}
		})
	}
}

// TestMeaningPairsMutualBest: of two free sentences near one meaning, only the nearer pairs.
func TestMeaningPairsMutualBest(t *testing.T) {
	a := article("a", story{
		"The money paid for a lakeside villa, two boats and a string of gambling debts, court filings show.",
		"The lakeside villa has since been sold, and the boats seized.",
	}, storyPairs[0])
	b := article("b", storyPairs[1], story{"Investigators traced the stolen money to a house by the lake, a pair of motor launches and heavy losses at casinos."})
	embedtest.Embed(a, b, map[string]string{"p1s1": "p2s1"}, 60)
	// The second sentence of A is near the same meaning, but less so.
	second := a.Sentence("p1s2")
	second.Embedding = append([]byte(nil), b.Sentence("p2s1").Embedding...)
	for k := range 120 {
		second.Embedding[k/8] ^= 1 << (k % 8)
	}
	c := Compare(a, b)
	if got, _ := partner(c, "p1s1"); got != "p2s1" {
		t.Errorf("the nearer sentence paired with %q, want p2s1\n%s", got, dump(c))
	}
	if got, _ := partner(c, "p1s2"); got != "" {
		t.Errorf("the farther sentence paired with %q, want none", got)
	}
}

// TestMeaningPairsPool: with more free sentences on a side than maxMeaningPool, the embedding
// chooses nothing.
func TestMeaningPairsPool(t *testing.T) {
	free := story{"The money paid for a lakeside villa, two boats and a string of gambling debts, court filings show."}
	for k := range maxMeaningPool {
		free = append(free, []string{
			"Shipping volumes at the harbour were unchanged last year.",
			"Fishing crews landed a record catch of mackerel.",
			"The marina is to be dredged again this winter.",
			"A ferry to the islands runs twice a day in summer.",
			"Dock workers voted to accept a new contract.",
			"The harbour master retires in the spring.",
			"Tourism brought in more visitors than expected.",
		}[k])
	}
	a := article("a", free, storyPairs[0])
	b := article("b", storyPairs[1], story{"Investigators traced the stolen money to a house by the lake, a pair of motor launches and heavy losses at casinos."})
	embedtest.Embed(a, b, map[string]string{"p1s1": "p2s1"}, 20)
	if got, _ := partner(Compare(a, b), "p1s1"); got != "" {
		t.Errorf("%d free sentences on a side: paired with %q, want none", len(free), got)
	}
	// One fewer free sentence: within the pool.
	a = article("a", free[:maxMeaningPool], storyPairs[0])
	embedtest.Embed(a, b, map[string]string{"p1s1": "p2s1"}, 20)
	if got, _ := partner(Compare(a, b), "p1s1"); got != "p2s1" {
		t.Errorf("%d free sentences on a side: paired with %q, want p2s1", maxMeaningPool, got)
	}
}

// TestTellApart: a date, a figure, a place or a tense that only one side states, where the other
// states one of its own, tells two sentences apart; the same fact written another way does not.
func TestTellApart(t *testing.T) {
	for _, tt := range []struct {
		name, a, b string
		want       bool
	}{
		{"two days of one month", "The auditors first raised the alarm on 3 November.", "The auditors raised the alarm on November 28.", true},
		{"one day written two ways", "The auditors first raised the alarm on 3 November.", "On November 3, the auditors warned the board.", false},
		{"two years", "Helen Ashcroft has run the council since 2019.", "Helen Ashcroft wants to halve car journeys by 2030.", true},
		{"a figure and another", "Unemployment in Carrow rose to 4.35% in May.", "Carrow's council expects unemployment of 4.6% next year.", true},
		{"a figure rounded", "Some 84,300 people were evacuated from Carrow on Monday.", "More than 84,000 residents had to leave Carrow.", false},
		{"a figure on one side only", "Unemployment in Carrow rose to 4.35% in May.", "Joblessness in Carrow climbed again.", false},
		{"two places", "A lorry overturned on a bridge in Dunmere, police said.", "A lorry overturned on a bridge in Ohio, police said.", true},
		{"a place inside the other", "A lorry overturned on a bridge in Paris, police said.", "A lorry overturned on a bridge in France, police said.", false},
		{"the past and the future", "The auditors reviewed the transfers the treasurer had approved.", "The auditors will review every payment the treasurer signs off.", true},
		{"nothing stated", "The auditors reviewed the transfers.", "Accountants checked every payment.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sp := newSpace()
			as, _ := sp.sentences(article("a", []string{tt.a}), 0, 1)
			bs, _ := sp.sentences(article("b", []string{tt.b}), 1, 1)
			sp.weigh(as, bs)
			if got := tellApart(sp, as[0], bs[0]); got != tt.want {
				t.Errorf("tellApart(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
			if got := tellApart(sp, bs[0], as[0]); got != tt.want {
				t.Errorf("swapped: %v, want %v", got, tt.want)
			}
		})
	}
}
