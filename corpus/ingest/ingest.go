// Package ingest turns raw article files and their catalog entries into the corpus model.
//
// A raw file is read line by line. Until the first line of article text, header lines give
// metadata (a date line, the headline, the URL, a byline), which must agree with the catalog.
// Anywhere, page furniture (advertisements, breadcrumbs, job and newsletter prompts, image
// credits, "Read more", social links, stray "Link" labels, bare URLs, a repeated title) is
// removed by general rules named in corpus.Removed, which keeps each piece with its line and
// place. Each remaining line is a paragraph, except that a line ending with a comma or a
// hard-wrapped line continues into the next. Paragraphs are split into sentences with IDs
// "p{n}s{m}", short unpunctuated lines and title-case questions are marked as headings, and
// sentences are tagged with entity mentions.
package ingest

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"parallax/corpus"
	"parallax/corpus/entity"
)

// ArticlesDir is the folder of raw article files inside the corpus folder.
const ArticlesDir = "articles"

// Corpus reads catalog.json and every articles/*.txt file from fsys (the corpus folder) and
// ingests them in catalog order. A catalog entry without its file, or a file without an entry,
// is an error.
func Corpus(fsys fs.FS) ([]*corpus.Article, error) {
	data, err := fs.ReadFile(fsys, CatalogFile)
	if err != nil {
		return nil, fmt.Errorf("reading the catalog: %w", err)
	}
	entries, err := ParseCatalog(data)
	if err != nil {
		return nil, err
	}
	files, err := fs.ReadDir(fsys, ArticlesDir)
	// Without the folder every entry's file is missing, which the loop below reports by name.
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("listing %s: %w", ArticlesDir, err)
	}
	listed := make(map[string]bool, len(entries))
	for _, e := range entries {
		listed[e.File] = true
	}
	var unlisted []string
	for _, f := range files {
		if !f.IsDir() && strings.HasSuffix(f.Name(), ".txt") && !listed[f.Name()] {
			unlisted = append(unlisted, f.Name())
		}
	}
	if len(unlisted) > 0 {
		sort.Strings(unlisted)
		return nil, fmt.Errorf("%s/%s: no entry in %s", ArticlesDir, strings.Join(unlisted, ", "+ArticlesDir+"/"), CatalogFile)
	}
	tagger := entity.Default()
	arts := make([]*corpus.Article, 0, len(entries))
	seenFile := make(map[string]string, len(entries))
	for _, e := range entries {
		if other, dup := seenFile[e.File]; dup {
			return nil, fmt.Errorf("%s: article %q: file %s is already the file of %q", e.where("file"), e.ID, e.File, other)
		}
		seenFile[e.File] = e.ID
		raw, err := fs.ReadFile(fsys, path.Join(ArticlesDir, e.File))
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: article %q: file %s/%s not found", e.where("file"), e.ID, ArticlesDir, e.File)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: article %q: %w", e.where("file"), e.ID, err)
		}
		a, err := Article(e, raw, tagger)
		if err != nil {
			return nil, err
		}
		arts = append(arts, a)
	}
	return arts, nil
}
