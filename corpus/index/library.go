package index

import (
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"parallax/corpus"
)

// A library file is the small companion of a data file: each article's metadata (ID, file,
// title, outlet, author, URL, section and language with their notes, publication date with its basis and
// note, provenance) and its Summary, without paragraphs, removed lines or dates. The app fetches
// it first, so that the library is live while the data file, tens of megabytes at 10,000
// articles, still loads. Its layout is the data file's (checksum, string table, articles,
// sections), under its own magic and version (2 added the article's language); an article is its metadata fields, as in the data
// file, then the summary's word count (uvarint) and opening (a string of the table).
const (
	LibraryMagic   = "PLXL"
	LibraryVersion = 2
)

// OpeningRunes bounds a Summary's opening, in runes: a library card shows at most this much of
// an article's first sentence, so the library file does not grow with the length of articles.
const OpeningRunes = 200

// Summary is what a library card shows of an article's text.
type Summary struct {
	// Words is the number of words of the text (strings.Fields over every sentence).
	Words int
	// Opening is the first sentence that is not a heading, cut to at most OpeningRunes runes
	// (without ellipsis: the view shortens it further to its own length and marks the cut); empty
	// when the article has none.
	Opening string
}

// SummaryOf returns a's summary, from its text.
func SummaryOf(a *corpus.Article) Summary {
	var s Summary
	for _, p := range a.Paragraphs {
		for _, sent := range p.Sentences {
			s.Words += len(strings.Fields(sent.Text))
		}
		if s.Opening == "" && !p.Heading && len(p.Sentences) > 0 {
			s.Opening = cutRunes(p.Sentences[0].Text, OpeningRunes)
		}
	}
	return s
}

// cutRunes returns the first n runes of s.
func cutRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// EncodeLibrary writes the library file of arts and the given sections to w: each article's
// metadata and Summary (see LibraryMagic). Section names must be distinct.
func EncodeLibrary(w io.Writer, arts []*corpus.Article, sections ...Section) error {
	e := &encoder{library: true, ids: make(map[string]uint64)}
	return e.encode(w, arts, sections)
}

// NewLibraryDecoder checks the header of a library file (magic and format version) and returns
// a decoder for the rest, which Step decodes as it does a data file's. Its articles carry no
// text: a corpus of them is made with corpus.NewMeta. Errors wrap ErrFormat and say how to
// rebuild the file.
func NewLibraryDecoder(data []byte) (*Decoder, error) {
	x, err := newDecoder(data, LibraryMagic, LibraryVersion, "library file")
	if x != nil {
		x.library = true
	}
	return x, err
}

// DecodeLibrary reads a library file written by EncodeLibrary: the articles, without text, and
// their summaries in the same order. It never panics; errors wrap ErrFormat.
func DecodeLibrary(data []byte) ([]*corpus.Article, []Summary, error) {
	x, err := NewLibraryDecoder(data)
	if err != nil {
		return nil, nil, err
	}
	if _, err := x.Step(int(^uint(0) >> 1)); err != nil {
		return nil, nil, err
	}
	return x.Articles(), x.Summaries(), nil
}

// Summaries returns the summaries of a library file's articles, in their order, or nil before
// Step has reported done and for a data file.
func (x *Decoder) Summaries() []Summary {
	if x.phase != phaseDone || x.err != nil {
		return nil
	}
	return x.sums
}

// summary reads what the library encoder writes after an article's metadata.
func (d *decoder) summary() Summary {
	var s Summary
	if w := d.Uint(); w <= math.MaxInt32 {
		s.Words = int(w)
	} else {
		d.Fail("a word count of %d", w)
	}
	s.Opening = d.str()
	if utf8.RuneCountInString(s.Opening) > OpeningRunes {
		d.Fail("an opening of more than %d runes", OpeningRunes)
	}
	return s
}
