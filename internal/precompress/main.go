// Command precompress writes .gz and .br siblings of the files it is given, for servers and static
// hosts that send precompressed assets with a Content-Encoding header.
//
// Usage: go run ./internal/precompress FILE...
package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"

	"github.com/andybalholm/brotli"
)

func main() {
	for _, name := range os.Args[1:] {
		if err := compress(name); err != nil {
			fmt.Fprintln(os.Stderr, "precompress:", err)
			os.Exit(1)
		}
	}
}

func compress(name string) error {
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
		return brotli.NewWriterLevel(w, brotli.BestCompression), nil
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
