//go:build !wasm

package app

// LoadData does nothing outside the browser: the server and the static-site generator call
// SetData with the corpus they read from disk.
func LoadData() {}

// afterFrame returns at once outside the browser, where nothing is painted.
func afterFrame() {}

// yieldTask returns at once outside the browser.
func yieldTask() {}
