package entity

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLanguageOfDocument: a document is read as English unless another language's function words
// outnumber English ones, or a longer document has almost no English function words.
func TestLanguageOfDocument(t *testing.T) {
	tests := []struct {
		doc     string
		english bool
	}{
		{"The harbour board said on Monday that it would open the new quay to ferries in the spring, and work has begun.", true},
		{"Acme Corp hired Jane Doe.", true},
		{"Supporters gathered in Vina del Mar on Sunday night.", true},
		{"Im Oktober kam die Kanzlerin nach Berlin.", false},
		{"Im Jahre 2020 hat die Firma den Browser URL Chrome für alle Nutzer freigeschaltet und damit viele Fragen beantwortet.", false},
		{"Le ministre a annoncé mardi que la réforme des retraites sera présentée au Parlement avant la fin du mois.", false},
		{"El Gobierno anunció el martes que la reforma de las pensiones será presentada en el Congreso antes del verano.", false},
		// Many words and no English function word: Polish, Russian, Chinese read as not English.
		{"Premier Donald Tusk spotkał się we wtorek z prezydentem Francji w Paryżu, gdzie rozmawiali o wojnie w Ukrainie oraz o przyszłości Unii Europejskiej i obronności kontynentu.", false},
		{"Наступного тижня на Україну чекають аномальна спека та грози, повідомляє Укргідрометцентр, а в Карпатах можливий град і шквали до двадцяти метрів на секунду.", false},
		// Particles inside or before a name are no other language's words in a short English text.
		{"Lula da Silva and Ursula von der Leyen sign Mercosur deal", true},
		{"Von der Leyen meets Zelensky in Kyiv", true},
		{"Luiz Inácio Lula da Silva met Ursula von der Leyen in Brasília.", true},
		{"Dutch striker Virgil van Dijk and Frenkie de Jong", true},
		{"Ministers meet in Vina del Mar and Los Angeles as Lula da Silva flies to Las Vegas", true},
		{"Le Pen wins in Hénin-Beaumont", true},
		// Short German and French texts whose articles come before capitalised nouns are not.
		{"Der Verband hat die Maßnahmen der Regierung kritisiert, sagte der Sprecher am Montag.", false},
		{"Von der Leyen und Macron treffen sich in Paris.", false},
		{"Das Auto der Firma ist neu.", false},
		{"La Commission des finances doit rendre son avis.", false},
		// An English text that quotes another language stays English.
		{"The minister said the slogan, \"Wir schaffen das\", had been misread, and that the party would not change its policy on migration this year or the next.", true},
	}
	for _, tt := range tests {
		if got := isEnglish(strings.SplitAfter(tt.doc, ". ")); got != tt.english {
			t.Errorf("isEnglish(%q) = %v, want %v", tt.doc, got, tt.english)
		}
	}
}

// TestNonEnglishDocumentKnownNamesOnly: in a document that is not English, capitalised words are
// no names by themselves (German capitalises every noun); only the names the tagger knows by
// their exact spelling are reported. An English document is read with every cue as before.
func TestNonEnglishDocumentKnownNamesOnly(t *testing.T) {
	tests := []struct {
		name string
		doc  []string
		want []string
	}{
		{"German nouns and phrases", []string{
			"Im Jahre 1905 gründete der Fabrikant mit seinen Söhnen eine Werkstatt für Lastwagen.",
			"Die Bänke für die Fahrer waren bis in die 1950er Jahre eher die Ausnahme.",
			"Im Oktober desselben Jahres wurde die Firma in eine Gesellschaft umgewandelt, und kurz darauf, im Oktober 1931, starb er.",
			"Wenn Sie dieses Video hier abspielen, erfolgt eine Übertragung an Google.",
			"Der Verband hatte bereits Maßnahmen eingeführt; der Verband will nun weitere prüfen.",
			"Zum Beispiel reist er nur mit alten Karten, sagte Angela Merkel in Berlin.",
			"Die Menschen in New York und Paris sagten, Sie hätten davon nichts gewusst.",
		}, []string{"Google=Google/organization", "Angela Merkel=Angela Merkel/person", "Berlin=Berlin/place", "New York=New York/place", "Paris=Paris/place"}},
		{"a German adjective of a place is no place", []string{
			"Vor der New Yorker Börse protestierten am Montag die Aktivisten der Gruppe Extinction Rebellion gegen die Banken.",
		}, nil},
		{"French", []string{
			"Le ministre Jean Dupont a rencontré Emmanuel Macron à Paris, selon Le Monde.",
			"La Commission des finances doit rendre son avis avant la fin du mois.",
		}, []string{"Emmanuel Macron=Emmanuel Macron/person", "Paris=Paris/place"}},
		{"an English headline with a name's particles keeps its cues", []string{
			"Lula da Silva and Ursula von der Leyen sign Mercosur deal",
			"Von der Leyen meets Zelensky in Kyiv",
		}, []string{"Lula da Silva=Lula da Silva/person", "Ursula von der Leyen=Ursula von der Leyen/person",
			"Von der Leyen=Ursula von der Leyen/person", "Zelensky=Volodymyr Zelensky/person", "Kyiv=Kyiv/place"}},
		{"an English headline that opens with a particle", []string{"Von der Leyen meets Zelensky in Kyiv"},
			[]string{"Von der Leyen=Ursula von der Leyen/person", "Zelensky=Volodymyr Zelensky/person", "Kyiv=Kyiv/place"}},
		{"English keeps its cues", []string{
			"Shares in Halvorsen Shipping Group rose after chief executive Ingrid Dahl said the company would build four ferries.",
			"Dahl told reporters that the order was the largest in its history.",
		}, []string{"Halvorsen Shipping Group=Halvorsen Shipping Group/organization", "Ingrid Dahl=Ingrid Dahl/person", "Dahl=Ingrid Dahl/person"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := documentMentions(tc.doc)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("TagDocument mentions (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadsEnglish(t *testing.T) {
	tests := []struct {
		name                string
		text                []string
		english, notEnglish bool
	}{
		{"English", []string{"The council said on Monday that it would open the new cycle lanes in May, after a year of work.", "They had been closed since the floods, which the city has been cleaning up ever since."}, true, false},
		{"German", []string{"Der Stadtrat hat am Montag beschlossen, dass die neuen Radwege im Mai eröffnet werden.", "Sie waren seit dem Hochwasser gesperrt, das die Stadt seitdem beseitigt hat, und sind nun wieder frei."}, false, true},
		{"Russian", []string{"Городской совет в понедельник решил открыть новые велосипедные дорожки в мае после года работ.", "Они были закрыты после наводнения, последствия которого город с тех пор устраняет."}, false, true},
		{"short English headline", []string{"Council opens the cycle lanes"}, false, false},
		{"German quoting English titles", []string{"Der Film „The Man Who Sold the World“ ist seit dem Wochenende in den Kinos zu sehen und wurde von der Kritik gelobt.", "Die Regisseurin sagte, sie habe lange an dem Projekt gearbeitet."}, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			en, notEn := ReadsEnglish(tt.text)
			if en != tt.english || notEn != tt.notEnglish {
				t.Errorf("ReadsEnglish = %v, %v; want %v, %v", en, notEn, tt.english, tt.notEnglish)
			}
		})
	}
}
