//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

// minCompressSize is the smallest file worth a compressed sibling: below about one network
// packet, compression saves no round trip.
const minCompressSize = 1400

// compressible are the extensions of text and wasm files; images are compressed already.
var compressible = map[string]bool{
	".html": true, ".js": true, ".css": true, ".wasm": true, ".svg": true,
	".webmanifest": true, ".json": true, ".txt": true, ".xml": true,
}

func isCompressed(name string) bool {
	switch filepath.Ext(name) {
	case ".br", ".gz":
		return true
	}
	return false
}

// precompressTree writes .br and .gz siblings of the large compressible files under dir, for
// hosts that serve them with Content-Encoding (and to read off the transfer size). A sibling
// that is not smaller than its original is not written. It returns how many files got one.
func precompressTree(dir string, brotliQuality int) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.Type().IsRegular() || !compressible[filepath.Ext(path)] {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if len(data) < minCompressSize {
			return nil
		}
		wrote := false
		for _, enc := range []struct {
			ext string
			new func(io.Writer) io.WriteCloser
		}{
			{".br", func(w io.Writer) io.WriteCloser { return brotli.NewWriterLevel(w, brotliQuality) }},
			{".gz", func(w io.Writer) io.WriteCloser { zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression); return zw }},
		} {
			var buf bytes.Buffer
			zw := enc.new(&buf)
			if _, err := zw.Write(data); err != nil {
				return fmt.Errorf("compressing %s: %w", path, err)
			}
			if err := zw.Close(); err != nil {
				return fmt.Errorf("compressing %s: %w", path, err)
			}
			if buf.Len() >= len(data) {
				continue
			}
			if err := os.WriteFile(path+enc.ext, buf.Bytes(), 0o644); err != nil {
				return fmt.Errorf("writing %s%s: %w", path, enc.ext, err)
			}
			wrote = true
		}
		if wrote {
			n++
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("precompressing %s: %w", dir, err)
	}
	return n, nil
}
