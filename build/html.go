//go:build !wasm

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"parallax/internal/site"
)

var (
	// go-app writes og:url and og:image as "https://" + Domain + path: with no domain they are
	// bogus ("https:///x"), and a link preview is better without them.
	ogURLRE = regexp.MustCompile(`[ \t]*<meta [^>]*(property="og:(url|image)"|name="twitter:image")[^>]*>\n?`)
	// go-app prefixes href and src with the sub-path when prerendering, but not a form's action.
	actionRE = regexp.MustCompile(`action="(/[^"]*)"`)
	// A start tag and one of its attributes. go-app quotes values with strconv.Quote, so a value
	// may hold escaped quotes; text is HTML-escaped, so a "<" in a page always starts a tag.
	tagRE  = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>"/]+(?:="(?:[^"\\]|\\.)*")?)+)\s*>`)
	attrRE = regexp.MustCompile(`[^\s=>"/]+(?:="(?:[^"\\]|\\.)*")?`)
)

// sortAttributes puts every tag's attributes in a fixed order. go-app writes them in map order,
// which differs from run to run; the version is a hash of the output, so an unchanged build
// must write the same bytes.
func sortAttributes(html string) string {
	return tagRE.ReplaceAllStringFunc(html, func(tag string) string {
		m := tagRE.FindStringSubmatch(tag)
		attrs := attrRE.FindAllString(m[2], -1)
		sort.Strings(attrs)
		return "<" + m[1] + " " + strings.Join(attrs, " ") + ">"
	})
}

// fixPages post-processes every prerendered page in place; see fixPage.
func fixPages(out, base string, pages []string, haveDomain bool) error {
	for _, p := range pages {
		name := filepath.Join(out, filepath.FromSlash(pageFile(p)))
		data, err := os.ReadFile(name)
		if err != nil {
			return fmt.Errorf("page %s: %w", p, err)
		}
		fixed, err := fixPage(string(data), base, haveDomain)
		if err != nil {
			return fmt.Errorf("page %s (%s): %w", p, name, err)
		}
		if err := os.WriteFile(name, []byte(fixed), 0o644); err != nil {
			return fmt.Errorf("page %s: %w", p, err)
		}
	}
	return nil
}

// pageFile is the file GenerateStaticWebsite writes for an app path.
func pageFile(p string) string {
	if p == "/" {
		return "index.html"
	}
	return strings.TrimPrefix(p, "/") + ".html"
}

// fixPage moves the Content-Security-Policy <meta> to the top of <head>, where it governs every
// element after it (go-app appends RawHeaders after its scripts and styles), drops og:url and
// og:image when the domain is unknown, puts form actions under the sub-path and undoes the
// double sub-path of the library file's preload link. It fails on a
// page that is not one of the app's, such as go-app's plain-text "404 page not found" for a
// path no route matches.
func fixPage(html, base string, haveDomain bool) (string, error) {
	const charset = `<meta charset="UTF-8">`
	if !strings.Contains(html, "<html") || !strings.Contains(html, charset) {
		return "", fmt.Errorf("not an HTML page of the app: %.80q", html)
	}
	if strings.Count(html, site.CSPMeta) != 1 {
		return "", fmt.Errorf("want exactly one Content-Security-Policy meta element")
	}
	html = strings.Replace(html, site.CSPMeta, "", 1)
	html = strings.Replace(html, charset, charset+"\n    "+site.CSPMeta, 1)
	html = regexp.MustCompile(`\n[ \t]*\n`).ReplaceAllString(html, "\n")
	html = sortAttributes(html)
	if !haveDomain {
		html = ogURLRE.ReplaceAllString(html, "")
	}
	if base != "/" {
		// go-app resolves a page's preload links twice under a sub-path (requestPage.SetPreloads
		// and again when the <link> is written): the library file's came out as
		// /base/base/web/data/…
		twice := `href="` + base + strings.TrimPrefix(base, "/") + "web/" + site.DataDir + "/"
		html = strings.ReplaceAll(html, twice, `href="`+base+"web/"+site.DataDir+"/")
		html = actionRE.ReplaceAllStringFunc(html, func(m string) string {
			path := actionRE.FindStringSubmatch(m)[1]
			if strings.HasPrefix(path, base) {
				return m
			}
			return `action="` + base + strings.TrimPrefix(path, "/") + `"`
		})
	}
	return html, nil
}
