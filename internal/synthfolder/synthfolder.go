// Package synthfolder adds synthetic articles to a corpus folder the way a user adds real ones
// (README, "Adding an article"): a raw text file in articles/, its hash in SHA256SUMS and an
// entry in catalog.json. Tests and benchmarks use it to grow any corpus, so that they hold for
// whatever the folder held before.
package synthfolder

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"parallax/corpus/ingest"
	"parallax/corpus/search/synth"
)

// Add writes n synthetic articles into the corpus folder dir, whose words are drawn from the
// articles already there (see package synth), with IDs "synthetic-NNNNN" and files
// "synthetic-NNNNN.txt". Their catalog entries say they are synthetic; their dates are unknown.
func Add(dir string, n int) error {
	seed, err := ingest.Corpus(os.DirFS(dir))
	if err != nil {
		return fmt.Errorf("reading %s: %w", dir, err)
	}
	catalogPath := filepath.Join(dir, ingest.CatalogFile)
	raw, err := os.ReadFile(catalogPath)
	if err != nil {
		return err
	}
	// Entries stay as they were written: only new ones are appended.
	var catalog []json.RawMessage
	if err := json.Unmarshal(raw, &catalog); err != nil {
		return fmt.Errorf("%s: %w", catalogPath, err)
	}
	sums, err := os.OpenFile(filepath.Join(dir, ingest.ArticlesDir, "SHA256SUMS"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	defer sums.Close()
	gen := synth.Generate(seed, len(seed)+n)[len(seed):]
	for _, a := range gen {
		var text strings.Builder
		for _, p := range a.Paragraphs {
			for i, s := range p.Sentences {
				if i > 0 {
					text.WriteByte(' ')
				}
				text.WriteString(s.Text)
			}
			text.WriteString("\n\n")
		}
		file := a.ID + ".txt"
		data := []byte(text.String())
		if err := os.WriteFile(filepath.Join(dir, ingest.ArticlesDir, file), data, 0o644); err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		if _, err := fmt.Fprintf(sums, "%s  %s\n", hex.EncodeToString(sum[:]), file); err != nil {
			return err
		}
		entry, err := json.Marshal(ingest.Entry{
			ID: a.ID, File: file,
			Title: a.Title, TitleNote: "Synthetic: generated for a test from the corpus's words.",
			Outlet: a.Outlet, OutletNote: "Synthetic.",
			AuthorNote: "Synthetic: no author.",
			Published:  ingest.Published{Basis: "unknown", Note: "Synthetic: no date."},
		})
		if err != nil {
			return err
		}
		catalog = append(catalog, entry)
	}
	out, err := json.MarshalIndent(catalog, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(catalogPath, append(out, '\n'), 0o644)
}

// Copy writes the corpus folder fsys (catalog.json and articles/) into dir with writable files,
// which os.CopyFS does not give from an embedded folder.
func Copy(dir string, fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dir, filepath.FromSlash(path))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := fs.ReadFile(fsys, path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}
