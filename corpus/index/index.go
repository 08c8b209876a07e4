// Package index encodes articles, and what the build derives from them, into the compact,
// versioned binary data file that the app fetches beside app.wasm.
//
// Layout: the magic "PLXI", the format version (uvarint), a CRC-32 (IEEE, little-endian) of the
// rest, then the body: a string table (count, then length-prefixed UTF-8 strings), the
// articles, and named sections (count, then name, length and bytes of each) that hold derived
// data in the formats of other packages, e.g. the timeline's events. In the articles every string
// is an index into the table, every number a uvarint (zigzag varint where it may be negative),
// and every date its precision and a mask of its non-zero fields in one uvarint, then those
// fields. A table beats plain strings because entity names, rule names and sentence IDs repeat;
// each distinct text is stored once.
package index

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"strconv"

	"parallax/corpus"
	"parallax/corpus/internal/wire"
)

// Magic opens every index.
const Magic = "PLXI"

// Version is the format version this build writes and reads. Bump it with any layout change.
// Version 2 added the sections; version 3 the article's section folder and provenance, and the
// end of a date range and the other reading of an ambiguous date; version 4 the stated form of
// a date mention without a year; version 5 the article's language with its provenance; version 6
// each sentence's embedding (its length, 0 or corpus.EmbeddingBytes, then its bytes).
const Version = 6

// regenerate tells the reader how to fix a stale or damaged index.
const regenerate = "rebuild it from the corpus folder: make data, make dist, or go generate ./corpus for the embedded seed"

// Section is derived data stored beside the articles under a name.
type Section struct {
	Name string
	Data []byte
}

// ErrFormat is wrapped by every decoding error.
var ErrFormat = errors.New("invalid index")

// Encode writes arts and the given sections to w in the index format. Section names must be
// distinct.
func Encode(w io.Writer, arts []*corpus.Article, sections ...Section) error {
	e := &encoder{ids: make(map[string]uint64)}
	return e.encode(w, arts, sections)
}

func (e *encoder) encode(w io.Writer, arts []*corpus.Article, sections []Section) error {
	magic, version := Magic, uint64(Version)
	if e.library {
		magic, version = LibraryMagic, LibraryVersion
	}
	for _, a := range arts {
		if err := checkEmbeddings(a); err != nil && !e.library {
			return fmt.Errorf("writing the index: %w", err)
		}
	}
	e.uint(uint64(len(arts)))
	for _, a := range arts {
		if e.library {
			e.meta(a)
			s := SummaryOf(a)
			e.uint(uint64(s.Words))
			e.str(s.Opening)
			continue
		}
		e.article(a)
	}
	seen := map[string]bool{}
	e.uint(uint64(len(sections)))
	for _, s := range sections {
		if seen[s.Name] {
			return fmt.Errorf("writing the index: two sections named %q", s.Name)
		}
		seen[s.Name] = true
		e.str(s.Name)
		e.uint(uint64(len(s.Data)))
		e.buf.Write(s.Data)
	}
	var body []byte
	body = binary.AppendUvarint(body, uint64(len(e.table)))
	for _, s := range e.table {
		body = binary.AppendUvarint(body, uint64(len(s)))
		body = append(body, s...)
	}
	body = append(body, e.buf.Bytes()...)

	out := append([]byte(magic), binary.AppendUvarint(nil, version)...)
	out = binary.LittleEndian.AppendUint32(out, crc32.ChecksumIEEE(body))
	out = append(out, body...)
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("writing the index: %w", err)
	}
	return nil
}

type encoder struct {
	// library writes a library file (EncodeLibrary): each article's metadata and Summary.
	library bool
	// plain writes each string in place instead of through the table; the size test uses it to
	// compare the two layouts, Decode cannot read it.
	plain bool
	buf   bytes.Buffer
	table []string
	ids   map[string]uint64
	tmp   [binary.MaxVarintLen64]byte
}

func (e *encoder) uint(v uint64) { e.buf.Write(binary.AppendUvarint(e.tmp[:0], v)) }
func (e *encoder) int(v int)     { e.buf.Write(binary.AppendVarint(e.tmp[:0], int64(v))) }

func (e *encoder) str(s string) {
	if e.plain {
		e.uint(uint64(len(s)))
		e.buf.WriteString(s)
		return
	}
	e.uint(e.intern(s))
}

// intern returns the table index of s, adding it on first use.
func (e *encoder) intern(s string) uint64 {
	id, ok := e.ids[s]
	if !ok {
		id = uint64(len(e.table))
		e.ids[s] = id
		e.table = append(e.table, s)
	}
	return id
}

// date writes d in the shared form of package wire: a zero date takes one byte.
func (e *encoder) date(d corpus.Date) { e.buf.Write(wire.AppendDate(e.tmp[:0], d)) }

func (e *encoder) origin(o corpus.Origin) {
	e.uint(uint64(o.Basis))
	e.str(o.From)
	e.str(o.Note)
}

func (e *encoder) article(a *corpus.Article) {
	e.meta(a)
	e.text(a)
}

// meta writes an article's metadata: every field but its text, removed lines and dates.
func (e *encoder) meta(a *corpus.Article) {
	for _, s := range []string{a.ID, a.File, a.Title, a.TitleNote, a.Outlet, a.OutletNote, a.Author, a.AuthorNote, a.URL, a.Section, a.Language} {
		e.str(s)
	}
	e.date(a.Published.Date)
	e.uint(uint64(a.Published.Basis))
	e.str(a.Published.Note)
	p := &a.Provenance
	for _, o := range []corpus.Origin{p.Title, p.Outlet, p.Author, p.URL, p.Published, p.Section, p.Language} {
		e.origin(o)
	}
	e.str(p.Encoding)
}

// text writes an article's paragraphs, removed lines and dates.
func (e *encoder) text(a *corpus.Article) {
	e.uint(uint64(len(a.Paragraphs)))
	for pi, p := range a.Paragraphs {
		var flags uint64
		if p.Heading {
			flags |= 1
		}
		e.uint(flags)
		e.uint(uint64(len(p.Sentences)))
		for si, s := range p.Sentences {
			// The usual ID follows from the position and is not stored; any other is.
			if s.ID == sentenceID(pi, si) {
				e.uint(0)
			} else {
				e.uint(1 + e.intern(s.ID))
			}
			e.str(s.Text)
			e.uint(uint64(len(s.Mentions)))
			for _, m := range s.Mentions {
				e.int(m.Start)
				e.int(m.End - m.Start)
				e.str(m.Entity)
				e.uint(uint64(m.Kind))
			}
			e.uint(uint64(len(s.Embedding)))
			e.buf.Write(s.Embedding)
		}
	}
	e.uint(uint64(len(a.Removed)))
	for _, r := range a.Removed {
		e.int(r.Line)
		e.int(r.Before)
		e.str(r.Text)
		e.str(r.Rule)
	}
	e.uint(uint64(len(a.Dates)))
	for _, d := range a.Dates {
		e.str(d.Sentence)
		e.int(d.Start)
		e.int(d.End - d.Start)
		e.str(d.Text)
		e.date(d.Date)
		e.date(d.Until)
		e.date(d.Alt)
		e.uint(uint64(d.Anchor))
		e.uint(uint64(d.Role))
		e.str(d.Stated.Key)
		e.str(d.Stated.Label)
		e.uint(uint64(d.Stated.Precision))
	}
}

// checkEmbeddings reports a sentence of a whose embedding has another length than
// corpus.EmbeddingBytes, which the reader would refuse.
func checkEmbeddings(a *corpus.Article) error {
	for _, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			if n := len(s.Embedding); n != 0 && n != corpus.EmbeddingBytes {
				return fmt.Errorf("article %s: sentence %s: an embedding of %d bytes, want %d", a.ID, s.ID, n, corpus.EmbeddingBytes)
			}
		}
	}
	return nil
}

// sentenceID is the ID of sentence si in paragraph pi (both 0-based): "p{pi+1}s{si+1}".
func sentenceID(pi, si int) string {
	return "p" + strconv.Itoa(pi+1) + "s" + strconv.Itoa(si+1)
}
