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
	// Resources resolves static paths; nil means the local web/ folder at the domain root.
	Resources app.ResourceResolver
}

// Handler returns the go-app handler with Parallax's manifest, icons, styles and policy.
func Handler(o Options) *app.Handler {
	return &app.Handler{
		Name:            Name,
		ShortName:       ShortName,
		Title:           Name,
		Description:     Description,
		Lang:            "en",
		ThemeColor:      ThemeColor,
		BackgroundColor: Background,
		LoadingLabel:    "Loading Parallax… {progress}%",
		Icon: app.Icon{
			Default:  "/web/icons/icon-192.png",
			Large:    "/web/icons/icon-512.png",
			Maskable: "/web/icons/maskable-512.png",
			SVG:      "/web/icons/icon.svg",
		},
		Styles:     Stylesheets,
		RawHeaders: []string{`<meta http-equiv="Content-Security-Policy" content="` + CSP + `">`},
		Version:    o.Version,
		Resources:  o.Resources,
	}
}

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
