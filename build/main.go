//go:build !wasm

// Command build writes Parallax as a static site that any static host can serve, at a domain
// root or under a sub-path: prerendered pages for every fixed route, article and ordered pair of
// articles, a 404.html fallback from which the app routes any other deep link, the wasm, the
// manifest, the offline service worker, icons and precompressed siblings of large files.
//
// Usage (from the repository root, after `make wasm`):
//
//	go run ./build -out dist -base /parallax/ -domain example.org
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	var c config
	flag.StringVar(&c.out, "out", "dist", "output folder (replaced; must be empty or an earlier build)")
	flag.StringVar(&c.base, "base", "/", "sub-path the site is hosted under, e.g. /parallax/")
	flag.StringVar(&c.web, "web", "web", "the web/ folder with the built app.wasm")
	flag.StringVar(&c.domain, "domain", "", "host the site is published at, for link previews (e.g. example.org); omitted when empty")
	flag.IntVar(&c.brotli, "brotli", 11, "brotli quality 0-11 of the .br siblings")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "build: unexpected arguments:", flag.Args())
		flag.Usage()
		os.Exit(2)
	}
	sum, err := build(c)
	if err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
	fmt.Println(sum)
}
