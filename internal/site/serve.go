package site

import (
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Serve wraps the go-app handler for the local server: security headers on every response, the
// app's own manifest, and precompressed siblings (.br, .gz) of static files under /web/ when the
// browser accepts them.
//
// Caching: no file name carries a content hash, so every response is "no-cache" — the browser
// may keep it but revalidates it, and the ETag (the build version, which hashes web/) makes that
// a cheap 304. Repeat visits do not wait for the network at all: the service worker answers
// from its versioned cache.
func Serve(h *app.Handler, webDir string) http.Handler {
	manifest, err := Manifest("/")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", CSP+"; frame-ancestors 'none'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		r = keepPathEscaped(r)
		switch {
		case r.URL.Path == "/manifest.webmanifest" || r.URL.Path == "/manifest.json":
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			hd.Set("Content-Type", "application/manifest+json")
			hd.Set("Cache-Control", "no-cache")
			w.Write(manifest)
			return
		case strings.HasPrefix(r.URL.Path, "/web/") && servePrecompressed(w, r, webDir, h.Version):
			return
		}
		h.ServeHTTP(w, r)
	})
}

var contentTypes = map[string]string{
	".wasm": "application/wasm",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".svg":  "image/svg+xml",
	".json": "application/json",
}

// servePrecompressed serves name.br or name.gz for /web/name when one exists and the request
// accepts that encoding. It reports whether it answered.
func servePrecompressed(w http.ResponseWriter, r *http.Request, webDir, version string) bool {
	rel := strings.TrimPrefix(r.URL.Path, "/web/")
	if rel == "" || strings.Contains(rel, "..") {
		return false
	}
	name := filepath.Join(webDir, filepath.FromSlash(rel))
	accept := r.Header.Get("Accept-Encoding")
	for _, enc := range []struct{ ext, token string }{{".br", "br"}, {".gz", "gzip"}} {
		if !acceptsEncoding(accept, enc.token) {
			continue
		}
		f, err := os.Open(name + enc.ext)
		if err != nil {
			continue
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil {
			continue
		}
		orig, err := os.Stat(name)
		if err != nil || orig.ModTime().After(st.ModTime()) {
			continue // a stale sibling must not shadow a newer original
		}
		hd := w.Header()
		if ct, ok := contentTypes[filepath.Ext(name)]; ok {
			hd.Set("Content-Type", ct)
		}
		hd.Set("Content-Encoding", enc.token)
		hd.Add("Vary", "Accept-Encoding")
		hd.Set("Cache-Control", "no-cache")
		if version != "" {
			// One ETag per encoding: a cache must not answer a gzip request with brotli bytes.
			hd.Set("ETag", `"`+version+"-"+enc.token+`"`)
		}
		http.ServeContent(w, r, filepath.Base(name), st.ModTime(), f)
		return true
	}
	return false
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

// keepPathEscaped leaves characters that are markup or quotes percent-encoded in the path the
// app sees: go-app's prerender writes the path into og:url with strconv.Quote, which does not
// escape for HTML, so a decoded `"` in a link would end the attribute. The app decodes the
// segments it reads itself and renders them as text.
func keepPathEscaped(r *http.Request) *http.Request {
	if !strings.ContainsAny(r.URL.Path, "\"<>\\`'") {
		return r
	}
	u := *r.URL
	u.Path = strings.ReplaceAll(u.EscapedPath(), "'", "%27") // EscapedPath keeps sub-delimiters
	u.RawPath = ""
	r2 := r.Clone(r.Context())
	r2.URL = &u
	return r2
}
