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
