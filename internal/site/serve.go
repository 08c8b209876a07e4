package site

import (
	"errors"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Header is an HTTP response header.
type Header struct{ Name, Value string }

// SecurityHeaders are sent with every response of the local server and written into the static
// site's _headers file; the README gives the same lines for nginx and Apache.
//   - the Content-Security-Policy, with frame-ancestors, which only a header can carry (a <meta>
//     policy ignores it);
//   - nosniff, so that no file is run as a type its name does not say;
//   - no referrer, so that following an article's original link tells its site nothing;
//   - a browsing context of its own, so that a window it opens cannot reach back into it.
var SecurityHeaders = []Header{
	{"Content-Security-Policy", CSP + "; frame-ancestors 'none'"},
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "no-referrer"},
	{"Cross-Origin-Opener-Policy", "same-origin"},
}

// Known reports whether the corpus has an item of the given kind ("article") with the given ID.
// The local server uses it to answer an unknown article with status 404; nil knows every ID.
type Known func(kind, id string) bool

// KindArticle is the kind of an article ID for Known.
const KindArticle = "article"

// Serve wraps the go-app handler for the local server: security headers on every response, the
// app's own manifest, the files of webDir under /web/ (and their precompressed siblings, .br and
// .gz, when the browser accepts them), and status 404 for every path that names no page.
//
// Only the app's routes and the regular files of webDir are served. go-app's default file
// handler is an http.FileServer rooted at the working directory that it reaches before cleaning
// the path, so /web/../.git/config would be the repository's; Serve answers every /web/ path
// itself and takes go-app's file serving away (h.Resources becomes a resolver that serves
// nothing), so no path reaches that handler.
//
// Caching: no file name carries a content hash, so every response is "no-cache" — the browser
// may keep it but revalidates it, and the ETag (the build version, which hashes web/) makes that
// a cheap 304. Repeat visits do not wait for the network at all: the service worker answers
// from its versioned cache.
func Serve(h *app.Handler, webDir string, known Known) http.Handler {
	if _, serves := h.Resources.(http.Handler); serves || h.Resources == nil {
		h.Resources = prefixResolver{base: "/"}
	}
	manifest, err := Manifest("/")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		for _, h := range SecurityHeaders {
			hd.Set(h.Name, h.Value)
		}
		p := r.URL.Path
		switch {
		case p == "/manifest.webmanifest" || p == "/manifest.json":
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			hd.Set("Content-Type", "application/manifest+json")
			hd.Set("Cache-Control", "no-cache")
			w.Write(manifest)
			return
		case strings.HasPrefix(p, "/web/") || p == "/web":
			serveWeb(w, r, webDir, strings.TrimPrefix(p, "/web/"), h.Version)
			return
		case p == "/robots.txt" || p == "/sitemap.xml" || p == "/ads.txt":
			// go-app would fetch these from /web/ over HTTP; they are plain files of web/.
			serveWeb(w, r, webDir, strings.TrimPrefix(p, "/"), h.Version)
			return
		case goappFiles[p] || goappFiles[strings.TrimPrefix(p, "/"+h.Version)] && h.Version != "":
			// go-app also answers its own files under "/<version>/".
			h.ServeHTTP(w, r)
			return
		}
		status := PageStatus(p, r.URL.Query(), known)
		r = keepPathEscaped(r)
		if status != http.StatusOK {
			// The catch-all route renders the app's not-found view; the status says so too,
			// and a 304 must not turn a 404 into a cached success.
			r.Header.Del("If-None-Match")
			w = &statusWriter{ResponseWriter: w, status: http.StatusNotFound}
		}
		h.ServeHTTP(w, r)
	})
}

// goappFiles are the files go-app's handler writes itself.
var goappFiles = map[string]bool{
	"/app.js": true, "/goapp.js": true, "/app-worker.js": true, "/wasm_exec.js": true,
	"/app.css": true, "/app.wasm": true, "/goapp.wasm": true,
}

// PageStatus is the status of the page at an app path (already percent-decoded) with its query:
// 200 for the app's views and for article IDs that known accepts, 404 for anything else. It mirrors the
// routes of package app, which render the not-found view for every other path.
func PageStatus(p string, q url.Values, known Known) int {
	article := func(id string) bool {
		if id == "" || strings.Contains(id, "/") {
			return false
		}
		return known == nil || known(KindArticle, id)
	}
	switch p {
	case "/", "/search", "/timeline":
		return http.StatusOK
	case "/compare":
		// The picker's form without JavaScript names its articles as ?a= and ?b=: an unknown
		// one is a broken link, as in the path.
		for _, k := range []string{"a", "b"} {
			if id := strings.TrimSpace(q.Get(k)); id != "" && !article(id) {
				return http.StatusNotFound
			}
		}
		return http.StatusOK
	}
	if id, ok := strings.CutPrefix(p, "/read/"); ok {
		if article(id) {
			return http.StatusOK
		}
		return http.StatusNotFound
	}
	if rest, ok := strings.CutPrefix(p, "/compare/"); ok {
		// The comparison page explains an unknown ID itself, with a picker to fix it, but the
		// link is still broken: 404, as a static host answers it from 404.html. An empty part
		// is one still to pick. Three or more parts name no page at all.
		parts := strings.Split(rest, "/")
		if len(parts) > 2 {
			return http.StatusNotFound
		}
		for _, id := range parts {
			if id != "" && !article(id) {
				return http.StatusNotFound
			}
		}
		return http.StatusOK
	}
	return http.StatusNotFound
}

// statusWriter replaces the status of a successful response.
type statusWriter struct {
	http.ResponseWriter
	status      int
	wroteHeader bool
}

func (s *statusWriter) WriteHeader(code int) {
	if s.wroteHeader {
		return
	}
	s.wroteHeader = true
	if code == http.StatusOK {
		code = s.status
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(b []byte) (int, error) {
	if !s.wroteHeader {
		s.WriteHeader(http.StatusOK)
	}
	return s.ResponseWriter.Write(b)
}

var contentTypes = map[string]string{
	".wasm":        "application/wasm",
	".css":         "text/css; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".svg":         "image/svg+xml",
	".json":        "application/json",
	".webmanifest": "application/manifest+json",
	".png":         "image/png",
	".txt":         "text/plain; charset=utf-8",
	".xml":         "application/xml",
	".html":        "text/html; charset=utf-8",
}

// webName checks rel, a path below /web/ as the request gave it (percent-decoded), and returns
// it as a name inside the web folder. Only plain names are accepted: segments of letters,
// digits, '.', '-' and '_', none empty, none starting with a dot (no "..", no hidden files),
// so no spelling of a parent folder, separator, NUL or folder can reach the file system.
func webName(rel string) (string, bool) {
	if rel == "" || len(rel) > 512 {
		return "", false
	}
	for _, seg := range strings.Split(rel, "/") {
		if seg == "" || seg[0] == '.' {
			return "", false
		}
		for i := 0; i < len(seg); i++ {
			c := seg[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_') {
				return "", false
			}
		}
	}
	return path.Clean(rel), true
}

// serveWeb answers a request for a file of webDir: the file, or its precompressed sibling when
// the browser accepts it, or 404. Folders are never listed, and the folder is opened as an
// os.Root, which refuses any name (or symbolic link) that leads outside it.
func serveWeb(w http.ResponseWriter, r *http.Request, webDir, rel, version string) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, ok := webName(rel)
	if !ok {
		http.NotFound(w, r)
		return
	}
	root, err := os.OpenRoot(webDir)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer root.Close()
	orig, err := regularFile(root, name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	hd := w.Header()
	if ct, ok := contentTypes[path.Ext(name)]; ok {
		hd.Set("Content-Type", ct)
	}
	hd.Set("Cache-Control", "no-cache")
	accept := r.Header.Get("Accept-Encoding")
	for _, enc := range []struct{ ext, token string }{{".br", "br"}, {".gz", "gzip"}} {
		if !acceptsEncoding(accept, enc.token) {
			continue
		}
		st, err := regularFile(root, name+enc.ext)
		if err != nil || orig.ModTime().After(st.ModTime()) {
			continue // a stale sibling must not shadow a newer original
		}
		f, err := root.Open(name + enc.ext)
		if err != nil {
			continue
		}
		defer f.Close()
		hd.Set("Content-Encoding", enc.token)
		hd.Add("Vary", "Accept-Encoding")
		if version != "" {
			// One ETag per encoding: a cache must not answer a gzip request with brotli bytes.
			hd.Set("ETag", `"`+version+"-"+enc.token+`"`)
		}
		http.ServeContent(w, r, path.Base(name), st.ModTime(), f)
		return
	}
	f, err := root.Open(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	if version != "" {
		hd.Set("ETag", `"`+version+`"`)
	}
	http.ServeContent(w, r, path.Base(name), orig.ModTime(), f)
}

// regularFile stats name inside root and refuses anything but a regular file.
func regularFile(root *os.Root, name string) (fs.FileInfo, error) {
	st, err := root.Lstat(name)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	return st, nil
}

func acceptsEncoding(header, token string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), token) {
			continue
		}
		q, ok := strings.CutPrefix(strings.TrimSpace(params), "q=")
		if !ok {
			return true
		}
		v, err := strconv.ParseFloat(q, 64)
		return err == nil && v > 0
	}
	return false
}

// keepPathEscaped leaves every character that could matter to HTML percent-encoded in the path
// the app sees: go-app's prerender writes the path into og:url with strconv.Quote, which does
// not escape for HTML, so a decoded `"` would end the attribute and a decoded `&quot;` would be
// read as a quote. The app decodes the segments it reads itself and renders them as text.
func keepPathEscaped(r *http.Request) *http.Request {
	if pathIsPlain(r.URL.Path) {
		return r
	}
	u := *r.URL
	u.Path = escapePath(u.Path)
	u.RawPath = ""
	r2 := r.Clone(r.Context())
	r2.URL = &u
	return r2
}

// pathIsPlain reports whether p holds only characters that need no escaping in an attribute.
func pathIsPlain(p string) bool {
	for i := 0; i < len(p); i++ {
		if !pathByteOK(p[i]) {
			return false
		}
	}
	return true
}

func pathByteOK(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		strings.IndexByte("/-._~!$()*+,;=:@", c) >= 0
}

// escapePath percent-encodes every byte of p that pathIsPlain refuses, '%' included, so the
// result decodes back to p.
func escapePath(p string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if pathByteOK(c) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}
