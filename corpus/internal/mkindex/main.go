// Command mkindex writes index.bin, the corpus index embedded in the app, from catalog.json and
// articles/ in the current folder; go generate ./corpus runs it there.
package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"

	"parallax/corpus/index"
	"parallax/corpus/ingest"
	"parallax/corpus/timeline"
)

func main() {
	data, err := Build(os.DirFS("."))
	if err == nil {
		err = os.WriteFile("index.bin", data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "mkindex:", err)
		os.Exit(1)
	}
}

// Build ingests the corpus folder fsys, extracts each article's dates, and encodes the index.
func Build(fsys fs.FS) ([]byte, error) {
	arts, err := ingest.Corpus(fsys)
	if err != nil {
		return nil, err
	}
	for _, a := range arts {
		a.Dates = timeline.Extract(a)
	}
	var buf bytes.Buffer
	if err := index.Encode(&buf, arts); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
