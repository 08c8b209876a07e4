package site

import (
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Serve wraps the go-app handler for the local server: security headers on every response, and
// precompressed siblings (.br, .gz) of static files under /web/ when the browser accepts them.
func Serve(h http.Handler, webDir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", CSP+"; frame-ancestors 'none'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		if strings.HasPrefix(r.URL.Path, "/web/") && servePrecompressed(w, r, webDir) {
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
func servePrecompressed(w http.ResponseWriter, r *http.Request, webDir string) bool {
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
