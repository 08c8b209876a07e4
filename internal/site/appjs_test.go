package site

import (
	"net/http/httptest"
	"strings"
	"testing"
)

// TestServedAppJSFetchesWasmDirectly: go-app's app.js, under each name and path the local
// server answers it at, hands instantiateStreaming the fetch's own response (DirectWasmFetch).
func TestServedAppJSFetchesWasmDirectly(t *testing.T) {
	srv := Serve(Handler(Options{Version: "v1"}), webDir(t), nil)
	for _, path := range []string{"/app.js", "/goapp.js", "/v1/app.js"} {
		w := httptest.NewRecorder()
		srv.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
		js := w.Body.String()
		if w.Code != 200 {
			t.Fatalf("%s: status %d: %s", path, w.Code, js)
		}
		if !strings.Contains(js, `instantiateStreaming(`) || !strings.Contains(js, `fetch("/web/app.wasm")`) || strings.Contains(js, `fetchWithProgress("`) {
			t.Errorf("%s does not fetch the wasm directly:\n%s", path, js)
		}
		if !strings.HasPrefix(w.Header().Get("Content-Security-Policy"), CSP) {
			t.Errorf("%s: CSP header %q", path, w.Header().Get("Content-Security-Policy"))
		}
	}
	// A revalidation still gets go-app's 304.
	r := httptest.NewRequest("GET", "/app.js", nil)
	w := httptest.NewRecorder()
	srv.ServeHTTP(w, r)
	r.Header.Set("If-None-Match", w.Header().Get("ETag"))
	w = httptest.NewRecorder()
	srv.ServeHTTP(w, r)
	if w.Code != 304 {
		t.Errorf("revalidating app.js: status %d, want 304", w.Code)
	}
}

func TestDirectWasmFetch(t *testing.T) {
	tests := []struct {
		name, in, want string
		fails          bool
	}{
		{name: "go-app v10.1.11", in: "const wasm = await instantiateStreaming(\n      fetchWithProgress(\"/parallax/web/app.wasm\", showProgress),\n      go.importObject\n    );\nasync function fetchWithProgress(url, progess) {",
			want: "const wasm = await instantiateStreaming(\n      fetch(\"/parallax/web/app.wasm\"),\n      go.importObject\n    );\nasync function fetchWithProgress(url, progess) {"},
		{name: "call changed", in: `instantiateStreaming(fetchWithProgress("/web/app.wasm", onProgress), go.importObject)`, fails: true},
		{name: "no call", in: `instantiateStreaming(fetch("/web/app.wasm"), go.importObject)`, fails: true},
		{name: "two calls", in: `fetchWithProgress("/a.wasm", showProgress); fetchWithProgress("/b.wasm", showProgress)`, fails: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DirectWasmFetch([]byte(tt.in))
			if tt.fails {
				if err == nil {
					t.Fatalf("DirectWasmFetch(%q) = %q, want an error", tt.in, got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("DirectWasmFetch:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
