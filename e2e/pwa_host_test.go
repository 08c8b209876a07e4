package e2e

import (
	"net"
	"net/http"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// The static-site tests build dist/ with the generator in build/ and serve it the way a static
// host does, from a plain file server in the test process.

// buildSite writes the static site of the fixture corpus for the web/ folder webDir (with
// app.wasm) into a new temporary folder, hosted under base, and returns the folder and the
// build's version.
func buildSite(t *testing.T, webDir, base string) (dir, version string) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "dist")
	// A quick brotli level: these tests read the pages, not the compressed siblings.
	cmd := exec.Command(generatorPath, "-corpus", fixtureDir, "-out", dir, "-base", base, "-web", webDir, "-brotli", "1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the static site: %v\n%s", err, out)
	}
	v, err := os.ReadFile(filepath.Join(dir, ".parallax-dist"))
	if err != nil {
		t.Fatalf("reading the build's version: %v", err)
	}
	return dir, strings.TrimSpace(string(v))
}

// staticHost serves a folder under a base path like GitHub Pages or Netlify: an existing file,
// else the same path with ".html", else 404.html with status 404. The folder can be swapped
// (a deploy) while it runs, and Stop really closes the listener.
type staticHost struct {
	URL  string // e.g. "http://127.0.0.1:41234"
	base string
	dir  atomic.Value // string
	srv  *http.Server
	done chan struct{}
}

func startStaticHost(t *testing.T, base, dir string) *staticHost {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	h := &staticHost{URL: "http://" + ln.Addr().String(), base: base, done: make(chan struct{})}
	h.dir.Store(dir)
	h.srv = &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		defer close(h.done)
		h.srv.Serve(ln)
	}()
	t.Cleanup(h.Stop)
	return h
}

// Deploy replaces the served folder, as uploading a new build to the host does.
func (h *staticHost) Deploy(dir string) { h.dir.Store(dir) }

// Stop closes the listener and every connection: from now on the host refuses connections.
func (h *staticHost) Stop() {
	h.srv.Close()
	<-h.done
}

func (h *staticHost) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	dir := h.dir.Load().(string)
	rel, ok := strings.CutPrefix(r.URL.Path, h.base)
	if !ok && r.URL.Path+"/" != h.base {
		h.notFound(w, dir)
		return
	}
	rel = "/" + rel
	name := filepath.Join(dir, filepath.FromSlash(path.Clean(rel)))
	if st, err := os.Stat(name); err == nil && (st.Mode().IsRegular() || st.IsDir() && strings.HasSuffix(rel, "/")) {
		r2 := *r
		u := *r.URL
		u.Path = rel
		r2.URL = &u
		http.FileServer(http.Dir(dir)).ServeHTTP(w, &r2)
		return
	}
	if st, err := os.Stat(name + ".html"); err == nil && st.Mode().IsRegular() {
		http.ServeFile(w, r, name+".html")
		return
	}
	h.notFound(w, dir)
}

func (h *staticHost) notFound(w http.ResponseWriter, dir string) {
	page, err := os.ReadFile(filepath.Join(dir, "404.html"))
	if err != nil {
		http.NotFound(w, nil)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	w.Write(page)
}
