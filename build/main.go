//go:build !wasm

// Command build turns a corpus folder into Parallax's data file and writes Parallax as a static
// site that any static host can serve, at a domain root or under a sub-path: the corpus data file,
// prerendered pages for every fixed route and every article, a 404.html and a _redirects file
// from which the app routes any other deep link (a search, a comparison), the wasm, the manifest,
// the offline service worker, icons and precompressed siblings of large files.
//
// Usage (from the repository root, after `make wasm`):
//
//	go run ./build -corpus path/to/folder -out dist -base /parallax/ -domain example.org
//	go run ./build -corpus path/to/folder -data-only   # web/data/ only, for the local server
//	go run ./build -corpus path/to/folder -catalog found.json  # the catalog for review, nothing else
//	go run ./build -corpus path/to/folder -data-only -strict -exclude 'drafts/*'
//
// A corpus folder holds articles in any of the formats of package ingest, walked recursively,
// with an optional catalog.json; the default is the project's own, corpus/. Every problem of
// every file is reported on standard error; -strict makes any problem fail the build.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	var c config
	flag.StringVar(&c.corpus, "corpus", "corpus", "the folder of articles (.txt, .md, .html, .jsonl, .json, .csv; an optional catalog.json)")
	flag.BoolVar(&c.dataOnly, "data-only", false, "write the corpus data file into -web's data/ folder and stop (what the local server reads)")
	flag.StringVar(&c.out, "out", "dist", "output folder (replaced; must be empty or an earlier build)")
	flag.StringVar(&c.base, "base", "/", "sub-path the site is hosted under, e.g. /parallax/")
	flag.StringVar(&c.web, "web", "web", "the web/ folder with the built app.wasm")
	flag.StringVar(&c.domain, "domain", "", "host the site is published at, for link previews (e.g. example.org); omitted when empty")
	flag.BoolVar(&c.strict, "strict", false, "fail on any problem in the corpus (for CI) instead of reporting it and going on")
	flag.StringVar(&c.catalog, "catalog", "", "write the metadata found, with its provenance, as a catalog.json to this file for review; alone, nothing else is written (add -data-only or -out to build too)")
	flag.Func("exclude", "a glob of files or folders of -corpus not to read, e.g. 'drafts/*' or '*.bak' (repeatable; see also .parallaxignore)", func(g string) error {
		if strings.TrimSpace(g) == "" {
			return fmt.Errorf("empty pattern")
		}
		c.exclude = append(c.exclude, g)
		return nil
	})
	flag.IntVar(&c.brotli, "brotli", 11, "brotli quality 0-11 of the .br siblings")
	flag.StringVar(&c.encoder, "encoder", defaultEncoder, "the sentence encoder's model folder, which `make encoder` fetches; its embeddings let the comparison pair paraphrases (empty: build without)")
	flag.StringVar(&c.encoderCache, "encoder-cache", defaultEncoderCache, "folder of the embeddings the encoder computed, reused by the next build (empty: none)")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "build: unexpected arguments:", flag.Args())
		flag.Usage()
		os.Exit(2)
	}
	outSet := false
	flag.Visit(func(f *flag.Flag) { outSet = outSet || f.Name == "out" })
	var sum string
	var err error
	switch mode(c, outSet) {
	case modeCatalog:
		sum, err = catalogOnly(c)
	case modeData:
		sum, err = buildData(c)
	default:
		sum, err = build(c)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
	fmt.Println(sum)
}

// What a run of the command writes.
const (
	modeSite    = "site"    // the static site in -out (and the catalog when -catalog is given)
	modeData    = "data"    // the data file in -web's data/ (and the catalog when -catalog is given)
	modeCatalog = "catalog" // the catalog alone
)

// mode is what the flags ask for. -catalog on its own is a request for the catalog: writing
// web/data/ or dist/ as well would replace the site being served with the folder under review.
func mode(c config, outSet bool) string {
	switch {
	case c.catalog != "" && !c.dataOnly && !outSet:
		return modeCatalog
	case c.dataOnly:
		return modeData
	}
	return modeSite
}
