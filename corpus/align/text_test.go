package align

import (
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
