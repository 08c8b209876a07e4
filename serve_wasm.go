//go:build wasm

package main

// serve does nothing in the browser, where RunWhenOnBrowser never returns; it keeps the server's
// code and its dependencies out of app.wasm.
func serve() {}
