package site

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// secret marks every file planted outside web/: no response may contain it.
const secret = "PLANTED-SECRET-7f3a"

// repoTree lays out a repository-like folder, with web/ inside it and private files beside it,
// and returns the repository and web folders.
func repoTree(t *testing.T) (string, string) {
	t.Helper()
	root := t.TempDir()
	files := map[string]string{
		".git/config":        "[core] " + secret,
		"go.mod":             "module " + secret,
		"bin/parallax":       "ELF " + secret,
		"secret.txt":         secret,
		"web/app.wasm":       "raw wasm",
		"web/css/x.css":      "body{}",
		"web/.hidden":        secret,
		"web/css/.gitignore": secret,
	}
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Links inside web/ that lead out of it, to a file and to a folder.
	if err := os.Symlink(filepath.Join(root, "secret.txt"), filepath.Join(root, "web", "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(root, filepath.Join(root, "web", "up")); err != nil {
		t.Fatal(err)
	}
	return root, filepath.Join(root, "web")
}

// rawGet sends target exactly as written on the request line, as a hostile client can; Go's
// client would normalise some of these forms first.
func rawGet(t *testing.T, addr, target string) (int, string) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := io.WriteString(conn, "GET "+target+" HTTP/1.1\r\nHost: "+addr+"\r\nAccept-Encoding: br, gzip\r\nConnection: close\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// TestServeOnlyWebFiles probes the local server with every spelling of a path out of web/ and of
// a folder listing, with the server running in the repository folder as `make run` does.
func TestServeOnlyWebFiles(t *testing.T) {
	root, web := repoTree(t)
	t.Chdir(root) // go-app's default file handler is rooted at the working directory
	srv := httptest.NewServer(Serve(Handler(Options{Version: "v1"}), web, nil))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")

	probes := []string{
		"/web/../.git/config",
		"/web/../go.mod",
		"/web/../bin/parallax",
		"/web/../secret.txt",
		"/web/..%2f.git%2fconfig",
		"/web/..%2fgo.mod",
		"/web/..%2Fgo.mod",
		"/web/%2e%2e/go.mod",
		"/web/%2E%2E/bin/parallax",
		"/web/%2e%2e%2fgo.mod",
		"/web/.%2e/go.mod",
		"/web/%2e./go.mod",
		"/web/%252e%252e/go.mod",
		"/web/..%252fgo.mod",
		"/web/%252e%252e%252fgo.mod",
		`/web/..\go.mod`,
		`/web/..\..\go.mod`,
		"/web/..%5cgo.mod",
		"/web/%5c..%5cgo.mod",
		"/web/..%c0%afgo.mod",
		"/web/..%u2215go.mod",
		"/web/css/../../go.mod",
		"/web/css/..%2f..%2fgo.mod",
		"/web/./../go.mod",
		"/web//go.mod",
		"/web/%2fsecret.txt",
		"/web/" + root + "/secret.txt",
		"/web/%00../go.mod",
		"/web/app.wasm%00.css",
		"/web/..%00/go.mod",
		"/web/.hidden",
		"/web/css/.gitignore",
		"/web/link.txt",
		"/web/up/secret.txt",
		"/web/up/.git/config",
		"/v1/web/../go.mod",
		"/v1/web/..%2fgo.mod",
		"/web/../web/../go.mod",
		"http://" + addr + "/web/../go.mod",
		"/go.mod",
		"/.git/config",
		"/bin/parallax",
		"/secret.txt",
		"/../go.mod",
		"/%2e%2e/go.mod",
		"/robots.txt",
		"/app.wasm/../go.mod",
	}
	listings := []string{"/web/", "/web", "/web/css/", "/web/css", "/web/./", "/web/css/.", "/web/%2e/", "/web/up/", "/web/up"}
	for _, target := range append(probes, listings...) {
		status, body := rawGet(t, addr, target)
		if status < 400 {
			t.Errorf("GET %s: status %d, want a 4xx", target, status)
		}
		if strings.Contains(body, secret) {
			t.Errorf("GET %s: served a file outside web/: %.80q", target, body)
		}
		if strings.Contains(body, "x.css") || strings.Contains(body, "app.wasm") || strings.Contains(body, "<pre>") {
			t.Errorf("GET %s: listed a folder: %.80q", target, body)
		}
	}
	t.Logf("%d traversal probes, %d listing probes", len(probes), len(listings))

	// The files of web/ themselves are served.
	for target, want := range map[string]string{"/web/app.wasm": "raw wasm", "/web/css/x.css": "body{}"} {
		if status, body := rawGet(t, addr, target); status != 200 || body != want {
			t.Errorf("GET %s: %d %.40q, want 200 %q", target, status, body, want)
		}
	}
}
