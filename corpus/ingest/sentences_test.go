package ingest_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus/ingest"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"plain", "One thing. Another thing! A question? Last.",
			[]string{"One thing.", "Another thing!", "A question?", "Last."}},
		{"U.S. mid-sentence", "Lawmakers in the U.S. Senate voted. They won.",
			[]string{"Lawmakers in the U.S. Senate voted.", "They won."}},
		{"U.S. ends a sentence", "It operates in the U.S. The company said so.",
			[]string{"It operates in the U.S.", "The company said so."}},
		{"U.S. heading words", "The Future of TikTok in the U.S. Hangs in the Balance",
			[]string{"The Future of TikTok in the U.S. Hangs in the Balance"}},
		{"U.S.-China", "Tensions in U.S.-China tech relations. More follows.",
			[]string{"Tensions in U.S.-China tech relations.", "More follows."}},
		{"D.C. with comma", "The court in Washington, D.C., is expected to rule. It may not.",
			[]string{"The court in Washington, D.C., is expected to rule.", "It may not."}},
		{"initials", "Donald J. Trump met J. K. Rowling. Nothing happened.",
			[]string{"Donald J. Trump met J. K. Rowling.", "Nothing happened."}},
		{"titles", "Mr. Smith and Dr. Jones met Sen. Warren. They talked.",
			[]string{"Mr. Smith and Dr. Jones met Sen. Warren.", "They talked."}},
		{"Ltd. before a quote and comma", "“any transaction with ByteDance Ltd.,” will be prohibited. Next.",
			[]string{"“any transaction with ByteDance Ltd.,” will be prohibited.", "Next."}},
		{"Inc. ends a sentence", "It was bought by Foo Inc. The deal closed.",
			[]string{"It was bought by Foo Inc.", "The deal closed."}},
		{"Inc. mid-sentence", "Foo Inc. Chief Executive Jane Roe spoke.",
			[]string{"Foo Inc. Chief Executive Jane Roe spoke."}},
		{"decimals and domains", "Sales rose 2.5 percent at Amazon.com last year. Fine.",
			[]string{"Sales rose 2.5 percent at Amazon.com last year.", "Fine."}},
		{"number ends a sentence", "The shop closed in 2019. Then it reopened.",
			[]string{"The shop closed in 2019.", "Then it reopened."}},
		{"straight quote closes", `He said "we will win." Then he left.`,
			[]string{`He said "we will win."`, "Then he left."}},
		{"curly quotes", "“This is new,” Microsoft said. “It is safe.”",
			[]string{"“This is new,” Microsoft said.", "“It is safe.”"}},
		{"sentence ends inside curly quote", "They warned of “espionage.” The firm denied it.",
			[]string{"They warned of “espionage.”", "The firm denied it."}},
		{"question inside quote continues", `"Why?" he asked. Nobody knew.`,
			[]string{`"Why?" he asked.`, "Nobody knew."}},
		{"lower case after stop", "It was approx. three days. Done.",
			[]string{"It was approx. three days.", "Done."}},
		{"question heading", "Why Is Amazon Interested in TikTok?",
			[]string{"Why Is Amazon Interested in TikTok?"}},
		{"numbered list item", "1. Expand Its Reach – influence could grow. It may.",
			[]string{"1. Expand Its Reach – influence could grow.", "It may."}},
		{"dash after question keeps a list item whole", "• Massive Industry Shift? – If Amazon acquires TikTok, it could change.",
			[]string{"• Massive Industry Shift? – If Amazon acquires TikTok, it could change."}},
		{"ellipsis", "He paused... Then he spoke.",
			[]string{"He paused...", "Then he spoke."}},
		{"parenthesis", "It is big (very big.) So it is.",
			[]string{"It is big (very big.)", "So it is."}},
		{"one-character ellipsis", "He paused… Then he left.",
			[]string{"He paused…", "Then he left."}},
		{"ellipsis mid-sentence", "He paused… and then left. Fine.",
			[]string{"He paused… and then left.", "Fine."}},
		{"ellipsis after a quote", "“We will see…” Nobody replied.",
			[]string{"“We will see…”", "Nobody replied."}},
		{"etc. ends a sentence", "Tariffs hit steel, aluminium, etc. Officials said more would follow.",
			[]string{"Tariffs hit steel, aluminium, etc.", "Officials said more would follow."}},
		{"etc. before a bracket", "Rights apply to charges, trials etc. (apart from some cases). Fine.",
			[]string{"Rights apply to charges, trials etc. (apart from some cases).", "Fine."}},
		{"Bros. before a quote", `It won backing from Warner Bros. "The benefits are clear," he said.`,
			[]string{"It won backing from Warner Bros.", `"The benefits are clear," he said.`}},
		{"etc. mid-sentence", "Steel, aluminium, etc. were taxed. Done.",
			[]string{"Steel, aluminium, etc. were taxed.", "Done."}},
		{"p.m. ends a sentence", "The vote closed at 5 p.m. Reporters waited outside.",
			[]string{"The vote closed at 5 p.m.", "Reporters waited outside."}},
		{"a.m. ends a sentence", "Trading resumed at 9:30 a.m. Shares fell at once.",
			[]string{"Trading resumed at 9:30 a.m.", "Shares fell at once."}},
		{"p.m. before a time zone", "It starts at 5 p.m. Eastern Time on Friday. Be there.",
			[]string{"It starts at 5 p.m. Eastern Time on Friday.", "Be there."}},
		{"Inc. before a one-word sentence start", "It was bought by Foo Inc. Shares jumped.",
			[]string{"It was bought by Foo Inc.", "Shares jumped."}},
		{"Jr. ends a sentence", "The award went to Martin Smith Jr. Critics objected.",
			[]string{"The award went to Martin Smith Jr.", "Critics objected."}},
		{"Corp. before a name", "Acme Corp. Chairman Ann Lee resigned.",
			[]string{"Acme Corp. Chairman Ann Lee resigned."}},
		{"et al. ends a sentence", "The study was by Smith et al. Others disagree.",
			[]string{"The study was by Smith et al.", "Others disagree."}},
		{"title before a name never ends", "They met Mrs. Reporter Jones. Gov. Shares spoke.",
			[]string{"They met Mrs. Reporter Jones.", "Gov. Shares spoke."}},
		{"U.K. before a name", "The U.K. Prime Minister spoke. He left.",
			[]string{"The U.K. Prime Minister spoke.", "He left."}},
		{"E.U. ends a sentence", "Tariffs were raised by the E.U. They took effect at once.",
			[]string{"Tariffs were raised by the E.U.", "They took effect at once."}},
		{"month before a day", "It was signed on Jan. 5 and on Sept. 9. Later, more.",
			[]string{"It was signed on Jan. 5 and on Sept. 9.", "Later, more."}},
		{"empty", "", nil},
		{"only space", "   ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, ingest.Sentences(tt.text)); diff != "" {
				t.Errorf("Sentences(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
