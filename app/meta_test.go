package app

import (
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// hostileValues are what a title, an outlet, an ID or a URL could hold to end an attribute or
// disguise text.
var hostileValues = []string{
	`"><script>alert(1)</script>`,
	`"><meta http-equiv="refresh" content="0;url=/search?q=x">`,
	`x" onmouseover="alert(1)`,
	`<svg onload=alert(1)>`,
	`</title><script>alert(1)</script>`,
	`'><img src=x onerror=alert(1)>`,
	"`${alert(1)}`",
	`&quot;><svg onload=alert(1)>`,
	`&#34;><b>x</b>`,
	`&#x22;&lt;b&gt;`,
	`AT&T &amp&amp; &copy &notit; &`,
	`a\"b\\c`,
	"line\u2028break\u2029para",
	"\u202egnp.exe\u202c bidi \u2066iso\u2069",
	"nul\x00byte\x01\x7f",
	"tab\tnew\nline\rret",
	"zero\u200bwidth\u200djoin\ufeffbom",
	"invalid \xff\xfe utf-8",
	"nbsp\u00a0and\u3000wide",
	`plain “quoted” title — fine`,
	"https://example.com/\"><meta http-equiv=\"refresh\" content=\"0;url=/x\">",
	"javascript:alert(1)",
	"/read/x?a=1&b=2&quot;#\"frag",
}

// parseAttr parses the tag that go-app's prerender writes for an attribute and returns the
// attributes HTML reads from it.
func parseAttr(t testing.TB, name, written string) []html.Attribute {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(`<p ` + name + `=` + strconv.Quote(written) + `>`))
	if z.Next() != html.StartTagToken {
		t.Fatalf("%s=%s: not a start tag", name, strconv.Quote(written))
	}
	tok := z.Token()
	if tok.Data != "p" {
		t.Fatalf("%s=%s: tag %q", name, strconv.Quote(written), tok.Data)
	}
	return tok.Attr
}

// checkAttr is the property every attribute value must have: written as go-app's prerender
// writes it, HTML reads one attribute, with the value the browser gets on the client.
func checkAttr(t testing.TB, name, in, safe string) {
	t.Helper()
	attrs := parseAttr(t, name, safe)
	if len(attrs) != 1 || attrs[0].Key != name || attrs[0].Val != safe {
		t.Errorf("%q made safe as %q reads as %+v in HTML, want one %s=%q", in, safe, attrs, name, safe)
	}
	if q := strconv.Quote(safe); q[1:len(q)-1] != safe {
		t.Errorf("%q made safe as %q is still changed by strconv.Quote: %s", in, safe, q)
	}
}

func TestAttrText(t *testing.T) {
	for _, s := range hostileValues {
		got := attrText(s)
		checkAttr(t, "title", s, got)
		for _, bad := range []string{"\u202e", "\u2028", "\x00", "\u200d", "<", ">", `"`} {
			if strings.Contains(got, bad) {
				t.Errorf("attrText(%q) = %q keeps %q", s, got, bad)
			}
		}
	}
	for in, want := range map[string]string{
		"Plain title":        "Plain title",
		`Say "no"`:           "Say ”no”",
		"AT&T & co":          "AT＆T & co",
		"q=1&b=2":            "q=1&b=2",
		"a\u2028b\tc":        "a b c",
		"\u202eevil\u202c":   "evil",
		"é “typographic” ‘’": "é “typographic” ‘’",
	} {
		if got := attrText(in); got != want {
			t.Errorf("attrText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAttrURL(t *testing.T) {
	for _, s := range hostileValues {
		got := attrURL(s)
		checkAttr(t, "href", s, got)
		if strings.ContainsAny(got, "\"'<>\\` ") {
			t.Errorf("attrURL(%q) = %q keeps a character that needs encoding", s, got)
		}
	}
	for in, want := range map[string]string{
		"/read/x#p1s2":           "/read/x#p1s2",
		"/search?q=a+b&outlet=x": "/search?q=a+b&outlet=x",
		"/read/%22x":             "/read/%22x",
		`/read/"x`:               "/read/%22x",
		"/x?a&quot;":             "/x?a%26quot;",
	} {
		if got := attrURL(in); got != want {
			t.Errorf("attrURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestExternalURL(t *testing.T) {
	for _, s := range []string{
		"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
		"data:text/html,<script>alert(1)</script>", "vbscript:x", "file:///etc/passwd",
		"//evil.example/x", "/relative", "example.com/x", "https://", "https:///path",
		"https:alert(1)", "http://user:pass@example.com/", "mailto:a@example.com", "",
	} {
		if u, ok := externalURL(s); ok {
			t.Errorf("externalURL(%q) = %q, accepted", s, u)
		}
	}
	for in, want := range map[string]string{
		"https://example.com/a/b?c=d#e":   "https://example.com/a/b?c=d#e",
		"HTTP://Example.com/":             "http://Example.com/",
		`https://example.com/"><meta x>`:  "https://example.com/%22%3E%3Cmeta%20x%3E",
		`https://e.com/?q="><svg onload>`: "https://e.com/?q=%22%3E%3Csvg%20onload%3E",
		"https://e.com/?a=1&quot;":        "https://e.com/?a=1%26quot;",
	} {
		got, ok := externalURL(in)
		if !ok || got != want {
			t.Errorf("externalURL(%q) = %q, %v; want %q", in, got, ok, want)
		}
		checkAttr(t, "href", in, got)
	}
}

// FuzzAttrText checks the attribute property on any input: what attrText and attrURL return
// is read by HTML as exactly one attribute with exactly that value.
func FuzzAttrText(f *testing.F) {
	for _, s := range hostileValues {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkAttr(t, "title", s, attrText(s))
		checkAttr(t, "href", s, attrURL(s))
		if u, ok := externalURL(s); ok {
			checkAttr(t, "href", s, u)
			if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
				t.Errorf("externalURL(%q) = %q", s, u)
			}
		}
	})
}
