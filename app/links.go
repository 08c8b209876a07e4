package app

import (
	"net/url"
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// basePath is the sub-path the app is hosted under ("" at a domain root). go-app prefixes links
// in prerendered HTML itself but not those rendered in the browser, so only the client adds it.
func basePath() string {
	if !app.IsClient {
		return ""
	}
	return clientBasePath()
}

// clientBasePath reads the base path once: app.Getenv is five calls into JavaScript, and every
// link of every render asks (a fifth of the library page's first render went there). The page's
// environment does not change while it lives.
var clientBasePath = sync.OnceValue(func() string {
	return strings.TrimSuffix(app.Getenv("GOAPP_ROOT_PREFIX"), "/")
})

// href turns an app path such as "/read/x" into a link that works under the base path, safe in
// an attribute (see attrURL). Every link of the app to one of its own views is made here.
func href(path string) string {
	return attrURL(basePath() + path)
}

// routePath returns the app path of u, without the base path.
func routePath(u *url.URL) string {
	p := strings.TrimPrefix(u.Path, basePath())
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return p
}

// readerURL links to an article, and to one of its sentences when sentence is not empty.
func readerURL(id, sentence string) string {
	u := href("/read/" + url.PathEscape(id))
	if sentence != "" {
		u += "#" + attrURL(sentence)
	}
	return u
}

// compareURL links to the comparison of articles a and b; either may be empty to let the
// reader pick it.
func compareURL(a, b string) string {
	switch {
	case a == "" && b == "":
		return href("/compare")
	case b == "":
		return href("/compare/" + url.PathEscape(a))
	}
	return href("/compare/" + url.PathEscape(a) + "/" + url.PathEscape(b))
}

// timelineURL links to the timeline with the given filters.
func timelineURL(v url.Values) string {
	if len(v) == 0 {
		return href("/timeline")
	}
	return href("/timeline?" + v.Encode())
}

// searchURL links to the search page with the given query parameters.
func searchURL(v url.Values) string {
	if len(v) == 0 {
		return href("/search")
	}
	return href("/search?" + v.Encode())
}
