package entity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"

	"parallax/corpus"
)

const (
	per = corpus.KindPerson
	org = corpus.KindOrganization
	plc = corpus.KindPlace
)

// TestRecogniserIssue13 holds the Entities reproducers of issue 13 and more cases of each kind
// of fault, all on the shipped gazetteer and word lists.
func TestRecogniserIssue13(t *testing.T) {
	tests := []struct {
		name, text string
		want       []span
	}{
		// Unseen names are found and classified by cues.
		{"issue: five organisations", "Oracle and Silver Lake briefed the Supreme Court, Reuters and Bloomberg reported.",
			[]span{{"Oracle", "Oracle", org}, {"Silver Lake", "Silver Lake", org}, {"Supreme Court", "Supreme Court", org}, {"Reuters", "Reuters", org}, {"Bloomberg", "Bloomberg", org}}},
		{"issue: title, given name, Congress", "Vice President JD Vance met Howard Lutnick in Congress.",
			[]span{{"Vice President JD Vance", "JD Vance", per}, {"Howard Lutnick", "Howard Lutnick", per}, {"Congress", "Congress", org}}},
		{"title before an unknown name", "Senator Tammy Duckworth questioned the Federal Communications Commission.",
			[]span{{"Senator Tammy Duckworth", "Tammy Duckworth", per}, {"Federal Communications Commission", "Federal Communications Commission", org}}},
		{"organisation head and of", "Analysts expect the Reserve Bank of Australia to hold rates, said Ines Moreau.",
			[]span{{"Reserve Bank of Australia", "Reserve Bank of Australia", org}, {"Ines Moreau", "Ines Moreau", per}}},
		{"police rank with no reporting verb", "Chief Superintendent Lena Ellery joined the city's police in 2015.",
			[]span{{"Chief Superintendent Lena Ellery", "Lena Ellery", per}}},
		{"streets", "Traffic will be sent over the Mill Lane and Harbour Road bridges instead.",
			[]span{{"Mill Lane", "Mill Lane", plc}, {"Harbour Road", "Harbour Road", plc}}},
		{"a street after a verb", "The crash closed Mill Lane on Monday.",
			[]span{{"Mill Lane", "Mill Lane", plc}}},
		{"a bridge and a wharf", "Tower Bridge and Canary Wharf were shut.",
			[]span{{"Tower Bridge", "Tower Bridge", plc}, {"Canary Wharf", "Canary Wharf", plc}}},
		{"titles in a row", "Detective Inspector Maren Solberg said the thieves knew the case.",
			[]span{{"Detective Inspector Maren Solberg", "Maren Solberg", per}}},
		{"three titles in a row", "Detective Chief Inspector Ann Hale led the inquiry.",
			[]span{{"Detective Chief Inspector Ann Hale", "Ann Hale", per}}},
		{"rank alone", "Superintendent Omar Haddad joined the force in 2010.",
			[]span{{"Superintendent Omar Haddad", "Omar Haddad", per}}},
		{"local office", "Councillor Joan Wright opposed the plan.",
			[]span{{"Councillor Joan Wright", "Joan Wright", per}}},
		{"chief constable", "Chief Constable Ravi Patel retired in May.",
			[]span{{"Chief Constable Ravi Patel", "Ravi Patel", per}}},
		{"a rank word that opens another name is no title", "The Major Roads Network was extended to Constable Street.",
			[]span{{"Major Roads Network", "Major Roads Network", org}, {"Constable Street", "Constable Street", plc}}},
		{"ministry and title", "The Ministry of Defence said Colonel Ana Petrova had been promoted.",
			[]span{{"Ministry of Defence", "Ministry of Defence", org}, {"Colonel Ana Petrova", "Ana Petrova", per}}},
		{"unknown place after in", "Farmers protested outside the Ministry of Agriculture in Eldoret.",
			[]span{{"Ministry of Agriculture", "Ministry of Agriculture", org}, {"Eldoret", "Eldoret", plc}}},
		{"reporting verbs", "Kowalczyk said the figures were wrong, Zebra Finance reported.",
			[]span{{"Kowalczyk", "Kowalczyk", per}, {"Zebra Finance", "Zebra Finance", org}}},
		{"according to", "According to Halvorsen Partners, demand fell in Ontario.",
			[]span{{"Halvorsen Partners", "Halvorsen Partners", org}, {"Ontario", "Ontario", plc}}},
		{"apposition", "Tomasz Wrobel, a spokesman for Brightline, declined to comment.",
			[]span{{"Tomasz Wrobel", "Tomasz Wrobel", per}}},
		{"apposition after a possessive", "Fathi Bin Shatwan, Libya's oil minister, said output would rise.",
			[]span{{"Fathi Bin Shatwan", "Fathi Bin Shatwan", per}, {"Libya", "Libya", plc}}},
		{"apposition after a curly possessive", "Halden Voss, Orbis’s chief executive, resigned.",
			[]span{{"Halden Voss", "Halden Voss", per}}},
		{"organisation apposition after a possessive", "Kestrel Dynamics, Britain's biggest chipmaker, cut jobs.",
			[]span{{"Kestrel Dynamics", "Kestrel Dynamics", org}, {"Britain", "United Kingdom", plc}}},
		{"company suffix", "Kestrel Dynamics Inc. sued Orbis Ltd. in Delaware.",
			[]span{{"Kestrel Dynamics Inc.", "Kestrel Dynamics Inc.", org}, {"Orbis Ltd.", "Orbis Ltd.", org}, {"Delaware", "Delaware", plc}}},
		{"sentence-initial opener", "Officials in Portugal said Monday that Lisbon would host it.",
			[]span{{"Portugal", "Portugal", plc}, {"Lisbon", "Lisbon", plc}}},
		{"post-nominal honours are not part of the name", "The donor, William Haughey OBE, gave £1m to DR Congo.",
			[]span{{"William Haughey", "William Haughey", per}, {"DR Congo", "Democratic Republic of the Congo", plc}}},
		{"a known place that opens with a title", "Ferries to Prince Edward Island were cancelled.",
			[]span{{"Prince Edward Island", "Prince Edward Island", plc}}},
		{"a peer's designation is part of the name", "Baroness Hale of Richmond said the ruling was clear.",
			[]span{{"Baroness Hale of Richmond", "Hale of Richmond", per}}},
		{"a lord of a place", "Lord Smith of Finsbury chaired the inquiry in Leeds.",
			[]span{{"Lord Smith of Finsbury", "Smith of Finsbury", per}, {"Leeds", "Leeds", plc}}},
		{"after a commoner, of names an affiliation", "Siddharth Rao of Infosys spoke.",
			[]span{{"Siddharth Rao", "Siddharth Rao", per}, {"Infosys", "Infosys", org}}},
		{"demonyms and groups are no names", "Chinese and French officials met Western diplomats.", nil},
		{"law named after a place", "The Paris Agreement was signed in Paris.", []span{{"Paris", "Paris", plc}}},

		// One-word aliases need context: a longer name around them is somebody or something else.
		{"issue: Melania Trump", "Melania Trump attended the dinner.", []span{{"Melania Trump", "Melania Trump", per}}},
		{"other Trumps", "Eric Trump and Lara Trump spoke.", []span{{"Eric Trump", "Eric Trump", per}, {"Lara Trump", "Lara Trump", per}}},
		{"bare surname is the listed person", "Trump spoke.", []span{{"Trump", "Donald Trump", per}}},
		{"another Mayer", "Marissa Mayer joined the board.", []span{{"Marissa Mayer", "Marissa Mayer", per}}},
		{"another Biden", "Hunter Biden was pardoned.", []span{{"Hunter Biden", "Hunter Biden", per}}},
		{"issue: Amazon rainforest", "The Amazon rainforest lost more trees this year.", []span{{"Amazon", "Amazon rainforest", plc}}},
		{"Amazon river", "Boats sailed up the Amazon river.", []span{{"Amazon", "Amazon river", plc}}},
		{"Amazon the company", "Amazon opened a warehouse.", []span{{"Amazon", "Amazon", org}}},
		{"issue: Washington state", "Officials in Washington state said the fires were contained.", []span{{"Washington state", "Washington State", plc}}},
		{"Washington the capital", "Washington responded within hours.", []span{{"Washington", "Washington, D.C.", plc}}},
		{"Washington Post", "The Washington Post reported it first.", []span{{"Washington Post", "Washington Post", org}}},
		{"issue: Malcolm X", "Malcolm X was born in Omaha.", []span{{"Malcolm X", "Malcolm X", per}, {"Omaha", "Omaha", plc}}},
		{"X the company", "Follow us on X.", []span{{"X", "X", org}}},
		{"issue: South China Morning Post", "A source told the South China Morning Post.", []span{{"South China Morning Post", "South China Morning Post", org}}},
		{"Bank of China", "The Bank of China raised rates.", []span{{"Bank of China", "Bank of China", org}}},
		{"New York Times", "The New York Times and CNN agreed.", []span{{"New York Times", "New York Times", org}, {"CNN", "CNN", org}}},
		{"issue: Byte Dance", "The app resumed talks with Byte Dance.", []span{{"Byte Dance", "ByteDance", org}}},
		{"US before a title", "US President Donald Trump spoke.", []span{{"US", "United States", plc}, {"President Donald Trump", "Donald Trump", per}}},
		{"hyphenated pair", "U.S.-China talks and Amazon-TikTok ties", []span{{"U.S.", "United States", plc}, {"China", "China", plc}, {"Amazon", "Amazon", org}, {"TikTok", "TikTok", org}}},
		{"hyphenated names stay whole", "Jean-Pierre Dubois met Rolls-Royce Holdings.", []span{{"Jean-Pierre Dubois", "Jean-Pierre Dubois", per}, {"Rolls-Royce Holdings", "Rolls-Royce Holdings", org}}},
		// A one-word organisation before an office names the office's field, not the party.
		{"field of an office before a name", "Economy and Labour Minister Wolfgang Clement said growth would pick up.",
			[]span{{"Labour Minister Wolfgang Clement", "Wolfgang Clement", per}}},
		{"field of an office opening the sentence", "Labour Minister Hilda Solis announced the figures.",
			[]span{{"Labour Minister Hilda Solis", "Hilda Solis", per}}},
		{"field of an office, no name", "The Labour Minister said the law would change.", nil},
		{"field of a ministry", "The Labour Ministry said unemployment rose.", []span{{"Labour Ministry", "Labour Ministry", org}}},
		{"field of a commissioner", "Trade Commissioner Peter Mandelson met Labour Commissioner Vladimir Spidla.",
			[]span{{"Commissioner Peter Mandelson", "Peter Mandelson", per}, {"Labour Commissioner Vladimir Spidla", "Vladimir Spidla", per}}},
		{"a company before a title stays the company", "Amazon Secretary Jane Doe spoke.",
			[]span{{"Amazon", "Amazon", org}, {"Secretary Jane Doe", "Jane Doe", per}}},
		{"the party before a member", "Labour MP Diane Abbott criticised the plan.",
			[]span{{"Labour", "Labour Party", org}, {"MP Diane Abbott", "Diane Abbott", per}}},
		{"the party before a role in lower case", "A Labour minister resigned.", []span{{"Labour", "Labour Party", org}}},
		{"the party in full", "The Labour Party conference opened.", []span{{"Labour Party", "Labour Party", org}}},
		{"headline words are no names", "Why Is the TikTok Partnership Causing Concern?", []span{{"TikTok", "TikTok", org}}},

		// Decomposed accents match like composed ones, with offsets into the text as given.
		{"issue: decomposed accent", "Emily de la Bruye\u0300re testified.", []span{{"Emily de la Bruye\u0300re", "Emily de la Bruyère", per}}},
		{"decomposed accent before a name", "Cafe\u0301 owners in Zu\u0308rich met Nestle\u0301.", []span{{"Zu\u0308rich", "Zürich", plc}, {"Nestle\u0301", "Nestlé", org}}},
		{"decomposed accent in an unknown name", "Jose\u0301 Mu\u0301jica spoke in Montevideo.", []span{{"Jose\u0301 Mu\u0301jica", "José Mújica", per}, {"Montevideo", "Montevideo", plc}}},
	}
	tagger := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := spans(tt.text, tagger.Tag(tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Tag(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestTagNormalFormsAgree checks on every gold sentence that the decomposed (NFD) text yields
// the same mentions as the composed one, at the offsets of the same characters.
func TestTagNormalFormsAgree(t *testing.T) {
	tagger := Default()
	cases := append(loadNER(t, "gold-dev.txtar"), loadNER(t, "gold-test.txtar")...)
	cases = append(cases, nerCase{text: "Señor Núñez of Société Générale met Zoë Ølstad in Curaçao and Bogotá."})
	for _, c := range cases {
		nfd := norm.NFD.String(c.text)
		a, b := tagger.Tag(c.text), tagger.Tag(nfd)
		if len(a) != len(b) {
			t.Errorf("%q: %d mentions composed, %d decomposed", c.text, len(a), len(b))
			continue
		}
		for i := range a {
			if a[i].Entity != b[i].Entity || a[i].Kind != b[i].Kind ||
				norm.NFD.String(c.text[a[i].Start:a[i].End]) != nfd[b[i].Start:b[i].End] {
				t.Errorf("%q: mention %d is %+v composed, %+v (%q) decomposed", c.text, i, a[i], b[i], nfd[b[i].Start:b[i].End])
			}
		}
	}
}

// TestTagDocument checks that a whole document resolves bare surnames to the person it names in
// full, and that an unknown single name nobody in it bears is an organisation when it speaks.
func TestTagDocument(t *testing.T) {
	doc := []string{
		"Turkcell said the ruling was unfair.",
		"Its chairman, Emre Yildiz, said he would appeal.",
		"Yildiz said the firm had done nothing wrong, and Mr Yildiz repeated it.",
		"Smith and Smith are two people: Ann Smith and Bob Smith.",
		"Smith said so.",
	}
	got := Default().TagDocument(doc)
	want := [][]span{
		{{"Turkcell", "Turkcell", org}},
		{{"Emre Yildiz", "Emre Yildiz", per}},
		{{"Yildiz", "Emre Yildiz", per}, {"Mr Yildiz", "Emre Yildiz", per}},
		{{"Smith", "Smith", per}, {"Smith", "Smith", per}, {"Ann Smith", "Ann Smith", per}, {"Bob Smith", "Bob Smith", per}},
		// Two people bear it: a person, but neither of them by name.
		{{"Smith", "Smith", per}},
	}
	if len(got) != len(doc) {
		t.Fatalf("%d results for %d sentences", len(got), len(doc))
	}
	for i := range doc {
		if diff := cmp.Diff(want[i], spans(doc[i], got[i])); diff != "" {
			t.Errorf("sentence %d %q (-want +got):\n%s", i, doc[i], diff)
		}
	}
	// Alone, a sentence knows nothing of the others.
	if diff := cmp.Diff([]span{{"Turkcell", "Turkcell", per}}, spans(doc[0], Default().Tag(doc[0]))); diff != "" {
		t.Errorf("Tag alone (-want +got):\n%s", diff)
	}
}

// A peer's designation is a place, not a surname: "Richmond" alone is not Baroness Hale, and
// "Hale" alone is.
func TestPeerDesignationIsNoSurname(t *testing.T) {
	ss := []string{"Baroness Hale of Richmond said the ruling was clear.", "The judges agreed, Hale said.", "Flooding hit Richmond on Monday."}
	got := Default().TagDocument(ss)
	for _, m := range got[2] {
		if m.Kind == corpus.KindPerson {
			t.Errorf("%q: %q tagged as person %q", ss[2], ss[2][m.Start:m.End], m.Entity)
		}
	}
	if len(got[1]) != 1 || got[1][0].Entity != "Hale of Richmond" {
		t.Errorf("%q: got %+v, want Hale of Richmond", ss[1], got[1])
	}
}

// "of" before a known place or organisation names where a peer is from or works, and the peer
// stays a person.
func TestPeerBeforeKnownName(t *testing.T) {
	for in, want := range map[string][]string{
		"Lord Jones of Birmingham spoke.": {"Jones", "Birmingham"},
		"Lord Ashcroft of Belize spoke.":  {"Ashcroft", "Belize"},
		"Lady Gaga of New York sang.":     {"Gaga", "New York"},
		"Lord Browne of BP resigned.":     {"Browne", "BP"},
	} {
		var got []string
		for _, m := range Default().Tag(in) {
			got = append(got, m.Entity)
		}
		if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
			t.Errorf("%q: entities %q, want %q", in, got, want)
		}
	}
}

// A country news writes under several names is one entity, whichever name a sentence gives: its
// short form, its initials with or without points, the name CLDR puts in brackets, an older name
// or another spelling.
func TestCountryUnderEachName(t *testing.T) {
	for in, want := range map[string][]string{
		"Inflation in the UK fell.":                         {"United Kingdom"},
		"The U.K. government said it would appeal.":         {"United Kingdom"},
		"Britain and Great Britain are written for it too.": {"United Kingdom", "United Kingdom"},
		"Exports from the United Kingdom rose.":             {"United Kingdom"},
		"Floods hit Burma and Myanmar's capital.":           {"Myanmar", "Myanmar"},
		"Czechia beat the Czech Republic's old record.":     {"Czechia", "Czechia"},
		"Talks in Ivory Coast and Côte d'Ivoire.":           {"Côte d'Ivoire", "Côte d'Ivoire"},
		"Aid reached DR Congo, the DRC, on Monday.":         {"Democratic Republic of the Congo", "Democratic Republic of the Congo"},
		"East Timor, or Timor-Leste, voted.":                {"Timor-Leste", "Timor-Leste"},
		"Drones struck Kiev and Odessa overnight.":          {"Kyiv", "Odesa"},
	} {
		var got []string
		for _, m := range Default().Tag(in) {
			if m.Kind != corpus.KindPlace {
				t.Errorf("%q: %q tagged %s", in, in[m.Start:m.End], m.Kind)
			}
			got = append(got, m.Entity)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%q: entities (-want +got):\n%s", in, diff)
		}
	}
}

// A name the lists lack, written in full and alone in one document, is one person wherever the
// document writes it, the opening sentence included.
func TestTagDocumentNameWrittenAlone(t *testing.T) {
	doc := []string{
		"Abel Moreno of Spain won the Halden City Marathon on Sunday.",
		"Moreno pulled away from the lead group at the 35-kilometre mark.",
		"Abel Moreno's mother had flown in from Valencia.",
		"The prize money, Moreno said, would go toward a new roof.",
	}
	got := Default().TagDocument(doc)
	want := [][]span{
		{{"Abel Moreno", "Abel Moreno", per}, {"Spain", "Spain", plc}},
		{{"Moreno", "Abel Moreno", per}},
		{{"Abel Moreno", "Abel Moreno", per}, {"Valencia", "Valencia", plc}},
		{{"Moreno", "Abel Moreno", per}},
	}
	for i := range doc {
		if diff := cmp.Diff(want[i], spans(doc[i], got[i])); diff != "" {
			t.Errorf("sentence %d %q (-want +got):\n%s", i, doc[i], diff)
		}
	}
}

// Two names joined by an ampersand are a firm; a name with a particle after "in" or "to" is a
// place; neither rule takes a heading's words or a person.
func TestAmpersandAndParticleNames(t *testing.T) {
	for in, want := range map[string][]span{
		"British chain Hollins & Pike collapsed on Tuesday.":         {{"Hollins & Pike", "Hollins & Pike", org}},
		"Shares in Marks & Spencer rose.":                            {{"Marks & Spencer", "Marks & Spencer", org}},
		"Supporters gathered in Vina del Mar on Sunday night.":       {{"Vina del Mar", "Vina del Mar", plc}},
		"He flew to Mar del Plata on Monday.":                        {{"Mar del Plata", "Mar del Plata", plc}},
		"Emily de la Bruyère testified before the committee.":        {{"Emily de la Bruyère", "Emily de la Bruyère", per}},
		"The firm wants to Leverage AI & Personalization this year.": nil,
	} {
		got := Default().TagDocument([]string{in})[0]
		var ps []span
		for _, s := range spans(in, got) {
			if s.Kind != corpus.KindOther {
				ps = append(ps, s)
			}
		}
		if diff := cmp.Diff(want, ps); diff != "" {
			t.Errorf("%q (-want +got):\n%s", in, diff)
		}
	}
}

// TestCompanyBeforeAnOfficeWord: a company's name before a capitalised office word stays the
// company ("Microsoft Spokesman …", "The Amazon Spokesman said"); only a field of government
// before an office is the office's field.
func TestCompanyBeforeAnOfficeWord(t *testing.T) {
	tagger := Default()
	for text, want := range map[string]string{
		"Microsoft Spokesman Frank Shaw said the update was ready.": "Microsoft",
		"The Amazon Spokesman said nothing.":                        "Amazon",
		"Amazon Commissioner Jane Doe spoke.":                       "Amazon",
	} {
		found := false
		for _, m := range tagger.Tag(text) {
			found = found || m.Entity == want
		}
		if !found {
			t.Errorf("Tag(%q) lacks %s: %+v", text, want, tagger.Tag(text))
		}
	}
}

// TestFacilitiesAndPurposes: a facility's or a utility's head word ("Medical Center", "Leisure
// Centre", "Museum", "Stadium", "Power", "Water") and an organisation's head naming its purpose with "for" ("Department for
// Transport") make the run a name of its kind, as "Court" and "Bank of" do.
func TestFacilitiesAndPurposes(t *testing.T) {
	tests := []struct {
		text string
		want []span
	}{
		{"Patients will be sent to Cedar Ridge Medical Center in Billings.",
			[]span{{"Cedar Ridge Medical Center", "Cedar Ridge Medical Center", org}, {"Billings", "Billings", plc}}},
		{"The National Hurricane Center said the storm would strengthen.",
			[]span{{"National Hurricane Center", "National Hurricane Center", org}}},
		{"A clinic will open at the Ashcombe Leisure Centre on Saturday.",
			[]span{{"Ashcombe Leisure Centre", "Ashcombe Leisure Centre", org}}},
		{"The Harwick Maritime Museum reopened.", []span{{"Harwick Maritime Museum", "Harwick Maritime Museum", org}}},
		{"Fans left Dunmere Stadium early.", []span{{"Dunmere Stadium", "Dunmere Stadium", plc}}},
		{"The Department for Transport said the line would reopen.",
			[]span{{"Department for Transport", "Department for Transport", org}}},
		{"Figures from the Office for National Statistics showed a rise.",
			[]span{{"Office for National Statistics", "Office for National Statistics", org}}},
		{"The Centre for Policy Studies published a report.",
			[]span{{"Centre for Policy Studies", "Centre for Policy Studies", org}}},
		{"The Campaign for Nuclear Disarmament marched.",
			[]span{{"Campaign for Nuclear Disarmament", "Campaign for Nuclear Disarmament", org}}},
		{"Desert Sun Power urged residents to save electricity.", []span{{"Desert Sun Power", "Desert Sun Power", org}}},
		{"Harwick Water said a main had burst.", []span{{"Harwick Water", "Harwick Water", org}}},
		{"Pacific Gas Utilities raised its prices.", []span{{"Pacific Gas Utilities", "Pacific Gas Utilities", org}}},
		// "for" after a word that heads no organisation joins nothing.
		{"Officials waited for Tom Ellery to arrive.", []span{{"Tom Ellery", "Tom Ellery", per}}},
		{"The city centre was closed.", nil},
	}
	checkTags(t, tests)
}

// TestSurnameHeads: a head word of an organisation or a place that is also a surname ("Power",
// "Arena", "Court", "Church", "Steel", "Post", "Water") ends a person's name after a given name or
// beside a person's cue; without one it heads its organisation or place as before.
func TestSurnameHeads(t *testing.T) {
	tests := []struct {
		text string
		want []span
	}{
		{"Samantha Power, the head of USAID, visited Kenya.",
			[]span{{"Samantha Power", "Samantha Power", per}, {"Kenya", "Kenya", plc}}},
		{"Irish striker Cathal Power scored twice.", []span{{"Cathal Power", "Cathal Power", per}}},
		{"US coach Bruce Arena was sacked.",
			[]span{{"US", "United States", plc}, {"Bruce Arena", "Bruce Arena", per}}},
		{"Bruce Arena said the team was tired.", []span{{"Bruce Arena", "Bruce Arena", per}}},
		{"Samantha J. Power spoke.", []span{{"Samantha J. Power", "Samantha J. Power", per}}},
		{"Margaret Court won 24 titles.", []span{{"Margaret Court", "Margaret Court", per}}},
		{"Charlotte Church sang at the match.", []span{{"Charlotte Church", "Charlotte Church", per}}},
		{"Cathal Power said he would stay.", []span{{"Cathal Power", "Cathal Power", per}}},
		{"Cathal Power, who scored twice, was dropped.", []span{{"Cathal Power", "Cathal Power", per}}},
		// No given name and no person's cue: the head word decides, as before.
		{"Desert Sun Power urged residents to save electricity.", []span{{"Desert Sun Power", "Desert Sun Power", org}}},
		{"Scottish Power raised its prices.", []span{{"Scottish Power", "Scottish Power", org}}},
		{"Harwick Water said a main had burst.", []span{{"Harwick Water", "Harwick Water", org}}},
		{"Georgia Power raised rates.", []span{{"Georgia Power", "Georgia Power", org}}},
		{"British Steel cut jobs.", []span{{"British Steel", "British Steel", org}}},
		{"The case went to Harrow Crown Court.", []span{{"Harrow Crown Court", "Harrow Crown Court", org}}},
		{"Fans left Dunmere Stadium early.", []span{{"Dunmere Stadium", "Dunmere Stadium", plc}}},
		{"Fans packed Rod Laver Arena.", []span{{"Rod Laver Arena", "Rod Laver Arena", plc}}},
		{"Fans packed the Margaret Court Arena.", []span{{"Margaret Court Arena", "Margaret Court Arena", plc}}},
	}
	checkTags(t, tests)
	// In a document, the bare surname is then the person too.
	doc := []string{"Samantha Power, the head of USAID, visited Kenya.", "Power said the agency would help."}
	got := Default().TagDocument(doc)
	if len(got[1]) != 1 || got[1][0].Entity != "Samantha Power" || got[1][0].Kind != per {
		t.Errorf("TagDocument(%q)[1] = %+v, want Power as Samantha Power, a person", doc, got[1])
	}
}

// TestForBeforeAPerson: "for" after an organisation's head joins its purpose ("Department for
// Transport"), not a person the event or the fund is for: a title and a name, a given name or a
// person the gazetteer knows after "for" end the run, and the person is named.
func TestForBeforeAPerson(t *testing.T) {
	tests := []struct {
		text string
		want []span
	}{
		{"Mourners attended a Memorial Service for Queen Elizabeth at the cathedral.",
			[]span{{"Memorial Service", "Memorial Service", org}, {"Queen Elizabeth", "Elizabeth", per}}},
		{"A Thanksgiving Service for President Carter was held in Atlanta.",
			[]span{{"Thanksgiving Service", "Thanksgiving Service", org}, {"President Carter", "Carter", per}, {"Atlanta", "Atlanta", plc}}},
		{"Mourners attended a Service for Prince Philip.", []span{{"Prince Philip", "Philip", per}}},
		{"A Campaign for Jane Smith raised money.", []span{{"Jane Smith", "Jane Smith", per}}},
		{"The Fund for Donald Trump raised money.", []span{{"Donald Trump", "Donald Trump", per}}},
		// A purpose after "for" stays part of the name, a field of government or a common
		// word that a title or a given name also spells included.
		{"The Campaign for Nuclear Disarmament marched.",
			[]span{{"Campaign for Nuclear Disarmament", "Campaign for Nuclear Disarmament", org}}},
		{"The Institute for Justice Reform sued.", []span{{"Institute for Justice Reform", "Institute for Justice Reform", org}}},
		{"The Centre for Christian Studies closed.", []span{{"Centre for Christian Studies", "Centre for Christian Studies", org}}},
		{"The Fund for Peace said the index rose.", []span{{"Fund for Peace", "Fund for Peace", org}}},
		{"The International Fund for Agricultural Development lent more.",
			[]span{{"International Fund for Agricultural Development", "International Fund for Agricultural Development", org}}},
	}
	checkTags(t, tests)
}
