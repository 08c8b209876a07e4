package entity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestNationalBodies: a nationality before an organisation's head, both capitalised, names that
// nation's body ("European Parliament", "Welsh Government"), although each word alone is common
// and never a mention. The same words in lower case describe a government ("the French
// government", "a European parliament"): no name, as for any lower-case noun.
func TestNationalBodies(t *testing.T) {
	tests := []struct {
		text string
		want []span
	}{
		{"The European Parliament voted on Tuesday.", []span{{"European Parliament", "European Parliament", org}}},
		{"MEPs in the European Parliament rejected the plan.", []span{{"European Parliament", "European Parliament", org}}},
		{"The Scottish Parliament passed the bill.", []span{{"Scottish Parliament", "Scottish Parliament", org}}},
		{"The Welsh Government said it would appeal.", []span{{"Welsh Government", "Welsh Government", org}}},
		{"The German Bundestag approved the budget.", []span{{"German Bundestag", "Bundestag", org}}},
		{"The Bundestag approved the budget.", []span{{"Bundestag", "Bundestag", org}}},
		{"The Israeli Knesset was dissolved.", []span{{"Israeli Knesset", "Knesset", org}}},
		{"The Polish Sejm passed the law.", []span{{"Polish Sejm", "Polish Sejm", org}}},
		{"European Parliament President Roberta Metsola spoke.",
			[]span{{"European Parliament", "European Parliament", org}, {"President Roberta Metsola", "Roberta Metsola", per}}},
		// Heads that were never common words keep working.
		{"The European Commission and the European Council disagreed.",
			[]span{{"European Commission", "European Commission", org}, {"European Council", "European Council", org}}},
		{"The French Senate rejected the reform.", []span{{"French Senate", "French Senate", org}}},
		{"The British Museum returned the bronzes.", []span{{"British Museum", "British Museum", org}}},

		// In lower case, or alone, no name.
		{"She said a European parliament would never agree.", nil},
		{"The French government said it would appeal.", nil},
		{"Chinese officials met the Japanese government in Tokyo.", []span{{"Tokyo", "Tokyo", plc}}},
		{"The Parliament voted on Tuesday.", nil},
		{"Government ministers met on Tuesday.", nil},
		{"European leaders met in Brussels.", []span{{"Brussels", "Brussels", plc}}},
		// A level of government is no nationality: which one the text means is not written.
		{"The Federal Government said it would appeal.", nil},
		// A nationality before a title is no body: the title goes with the person.
		{"British Prime Minister Keir Starmer spoke.", []span{{"Prime Minister Keir Starmer", "Keir Starmer", per}}},
	}
	checkTags(t, tests)
	// A later short form is the body the document named in full.
	doc := []string{"The Scottish Parliament passed the bill.", "The Parliament will vote again in May."}
	got := Default().TagDocument(doc)
	if diff := cmp.Diff([]span{{"Parliament", "Scottish Parliament", org}}, spans(doc[1], got[1])); diff != "" {
		t.Errorf("TagDocument(%q)[1] (-want +got):\n%s", doc, diff)
	}
}
