package entity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCommonAcronyms: an acronym of a common noun ("URL", "CEO", "TV") starts or joins no name
// with the capitalised words beside it, while names written in capitals, the gazetteer's
// acronyms and names about what an acronym names keep their spans.
func TestCommonAcronyms(t *testing.T) {
	tests := []struct {
		text string
		want []span
	}{
		// Beside a name, the acronym is a thing: the name is found without it.
		{"CEO Maren Solberg said the results were strong.", []span{{"Maren Solberg", "Maren Solberg", per}}},
		{"Kestrel Dynamics CEO Halden Voss said the results were strong.",
			[]span{{"Kestrel Dynamics", "Kestrel Dynamics", org}, {"Halden Voss", "Halden Voss", per}}},
		{"GP Sarah Jarvis said the clinic was full.", []span{{"Sarah Jarvis", "Sarah Jarvis", per}}},
		{"PC Andrew Harper was hurt in 2019.", []span{{"Andrew Harper", "Andrew Harper", per}}},
		{"The VPN Ingrid Berg set up still works.", []span{{"Ingrid Berg", "Ingrid Berg", per}}},
		{"An SUV Ingrid Berg drove crashed.", []span{{"Ingrid Berg", "Ingrid Berg", per}}},
		{"Investors sold the Halvorsen Partners ETF on Monday.", []span{{"Halvorsen Partners", "Halvorsen Partners", org}}},
		{"A US TV network bought the show.", []span{{"US", "United States", plc}}},
		{"Most UK TV pictures have 625 lines.", []span{{"UK", "United Kingdom", plc}}},
		{"Giant ISP Amazon said it would appeal.", []span{{"Amazon", "Amazon", org}}},
		{"Google cannot determine the actual URL Chrome visited.", []span{{"Google", "Google", org}}},

		// Names in capitals, the gazetteer's acronyms and capitals inside a word stay names.
		{"NASA and IBM signed a deal with the BBC.",
			[]span{{"NASA", "NASA", org}, {"IBM", "IBM", org}, {"BBC", "BBC", org}}},
		{"U.S. and UK negotiators met EU officials in Brussels.",
			[]span{{"U.S.", "United States", plc}, {"UK", "United Kingdom", plc}, {"EU", "European Union", org}, {"Brussels", "Brussels", plc}}},
		{"The FBI told US officials.", []span{{"FBI", "FBI", org}, {"US", "United States", plc}}},
		{"OpenAI hired an AI researcher from IBM.", []span{{"OpenAI", "OpenAI", org}, {"IBM", "IBM", org}}},
		{"The CIA and NATO briefed the WSJ.",
			[]span{{"CIA", "CIA", org}, {"NATO", "NATO", org}, {"WSJ", "Wall Street Journal", org}}},
		// Glued by a hyphen, the acronym is part of one word.
		{"She worked for the AFL-CIO in Washington.",
			[]span{{"AFL-CIO", "AFL-CIO", org}, {"Washington", "Washington, D.C.", plc}}},
		{"KOMO-TV reported the figures.", []span{{"KOMO-TV", "KOMO-TV", org}}},
		// An acronym that names what an organisation is about is part of its name.
		{"The AI Safety Institute published a report.", []span{{"AI Safety Institute", "AI Safety Institute", org}}},
		{"The PDF Association published a standard.", []span{{"PDF Association", "PDF Association", org}}},
		{"The Ministry of IT issued a statement.", []span{{"Ministry of IT", "Ministry of IT", org}}},
		{"The Centre for AI Safety warned of risks.", []span{{"Centre for AI Safety", "Centre for AI Safety", org}}},
		// A law named after one is none of the kinds, as any law is.
		{"The AI Act was adopted in Brussels.", []span{{"Brussels", "Brussels", plc}}},
	}
	checkTags(t, tests)
}

// TestBroadcastersAndMagazines: "TV" after a word that is itself no place, nationality, common
// word or kind of television ends a broadcaster's name ("Court TV", "Fox TV", "Sky TV"); the
// magazines named with "PC" are the gazetteer's. Before the acronym list, these were names; with
// it, they were lost and "in Court TV coverage" made "Court" a place.
func TestBroadcastersAndMagazines(t *testing.T) {
	tests := []struct {
		text string
		want []span
	}{
		{"Court TV covered the trial.", []span{{"Court TV", "Court TV", org}}},
		{"He appeared in Court TV coverage.", []span{{"Court TV", "Court TV", org}}},
		{"She was a reporter at Court TV for years.", []span{{"Court TV", "Court TV", org}}},
		{"Fox TV aired the debate.", []span{{"Fox TV", "Fox TV", org}}},
		{"The fight was shown on Sky TV.", []span{{"Sky TV", "Sky TV", org}}},
		{"He read PC Pro every month.", []span{{"PC Pro", "PC Pro", org}}},
		{"Mobile PC magazine reviewed the laptop.", []span{{"Mobile PC", "Mobile PC", org}}},
		{"A review in PC Gamer praised it.", []span{{"PC Gamer", "PC Gamer", org}}},
		// A place, a nationality, a common word, a kind of television or a known name before
		// "TV" says whose or what television, not a channel's name.
		{"A US TV network bought the show.", []span{{"US", "United States", plc}}},
		{"Russian TV showed the parade.", nil},
		{"State TV said the vote was fair.", nil},
		{"Cable TV prices rose again.", nil},
		{"Reality TV stars were paid more.", nil},
		{"Kenyan TV aired it in Nairobi.", []span{{"Nairobi", "Nairobi", plc}}},
		{"He watched it on BBC TV.", []span{{"BBC", "BBC", org}}},
		{"PC Andrew Harper was hurt in 2019.", []span{{"Andrew Harper", "Andrew Harper", per}}},
	}
	checkTags(t, tests)
}

// TestCommonAcronymsInADocument: a name written alone elsewhere in the document does not take
// the acronym before it as a first name ("URL Chrome" was a person, and so every "Chrome").
func TestCommonAcronymsInADocument(t *testing.T) {
	for _, doc := range [][]string{
		{"Chrome is a browser made by Google.", "Google cannot determine the actual URL Chrome visited from this information."},
		{"Chrome is a browser made by Google.", "Google cannot tell which URLs Chrome visited."},
	} {
		got := Default().TagDocument(doc)
		for i, s := range doc {
			if diff := cmp.Diff([]span{{"Google", "Google", org}}, spans(s, got[i])); diff != "" {
				t.Errorf("TagDocument(%q)[%d] mismatch (-want +got):\n%s", doc, i, diff)
			}
		}
	}
}

// TestAcronymList checks the acronym list against the other lists: a listed acronym is written
// in capitals and is no name, title or honour the recogniser knows, or it would cut that name.
func TestAcronymList(t *testing.T) {
	lx, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tagger := Default()
	for w := range lx.cues["acronym"] {
		if !lx.is("common", w) {
			t.Errorf("acronym %q is not a common word", w)
		}
		base := w
		if !isAllCaps(w) {
			// The plural the loader adds.
			base = w[:len(w)-1]
			if w[len(w)-1] != 's' || !isAllCaps(base) || !lx.is("acronym", base) {
				t.Errorf("acronym %q is not written in capitals", w)
			}
		}
		if len(base) < 2 {
			t.Errorf("acronym %q is a single letter", w)
		}
		if _, _, ok := tagger.Canonical(w); ok {
			t.Errorf("acronym %q is a name of the gazetteer", w)
		}
		if lx.titles[w] || postNominals[w] || lx.places[w] || lx.firstNames[w] || lx.is("demonym", w) {
			t.Errorf("acronym %q is a title, an honour, a place, a given name or a demonym", w)
		}
	}
	for _, w := range []string{"URL", "URLs", "CEO", "CEOs", "TV", "AI", "GDP"} {
		if !lx.is("acronym", w) {
			t.Errorf("%q is not an acronym", w)
		}
	}
}
