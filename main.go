// Parallax is an offline corpus explorer for news coverage: a go-app progressive web app that
// searches, compares and dates the articles of a corpus, entirely in the browser.
//
// The same program runs twice: compiled to WebAssembly it is the app; compiled natively it serves
// the app at http://127.0.0.1:8000 (see server.go). The corpus is not compiled in: it is a data
// file beside app.wasm, which the app fetches and decodes before its first render, except on the
// library, which starts from a small library file of the articles' metadata while the data file
// loads in the background.
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	ui "parallax/app"
)

func main() {
	ui.Routes()
	if app.IsClient {
		// The prerendered page stays on screen meanwhile; pages then read the corpus synchronously,
		// or, on the library, the articles' metadata while their text loads (see LoadData).
		ui.LoadData()
	}
	app.RunWhenOnBrowser()
	serve()
}
