//go:build wasm

package main

// generate does nothing in the browser; it keeps the generator out of app.wasm.
func generate() {}
