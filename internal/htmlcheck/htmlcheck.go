// Package htmlcheck parses pages as a browser would (golang.org/x/net/html) to find markup that
// data wrote: elements or attributes the templates never write, and attribute values that
// still hold a quote, a control character or a script address. The tests of the local server
// and of the static-site generator use it on pages built from hostile articles and URLs.
package htmlcheck

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// Shapes returns the shape of every element of page: its tag and its sorted attribute names,
// e.g. "a[class href]". The shapes of pages built from benign data are the allow-list against
// which the same pages built from hostile data are checked.
func Shapes(page []byte) (map[string]int, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil, err
	}
	shapes := map[string]int{}
	walk(doc, func(n *html.Node) { shapes[shape(n)]++ })
	return shapes, nil
}

func shape(n *html.Node) string {
	keys := make([]string, 0, len(n.Attr))
	for _, a := range n.Attr {
		keys = append(keys, a.Key)
	}
	slices.Sort(keys)
	return n.Data + "[" + strings.Join(keys, " ") + "]"
}

func walk(n *html.Node, f func(*html.Node)) {
	if n.Type == html.ElementNode {
		f(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

// Check parses page and lists every problem found: an element shape not in allowed, an
// attribute value with a double quote, a NUL, a line or paragraph separator or a bidirectional
// control, an address (href, src, action) with a script or data scheme, a <meta http-equiv>
// other than the Content-Security-Policy, and any of the raw payloads found in the page's bytes
// outside of escaping (for instance "<svg onload").
func Check(page []byte, allowed map[string]bool, payloads []string) []string {
	var problems []string
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return []string{fmt.Sprintf("does not parse: %v", err)}
	}
	walk(doc, func(n *html.Node) {
		if s := shape(n); !allowed[s] {
			problems = append(problems, fmt.Sprintf("element %s is not one the templates write", s))
		}
		for _, a := range n.Attr {
			if strings.ContainsAny(a.Val, "\"\x00\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") {
				problems = append(problems, fmt.Sprintf("<%s %s=%q>: a quote or control character in an attribute", n.Data, a.Key, a.Val))
			}
			switch a.Key {
			case "href", "src", "action", "formaction":
				v := strings.ToLower(strings.Map(func(r rune) rune {
					if r <= ' ' {
						return -1
					}
					return r
				}, a.Val))
				for _, scheme := range []string{"javascript:", "data:", "vbscript:"} {
					if strings.HasPrefix(v, scheme) {
						problems = append(problems, fmt.Sprintf("<%s %s=%q>: a %s address", n.Data, a.Key, a.Val, scheme))
					}
				}
			case "http-equiv":
				if a.Val != "Content-Security-Policy" {
					problems = append(problems, fmt.Sprintf("<%s http-equiv=%q>", n.Data, a.Val))
				}
			}
		}
	})
	for _, p := range payloads {
		if bytes.Contains(page, []byte(p)) {
			problems = append(problems, fmt.Sprintf("the raw payload %q is in the page", p))
		}
	}
	return problems
}

// Payloads are raw markup that hostile test data carries: none may appear unescaped in a page.
var Payloads = []string{
	`<meta http-equiv="refresh"`, `<meta http-equiv=\"refresh\"`, "<svg onload", "<script>alert",
	"</title><script>", "<img src=x", "<b>Bold</b>", "<i>", `" onfocus="`,
	"<x>", "<b>x</b>",
}
