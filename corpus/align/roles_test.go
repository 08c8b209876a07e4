package align

import (
	"fmt"
	"slices"
	"testing"

	"parallax/corpus"
)

// TestPersonRolesHostileMentions feeds personRoles, and a whole comparison, mentions whose
// offsets a data file may carry but no recogniser writes: past the text, reversed, negative, in
// the middle of a word, on the closing punctuation, empty, and in non-ASCII text. None may panic
// (a panic kills the app); a well-formed mention still yields its role.
func TestPersonRolesHostileMentions(t *testing.T) {
	type tc struct {
		text string
		m    corpus.Mention
	}
	const en = "Helen Voss, the museum's director, said it would reopen."
	const intl = "Zoë Müller, la directrice, a dit « oui » à Zürich — 北京"
	var cases []tc
	// A figure is tied to the nearest mention: the third text reads offsets there too.
	for _, text := range []string{en, intl, "Velta Energy cut 480 jobs, 12 per cent of its staff.", "Voss", ""} {
		n := len(text)
		for _, se := range [][2]int{
			{n, n}, {n - 1, n}, {n - 3, n}, {n + 5, n + 9}, {2, n + 200}, {5, 3},
			{-4, -1}, {-1, 3}, {-3, -27}, {9, 2}, {0, 0}, {1, 4}, {n - 1, n - 1}, {0, n}, {n, n + 1},
		} {
			for _, e := range []string{"X", "", "Helen Voss", "Zoë Müller"} {
				cases = append(cases, tc{text, corpus.Mention{Start: se[0], End: se[1], Entity: e, Kind: corpus.KindPerson}})
			}
			// The other kinds reach the comparison's other readers of mentions.
			for _, k := range []corpus.EntityKind{corpus.KindPlace, corpus.KindOrganization} {
				cases = append(cases, tc{text, corpus.Mention{Start: se[0], End: se[1], Entity: "Zürich", Kind: k}})
			}
		}
	}
	for i, c := range cases {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("%q with %+v: panic: %v", c.text, c.m, r)
				}
			}()
			s := &corpus.Sentence{ID: "p1s1", Text: c.text, Mentions: []corpus.Mention{c.m}}
			personRoles(s, tokenizeWords(c.text, map[string]string{}))
			art := func(id string) *corpus.Article {
				return &corpus.Article{ID: id, Title: id, Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{*s}}}}
			}
			checkInvariants(t, Compare(art("a"), art("b")))
		})
	}
	s := &corpus.Sentence{Text: en, Mentions: []corpus.Mention{{Start: 0, End: 10, Entity: "Helen Voss", Kind: corpus.KindPerson}}}
	if got := personRoles(s, tokenizeWords(en, map[string]string{})); len(got) == 0 {
		t.Errorf("personRoles(%q) = %q, want the appositive's words", en, got)
	}
}

// FuzzMentionOffsets: a mention of any kind at any offsets in any text, as a data file may carry,
// neither panics personRoles nor breaks a comparison's invariants.
func FuzzMentionOffsets(f *testing.F) {
	f.Add("Helen Voss, the museum's director, said it would reopen.", 0, 10, "Helen Voss", uint8(corpus.KindPerson))
	f.Add("Police arrested Marta Solberg.", 29, 30, "Marta Solberg", uint8(corpus.KindPerson))
	f.Add("Zoë Müller, la directrice — 北京", 2, 40, "", uint8(corpus.KindPlace))
	f.Add("\xff\xfe 15 percent, Voss,", -3, 7, "Voss", uint8(corpus.KindOrganization))
	f.Fuzz(func(t *testing.T, text string, start, end int, entity string, kind uint8) {
		m := corpus.Mention{Start: start, End: end, Entity: entity, Kind: corpus.EntityKind(kind % (uint8(corpus.KindPlace) + 1))}
		s := corpus.Sentence{ID: "p1s1", Text: text, Mentions: []corpus.Mention{m}}
		personRoles(&s, tokenizeWords(text, map[string]string{}))
		art := func(id string) *corpus.Article {
			return &corpus.Article{ID: id, Title: id, Paragraphs: []corpus.Paragraph{{Sentences: []corpus.Sentence{s}}}}
		}
		checkInvariants(t, Compare(art("a"), art("b")))
	})
}

func TestPersonRoles(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Detective Inspector Sarah Kimani said the raid lasted two minutes.", []string{"detective", "inspector"}},
		{"Chief medical officer Nadia Brook said the season had come early.", []string{"chief", "medical", "offic"}},
		{"Nadia Brook, the hospital's chief medical officer, said staff were ill.", []string{"chief", "hospital", "medical", "offic"}},
		{"Police arrested Marta Solberg, a former minister, at her home.", []string{"minister", "previous"}}, // "former" is keyed as its class
		{"Officers quietly arrested Marta Solberg at her home.", nil},
		{"The orchestra's board chairman, Peter Lindqvist, said so.", []string{"board", "chair", "orchestra"}},
		{"Lindqvist, who chairs the board, said so.", []string{"board", "chair"}},
		{"Lindqvist, who was arrested in May, said so.", nil},
		{"On Tuesday outgoing chairman Bob Lee said the club was sold.", []string{"chair"}},
		{"Helen Voss, the museum's director, said she hoped to attract visitors.", []string{"director", "museum"}},
		{"The airline's chief executive, Marta Solberg, said fares would rise.", []string{"airline", "chief-executive"}},
		{"During his campaign, Donald Trump said he would not ban the app.", nil},
		{"Donald Trump said he would not ban the app.", nil},
		{"Fans cheered when Marta Solberg arrived.", nil},
		{"Police arrested Marta Solberg at her home.", nil},
		{"Council leader Helen Ashcroft said the plan would go ahead.", []string{"council", "leader"}},
		{"Marta Solberg, who was arrested in May, said she was innocent.", nil},
		{"Tomas Rell, her deputy, is considered the frontrunner.", []string{"deputy"}},
	} {
		a := article("a", []string{c.text})
		s := &a.Paragraphs[0].Sentences[0]
		if !slices.ContainsFunc(s.Mentions, func(m corpus.Mention) bool { return m.Kind == corpus.KindPerson }) {
			t.Fatalf("%q: the tagger found no person; the test needs one", c.text)
		}
		got := personRoles(s, tokenize(s.Text))
		slices.Sort(got)
		got = slices.Compact(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("personRoles(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestPersonsVetoSeesThePerson: two sentences that name different people tell different facts,
// unless one names, untagged, a person the other tags ("Fraser Lyle" the tagger missed), or one's
// subject is a pronoun and the other opens with the person it may stand for.
func TestPersonsVetoSeesThePerson(t *testing.T) {
	for _, c := range []struct {
		name       string
		a, b       []string
		ai, bi     int
		otherNames bool
	}{
		{"a person the tagger missed on one side",
			[]string{"Assistant coach Fraser Lyle will take charge for the remaining five fixtures."},
			[]string{"Declan Rourke was sacked on Monday.", "Fraser Lyle, Rourke's assistant, has been placed in interim charge."}, 0, 1, false},
		{"a pronoun and the person it stands for",
			[]string{"Marcus Lyle founded the exchange Coinvault.", "He faces 110 years in prison; Judge Helen Park set sentencing for March 19."},
			[]string{"A jury convicted Marcus Lyle on Thursday.", "Lyle will be sentenced in March."}, 1, 1, false},
		{"negative: two people",
			[]string{"Joe Biden signed the law on Tuesday."},
			[]string{"Donald Trump signed the law on Tuesday."}, 0, 0, true},
	} {
		al := NewAlignment(article("a", c.a), article("b", c.b))
		for al.stage != stageLayout && al.Step() {
		}
		x, y := al.as[c.ai], al.bs[c.bi]
		if len(x.persons) == 0 || len(y.persons) == 0 {
			t.Fatalf("%s: persons %v and %v: the case needs people on both sides", c.name, x.persons, y.persons)
		}
		if got := otherNames(al.sp, x, y, false); got != c.otherNames {
			t.Errorf("%s: otherNames(%q, %q) = %v, want %v (persons %v, %v)", c.name, x.s.Text, y.s.Text, got, c.otherNames, x.persons, y.persons)
		}
	}
}
