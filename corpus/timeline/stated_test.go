package timeline

import (
	"testing"

	"parallax/corpus"
)

// TestStatedForm: expressions that state the same thing share a key; those that state a year,
// or are relative to another event, have no stated form.
func TestStatedForm(t *testing.T) {
	for _, c := range []struct {
		text, label string
		prec        corpus.Precision
	}{
		{"7 September", "7 September", corpus.PrecisionDay},
		{"September 7", "7 September", corpus.PrecisionDay},
		{"on Sept. 7", "7 September", corpus.PrecisionDay},
		{"by September 7th", "7 September", corpus.PrecisionDay},
		{"September", "September", corpus.PrecisionMonth},
		{"early September", "early September", corpus.PrecisionPartOfMonth},
		{"Monday", "Monday", corpus.PrecisionDay},
		{"next Tuesday", "next Tuesday", corpus.PrecisionDay},
		{"last Friday", "last Friday", corpus.PrecisionDay},
		{"yesterday", "yesterday", corpus.PrecisionDay},
		{"last month", "last month", corpus.PrecisionMonth},
		{"this week", "this week", corpus.PrecisionDay},
		{"the third quarter", "Q3", corpus.PrecisionQuarter},
		{"7 September 2005", "", 0},
		{"2005", "", 0},
		{"two days later", "", 0},
		{"from May to November", "", 0},
		{"Monday and Tuesday", "", 0},
		{"", "", 0},
	} {
		f, ok := StatedForm(c.text)
		if ok != (c.label != "") || f.Label != c.label || ok && f.Precision != c.prec {
			t.Errorf("StatedForm(%q) = %+v, %v; want %q at %s", c.text, f, ok, c.label, c.prec)
		}
	}
	a, _ := StatedForm("7 September")
	b, _ := StatedForm("September 7")
	c, _ := StatedForm("next Monday")
	d, _ := StatedForm("Monday")
	if a.Key != b.Key || c.Key == d.Key {
		t.Errorf("keys: %q %q should match, %q %q should differ", a.Key, b.Key, c.Key, d.Key)
	}
}

// TestExtractStoresStated: Extract stores each mention's stated form, which the browser reads
// instead of running StatedForm (whose scanner stays out of app.wasm); a mention that states its
// year, or is relative to another event, stores none.
func TestExtractStoresStated(t *testing.T) {
	pub := corpus.PubDate{Date: corpus.Date{Year: 2024, Month: 3, Day: 14, Precision: corpus.PrecisionDay}, Basis: corpus.BasisStated}
	a := article("stated", pub, "The vote is next Tuesday, the minister said.|The plant opened on 12 May 2005.|Two days later the board met.|Talks resume on 7 September.")
	got := map[string]corpus.Stated{}
	for _, m := range Extract(a) {
		got[m.Text] = m.Stated
		if f, ok := StatedForm(m.Text); ok && m.Anchor != corpus.AnchorAbsolute && m.Stated != f {
			t.Errorf("%q: stored %+v, StatedForm gives %+v", m.Text, m.Stated, f)
		}
	}
	for text, want := range map[string]string{"next Tuesday": "next Tuesday", "7 September": "7 September", "12 May 2005": "", "Two days later": ""} {
		s, ok := got[text]
		if !ok {
			t.Errorf("no mention %q in %v", text, got)
			continue
		}
		if s.Label != want || (want == "") != (s.Key == "") {
			t.Errorf("%q: stored %+v, want label %q", text, s, want)
		}
	}
}
