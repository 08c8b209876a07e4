package synth

// Probe is a benchmark query with the sentence a reader typing it is looking for, in the seed
// corpus (which Generate keeps at the front of every synthetic corpus).
type Probe struct {
	Text              string
	Article, Sentence string
	// Phrase is a part of the expected sentence, which a test checks, so that each expectation
	// shows why it is right.
	Phrase string
}

// Probes are the fixed query list of the benchmarks, typed character by character: exact words,
// omissions, insertions, transpositions and substitutions, one to four words.
var Probes = []Probe{
	{"walmrt microsft", "walmart-microsoft-tiktok-bid", "p1s1", "Walmart is forming a partnership with tech giant Microsoft"},
	{"trasnparency oversight", "walmart-microsoft-tiktok-bid", "p9s2", "transparency to users as well as appropriate security oversight"},
	{"bytedanse musk", "tiktok-chew-musk-outreach", "p1s2", "ByteDance reportedly view Musk"},
	{"kevin mayer resigned", "walmart-microsoft-tiktok-bid", "p15s1", "Kevin Mayer resigned"},
	{"canada dissolve operations", "tiktok-chew-musk-outreach", "p10s2", "dissolve its operations in Canada"},
	{"georgai electon law", "amazon-china-ccp-report", "p10s2", "Georgia’s new election reform laws"},
	{"horizon advisory", "amazon-china-ccp-report", "p2s1", "Horizon Advisory"},
	{"shou zi chew", "tiktok-chew-musk-outreach", "p1s1", "Shou Zi Chew"},
	{"australia children social media", "tiktok-chew-musk-outreach", "p10s3", "children under 16 from using social media"},
	{"tarnsaction jurisdiction", "walmart-microsoft-tiktok-bid", "p6s1", "any transaction by any person"},
	{"omnichanel customers", "walmart-microsoft-tiktok-bid", "p12s1", "omnichannel customers"},
	{"federal appeals court", "tiktok-chew-musk-outreach", "p7s4", "federal appeals court"},
	{"cheif executive officer", "walmart-microsoft-tiktok-bid", "p15s1", "chief executive officer"},
	{"livestream ecommerce model", "tiktok-chew-musk-outreach", "p9s2", "livestream e-commerce model"},
}
