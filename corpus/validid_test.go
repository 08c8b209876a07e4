package corpus

import (
	"regexp"
	"strings"
	"testing"
)

// idPattern is what ValidID spells out by hand.
var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestValidIDMatchesPattern(t *testing.T) {
	cases := []string{
		"", "a", "-", "--", "a-", "-a", "a--b", "a-b", "a-b-c", "abc123", "ABC", "a_b", "a b",
		"é", "a.b", "0", "0-0", "tiktok-chew-musk-outreach", "a\n", "\na", "a-\u00e9",
		strings.Repeat("a", 80), strings.Repeat("a", 81), strings.Repeat("ab-", 26) + "ab",
	}
	for _, id := range cases {
		want := len(id) <= 80 && idPattern.MatchString(id)
		if got := ValidID(id); got != want {
			t.Errorf("ValidID(%q) = %v, the pattern says %v", id, got, want)
		}
	}
}

func FuzzValidID(f *testing.F) {
	for _, s := range []string{"", "a-b", "a--b", "-a", "a-", "A", "a_b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		want := len(id) <= 80 && idPattern.MatchString(id)
		if got := ValidID(id); got != want {
			t.Errorf("ValidID(%q) = %v, the pattern says %v", id, got, want)
		}
	})
}
