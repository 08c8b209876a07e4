//go:build !wasm

package app

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// cssRule is one rule of a stylesheet: one selector of its list and its declarations.
type cssRule struct {
	file, selector string
	decls          map[string]string
}

// cssRules reads the app's stylesheets in their cascade order (internal/site.Stylesheets's,
// which the test cannot import: site imports this package), one rule per selector of a list.
// The print stylesheet is left out: paper has no targets.
func cssRules(t *testing.T) []cssRule {
	t.Helper()
	var out []cssRule
	rule := regexp.MustCompile(`([^{}]+)\{([^{}]*)\}`)
	comment := regexp.MustCompile(`(?s)/\*.*?\*/`)
	for _, name := range []string{"base", "search", "compare", "timeline", "library", "pwa", "features"} {
		b, err := os.ReadFile(filepath.Join("..", "web", "css", name+".css"))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range rule.FindAllStringSubmatch(comment.ReplaceAllString(string(b), ""), -1) {
			decls := map[string]string{}
			for _, d := range strings.Split(m[2], ";") {
				if k, v, ok := strings.Cut(d, ":"); ok {
					decls[strings.TrimSpace(k)] = strings.TrimSpace(v)
				}
			}
			for _, sel := range strings.Split(m[1], ",") {
				out = append(out, cssRule{file: name + ".css", selector: strings.Join(strings.Fields(sel), " "), decls: decls})
			}
		}
	}
	return out
}

// cssPixels reads a length in px or rem (16 px, the browsers' default root size) as CSS pixels.
func cssPixels(v string) (float64, bool) {
	scale := 1.0
	n, ok := strings.CutSuffix(v, "px")
	if !ok {
		n, ok = strings.CutSuffix(v, "rem")
		scale = 16
	}
	f, err := strconv.ParseFloat(n, 64)
	return f * scale, ok && err == nil
}

// TestTargetSizes: the small controls that sit close to others are at least 24 CSS px high
// (WCAG 2.5.8, target size): a name in the comparison's "At a glance" and its "timeline" link
// beside it, a pair's label and Cite button, the footer's Keyboard shortcuts button. For each,
// the rules that select it (in its resting state) set a min-height of 24 px or more and no
// smaller height; a link, inline by default, where min-height does nothing, gets a display
// that it applies to.
func TestTargetSizes(t *testing.T) {
	rules := cssRules(t)
	for _, target := range []struct {
		class string
		link  bool // an <a>: inline unless a rule or its parent says otherwise
	}{
		{"chip-name", true}, {"chip-timeline", true},
		{"pair-label", true}, {"pair-cite", false}, {"link-button", false},
	} {
		// The selector's last compound names the class, and no state or pseudo-element.
		own := regexp.MustCompile(`(^|[\s>+~])[a-z]*\.` + target.class + `$`)
		minHeight, display := 0.0, ""
		for _, r := range rules {
			if !own.MatchString(r.selector) {
				continue
			}
			for _, prop := range []string{"min-height", "height", "max-height"} {
				v, ok := r.decls[prop]
				if !ok {
					continue
				}
				px, ok := cssPixels(v)
				if !ok {
					t.Errorf("%s { %s: %s }: not a length this test reads (px or rem)", r.selector, prop, v)
					continue
				}
				if prop == "min-height" {
					minHeight = px
				} else if px < 24 {
					t.Errorf("%s: %s { %s: %s } makes .%s %.1f px high", r.file, r.selector, prop, v, target.class, px)
				}
			}
			if v, ok := r.decls["display"]; ok {
				display = v
			}
		}
		if minHeight < 24 {
			t.Errorf(".%s: min-height %.1f px, want 24 px at least", target.class, minHeight)
		}
		if target.link && (display == "" || display == "inline") {
			t.Errorf(".%s: display %q, where min-height does not apply to an inline link", target.class, display)
		}
	}
}
