package e2e

import (
	"bufio"
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parallax/internal/fixture"
)

// TestWasmHoldsNoCorpus checks that app.wasm holds code only: no line of any article of the
// default corpus folder or of the test fixture is in it, so its size does not depend on the
// corpus, which the app fetches as a data file.
func TestWasmHoldsNoCorpus(t *testing.T) {
	wasm, err := os.ReadFile(filepath.Join(buildDir, "web", "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, fsys := range []fs.FS{fixture.Seed(), os.DirFS(filepath.Join(root, "corpus"))} {
		files, _ := fs.Glob(fsys, "articles/*.txt")
		for _, f := range files {
			data, err := fs.ReadFile(fsys, f)
			if err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(bytes.NewReader(data))
			sc.Buffer(nil, 1<<20)
			for sc.Scan() {
				// Long lines only: short ones ("Share", "ADVERTISEMENT") may well be code's strings.
				line := strings.TrimSpace(sc.Text())
				if len(line) < 60 {
					continue
				}
				checked++
				if bytes.Contains(wasm, []byte(line[:60])) {
					t.Errorf("app.wasm holds article text from %s: %q", f, line[:60])
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no article line checked")
	}
}
