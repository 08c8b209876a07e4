// Command mksynth writes a synthetic corpus folder for measurements: a copy of a corpus folder
// grown with generated articles (package synthfolder) to a given total.
//
// Usage: go run ./internal/synthfolder/mksynth -from corpus -n 10000 -out /tmp/synth10000
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"

	"parallax/internal/synthfolder"
)

func main() {
	from := flag.String("from", "corpus", "the corpus folder to start from (catalog.json and articles/)")
	n := flag.Int("n", 2000, "articles in the result, the starting ones included")
	out := flag.String("out", "", "the folder to write (must not exist)")
	flag.Parse()
	if err := run(*from, *out, *n); err != nil {
		fmt.Fprintln(os.Stderr, "mksynth:", err)
		os.Exit(1)
	}
}

func run(from, out string, n int) error {
	if out == "" {
		return fmt.Errorf("-out is required")
	}
	if _, err := os.Stat(out); err == nil {
		return fmt.Errorf("%s exists: refusing to write into it", out)
	}
	src := os.DirFS(from)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, name := range []string{"catalog.json", "articles"} {
		sub := src
		if name == "articles" {
			var err error
			if sub, err = fs.Sub(src, name); err != nil {
				return err
			}
			if err := synthfolder.Copy(out+"/articles", sub); err != nil {
				return err
			}
			continue
		}
		data, err := fs.ReadFile(src, name)
		if err != nil {
			return err
		}
		if err := os.WriteFile(out+"/"+name, data, 0o644); err != nil {
			return err
		}
	}
	have, err := fs.Glob(os.DirFS(out), "articles/*.txt")
	if err != nil {
		return err
	}
	if add := n - len(have); add > 0 {
		return synthfolder.Add(out, add)
	}
	return nil
}
