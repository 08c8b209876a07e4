// Package site configures the go-app handler that serves Parallax and the HTTP layer around it,
// shared by the local server (main.go) and the static-site generator (build/).
package site

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Name and Description present the product in the manifest, page titles and link previews.
const (
	Name        = "Parallax"
	ShortName   = "Parallax"
	Description = "Search, compare and follow news coverage in time — offline, in your browser."
	ThemeColor  = "#1d3b5c"
	Background  = "#fbf7ee"
)

// Stylesheets lists the app's styles in cascade order: the shell first, then one per view.
var Stylesheets = []string{
	"/web/css/base.css",
	"/web/css/search.css",
	"/web/css/compare.css",
	"/web/css/timeline.css",
	"/web/css/library.css",
	"/web/css/pwa.css",
	"/web/css/features.css",
	"/web/css/print.css",
}

// CSP is the Content-Security-Policy. go-app's bootstrap needs 'wasm-unsafe-eval' to compile the
// wasm and inline styles for go-app's .Style(); nothing else is loosened, and nothing may load from
// another origin.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; " +
	"base-uri 'self'; form-action 'self'"

// Options are what differs between serving locally and generating a static site.
type Options struct {
	// Version identifies the build; see Version. Clients update when it changes.
	Version string
	// Base is the sub-path the site is hosted under, "/" or "" for the domain root (see
	// NormalizeBase). Only the static-site generator sets it: it makes the handler resolve
	// every link and resource under the sub-path, which the local server cannot serve.
	Base string
	// Domain is the host the site is published at, e.g. "example.org", for link previews
	// (og:url, og:image). Empty when unknown; the generator then leaves those tags out.
	Domain string
	// WasmSize is app.wasm's uncompressed size, for the loading progress: a host that sends it
	// compressed reports the compressed length, and the progress would overshoot 100%.
	WasmSize int64
	// Data is the path of the corpus data file under web/, e.g. "/web/data/corpus.0123abcd.bin"
	// (see DataFile), and DataSize its length in bytes. The app fetches it at start and the
	// worker precaches it. Empty when the site has no corpus: the views then say so.
	Data     string
	DataSize int64
	// Library is the path of the library file under web/ (see LibraryFile), LibrarySize its
	// length: the app fetches it first, and the worker precaches it. Empty when the site has
	// none: the app then waits for the data file on every page.
	Library     string
	LibrarySize int64
	// Resources resolves static paths; nil means the local web/ folder at the domain root, or
	// Base when it is a sub-path.
	Resources app.ResourceResolver
}

// Handler returns the go-app handler with Parallax's manifest, icons, styles, policy and
// offline-capable service worker.
func Handler(o Options) *app.Handler {
	base, err := NormalizeBase(o.Base)
	if err != nil {
		base = "/" // the generator validates Base first; the local server never sets it
	}
	res := o.Resources
	if res == nil && base != "/" {
		res = prefixResolver{base}
	}
	var image, wasmSize string
	if o.Domain != "" {
		image = Icons.Large // a bare "https://" otherwise
	}
	if o.WasmSize > 0 {
		wasmSize = fmt.Sprint(o.WasmSize)
	}
	cacheable := []string{Icons.SVG}
	env := map[string]string{}
	// Each data file is precached by the worker and named to the app, under the base path.
	for _, f := range []struct {
		file, nameVar, sizeVar string
		size                   int64
	}{{o.Data, EnvData, EnvDataSize, o.DataSize}, {o.Library, EnvLibrary, EnvLibrarySize, o.LibrarySize}} {
		if f.file == "" {
			continue
		}
		cacheable = append(cacheable, f.file)
		url := f.file
		if base != "/" {
			url = prefixResolver{base}.Resolve(url)
		}
		env[f.nameVar] = url
		if f.size > 0 {
			env[f.sizeVar] = fmt.Sprint(f.size)
		}
	}
	return &app.Handler{
		Name:            Name,
		ShortName:       ShortName,
		Title:           Name,
		Description:     Description,
		Lang:            "en",
		ThemeColor:      ThemeColor,
		BackgroundColor: Background,
		LoadingLabel:    "Loading Parallax… {progress}%",
		Domain:          o.Domain,
		Image:           image,
		Icon: app.Icon{
			Default:  Icons.Default,
			Large:    Icons.Large,
			Maskable: Icons.Maskable,
			SVG:      Icons.SVG,
		},
		Styles: Stylesheets,
		// go-app precaches the PNG icons but not the SVG one, which the header shows; the corpus
		// data file and the library file must be there offline too.
		CacheableResources:    cacheable,
		Env:                   env,
		RawHeaders:            []string{CSPMeta},
		Version:               o.Version,
		Resources:             res,
		WasmContentLength:     wasmSize,
		ServiceWorkerTemplate: WorkerJS(base),
	}
}

// CSPMeta is the policy as a <meta> element, for static hosts that cannot send the header.
const CSPMeta = `<meta http-equiv="Content-Security-Policy" content="` + CSP + `">`

// Version derives a build version from the content of the files under webDir that the app
// loads, so that a new build updates installed clients and an unchanged one does not.
func Version(webDir string) (string, error) {
	var files []string
	err := filepath.WalkDir(webDir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch filepath.Ext(path) {
		case ".br", ".gz":
			return nil // derived from their originals
		}
		if !d.IsDir() {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("hashing %s: %w", webDir, err)
	}
	sort.Strings(files)
	h := sha256.New()
	// The worker, the policy and the manifest are served from Go code, not web/: a change to
	// them must reach installed clients too.
	manifest, err := Manifest("/")
	if err != nil {
		return "", err
	}
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00", WorkerJS("/"), CSP, manifest)
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return "", fmt.Errorf("hashing %s: %w", name, err)
		}
		rel, _ := filepath.Rel(webDir, name)
		fmt.Fprintf(h, "%s\x00", filepath.ToSlash(rel))
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", fmt.Errorf("hashing %s: %w", name, err)
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}
