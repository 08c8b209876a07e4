package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestHarnessCatchesProblems makes sure the checks every test relies on can fail.
func TestHarnessCatchesProblems(t *testing.T) {
	p := openPage(t, "/")
	p.Run(chromedp.Evaluate(`fetch("/web/no-such-file.png"); console.error("provoked error"); 0`, nil))
	deadline := time.Now().Add(10 * time.Second)
	var got []string
	for time.Now().Before(deadline) {
		got = append(got, p.takeProblems()...)
		if contains(got, "HTTP 404") && contains(got, "provoked error") {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("harness recorded %q; want a 404 and a console error", got)
}

func contains(list []string, substr string) bool {
	for _, s := range list {
		if strings.Contains(s, substr) {
			return true
		}
	}
	return false
}
