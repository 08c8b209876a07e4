package main

import (
	"strings"
	"testing"

	"parallax/internal/site"
)

// page is a prerendered page as go-app writes it: the CSP meta last in <head>, og:url and
// og:image built from an empty domain, a form action without the sub-path.
const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <meta name="description" content="A \"quoted\" text">
    <meta property="og:url" content="https:///parallax/read/x">
    <meta property="og:title" content="T">
    <meta property="og:image" content="https://">
    <meta name="twitter:image" content="https://">
    <title>T</title>
    <script src="/parallax/app.js" defer></script>
    ` + site.CSPMeta + `
  </head>
  <body>
    <form role="search" action="/search" method="get"></form>
    <form action="/parallax/search"></form>
    <p>1 &lt; 2</p>
  </body>
</html>`

func TestFixPage(t *testing.T) {
	got, err := fixPage(page, "/parallax/", false)
	if err != nil {
		t.Fatal(err)
	}
	head := got[strings.Index(got, "<head>"):]
	lines := strings.Split(head, "\n")
	if len(lines) < 3 || !strings.Contains(lines[1], "charset") || !strings.Contains(lines[2], "Content-Security-Policy") {
		t.Errorf("the policy is not right after <meta charset>:\n%s", head)
	}
	if n := strings.Count(got, "Content-Security-Policy"); n != 1 {
		t.Errorf("%d policies, want 1", n)
	}
	for _, gone := range []string{"og:url", "og:image", "twitter:image", `action="/search"`} {
		if strings.Contains(got, gone) {
			t.Errorf("fixed page still has %s", gone)
		}
	}
	for _, kept := range []string{"og:title", `action="/parallax/search"`, `content="A \"quoted\" text"`, "1 &lt; 2"} {
		if !strings.Contains(got, kept) {
			t.Errorf("fixed page lost %s:\n%s", kept, got)
		}
	}
	if strings.Count(got, `action="/parallax/search"`) != 2 {
		t.Errorf("an action already under the sub-path was prefixed again:\n%s", got)
	}

	withDomain, err := fixPage(strings.ReplaceAll(page, "https:///", "https://example.org/"), "/parallax/", true)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(withDomain, `content="https://example.org/parallax/read/x"`) {
		t.Errorf("og:url dropped although the domain is known:\n%s", withDomain)
	}

	root, err := fixPage(page, "/", false)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(root, `action="/search"`) {
		t.Error("an action at the domain root was changed")
	}
}

func TestFixPageRefusesNonPages(t *testing.T) {
	for _, in := range []string{
		"404 page not found\n",
		"<html><head></head></html>",
		strings.Replace(page, site.CSPMeta, "", 1),
		strings.Replace(page, site.CSPMeta, site.CSPMeta+site.CSPMeta, 1),
	} {
		if _, err := fixPage(in, "/", false); err == nil {
			t.Errorf("fixPage accepted %.60q", in)
		}
	}
}

func TestSortAttributes(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<a href="/x" class="c">`, `<a class="c" href="/x">`},
		{`<a class="c" href="/x">`, `<a class="c" href="/x">`},
		{`<script src="/a.js" defer></script>`, `<script defer src="/a.js"></script>`},
		{`<meta name="d" content="say \"hi\" > there">`, `<meta content="say \"hi\" > there" name="d">`},
		{`<p>text <b>bold</b></p>`, `<p>text <b>bold</b></p>`},
	}
	for _, tt := range tests {
		if got := sortAttributes(tt.in); got != tt.want {
			t.Errorf("sortAttributes(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func FuzzFixPage(f *testing.F) {
	f.Add(page, "/parallax/", false)
	f.Add("<html><meta charset=\"UTF-8\">"+site.CSPMeta+`<form action="/">`, "/", true)
	f.Fuzz(func(t *testing.T, html, base string, domain bool) {
		b, err := site.NormalizeBase(base)
		if err != nil {
			return
		}
		out, err := fixPage(html, b, domain)
		if err == nil && strings.Count(out, site.CSPMeta) != 1 && !strings.Contains(out, "Content-Security-Policy") {
			t.Fatalf("fixed page has no policy")
		}
		sortAttributes(html)
	})
}
