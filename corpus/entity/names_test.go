package entity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
)

// TestTitlesPartiesAndVariants checks the names one person or organisation is reported under:
// a title or office before a name is not part of it ("PM John Prescott" is John Prescott), a
// party with an office after it is the party alone ("Labour MP"), a known organisation with a
// division word after it is that organisation ("BBC News"), and a short form of an organisation
// the document names in full is that organisation when only one fits. Each case is one document;
// got lists every mention as "surface=entity/kind".
func TestTitlesPartiesAndVariants(t *testing.T) {
	for _, tc := range []struct {
		name string
		doc  []string
		want []string
	}{
		{"lower-case office before PM", []string{"The dinner was hosted by deputy PM John Prescott in Hull."},
			[]string{"PM John Prescott=John Prescott/person", "Hull=Hull/place"}},
		{"Deputy PM", []string{"Deputy PM John Prescott said the plan would go ahead."},
			[]string{"Deputy PM John Prescott=John Prescott/person"}},
		{"PM", []string{"PM Tony Blair told reporters he would not resign."},
			[]string{"PM Tony Blair=Tony Blair/person"}},
		{"Prime Minister", []string{"Prime Minister Helen Clark flew to Canberra."},
			[]string{"Prime Minister Helen Clark=Helen Clark/person", "Canberra=Canberra/place"}},
		{"Chancellor", []string{"Chancellor Gordon Brown will deliver the budget on Wednesday."},
			[]string{"Chancellor Gordon Brown=Gordon Brown/person"}},
		{"Home Secretary", []string{"Home Secretary Charles Clarke defended the law."},
			[]string{"Home Secretary Charles Clarke=Charles Clarke/person"}},
		{"President", []string{"President Jacques Chirac met the Pope."},
			[]string{"President Jacques Chirac=Jacques Chirac/person"}},
		{"Gen. and Sen. and Rep.", []string{"Gen. Richard Myers, Sen. John McCain and Rep. Nancy Pelosi testified."},
			[]string{"Gen. Richard Myers=Richard Myers/person", "Sen. John McCain=John McCain/person", "Rep. Nancy Pelosi=Nancy Pelosi/person"}},
		{"Sir and Lord", []string{"Sir Menzies Campbell and Lord Falconer attended."},
			[]string{"Sir Menzies Campbell=Menzies Campbell/person", "Lord Falconer=Falconer/person"}},
		{"Dr and Mrs", []string{"Dr John Reid and Mrs Margaret Beckett spoke first."},
			[]string{"Dr John Reid=John Reid/person", "Mrs Margaret Beckett=Margaret Beckett/person"}},
		{"Mr after the full name, titled", []string{"Deputy PM John Prescott opened the debate.", "Mr Prescott said he was pleased."},
			[]string{"Deputy PM John Prescott=John Prescott/person", "Mr Prescott=John Prescott/person"}},
		{"Ms after the full name", []string{"Culture Secretary Tessa Jowell backed the bid.", "Ms Jowell said London would win."},
			[]string{"Culture Secretary Tessa Jowell=Tessa Jowell/person", "Ms Jowell=Tessa Jowell/person", "London=London/place"}},
		{"Labour MP", []string{"The Labour MP for Birkenhead asked the question."},
			[]string{"Labour=Labour Party/organization", "Birkenhead=Birkenhead/place"}},
		{"Labour MP before a name", []string{"Labour MP Frank Field criticised the pair."},
			[]string{"Labour=Labour Party/organization", "MP Frank Field=Frank Field/person"}},
		{"Tory MP", []string{"Tory MP Ann Widdecombe criticised the plan."},
			[]string{"Tory=Conservative Party/organization", "MP Ann Widdecombe=Ann Widdecombe/person"}},
		{"Democratic senator", []string{"Democratic senator Chuck Schumer said the bill would fail."},
			[]string{"Chuck Schumer=Chuck Schumer/person"}},
		{"Republican congressman", []string{"Republican congressman Tom DeLay denied the charges."},
			[]string{"Tom DeLay=Tom DeLay/person"}},
		// A party's members as a body are the party, as "Labour" is; its adjective is not
		// (above), and longer names that hold the adjective stay whole.
		{"Republicans and Democrats", []string{"Republicans blocked the bill, and Democrats vowed to try again."},
			[]string{"Republicans=Republican Party/organization", "Democrats=Democratic Party/organization"}},
		{"GOP", []string{"GOP leaders met in Ohio on Tuesday."},
			[]string{"GOP=Republican Party/organization", "Ohio=Ohio/place"}},
		{"names holding the adjective", []string{"The Democratic National Committee, the Irish Republican Army and the Republican Guard were named, as was the Democratic Republic of Congo."},
			[]string{"Democratic National Committee=Democratic National Committee/organization", "Irish Republican Army=Irish Republican Army/organization", "Republican Guard=Republican Guard/organization", "Democratic Republic of Congo=Democratic Republic of the Congo/place"}},
		{"BBC News", []string{"Mr Peston told BBC News that the pair no longer trusted each other."},
			[]string{"Mr Peston=Peston/person", "BBC News=BBC/organization"}},
		{"Thomson Reuters", []string{"Thomson Reuters said profits rose.", "Reuters reported the deal first."},
			[]string{"Thomson Reuters=Reuters/organization", "Reuters=Reuters/organization"}},
		{"the Commission after its full name", []string{"The European Commission fined the firm.", "A spokesman said the Commission would not comment."},
			[]string{"European Commission=European Commission/organization", "Commission=European Commission/organization"}},
		{"a short form after a dropped capitalised word", []string{"Federated Department Stores agreed to buy rival May Department Stores."},
			[]string{"Federated Department Stores=Federated Department Stores/organization", "Department Stores=Department Stores/organization"}},
		{"the Commission when two fit", []string{"The European Commission and the Federal Trade Commission opened inquiries.", "A spokesman said the Commission would not comment."},
			[]string{"European Commission=European Commission/organization", "Federal Trade Commission=Federal Trade Commission/organization"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := documentMentions(tc.doc)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("TagDocument(%q) mentions (-want +got):\n%s", strings.Join(tc.doc, " "), diff)
			}
		})
	}
}

// TestNoTitleInPersonNames checks, over sentences of the shapes news writes titles in, that no
// person is reported under a name that starts with a title of address.
func TestNoTitleInPersonNames(t *testing.T) {
	lx, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"Alan Milburn", "Patricia Hewitt", "Ruth Kelly"}
	for title := range lx.titles {
		for _, n := range names {
			for _, s := range []string{title + " " + n + " said the plan was sound.", "The plan was backed by " + title + " " + n + "."} {
				for _, m := range Default().Tag(s) {
					if m.Kind != corpus.KindPerson {
						continue
					}
					first, _, _ := strings.Cut(m.Entity, " ")
					if lx.titles[first] {
						t.Errorf("Tag(%q): person %q starts with a title", s, m.Entity)
					}
				}
			}
		}
	}
}

// FuzzTagDocument checks TagDocument over documents of a few lines: spans inside their sentence,
// in order and not overlapping, and every mention named. The seeds exercise what the document
// pass resolves: surnames after titled full names, short forms of organisations, divisions.
func FuzzTagDocument(f *testing.F) {
	for _, s := range []string{"", "Deputy PM John Prescott spoke.\nMr Prescott said so.",
		"The European Commission fined it.\nThe Commission said so.", "Mr Peston told BBC News.\nBBC Radio said.",
		"May Department Stores and Federated Department Stores\nThe Department Stores", "The Labour MP for Ardley\nLabour"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sents := strings.Split(text, "\n")
		if len(sents) > 8 {
			sents = sents[:8]
		}
		got := Default().TagDocument(sents)
		if len(got) != len(sents) {
			t.Fatalf("%d slices of mentions for %d sentences", len(got), len(sents))
		}
		for i, ms := range got {
			prevEnd := 0
			for _, m := range ms {
				if m.Start < prevEnd || m.End <= m.Start || m.End > len(sents[i]) || m.Entity == "" {
					t.Fatalf("sentence %d %q: bad mention %+v (previous ends at %d)", i, sents[i], m, prevEnd)
				}
				prevEnd = m.End
			}
		}
	})
}

// documentMentions tags doc as one document and writes each mention as "text=entity/kind".
func documentMentions(doc []string) []string {
	var out []string
	for i, ms := range Default().TagDocument(doc) {
		for _, m := range ms {
			out = append(out, fmt.Sprintf("%s=%s/%s", doc[i][m.Start:m.End], m.Entity, m.Kind))
		}
	}
	return out
}
