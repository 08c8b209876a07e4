package ingest

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"parallax/corpus"
)

// WriteCatalog writes what was found about arts as a catalog (catalog.json) for a person to
// review and correct: one entry per article with its ID, file (and record of an export), section,
// title, outlet, author, URL, language and publication date with its basis, and the notes that say where
// estimates come from or why a field is unknown. Put back at the top of the folder unchanged,
// Folder reads it to the same articles: each value then agrees with what the files state, or is
// the same estimate.
func WriteCatalog(w io.Writer, arts []*corpus.Article) error {
	entries := make([]Entry, len(arts))
	for i, a := range arts {
		file, record := a.File, 0
		if j := strings.LastIndexByte(file, '#'); j >= 0 {
			if n, err := strconv.Atoi(file[j+1:]); err == nil {
				file, record = file[:j], n
			}
		}
		e := Entry{
			ID: a.ID, File: file, Record: record, Section: a.Section,
			Title: a.Title, TitleNote: a.TitleNote,
			Outlet: a.Outlet, OutletNote: a.OutletNote,
			Author: a.Author, AuthorNote: a.AuthorNote,
			URL:       a.URL,
			Published: Published{Basis: a.Published.Basis.String(), Note: a.Published.Note},
			Language:  a.Language,
		}
		if a.Provenance.Language.Basis == corpus.BasisCurated {
			e.LanguageNote = a.Provenance.Language.Note
		}
		if a.Published.Date.Precision != corpus.PrecisionUnknown {
			e.Published.Date = a.Published.Date.ISO()
		}
		entries[i] = e
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(entries); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}
