package main

import (
	"fmt"
	"os"
	"path/filepath"

	"parallax/internal/site"
)

// sizes of one app.wasm, in bytes.
type sizes struct{ raw, gzip, brotli int64 }

// precompress writes .br (quality 11) and .gz siblings, as Parallax's build does.
func precompress(dir string) (int, error) { return site.PrecompressTree(dir, 11) }

// wasmSizes reads the sizes of a site's web/app.wasm and its precompressed siblings.
func wasmSizes(dist string) (sizes, error) {
	var s sizes
	for _, f := range []struct {
		ext string
		dst *int64
	}{{"", &s.raw}, {".gz", &s.gzip}, {".br", &s.brotli}} {
		st, err := os.Stat(filepath.Join(dist, "web", "app.wasm"+f.ext))
		if err != nil {
			return s, fmt.Errorf("wasm size: %w", err)
		}
		*f.dst = st.Size()
	}
	return s, nil
}
