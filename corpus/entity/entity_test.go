package entity

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
)

// span is a mention as the tests write it: the covered text and the entity.
type span struct {
	Text, Entity string
	Kind         corpus.EntityKind
}

// tagCase is a sentence and the names Tag should find in it.
type tagCase = struct {
	text string
	want []span
}

// checkTags tags each case's sentence with the default tagger and reports any difference.
func checkTags(t *testing.T, cases []tagCase) {
	t.Helper()
	tagger := Default()
	for _, tt := range cases {
		if diff := cmp.Diff(tt.want, spans(tt.text, tagger.Tag(tt.text))); diff != "" {
			t.Errorf("Tag(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func spans(text string, ms []corpus.Mention) []span {
	var out []span
	for _, m := range ms {
		out = append(out, span{text[m.Start:m.End], m.Entity, m.Kind})
	}
	return out
}

// TestTagRules covers each matching rule on a small gazetteer, so a failure names the rule.
func TestTagRules(t *testing.T) {
	tagger, err := Parse([]byte("person\tJoe Biden\tBiden\tPresident Joe Biden\n" +
		"organization\tMeta\n" +
		"organization\tAmazon\tAmazon.com\n" +
		"organization\tX\n" +
		"place\tUnited States\tU.S.\t?US\n" +
		"place\tChina\tPeople's Republic of China\n" +
		"place\tHong Kong\n"))
	if err != nil {
		t.Fatal(err)
	}
	const (
		per = corpus.KindPerson
		org = corpus.KindOrganization
		plc = corpus.KindPlace
	)
	tests := []struct {
		name, text string
		want       []span
	}{
		{"empty", "", nil},
		{"sentence start", "Biden spoke.", []span{{"Biden", "Joe Biden", per}}},
		{"longest wins", "President Joe Biden spoke.", []span{{"President Joe Biden", "Joe Biden", per}}},
		// Not a gazetteer spelling, but a title of address before a capitalised word is a person.
		{"prefix of a longer alias", "President Joe spoke.", []span{{"President Joe", "Joe", per}}},
		{"prefix of a longer alias, untitled", "Joe Bid spoke.", []span{{"Joe Bid", "Joe Bid", per}}},
		{"inside a word", "metadata, Metaverse, Amazonia, USB, Bidens", nil},
		{"case-sensitive", "let us meet; meta; amazon", nil},
		{"straight possessive", "Amazon's", []span{{"Amazon", "Amazon", org}}},
		{"curly possessive", "Amazon’s", []span{{"Amazon", "Amazon", org}}},
		{"plural possessive", "Meta’ and Meta'", []span{{"Meta", "Meta", org}, {"Meta", "Meta", org}}},
		{"hyphenated pair", "Amazon-Meta deal", []span{{"Amazon", "Amazon", org}, {"Meta", "Meta", org}}},
		{"U.S.-China", "U.S.-China ties", []span{{"U.S.", "United States", plc}, {"China", "China", plc}}},
		{"period in name", "Amazon.com’s shop", []span{{"Amazon.com", "Amazon", org}}},
		{"name then full stop", "It left the U.S. Then Amazon.", []span{{"U.S.", "United States", plc}, {"Amazon", "Amazon", org}}},
		{"whitespace run", "Hong \n\u00a0Kong", []span{{"Hong \n\u00a0Kong", "Hong Kong", plc}}},
		{"curly apostrophe inside", "People’s Republic of China", []span{{"People’s Republic of China", "China", plc}}},
		{"US in mixed case", "US lawmakers", []span{{"US", "United States", plc}}},
		{"US shouted", "FOLLOW US ON X", []span{{"X", "X", org}}},
		{"US alone", "US", []span{{"US", "United States", plc}}},
		{"one letter hyphenated", "X-ray and pre-X", nil},
		{"after digits and underscores", "2X _Meta Meta_", nil},
		{"quoted", "“Meta” ‘Amazon’ \"X\"", []span{{"Meta", "Meta", org}, {"Amazon", "Amazon", org}, {"X", "X", org}}},
		{"non-ASCII neighbours", "éMeta Metaé Meta—Amazon", []span{{"Meta", "Meta", org}, {"Amazon", "Amazon", org}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := spans(tt.text, tagger.Tag(tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Tag(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestCanonical(t *testing.T) {
	tagger := Default()
	tests := []struct {
		in   string
		name string
		kind corpus.EntityKind
		ok   bool
	}{
		{"Joe Biden", "Joe Biden", corpus.KindPerson, true},
		{"Biden", "Joe Biden", corpus.KindPerson, true},
		{"President Joe Biden", "Joe Biden", corpus.KindPerson, true},
		{"  president   joe biden ", "Joe Biden", corpus.KindPerson, true},
		{"biden", "Joe Biden", corpus.KindPerson, true},
		{"Amazon’s", "Amazon", corpus.KindOrganization, true},
		{"Amazon's", "Amazon", corpus.KindOrganization, true},
		{"AWS", "Amazon Web Services", corpus.KindOrganization, true},
		{"U.S.", "United States", corpus.KindPlace, true},
		{"US", "United States", corpus.KindPlace, true},
		{"America", "United States", corpus.KindPlace, true},
		{"CCP", "Chinese Communist Party", corpus.KindOrganization, true},
		{"Select Committee", "House Select Committee on the Chinese Communist Party", corpus.KindOrganization, true},
		{"XinJiang", "Xinjiang", corpus.KindPlace, true},
		{"Emily de la Bruyere", "Emily de la Bruyère", corpus.KindPerson, true},
		{"Amazon Basics", "Amazon Basics", corpus.KindOther, true},
		{"Washington, D.C.", "Washington, D.C.", corpus.KindPlace, true},
		{"X", "X", corpus.KindOrganization, true},
		// Case is forgiven only where that is safe.
		{"us", "", corpus.KindOther, false},
		{"x", "", corpus.KindOther, false},
		{"", "", corpus.KindOther, false},
		{"'s", "", corpus.KindOther, false},
		{"Nobody Known", "", corpus.KindOther, false},
	}
	for _, tt := range tests {
		name, kind, ok := tagger.Canonical(tt.in)
		if name != tt.name || kind != tt.kind || ok != tt.ok {
			t.Errorf("Canonical(%q) = %q, %v, %v; want %q, %v, %v", tt.in, name, kind, ok, tt.name, tt.kind, tt.ok)
		}
	}
}

// TestCanonicalFoldAmbiguous checks that a lower-case lookup shared by two entities finds neither.
func TestCanonicalFoldAmbiguous(t *testing.T) {
	tagger, err := Parse([]byte("organization\tApple\nperson\tAPPLE\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{"Apple", "APPLE"} {
		if name, _, ok := tagger.Canonical(in); !ok || name != in {
			t.Errorf("Canonical(%q) = %q, %v; want itself", in, name, ok)
		}
	}
	if name, _, ok := tagger.Canonical("apple"); ok {
		t.Errorf("Canonical(%q) = %q; want no answer, two entities fold to it", "apple", name)
	}
}

func TestEntitiesIsACopy(t *testing.T) {
	tagger := Default()
	es := tagger.Entities()
	if len(es) == 0 {
		t.Fatal("no entities")
	}
	es[0].Name = "changed"
	if len(es[0].Aliases) > 0 {
		es[0].Aliases[0] = "changed"
	}
	again := tagger.Entities()
	if again[0].Name == "changed" || len(again[0].Aliases) > 0 && again[0].Aliases[0] == "changed" {
		t.Error("Entities shares memory with the tagger")
	}
}

// TestDefaultTagsEveryMentionKind checks that the embedded gazetteer yields each kind under its
// canonical name.
func TestDefaultTagsEveryMentionKind(t *testing.T) {
	tagger := Default()
	got := spans("Jeff Yass of Susquehanna met Amazon in Hong Kong about Amazon Basics.",
		tagger.Tag("Jeff Yass of Susquehanna met Amazon in Hong Kong about Amazon Basics."))
	want := []span{
		{"Jeff Yass", "Jeff Yass", corpus.KindPerson},
		{"Susquehanna", "Susquehanna International Group", corpus.KindOrganization},
		{"Amazon", "Amazon", corpus.KindOrganization},
		{"Hong Kong", "Hong Kong", corpus.KindPlace},
		{"Amazon Basics", "Amazon Basics", corpus.KindOther},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}
