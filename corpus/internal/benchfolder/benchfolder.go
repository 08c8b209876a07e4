// Package benchfolder reads a folder of plain-text articles kept outside the repository, for
// the measurement tests that PARALLAX_BENCH_FOLDER turns on.
package benchfolder

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"parallax/corpus"
	"parallax/corpus/entity"
	"parallax/corpus/ingest"
)

// Load ingests every .txt file under dir except README.TXT, as a public dataset writes them:
// the headline on the first line, no byline, no date. Each article is published in an
// estimated 2005 (the year such a corpus gives as a whole) and its Section is the folder it
// is in, relative to dir. refused counts the files ingestion refused; err is a walk's error.
func Load(dir string) (arts []*corpus.Article, refused int, err error) {
	tagger := entity.Default()
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") || strings.EqualFold(d.Name(), "README.TXT") {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		id := "x-" + strings.ToLower(strings.ReplaceAll(strings.TrimSuffix(rel, ".txt"), string(filepath.Separator), "-"))
		title, _, _ := strings.Cut(string(raw), "\n")
		e := ingest.Entry{ID: id, File: strings.TrimPrefix(id, "x-") + ".txt", Title: strings.TrimSpace(title),
			TitleNote: "the first line of the file", AuthorNote: "not in the dataset",
			Published: ingest.Published{Date: "2005", Basis: "estimated", Note: "assumed for the measurement"}}
		a, err := ingest.Article(e, raw, tagger)
		if err != nil {
			refused++
			return nil
		}
		a.Section = filepath.ToSlash(filepath.Dir(rel))
		arts = append(arts, a)
		return nil
	})
	return arts, refused, err
}
