//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// generate writes the floor app as a static site into -out, with go-app's defaults: the
// benchmark serves it exactly as it serves Parallax's dist/.
func generate() {
	out := flag.String("out", "floor-dist", "output folder")
	version := flag.String("version", "floor", "app version")
	flag.Parse()
	h := &app.Handler{
		Name:    "Floor",
		Title:   "Floor",
		Version: *version,
		// Local icons: go-app's default ones are remote, which the benchmark's closed network
		// would fail on and which the precache would wait for.
		Icon: app.Icon{Default: "/web/icon.png", Large: "/web/icon.png", SVG: "/web/icon.svg"},
	}
	if err := app.GenerateStaticWebsite(*out, h); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
}
