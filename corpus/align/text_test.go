package align

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string // keys, stop-words marked with a leading "-"
	}{
		{"The U.S. government", []string{"-the", "united-states", "government"}},
		{"Amazon’s Amazon-TikTok deal", []string{"amazon", "amazon", "tiktok", "agreement"}},
		{"holds a 15 percent stake, $1,500.5 each", []string{"hold", "-a", "15", "percent", "stake", "1500.5", "-each"}},
		{"banned, banning and bans", []string{"ban", "ban", "-and", "ban"}},
		{"they’ve signed legislation", []string{"-they've", "sign", "law"}},
		{"negotiations, negotiating", []string{"talk", "talk"}},
		{"viewers quitting, users leaving", []string{"user", "leave", "user", "leave"}},
		{"goods and products", []string{"product", "-and", "product"}},
		{"", nil},
		{"…—“”", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range tokenize(tt.in) {
			k := tok.key
			if tok.stop {
				k = "-" + k
			}
			got = append(got, k)
			if tt.in[tok.start:tok.end] == "" {
				t.Errorf("%q: empty token at %d", tt.in, tok.start)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("tokenize(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestStem(t *testing.T) {
	tests := map[string]string{
		"companies": "company", "stresses": "stress", "bans": "ban", "status": "status",
		"analysis": "analysi", "signed": "sign", "banned": "ban", "selling": "sell",
		"sold": "sell", "legislation": "law", "pledged": "promise", "agreed": "agree", "fees": "price",
		"acquire": "buy", "acquisition": "buy", "purchase": "buy", "partnership": "partner",
	}
	for in, want := range tests {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFigures(t *testing.T) {
	text := "Susquehanna holds a 15 percent stake in ByteDance, and Yass owns 7% of it; on January 19, 2025 " +
		"it paid $2 billion for 45 days of talks with 16 people."
	s := &corpus.Sentence{Text: text, Mentions: mentions(text, "Susquehanna", "ByteDance", "Yass")}
	var got []string
	for _, f := range figures(s, tokenize(text)) {
		got = append(got, f.value+"|"+f.unit+"|"+text[f.start:f.end]+"|"+f.subject)
	}
	want := []string{
		"15|percent|15 percent|Susquehanna",
		"7|percent|7%|Yass",
		"2000000000|dollar|$2 billion|",
		"45|day|45 days|",
		"16|people|16 people|",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("figures (-want +got):\n%s", diff)
	}
}

// TestFigureForms: the ways news writes one amount share one normal form.
func TestFigureForms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"for $25 billion", "25000000000 dollar"},
		{"for $25bn", "25000000000 dollar"},
		{"for 25 billion dollars", "25000000000 dollar"},
		{"for US$25 billion", "25000000000 dollar"},
		{"for $25,000 million", "25000000000 dollar"},
		{"for 25bn dollars", "25000000000 dollar"},
		{"for $1.1bn", "1100000000 dollar"},
		{"for $1,100 million", "1100000000 dollar"},
		{"a 30 per cent stake", "30 percent"},
		{"a 30% stake", "30 percent"},
		{"a 30pc stake", "30 percent"},
		{"€3.5m in fines", "3500000 euro"},
		{"3.5 million euros in fines", "3500000 euro"},
		{"£40m", "40000000 pound"},
		{"170 million users", "170000000 user"},
		{"in 90 days", "90 day"},
		{"on its 19th birthday", ""},
		{"by January 19", ""},
		{"in 2024", ""},
	}
	for _, tt := range tests {
		s := &corpus.Sentence{Text: tt.in}
		var got []string
		for _, f := range figures(s, tokenize(tt.in)) {
			got = append(got, f.value+" "+f.unit)
		}
		if strings.Join(got, ", ") != tt.want {
			t.Errorf("figures(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{`Trump pledged to "save" TikTok, calling it "a platform"`, []string{"save", "a platform"}},
		{"a “sell or ban” law", []string{"sell or ban"}},
		{"“This new structure would build on", []string{"This new structure would build on"}},
		{"no quotes here", nil},
		{`empty "" and “ ” quotes`, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range quotes(tt.in, tokenize(tt.in)) {
			got = append(got, tt.in[q.start:q.end])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("quotes(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestQuotesAcrossSentences reads each paragraph's sentences in order: a quotation opened in
// one sentence and closed in a later one quotes only the words inside it, never the narration
// after its closing mark.
func TestQuotesAcrossSentences(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		want  [][]string // the quoted text of each sentence
	}{
		{"straight mark closes a quote opened before",
			[]string{`"We have said so before.`, `We have said it again and again," the mayor told the council on Monday.`},
			[][]string{{"We have said so before."}, {"We have said it again and again,"}}},
		{"a sentence inside a quotation is quoted whole",
			[]string{`"Prices will rise.`, `Nobody can stop that.`, `We must plan for it," she said.`},
			[][]string{{"Prices will rise."}, {"Nobody can stop that."}, {"We must plan for it,"}}},
		{"curly marks across sentences",
			[]string{"“The bridge is unsafe.", "It must close,” the engineer wrote in her report."},
			[][]string{{"The bridge is unsafe."}, {"It must close,"}}},
		{"closed and reopened in one sentence",
			[]string{`"The port is busy.`, `It is full," the harbour master said, "and ships are waiting.`, `They wait for days."`},
			[][]string{{"The port is busy."}, {"It is full,", "and ships are waiting."}, {"They wait for days."}}},
		{"a closing mark without the sentence before",
			[]string{`The trains were late again," the commuter group's chair said.`},
			[][]string{{"The trains were late again,"}}},
		{"a closing curly mark without the sentence before",
			[]string{"The trains were late again,” the chair said, adding that fares had “gone up”."},
			[][]string{{"The trains were late again,", "gone up"}}},
		{"balanced quotes leave nothing open",
			[]string{`She called it "a good start".`, `The council will vote on Tuesday.`},
			[][]string{{"a good start"}, nil}},
		{"an unpaired opening mark after a space opens",
			[]string{`The chair said the plan was sound.`, `He added: "We will build it.`, `It will open in May."`},
			[][]string{nil, {"We will build it."}, {"It will open in May."}}},
	}
	for _, tt := range tests {
		inside := false
		for k, s := range tt.sents {
			var qs []quote
			qs, inside = quotesFrom(s, tokenize(s), inside)
			var got []string
			for _, q := range qs {
				got = append(got, s[q.start:q.end])
			}
			if diff := cmp.Diff(tt.want[k], got); diff != "" {
				t.Errorf("%s: sentence %d %q (-want +got):\n%s", tt.name, k+1, s, diff)
			}
		}
	}
}

// TestQuotesNarration compares two accounts that carry a quotation spanning two sentences: the
// summary and the pair's marks give the quoted words, never the narration after the quote.
func TestQuotesNarration(t *testing.T) {
	a := article("a", []string{
		"The mayor rejected calls for an inquiry into the tram contract.",
		`"That is what the auditor said and that is what I say.`,
		`We have answered these questions again and again and again," the mayor told the city council on Monday.`,
	})
	b := article("b", []string{
		`"That is what the auditor said and that is what I say.`,
		`We have answered these questions again and again and again," the mayor told the city council on Monday.`,
		"Opposition councillors said they would press for an inquiry.",
	})
	c := Compare(a, b)
	checkInvariants(t, c)
	for _, q := range c.Summary.Quotes {
		if strings.Contains(q.Words, "mayor told") || strings.Contains(q.A.Text, "mayor told") || strings.Contains(q.B.Text, "mayor told") {
			t.Errorf("narration listed as a quote: %+v", q)
		}
	}
	var words []string
	for _, q := range c.Summary.Quotes {
		words = append(words, q.Words)
	}
	if !slices.Contains(words, "We have answered these questions again and again and again") {
		t.Errorf("quotes both carry = %q, want the quoted words of the second sentence", words)
	}
	for _, p := range c.Pairs {
		for _, side := range []struct {
			text  string
			spans []Span
		}{{a.Sentence(p.A).Text, p.SpansA}, {b.Sentence(p.B).Text, p.SpansB}} {
			for _, sp := range side.spans {
				if sp.Kind == SpanQuote && strings.Contains(side.text[sp.Start:sp.End], "mayor") {
					t.Errorf("pair %d marks narration as quoted words: %q", p.N, side.text[sp.Start:sp.End])
				}
			}
		}
	}
}

func TestSharedQuote(t *testing.T) {
	q := func(s string) quote { return quotes(s, tokenize(s))[0] }
	tests := []struct {
		x, y string
		want string
	}{
		{`"save"`, `“Save”`, "save"},
		{`"the"`, `"the"`, ""}, // a stop-word alone is no quotation
		{`"dangerous and unwise for Amazon to partner"`, `they said it was "dangerous and unwise for Amazon" today`, "dangerous and unwise for Amazon"},
		{`"dangerous and unwise"`, `"dangerous and foolish"`, ""},
	}
	for _, tt := range tests {
		qx, qy := q(tt.x), q(tt.y)
		r, ok := sharedQuote(qx, qy)
		got := ""
		if ok {
			got = tt.x[qx.toks[r.x].start:qx.toks[r.x+r.n-1].end]
		}
		if got != tt.want {
			t.Errorf("sharedQuote(%q, %q) = %q, want %q", tt.x, tt.y, got, tt.want)
		}
	}
}

// mentions tags every occurrence of the given names as an entity of their own name.
func mentions(text string, names ...string) []corpus.Mention {
	var out []corpus.Mention
	for _, n := range names {
		for off := 0; ; {
			i := strings.Index(text[off:], n)
			if i < 0 {
				break
			}
			out = append(out, corpus.Mention{Start: off + i, End: off + i + len(n), Entity: n, Kind: corpus.KindOrganization})
			off += i + len(n)
		}
	}
	return out
}
