//go:build !wasm

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	ui "parallax/app"
	"parallax/internal/corpusdata"
	"parallax/internal/site"
)

// config is the command line.
type config struct {
	corpus, out, base, web, domain string
	brotli                         int
	// dataOnly writes the corpus data into web/data/ and nothing else.
	dataOnly bool
	// strict makes any ingestion problem fail the build; catalog, when set, is where the
	// metadata found is written as a catalog for review.
	strict  bool
	catalog string
	// exclude lists glob patterns of files not to read (ingest.Options.Exclude).
	exclude []string
	// encoder is the folder of the sentence encoder's model (corpus/encoder.Load); "" builds
	// without embeddings. encoderCache is the folder of its cache (see cachedEncoder); "" for none.
	encoder, encoderCache string
	// report receives ingestion's report (os.Stderr when nil).
	report io.Writer
	// data, when set, is used instead of ingesting corpus: tests build sites from articles
	// they altered after ingestion.
	data []byte
}

// marker is written into every output folder so that a later build may replace it; a folder
// without it is refused rather than deleted, whatever -out says.
const marker = ".parallax-dist"

// versionPlaceholder stands for the version while the site is generated: the version is a hash
// of the generated files themselves, so it can only be known afterwards (see stampVersion).
const versionPlaceholder = "parallax-version-placeholder"

var domainRE = regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?$`)

// build writes the site and returns a one-line summary.
func build(c config) (string, error) {
	base, err := site.NormalizeBase(c.base)
	if err != nil {
		return "", err
	}
	if c.domain != "" && !domainRE.MatchString(c.domain) {
		return "", fmt.Errorf("-domain %q: want a host name such as example.org, without scheme or path", c.domain)
	}
	if c.brotli < 0 || c.brotli > 11 {
		return "", fmt.Errorf("-brotli %d: want 0 to 11", c.brotli)
	}
	wasm, err := os.Stat(filepath.Join(c.web, "app.wasm"))
	if err != nil {
		return "", fmt.Errorf("no app.wasm in %s: build it first with `make wasm`: %w", c.web, err)
	}
	data, _, err := readCorpus(c)
	if err != nil {
		return "", err
	}
	// The pages are prerendered by this process, from the same data the browser will fetch.
	if err := ui.SetData(data); err != nil {
		return "", err
	}
	pages, err := pagePaths()
	if err != nil {
		return "", err
	}
	if err := prepareOut(c.out); err != nil {
		return "", err
	}
	if err := copyWeb(c.web, filepath.Join(c.out, "web")); err != nil {
		return "", err
	}
	opts, err := writeDataFiles(filepath.Join(c.out, "web"), data)
	if err != nil {
		return "", err
	}

	ui.Routes()
	ui.PreloadLibrary(opts.Library)
	opts.Version, opts.Base, opts.Domain, opts.WasmSize = versionPlaceholder, base, c.domain, wasm.Size()
	h := site.Handler(opts)
	if err := app.GenerateStaticWebsite(c.out, h, pages...); err != nil {
		return "", fmt.Errorf("generating pages into %s: %w", c.out, err)
	}
	manifest, err := site.Manifest(base)
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(c.out, "manifest.webmanifest"), manifest, 0o644); err != nil {
		return "", fmt.Errorf("writing the manifest: %w", err)
	}
	if err := writeHeaders(c.out, base); err != nil {
		return "", err
	}
	if err := fixPages(c.out, base, pages, c.domain != ""); err != nil {
		return "", err
	}
	// A static host answers a path it has no file for with 404.html: the shell, from which the
	// wasm routes window.location (a comparison link, which is never prerendered, a mistyped
	// ID). Hosts that read _redirects (Netlify, Cloudflare Pages) answer comparisons with it
	// and status 200, which link previews need.
	if err := copyFile(filepath.Join(c.out, "index.html"), filepath.Join(c.out, "404.html")); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(c.out, "_redirects"), []byte(redirects(base)), 0o644); err != nil {
		return "", fmt.Errorf("writing _redirects: %w", err)
	}
	version, err := stampVersion(c.out)
	if err != nil {
		return "", err
	}
	n, err := site.PrecompressTree(c.out, c.brotli)
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(c.out, marker), []byte(version+"\n"), 0o644); err != nil {
		return "", err
	}
	return fmt.Sprintf("%s: Parallax %s at %s, %d pages, %d precompressed files", c.out, version, base, len(pages)+1, n), nil
}

// pagePaths lists every page to prerender beyond go-app's plain routes: each article, and the
// comparison picker, whose route is a regular expression go-app does not enumerate. Pairs of
// articles are never prerendered: n articles make n×(n−1) of them, five million at 2,230; the
// app shell (404.html, _redirects) routes a comparison link in the browser instead.
func pagePaths() ([]string, error) {
	c, err := ui.Corpus()
	if err != nil {
		return nil, err
	}
	pages := []string{"/", "/search", "/timeline", "/compare"}
	for _, a := range c.Articles {
		pages = append(pages, "/read/"+url.PathEscape(a.ID))
	}
	return pages, nil
}

// redirects is the _redirects file of Netlify and Cloudflare Pages: comparison links, which have
// no file, get the app shell with status 200. Other unknown paths get 404.html with status 404
// from the host itself.
func redirects(base string) string {
	return "# Parallax: comparisons are routed by the app, from its shell.\n" +
		base + "compare/*  " + base + "404.html  200\n"
}

// prepareOut empties out, refusing a non-empty folder that an earlier build did not write.
func prepareOut(out string) error {
	entries, err := os.ReadDir(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return os.MkdirAll(out, 0o755)
	case err != nil:
		return fmt.Errorf("reading %s: %w", out, err)
	case len(entries) == 0:
		return nil
	}
	if _, err := os.Stat(filepath.Join(out, marker)); err != nil {
		return fmt.Errorf("%s is not empty and was not written by this command (no %s): refusing to replace it", out, marker)
	}
	for _, e := range entries {
		if err := os.RemoveAll(filepath.Join(out, e.Name())); err != nil {
			return fmt.Errorf("emptying %s: %w", out, err)
		}
	}
	return nil
}

// copyWeb copies the web/ folder, without its precompressed siblings, which are written again
// for every file of the site so that none is stale, and without the local server's corpus data
// (web/data/), which the site gets from -corpus.
func copyWeb(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("copying %s: %w", src, err)
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		switch {
		case d.IsDir() && rel == site.DataDir:
			return filepath.SkipDir
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case site.IsPrecompressed(path), !d.Type().IsRegular():
			return nil
		}
		return copyFile(path, target)
	})
}

func copyFile(src, dst string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return fmt.Errorf("copying: %w", err)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		return fmt.Errorf("copying %s: %w", src, err)
	}
	return nil
}

// stampVersion derives the version from every generated file, with the placeholder still in
// place, and writes it over the placeholder. The hash covers the wasm (and the corpus index
// inside it), the pages, the styles, icons, manifest and worker: any change to what a reader
// gets is a new version; an identical build is the same version.
func stampVersion(out string) (string, error) {
	var files []string
	err := filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		return "", fmt.Errorf("hashing %s: %w", out, err)
	}
	sort.Strings(files)
	h := sha256.New()
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			return "", fmt.Errorf("hashing: %w", err)
		}
		rel, _ := filepath.Rel(out, name)
		fmt.Fprintf(h, "%s\x00%d\x00", filepath.ToSlash(rel), len(data))
		h.Write(data)
	}
	version := hex.EncodeToString(h.Sum(nil))[:16]
	stamped := 0
	for _, name := range files {
		switch filepath.Ext(name) {
		case ".js", ".html":
		default:
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return "", fmt.Errorf("stamping the version: %w", err)
		}
		if !strings.Contains(string(data), versionPlaceholder) {
			continue
		}
		stamped++
		data = []byte(strings.ReplaceAll(string(data), versionPlaceholder, version))
		if err := os.WriteFile(name, data, 0o644); err != nil {
			return "", fmt.Errorf("stamping the version: %w", err)
		}
	}
	if stamped < 2 {
		return "", fmt.Errorf("stamping the version: found the placeholder in %d files, want app.js and app-worker.js", stamped)
	}
	return version, nil
}

// buildData writes the corpus data file into the web folder, for the local server (make run).
func buildData(c config) (string, error) {
	data, n, err := readCorpus(c)
	if err != nil {
		return "", err
	}
	opts, err := writeDataFiles(c.web, data)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s: %d articles, %d bytes (%s: %d bytes), from %s", strings.TrimPrefix(opts.Data, "/web/"), n, opts.DataSize,
		strings.TrimPrefix(opts.Library, "/web/"), opts.LibrarySize, c.corpus), nil
}

// catalogOnly ingests the corpus and writes what was found as a catalog, and nothing else.
func catalogOnly(c config) (string, error) {
	_, n, err := readCorpus(c)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s: %d catalog entries, from %s (no site or data file written)", c.catalog, n, c.corpus), nil
}

// writeDataFiles writes the data file and the library file derived from it into the web folder
// and returns the handler options that name both.
func writeDataFiles(web string, data []byte) (site.Options, error) {
	dataPath, err := site.WriteData(web, data)
	if err != nil {
		return site.Options{}, err
	}
	lib, err := corpusdata.Library(data)
	if err != nil {
		return site.Options{}, err
	}
	libPath, err := site.WriteLibrary(web, lib)
	if err != nil {
		return site.Options{}, err
	}
	return site.Options{Data: dataPath, DataSize: int64(len(data)), Library: libPath, LibrarySize: int64(len(lib))}, nil
}
