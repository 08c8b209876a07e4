//go:build !wasm

package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestWasmImportsNoBuildTimeCode checks that app.wasm's import graph holds none of the code that
// only the build needs: ingestion and its HTML extraction, YAML, the data-file builder. They
// would make the wasm bigger for every reader and do nothing in the browser.
func TestWasmImportsNoBuildTimeCode(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	cmd := exec.Command("go", "list", "-deps", ".")
	cmd.Env = append(cmd.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 10 {
		t.Fatalf("go list listed %d packages: %q", len(deps), deps)
	}
	banned := []string{
		"parallax/corpus/ingest", "parallax/internal/corpusdata", "parallax/build",
		"github.com/markusmobius/", "go.yaml.in/yaml", "golang.org/x/net/html",
		"github.com/andybalholm/brotli", "github.com/chromedp/",
		// The sentence encoder reads 28 MB of weights at build time; the app reads its output.
		"parallax/corpus/encoder",
		// corpus/search folds through a table generated from it (fold_table.go): norm's code and
		// tables would add about 117 KB to the wasm for the few thousand runes a search folds.
		"golang.org/x/text/unicode/norm",
	}
	for _, d := range deps {
		for _, b := range banned {
			if strings.HasPrefix(d, b) {
				t.Errorf("app.wasm imports %s, which only the build needs", d)
			}
		}
		// A library that imports these outside its tests drags a test runner into the wasm (the
		// stemmer kljensen/snowball did, through snowball/romance).
		if d == "testing" || d == "flag" {
			t.Errorf("app.wasm imports %s", d)
		}
	}
}
