package corpus

import (
	"strings"
	"testing"
)

// TestParsePage reads a link's page: a number, none, a number past any list (its last page), or
// an error quoting what is no page number.
func TestParsePage(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
		err  string
	}{
		{"", 0, ""},
		{" 3 ", 3, ""},
		{"1", 1, ""},
		{"999999999999999999999", MaxPage, ""},
		{"2147483648", MaxPage, ""},
		{"0", 0, `page: "0" is not a page number`},
		{"-2", 0, `page: "-2" is not a page number`},
		{"-999999999999999999999", 0, `is not a page number`},
		{"two", 0, `page: "two" is not a page number`},
		{"2.5", 0, `page: "2.5" is not a page number`},
		{strings.Repeat("x", 30), 0, `page: "xxxxxxxxxxxxxxxxxxxx…" is not a page number`},
	} {
		got, err := ParsePage(c.in)
		if got != c.want || (err == nil) != (c.err == "") || err != nil && !strings.Contains(err.Error(), c.err) {
			t.Errorf("ParsePage(%q) = %d, %v; want %d, %q", c.in, got, err, c.want, c.err)
		}
	}
}
