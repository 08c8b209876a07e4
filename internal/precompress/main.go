// Command precompress writes .gz and .br siblings of the files it is given, for servers and static
// hosts that send precompressed assets with a Content-Encoding header.
//
// Usage: go run ./internal/precompress [-brotli Q] FILE...
//
// Brotli's best quality (11, the default) takes about a minute on app.wasm on a small machine and
// gains a few percent over quality 5, which takes seconds: `make run` uses a fast one, since the
// local server sends over the loopback; `make dist` compresses every file of the site again at
// the best one.
package main

import (
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/andybalholm/brotli"
)

func main() {
	quality := flag.Int("brotli", brotli.BestCompression, "brotli quality, 0 (fastest) to 11 (smallest)")
	flag.Parse()
	if *quality < brotli.BestSpeed || *quality > brotli.BestCompression {
		fmt.Fprintf(os.Stderr, "precompress: -brotli %d: want 0 to 11\n", *quality)
		os.Exit(2)
	}
	for _, name := range flag.Args() {
		if err := compress(name, *quality); err != nil {
			fmt.Fprintln(os.Stderr, "precompress:", err)
			os.Exit(1)
		}
	}
}

func compress(name string, quality int) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	gz, err := write(name+".gz", func(w io.Writer) (io.WriteCloser, error) {
		return gzip.NewWriterLevel(w, gzip.BestCompression)
	}, data)
	if err != nil {
		return err
	}
	br, err := write(name+".br", func(w io.Writer) (io.WriteCloser, error) {
		return brotli.NewWriterLevel(w, quality), nil
	}, data)
	if err != nil {
		return err
	}
	fmt.Printf("%s: %d bytes, gzip %d, brotli %d\n", name, len(data), gz, br)
	return nil
}

// write compresses data into a temporary file and renames it into place, so that a server never
// sends a half-written sibling.
func write(name string, newWriter func(io.Writer) (io.WriteCloser, error), data []byte) (int64, error) {
	tmp := name + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return 0, err
	}
	defer os.Remove(tmp)
	zw, err := newWriter(f)
	if err != nil {
		f.Close()
		return 0, err
	}
	if _, err := zw.Write(data); err != nil {
		f.Close()
		return 0, fmt.Errorf("compressing %s: %w", name, err)
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return 0, fmt.Errorf("compressing %s: %w", name, err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return 0, err
	}
	if err := f.Close(); err != nil {
		return 0, err
	}
	return st.Size(), os.Rename(tmp, name)
}
