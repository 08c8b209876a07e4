// Parallax is an offline corpus explorer for news coverage: a go-app progressive web app that
// searches, compares and dates the articles of an embedded corpus, entirely in the browser.
//
// The same program runs twice: compiled to WebAssembly it is the app; compiled natively it serves
// the app at http://127.0.0.1:8000 (see server.go).
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	ui "parallax/app"
)

func main() {
	ui.Routes()
	app.RunWhenOnBrowser()
	serve()
}
