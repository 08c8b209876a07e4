package align

import (
	"testing"
)

// TestRelated: WordNet's first senses relate words that one report uses where another uses its
// sibling, and leave apart words that only share a topic.
func TestRelated(t *testing.T) {
	for _, tt := range []struct {
		x, y string
		want bool
	}{
		{"fight", "oppose", true},
		{"hurt", "suffering", true},
		{"errors", "mistakes", true},
		{"attempt", "efforts", true},
		{"seeking", "searched", true},
		{"selected", "picks", true},
		{"rebuild", "reconstructed", true},
		{"fight", "fight", false}, // the same word is shared, not related
		{"police", "officers", false},
		{"sell", "buy", false},
		{"rain", "court", false},
		{"tariff", "election", false},
	} {
		if got := related(stem(tt.x), stem(tt.y)); got != tt.want {
			t.Errorf("related(%q, %q) = %v, want %v (keys %q, %q)", tt.x, tt.y, got, tt.want, stem(tt.x), stem(tt.y))
		}
	}
}

// relatedPairs are paraphrases that share one specific word and say the rest in related words,
// and pairs whose related words are all they share, which must stay apart.
var relatedPairs = []pairCase{
	{name: "dockworkers fight / oppose the decision",
		a:    story{"The dockworkers said they would fight the decision.", "The port handles a third of the country's grain.", "Talks resume on Monday."},
		b:    story{"Angry dockworkers vowed to oppose it.", "Grain exports could be hit.", "The minister urged calm."},
		pair: true},
	{name: "pensioners suffer / hurt",
		a:    story{"The levy will hurt pensioners most.", "It takes effect in April.", "Ministers defend the measure."},
		b:    story{"Economists warned that pensioners would suffer.", "Opposition parties called for a vote.", "The treasury declined to comment."},
		pair: true},
	{name: "related words alone",
		a:    story{"Residents vowed to fight the plans.", "The council meets next week.", "A decision is due in May."},
		b:    story{"Shopkeepers said they would oppose any changes.", "Parking has been a problem for years.", "The mayor has not commented."},
		pair: false},
	{name: "a topic word and a related word",
		a:    story{"The storm hurt farmers across the valley.", "The storm brought down power lines.", "The storm is moving east."},
		b:    story{"The storm made commuters suffer long delays.", "The storm closed schools.", "The storm will weaken tomorrow."},
		pair: false},
}

func TestRelatedPairs(t *testing.T) {
	for _, tt := range relatedPairs {
		t.Run(tt.name, func(t *testing.T) { checkFirstPaired(t, tt) })
	}
}

// TestRelatedSpans: the reader sees the related words that paired two sentences, marked as such.
func TestRelatedSpans(t *testing.T) {
	tt := relatedPairs[0]
	c := Compare(article("a", tt.a), article("b", tt.b))
	_, p := partner(c, "p1s1")
	if p == nil {
		t.Fatalf("not paired:\n%s", dump(c))
	}
	find := func(text string, spans []Span) string {
		for _, s := range spans {
			if s.Kind == SpanRelated {
				return text[s.Start:s.End]
			}
		}
		return ""
	}
	if got := find(tt.a[0], p.SpansA); got != "fight" {
		t.Errorf("A's related span = %q, want \"fight\" (spans %v)", got, p.SpansA)
	}
	if got := find(tt.b[0], p.SpansB); got != "oppose" {
		t.Errorf("B's related span = %q, want \"oppose\" (spans %v)", got, p.SpansB)
	}
}

// BenchmarkParseRelated measures the one-off parse of the related-word table, which the first
// comparison of a session pays.
func BenchmarkParseRelated(b *testing.B) {
	b.SetBytes(int64(len(wordnetData)))
	for b.Loop() {
		if m := parseRelated(wordnetData); len(m) == 0 {
			b.Fatal("empty table")
		}
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
