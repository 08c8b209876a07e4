package search

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
)

// oneEach indexes each text as an article of one sentence, IDs s1, s2…, under a title with no
// words, so that only the sentences can match.
func oneEach(t testing.TB, texts ...string) *Engine {
	t.Helper()
	var arts []*corpus.Article
	for i, text := range texts {
		arts = append(arts, &corpus.Article{ID: fmt.Sprintf("s%d", i+1), Title: "·", AuthorNote: "test",
			Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{{ID: "p1s1", Text: text}}}}})
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	return New(c)
}

// found runs query and returns each full match as its sentence with highlights in brackets;
// partial matches count as none.
func found(e *Engine, query string) []string {
	r := e.Search(Query{Text: query})
	if r.Partial || r.Err != nil {
		return nil
	}
	var out []string
	for _, g := range r.Groups {
		for _, sn := range g.Snippets {
			if len(sn.Missing) == 0 {
				out = append(out, marked(sn.Text, sn.Highlights))
			}
		}
	}
	return out
}

// textCases are a query, the texts indexed, and the full matches expected, highlighted.
type textCase struct {
	name, query string
	texts       []string
	want        []string
}

func runTextCases(t *testing.T, cases []textCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := oneEach(t, c.texts...)
			if d := cmp.Diff(c.want, found(e, c.query)); d != "" {
				t.Errorf("%q (-want +got):\n%s", c.query, d)
			}
		})
	}
}

func TestFoldUnicode(t *testing.T) {
	runTextCases(t, []textCase{
		{"ł and accents", "lodz", []string{"Protests spread to Łódź on Monday.", "Lodge rules."},
			[]string{"Protests spread to [Łódź] on Monday."}},
		{"combining diaeresis", "zurich", []string{"Talks moved to Zu\u0308rich."},
			[]string{"Talks moved to [Zu\u0308rich]."}},
		{"combining mark, prefix highlight", "zur", []string{"Talks moved to Zu\u0308rich."},
			[]string{"Talks moved to [Zu\u0308r]ich."}},
		{"precomposed query, decomposed text", "Zürich", []string{"Talks moved to Zu\u0308rich."},
			[]string{"Talks moved to [Zu\u0308rich]."}},
		{"decomposed query, precomposed text", "Zu\u0308rich", []string{"Talks moved to Zürich."},
			[]string{"Talks moved to [Zürich]."}},
		{"ß is ss", "hauptstrasse", []string{"The office on Hauptstraße closed."},
			[]string{"The office on [Hauptstraße] closed."}},
		{"ß in the query", "Hauptstraße", []string{"The office on Hauptstrasse closed."},
			[]string{"The office on [Hauptstrasse] closed."}},
		{"ß prefix lands on the ß", "hauptstras", []string{"The office on Hauptstraße closed."},
			[]string{"The office on [Hauptstraß]e closed."}},
		{"Turkish dotted capital I", "istanbul", []string{"Flights to İstanbul resumed."},
			[]string{"Flights to [İstanbul] resumed."}},
		{"Turkish dotless i", "diyarbakir", []string{"Police in Diyarbakır said so."},
			[]string{"Police in [Diyarbakır] said so."}},
		{"Ø", "oresund", []string{"The Øresund bridge reopened."},
			[]string{"The [Øresund] bridge reopened."}},
		{"Đ", "dokovic", []string{"Đoković won again."}, []string{"[Đoković] won again."}},
		{"Æ ligature letter", "aero", []string{"Ferries to Ærø were cancelled."},
			[]string{"Ferries to [Ærø] were cancelled."}},
		{"Portuguese tilde", "sao paulo", []string{"Markets in São Paulo fell."},
			[]string{"Markets in [São] [Paulo] fell."}},
		{"cedilla and Polish ogonek", "swietokrzyskie francois", []string{"François visited Świętokrzyskie."},
			[]string{"[François] visited [Świętokrzyskie]."}},
		{"typographic ligature", "office", []string{"The o\ufb03ce was shut."},
			[]string{"The [o\ufb03ce] was shut."}},
		{"full-width letters", "tiktok", []string{"ＴｉｋＴｏｋ was named."},
			[]string{"[ＴｉｋＴｏｋ] was named."}},
		{"Vietnamese stacked marks", "nguyen", []string{"Nguyễn spoke first."},
			[]string{"[Nguyễn] spoke first."}},
	})
}

func TestPossessivesAndAcronyms(t *testing.T) {
	runTextCases(t, []textCase{
		{"curly possessive", "Biden's", []string{"Biden’s order banned the app.", "It's Trump’s turn, sources say."},
			[]string{"[Biden’s] order banned the app."}},
		{"possessive query, plain text", "Biden’s", []string{"Biden signed the order."},
			[]string{"[Biden] signed the order."}},
		{"plural possessive", "Jones'", []string{"Jones’ lawyers appealed.", "Lawyers said so."},
			[]string{"[Jones]’ lawyers appealed."}},
		{"apostrophe inside a name", "obrien", []string{"O’Brien’s firm bid."},
			[]string{"[O’Brien’s] firm bid."}},
		{"name with apostrophe as typed", "O'Brien", []string{"O’Brien’s firm bid."},
			[]string{"[O’Brien’s] firm bid."}},
		{"U.S. is US", "US China", []string{"The U.S.-China trade talks resumed."},
			[]string{"The [U.S.]-[China] trade talks resumed."}},
		{"US is U.S.", "U.S. tariffs", []string{"US tariffs rose again."},
			[]string{"[US] [tariffs] rose again."}},
		{"U.K.", "UK government", []string{"The U.K. government agreed."},
			[]string{"The [U.K.] [government] agreed."}},
		{"E.U.", "eu officials", []string{"E.U. officials objected.", "Officials in the EU objected."},
			[]string{"[E.U.] [officials] objected.", "[Officials] in the [EU] objected."}},
		{"acronym joined with a word", "uschina", []string{"The U.S.-China trade talks resumed."},
			[]string{"The [U.S.-China] trade talks resumed."}},
	})
}

func TestCompoundsAndCJK(t *testing.T) {
	runTextCases(t, []textCase{
		{"hyphenated query, spaced text", "sell-or-ban", []string{"The sell or ban law passed the Senate.", "Sellers may ban it."},
			[]string{"The [sell or ban] law passed the Senate."}},
		{"hyphenated query and text", "sell-or-ban", []string{"The sell-or-ban law passed."},
			[]string{"The [sell-or-ban] law passed."}},
		{"joined query, hyphenated text", "sellorban", []string{"The sell-or-ban law passed."},
			[]string{"The [sell-or-ban] law passed."}},
		{"four parts", "state-of-the-art", []string{"A state of the art plant opened.", "The state of play is art."},
			[]string{"A [state of the art] plant opened."}},
		{"parts out of order do not make the compound", "ban-or-sell", []string{"The sell or ban law passed."}, nil},
		{"one-word name written as two", "bytedance", []string{"Byte Dance, as filings spell it, owns the app.", "ByteDance owns it.", "A dance byte."},
			[]string{"[Byte Dance], as filings spell it, owns the app.", "[ByteDance] owns it."}},
		{"one-word name written hyphenated", "tiktok", []string{"The Tik-Tok app.", "Tik Tok again."},
			[]string{"The [Tik-Tok] app.", "[Tik Tok] again."}},
		{"Han pair inside a run", "政府", []string{"北京市政府宣布了新规定。", "政策没有变化。"},
			[]string{"北京市[政府]宣布了新规定。"}},
		{"Han run of three", "北京市", []string{"北京市政府宣布了新规定。", "北京大学市场。"},
			[]string{"[北京市]政府宣布了新规定。"}},
		{"Japanese kanji and kana", "東京都", []string{"東京都の知事が発表した。"},
			[]string{"[東京都]の知事が発表した。"}},
		{"katakana", "ティックトック", []string{"ティックトックの禁止が決まった。"},
			[]string{"[ティックトック]の禁止が決まった。"}},
		{"Hangul", "정부", []string{"한국 정부는 새로운 규정을 발표했다."},
			[]string{"한국 [정부]는 새로운 규정을 발표했다."}},
		{"CJK next to Latin", "tiktok 禁止", []string{"TikTok禁止令"},
			[]string{"[TikTok禁止]令"}},
	})
}

// TestNoJunkTerms checks that a chain of words is indexed as its words and the whole, never as
// pairs of neighbours ("orban" from "sell-or-ban").
func TestNoJunkTerms(t *testing.T) {
	e := oneEach(t, "The sell-or-ban law passed.")
	for _, junk := range []string{"orban", "sellor"} {
		if _, ok := e.ids[junk]; ok {
			t.Errorf("term %q indexed", junk)
		}
	}
	for _, want := range []string{"sell", "ban", "sellorban"} {
		if _, ok := e.ids[want]; !ok {
			t.Errorf("term %q not indexed", want)
		}
	}
	r := e.Search(Query{Text: "sell-or-ban"})
	if d := cmp.Diff([]string{"sell-or-ban"}, r.Words); d != "" {
		t.Errorf("words (-want +got):\n%s", d)
	}
}

func TestCorrected(t *testing.T) {
	e := oneEach(t, "Walmart joined Microsoft in the bid.", "Microsoft alone.")
	for q, want := range map[string]string{
		"walmrt microsft": "walmart microsoft",
		"walmart micro":   "",
		"walmart":         "",
		"zzzz":            "",
	} {
		if got := e.Search(Query{Text: q}).Corrected; got != want {
			t.Errorf("%q: corrected %q, want %q", q, got, want)
		}
	}
}

func TestForms(t *testing.T) {
	runTextCases(t, []textCase{
		{"plural finds singular", "bids", []string{"Walmart made a bid.", "Biden spoke.", "The bidder left."},
			[]string{"Walmart made a [bid]."}},
		{"present finds past", "appeals", []string{"Jones appealed the ruling.", "The appeal failed.", "Apples fell."},
			[]string{"Jones [appealed] the ruling.", "The [appeal] failed."}},
		{"doubled consonant", "banning", []string{"The ban passed.", "Congress banned it.", "The bank closed."},
			[]string{"The [ban] passed.", "Congress [banned] it."}},
		{"final e", "closes", []string{"The shop closed early.", "Closing time.", "A close call."},
			[]string{"The shop [closed] early.", "[Closing] time.", "A [close] call."}},
		{"ies", "policies", []string{"The policy changed."}, []string{"The [policy] changed."}},
		// A word the corpus has as typed finds its other forms too.
		{"plural found as typed", "elections", []string{"Two elections were held.", "The election was close.", "Elected at last."},
			[]string{"Two [elections] were held.", "The [election] was close."}},
		{"singular finds ies", "company", []string{"The company grew.", "Both companies grew.", "A companion came."},
			[]string{"The [company] grew.", "Both [companies] grew."}},
		// A word the corpus has whose stem is another word, or a name, finds itself only.
		{"news is not new", "news", []string{"The news broke.", "A new law passed."}, []string{"The [news] broke."}},
		{"times is not time", "times", []string{"Prices rose three times.", "It is time to go."}, []string{"Prices rose three [times]."}},
		{"a name is not its stem", "jones", []string{"Mr Jones spoke.", "Jon left early."}, []string{"Mr [Jones] spoke."}},
		{"texas is not texa", "texas", []string{"Texas voted.", "Texa Ltd grew."}, []string{"[Texas] voted."}},
		{"timber is not timbre", "timber", []string{"Timber prices rose.", "Her voice had a rich timbre."}, []string{"[Timber] prices rose."}},
		// British and American spellings.
		{"labor finds labour", "labor", []string{"The Labour Party won.", "US labor law changed.", "A lab opened."},
			[]string{"US [labor] law changed.", "The [Labour] Party won."}},
		{"organization finds organisation", "organizations", []string{"Aid organisations left.", "The organization grew.", "Organised crime."},
			[]string{"Aid [organisations] left.", "The [organization] grew."}},
		{"defense finds defence", "defense", []string{"The defence rested.", "Defense spending rose.", "A fence fell."},
			[]string{"[Defense] spending rose.", "The [defence] rested."}},
		{"center finds centre", "center", []string{"The city centre closed.", "A center opened.", "Central Park."},
			[]string{"A [center] opened.", "The city [centre] closed."}},
		{"analyse finds analyze", "analysed", []string{"Experts analyzed the data.", "The analyst spoke."},
			[]string{"Experts [analyzed] the data."}},
		{"programme finds program", "programme", []string{"The program ended.", "The pro team won."},
			[]string{"The [program] ended."}},
		// A word first met with a capital at a sentence's start is still a word, not a name.
		{"a capital at the start is no name", "elections", []string{"Elections were held.", "The election was close."},
			[]string{"[Elections] were held.", "The [election] was close."}},
		// A noun the corpus has does not find the "-ing" words of its stem; a verb form does.
		{"markets is not marketing", "markets", []string{"Stock markets fell.", "Its marketing chief left.", "The market rose."},
			[]string{"Stock [markets] fell.", "The [market] rose."}},
		{"appeal is not appealing", "appeals", []string{"The appeals failed.", "An appealing offer.", "The appeal failed."},
			[]string{"The [appeals] failed.", "The [appeal] failed."}},
		{"appealed finds appealing", "appealed", []string{"The club appealed.", "It is appealing the ban.", "An appeal failed."},
			[]string{"The club [appealed].", "It is [appealing] the ban.", "An [appeal] failed."}},
		// Words that end in "our" in both spellings are not their "or" forms.
		{"four is not for", "four", []string{"Four men left.", "It was for them."}, []string{"[Four] men left."}},
	})
	e := oneEach(t, "Walmart made a bid.")
	if r := e.Search(Query{Text: "bids"}); r.Corrected != "" {
		t.Errorf("another form of a word is reported as a correction: %q", r.Corrected)
	}
}

// TestFormsSearched: the other forms and spellings a search reached are listed for the reader.
func TestFormsSearched(t *testing.T) {
	e := oneEach(t, "The Labour Party won.", "US labor law changed.", "Two elections were held.",
		"The election was close.", "Walmart made a bid.")
	for q, want := range map[string][]string{
		"labor":           {"labour"},
		"labour":          {"labor"},
		"elections":       {"election"},
		"labor elections": {"labour", "election"},
		"walmart":         nil,
		"bids":            {"bid"},
		"":                nil,
	} {
		if got := e.Search(Query{Text: q}).Forms; !slices.Equal(got, want) {
			t.Errorf("%q: forms %q, want %q", q, got, want)
		}
	}
}
