package site

import (
	"fmt"
	"strings"
)

// NormalizeBase turns a sub-path such as "parallax", "/parallax" or "/parallax/" into the form
// used everywhere else, "/parallax/", and the domain root into "/". A base with a query, a
// fragment, a scheme, "." or ".." segments or characters that need escaping is refused, because
// it would end up verbatim in every link, the manifest and the worker's scope.
func NormalizeBase(base string) (string, error) {
	b := strings.Trim(strings.TrimSpace(base), "/")
	if b == "" {
		return "/", nil
	}
	for _, seg := range strings.Split(b, "/") {
		if seg == "" || seg == "." || seg == ".." {
			return "", fmt.Errorf("base path %q: empty, \".\" or \"..\" segment", base)
		}
		for _, r := range seg {
			ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' ||
				strings.ContainsRune("-._~", r)
			if !ok {
				return "", fmt.Errorf("base path %q: character %q is not allowed", base, r)
			}
		}
	}
	return "/" + b + "/", nil
}

// prefixResolver resolves every local path under a sub-path, for the static-site generator.
//
// go-app's own PrefixedLocation resolves the root to "/sub" (no slash), which is outside the
// worker's scope "/sub/": the worker would precache a redirect and the manifest's start_url would
// be out of scope, so offline start fails. It also embeds a nil http.Handler that panics when the
// handler serves /web/ files; this type is not an http.Handler, so the go-app handler never tries.
type prefixResolver struct {
	base string // normalized, "/sub/"
}

func (r prefixResolver) Resolve(location string) string {
	switch {
	case strings.HasPrefix(location, "https://"), strings.HasPrefix(location, "http://"):
		return location
	case location == "" || location == "/":
		return r.base
	case !strings.HasPrefix(location, "/") || strings.HasPrefix(location, "//"):
		// "#main", "?sort=x" and relative paths stay relative to the page; "//host" is remote.
		return location
	}
	return r.base + strings.TrimPrefix(location, "/")
}
