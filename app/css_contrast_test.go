//go:build !wasm

package app

import (
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// cssTokens reads the colour tokens of base.css: the light scheme's (:root) and the dark
// scheme's, which override them.
func cssTokens(t *testing.T) (light, dark map[string]string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "web", "css", "base.css"))
	if err != nil {
		t.Fatal(err)
	}
	css := string(b)
	token := regexp.MustCompile(`--([a-z0-9-]+):\s*(#[0-9a-fA-F]{6})\s*;`)
	read := func(block string, into map[string]string) {
		for _, m := range token.FindAllStringSubmatch(block, -1) {
			into[m[1]] = m[2]
		}
	}
	darkAt := strings.Index(css, "@media (prefers-color-scheme: dark)")
	if darkAt < 0 {
		t.Fatal("base.css has no dark scheme")
	}
	rootAt := strings.Index(css, ":root {")
	light, dark = map[string]string{}, map[string]string{}
	read(css[rootAt:darkAt], light)
	for k, v := range light {
		dark[k] = v
	}
	read(css[darkAt:darkAt+strings.Index(css[darkAt:], "\n}\n")], dark)
	return light, dark
}

// contrast is WCAG 2's contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	lum := func(hex string) float64 {
		var c [3]float64
		for i := range c {
			v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
			s := float64(v) / 255
			if s <= 0.03928 {
				c[i] = s / 12.92
			} else {
				c[i] = math.Pow((s+0.055)/1.055, 2.4)
			}
		}
		return 0.2126*c[0] + 0.7152*c[1] + 0.0722*c[2]
	}
	la, lb := lum(a), lum(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// TestColourContrast computes, from the stylesheet's tokens, the contrast of text, of the focus
// ring and of form fields' edges against every surface they sit on, in both colour schemes:
// 4.5:1 for text, 3:1 for the focus ring and a field's edge (WCAG 1.4.3, 1.4.11).
func TestColourContrast(t *testing.T) {
	light, dark := cssTokens(t)
	surfaces := []string{"bg", "surface", "surface-2"}
	checks := []struct {
		fg  string
		min float64
	}{
		{"text", 4.5}, {"muted", 4.5}, {"link", 4.5}, {"danger", 4.5},
		{"focus", 3}, {"field-border", 3},
	}
	for scheme, tokens := range map[string]map[string]string{"light": light, "dark": dark} {
		for _, c := range checks {
			for _, s := range surfaces {
				fg, bg := tokens[c.fg], tokens[s]
				if fg == "" || bg == "" {
					t.Errorf("%s: no --%s or --%s in base.css", scheme, c.fg, s)
					continue
				}
				if r := contrast(fg, bg); r < c.min {
					t.Errorf("%s: --%s (%s) on --%s (%s) is %.2f:1, want %.1f:1 at least", scheme, c.fg, fg, s, bg, r, c.min)
				}
			}
		}
		if r := contrast(tokens["accent-text"], tokens["accent"]); r < 4.5 {
			t.Errorf("%s: --accent-text on --accent is %.2f:1", scheme, r)
		}
	}
}

// TestFieldsHaveVisibleEdges: every rule of the stylesheets that draws the edge of a text field or
// a menu draws it in --field-border, whose contrast TestColourContrast checks; --border, the
// colour of cards and rules, is too faint to show where to type.
func TestFieldsHaveVisibleEdges(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "web", "css", "*.css"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no stylesheets: %v", err)
	}
	rule := regexp.MustCompile(`([^{}]+)\{([^{}]*)\}`)
	field := regexp.MustCompile(`(^|[\s,>])(input|select|textarea)\b|\.search-input\b|\.picker-input\b|\.filter-date\b`)
	checked := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		css := regexp.MustCompile(`(?s)/\*.*?\*/`).ReplaceAllString(string(b), "")
		for _, m := range rule.FindAllStringSubmatch(css, -1) {
			sel, body := strings.TrimSpace(m[1]), m[2]
			if !field.MatchString(sel) || strings.Contains(sel, ":invalid") || strings.Contains(sel, "::") {
				continue
			}
			for _, decl := range strings.Split(body, ";") {
				name, value, ok := strings.Cut(decl, ":")
				name = strings.TrimSpace(name)
				if !ok || (name != "border" && name != "border-color") {
					continue
				}
				checked++
				if !strings.Contains(value, "var(--field-border)") && !strings.Contains(value, "none") && strings.TrimSpace(value) != "0" {
					t.Errorf("%s: %s { %s:%s }: a field's edge must be var(--field-border)", filepath.Base(f), sel, name, value)
				}
			}
		}
	}
	if checked == 0 {
		t.Error("no field's border found: the test checks nothing")
	}
}
