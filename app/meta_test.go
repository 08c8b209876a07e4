package app

import (
	"strconv"
	"strings"
	"testing"
)

func TestMetaTextCannotLeaveAttribute(t *testing.T) {
	for _, s := range []string{`"><script>alert(1)</script>`, `a\"b`, `plain “quoted” title`} {
		q := strconv.Quote(metaText(s)) // what go-app's prerender writes between the quotes
		inner := q[1 : len(q)-1]
		if strings.Contains(strings.ReplaceAll(inner, `\\`, ""), `"`) {
			t.Errorf("metaText(%q) quoted as %s still holds a bare double quote", s, q)
		}
	}
}
