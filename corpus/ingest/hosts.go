package ingest

import (
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strings"
)

// A page saved from a web archive, a cache or a translating proxy states the proxy's address
// ("https://web.archive.org/web/20160820205919/http://www.medialepfade.de/2016/01/…"): its host
// is the service's, not the outlet's. The address of the page itself is read out of it where the
// service writes it there; where it does not (a short archive.ph link), the page's host is not
// known. Each kind is one entry of proxies.

// proxied is what a proxy's address says about the page it serves.
type proxied struct {
	// service names the service for notes ("the Wayback Machine (web.archive.org)").
	service string
	// original is the page's own address, "" when the proxy's address does not give it.
	original string
	// host is the page's own host, also when original is not known (an AMP cache's subdomain
	// spells it); "" when unknown.
	host string
}

// waybackPath is a Wayback Machine capture's path: /web/<timestamp><modifier>/<address>.
var waybackPath = regexp.MustCompile(`^/web/[0-9]{4,14}(?:[a-z]{2}_)?/(.+)$`)

// archiveItPath is an Archive-It capture's path: /<collection>/<timestamp>/<address>.
var archiveItPath = regexp.MustCompile(`^/(?:all|[0-9]+)/[0-9]{4,14}(?:[a-z]{2}_)?/(.+)$`)

// ampPath is the path of a page in the Google AMP cache: "/c/" (or "/v/", "/i/"…), then "s/"
// for https, then the page's host and path.
var ampPath = regexp.MustCompile(`^/[a-z]{1,2}/(s/)?(.+)$`)

// archiveTodayPath is an archive.today capture with the page's address in it: a timestamp
// (2020.01.01-123456), "newest" or "oldest", or "o/<id>".
var archiveTodayPath = regexp.MustCompile(`^/(?:[0-9]{4}\.[0-9]{2}\.[0-9]{2}-[0-9]{6}|[0-9]{14}|newest|oldest|o/[A-Za-z0-9]+)/(.+)$`)

// archiveTodayHosts are the names archive.today answers to.
var archiveTodayHosts = map[string]bool{"archive.today": true, "archive.ph": true, "archive.is": true,
	"archive.li": true, "archive.vn": true, "archive.fo": true, "archive.md": true}

// unproxy reads the page's own address out of a proxy's address. ok is false when u is not the
// address of a known archive, cache or proxy.
func unproxy(u string) (p proxied, ok bool) {
	pu, err := url.Parse(u)
	if err != nil || pu.Host == "" {
		return proxied{}, false
	}
	host := strings.ToLower(pu.Hostname())
	// The path as written: Parse would hand back "http://x" in a path unescaped, but keep it.
	rest := u[strings.Index(u, pu.Host)+len(pu.Host):]
	switch {
	case host == "web.archive.org" || host == "wayback.archive.org":
		p.service = "the Wayback Machine (" + host + ")"
		if m := waybackPath.FindStringSubmatch(rest); m != nil {
			p.original = embeddedURL(m[1])
		}
	case host == "wayback.archive-it.org":
		p.service = "Archive-It (" + host + ")"
		if m := archiveItPath.FindStringSubmatch(rest); m != nil {
			p.original = embeddedURL(m[1])
		}
	case archiveTodayHosts[strings.TrimPrefix(host, "www.")]:
		p.service = "archive.today (" + host + ")"
		if m := archiveTodayPath.FindStringSubmatch(rest); m != nil {
			p.original = embeddedURL(m[1])
		}
	case strings.HasSuffix(host, ".cdn.ampproject.org"):
		// https://www-example-com.cdn.ampproject.org/c/s/www.example.com/path: "/c/" (or
		// "/v/", "/i/"…) then "s/" for https.
		p.service = "the Google AMP cache (" + host + ")"
		p.host = decodeSubdomain(strings.TrimSuffix(host, ".cdn.ampproject.org"))
		if m := ampPath.FindStringSubmatch(rest); m != nil {
			scheme := "http://"
			if m[1] != "" {
				scheme = "https://"
			}
			p.original = embeddedURL(scheme + m[2])
		}
	case strings.HasSuffix(host, ".translate.goog"):
		// https://www-example-com.translate.goog/path?_x_tr_sl=de&_x_tr_tl=en: the page's host
		// spelled in the subdomain, its path as it is, the translator's parameters added.
		p.service = "Google Translate (" + host + ")"
		p.host = decodeSubdomain(strings.TrimSuffix(host, ".translate.goog"))
		if p.host != "" {
			q := pu.Query()
			for k := range q {
				if strings.HasPrefix(k, "_x_tr_") {
					q.Del(k)
				}
			}
			o := url.URL{Scheme: "https", Host: p.host, Path: pu.Path, RawPath: pu.RawPath, RawQuery: q.Encode()}
			p.original = embeddedURL(o.String())
		}
	case host == "translate.google.com" || host == "translate.googleusercontent.com":
		p.service = "Google Translate (" + host + ")"
		p.original = embeddedURL(pu.Query().Get("u"))
	case host == "webcache.googleusercontent.com":
		// /search?q=cache:<key>:<address> or cache:<address>
		p.service = "Google's cache (" + host + ")"
		q := strings.TrimPrefix(pu.Query().Get("q"), "cache:")
		if i := strings.Index(q, ":"); i >= 0 && !strings.HasPrefix(q, "http") {
			q = q[i+1:]
		}
		if i := strings.IndexAny(q, " +"); i >= 0 {
			q = q[:i]
		}
		p.original = embeddedURL(q)
	default:
		return proxied{}, false
	}
	if p.original != "" {
		p.host = hostOf(p.original)
	}
	return p, true
}

// embeddedURL is the address written inside a proxy's address, made whole: a scheme whose
// double slash was collapsed ("http:/example.com") is mended, an address without a scheme is
// taken as http, and what is left must be a safe URL, else "".
func embeddedURL(s string) string {
	switch {
	case strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://"):
	case strings.HasPrefix(s, "http:/") || strings.HasPrefix(s, "https:/"):
		s = strings.Replace(s, ":/", "://", 1)
	case strings.Contains(s, "://"):
		return "" // another scheme
	case s != "":
		s = "http://" + s
	}
	if safeURL(s) != nil {
		return ""
	}
	if pu, err := url.Parse(s); err != nil || !strings.Contains(pu.Hostname(), ".") {
		return ""
	}
	return s
}

// decodeSubdomain reads a host that Google's proxies spell as one label: "-" for ".", "--" for
// "-" ("www-example--site-com" is www.example-site.com). A label of another kind (an "xn--"
// hash the cache uses for long names) gives "".
func decodeSubdomain(label string) string {
	if label == "" || strings.Contains(label, ".") || strings.HasPrefix(label, "xn--") {
		return ""
	}
	const dash = "\x00"
	s := strings.ReplaceAll(label, "--", dash)
	s = strings.ReplaceAll(s, "-", ".")
	s = strings.ReplaceAll(s, dash, "-")
	if !strings.Contains(s, ".") || strings.HasPrefix(s, ".") || strings.HasSuffix(s, ".") {
		return ""
	}
	return strings.TrimPrefix(s, "www.")
}

// outletHost is the host an outlet may be estimated from: the URL's host, or the host of the page
// a proxy's address serves. why says, when the host is "", why the URL names no outlet; note is a
// sentence for the provenance when the host was read out of a proxy's address.
func outletHost(u string) (host, note, why string) {
	if u == "" {
		return "", "", ""
	}
	if p, ok := unproxy(u); ok {
		if p.host == "" {
			return "", "", fmt.Sprintf("The URL is the address of %s, which does not name the page it saved or served.", p.service)
		}
		return p.host, fmt.Sprintf("The URL is the address of %s; the host is that of the page it saved or served.", p.service), ""
	}
	h := hostOf(u)
	if h == "" {
		return "", "", ""
	}
	if bare := strings.Trim(h, "[]"); net.ParseIP(bare) != nil || h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return "", "", fmt.Sprintf("The URL's host (%s) is a machine's address, which names no outlet.", h)
	}
	return h, "", ""
}
