package site

import (
	"fmt"
	"regexp"
)

// wasmFetch is go-app's call that downloads app.wasm in its app.js (v10.1.11): the response goes
// through fetchWithProgress, which copies the body into a JavaScript ReadableStream, one chunk
// at a time on the main thread, to report the percentage downloaded.
var wasmFetch = regexp.MustCompile(`fetchWithProgress\(("[^"]*"), showProgress\)`)

// DirectWasmFetch rewrites go-app's app.js so that WebAssembly.instantiateStreaming gets the
// fetch's own response. Pumping the 2 MB download through a JavaScript stream kept the main
// thread busy for 130–165 ms at 4× CPU throttling (Lighthouse's phone preset) in one task just
// before the wasm starts, blocking time that a native response does not have; the loading note
// loses its percentage (LoadingLabel has none). It fails when go-app's app.js no longer has the
// call exactly once, so that an upgrade of go-app cannot drop the change silently.
func DirectWasmFetch(js []byte) ([]byte, error) {
	if n := len(wasmFetch.FindAllIndex(js, -1)); n != 1 {
		return nil, fmt.Errorf("go-app's app.js: found %d calls of fetchWithProgress(url, showProgress), want 1", n)
	}
	return wasmFetch.ReplaceAll(js, []byte(`fetch($1)`)), nil
}
