package site

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/andybalholm/brotli"
)

// minCompressSize is the smallest file worth a compressed sibling: below about one network
// packet, compression saves no round trip.
const minCompressSize = 1400

// compressible are the extensions of text and wasm files; images are compressed already.
var compressible = map[string]bool{
	".html": true, ".js": true, ".css": true, ".wasm": true, ".svg": true,
	".webmanifest": true, ".json": true, ".txt": true, ".xml": true,
	".bin": true, // the corpus data file: text and small numbers
}

// IsPrecompressed reports whether name is a precompressed sibling (.br, .gz).
func IsPrecompressed(name string) bool {
	switch filepath.Ext(name) {
	case ".br", ".gz":
		return true
	}
	return false
}

// Gzip compresses data at gzip's best level.
func Gzip(data []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(data); err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return buf.Bytes(), nil
}

// Brotli compresses data at the given quality, 0 (fastest) to 11 (smallest).
func Brotli(data []byte, quality int) ([]byte, error) {
	var buf bytes.Buffer
	zw := brotli.NewWriterLevel(&buf, quality)
	if _, err := zw.Write(data); err != nil {
		return nil, fmt.Errorf("brotli: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("brotli: %w", err)
	}
	return buf.Bytes(), nil
}

// bigFile is the size above which a file is compressed at brotli quality fastQuality at most, and
// so is every page: quality 11 compresses about 0.17 MB/s on a 2-core machine, quality 9 about
// 1.4 MB/s for 12% more bytes (measured on a 10 MB corpus data file), and a site of 10,000
// articles has 170 MB of pages, each read once before the app takes over. The app's code and a
// corpus data file up to bigFile, which every reader downloads, get the quality asked for.
const (
	bigFile     = 4 << 20
	fastQuality = 9
)

// PrecompressTree writes .br and .gz siblings of the large compressible files under dir, for
// hosts that serve them with Content-Encoding (and to read off the transfer size). A sibling
// that is not smaller than its original is not written. Pages, and data files larger than 4 MiB,
// get brotli quality 9 at most; the app's code (.wasm, .js, .css) the quality asked for. The files are compressed in parallel, one per CPU. It returns how many
// files got a sibling.
func PrecompressTree(dir string, brotliQuality int) (int, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && compressible[filepath.Ext(path)] {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("precompressing %s: %w", dir, err)
	}
	var (
		mu    sync.Mutex
		n     int
		first error
		wg    sync.WaitGroup
		next  = make(chan string)
	)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for path := range next {
				wrote, err := precompressFile(path, brotliQuality)
				mu.Lock()
				if wrote {
					n++
				}
				if err != nil && first == nil {
					first = err
				}
				mu.Unlock()
			}
		}()
	}
	for _, f := range files {
		next <- f
	}
	close(next)
	wg.Wait()
	if first != nil {
		return 0, fmt.Errorf("precompressing %s: %w", dir, first)
	}
	return n, nil
}

// qualityFor is the brotli quality of a file of size bytes when q is asked for.
func qualityFor(path string, size, q int) int {
	switch ext := filepath.Ext(path); {
	case ext == ".wasm", ext == ".js", ext == ".css":
		// The app's code: every reader downloads it, whatever the corpus.
		return q
	case ext == ".html", size > bigFile:
		return min(q, fastQuality)
	}
	return q
}

// precompressFile writes the siblings of one file and reports whether it wrote any.
func precompressFile(path string, brotliQuality int) (bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	if len(data) < minCompressSize {
		return false, nil
	}
	brotliQuality = qualityFor(path, len(data), brotliQuality)
	wrote := false
	for _, enc := range []struct {
		ext      string
		compress func([]byte) ([]byte, error)
	}{
		{".br", func(b []byte) ([]byte, error) { return Brotli(b, brotliQuality) }},
		{".gz", Gzip},
	} {
		z, err := enc.compress(data)
		if err != nil {
			return false, fmt.Errorf("%s: %w", path, err)
		}
		if len(z) >= len(data) {
			continue
		}
		if err := os.WriteFile(path+enc.ext, z, 0o644); err != nil {
			return false, fmt.Errorf("writing %s%s: %w", path, enc.ext, err)
		}
		wrote = true
	}
	return wrote, nil
}
