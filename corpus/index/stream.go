package index

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"

	"parallax/corpus"
	"parallax/corpus/internal/wire"
)

// Decoder decodes an index a bounded amount of work at a time, so that the browser, which has a
// single thread, can yield to the page between steps instead of freezing it for the whole corpus.
// Decode is the one-call form.
type Decoder struct {
	body  []byte
	want  uint32 // the header's checksum
	crc   uint32 // running checksum of body[:checked]
	phase int
	// checked counts the body bytes checksummed so far.
	checked int
	d       decoder
	tableN  int // strings in the table
	artsN   int // articles in the index
	arts    []*corpus.Article
	secN    int // sections in the index
	secs    []Section
	err     error
	// library marks a library file (NewLibraryDecoder): articles without text, each with its
	// Summary, kept in sums.
	library bool
	sums    []Summary
}

// Phases of a Decoder.
const (
	phaseChecksum = iota
	phaseTable
	phaseArticles
	phaseSections
	phaseDone
)

// checksumStep is how many bytes one step checksums: a few milliseconds in the browser.
const checksumStep = 1 << 20

// NewDecoder checks the header of data (magic and format version) and returns a decoder for the
// rest. Errors wrap ErrFormat and say how to rebuild the data.
func NewDecoder(data []byte) (*Decoder, error) {
	return newDecoder(data, Magic, Version, "index")
}

// newDecoder checks that data opens with magic and version, which name a file of the kind what.
func newDecoder(data []byte, magic string, version uint64, what string) (*Decoder, error) {
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		for _, other := range []struct{ magic, what string }{{Magic, "a corpus data file"}, {LibraryMagic, "a library file"}} {
			if other.magic != magic && len(data) >= len(other.magic) && string(data[:len(other.magic)]) == other.magic {
				return nil, fmt.Errorf("%w: %s (magic %q), not a Parallax %s: %s", ErrFormat, other.what, other.magic, what, regenerate)
			}
		}
		return nil, fmt.Errorf("%w: not a Parallax %s (no %q magic): %s", ErrFormat, what, magic, regenerate)
	}
	rest := data[len(magic):]
	v, n := binary.Uvarint(rest)
	if n <= 0 {
		return nil, fmt.Errorf("%w: unreadable format version: %s", ErrFormat, regenerate)
	}
	if v != version {
		return nil, fmt.Errorf("%w: format version %d, but this build reads version %d: %s", ErrFormat, v, version, regenerate)
	}
	rest = rest[n:]
	if len(rest) < 4 {
		return nil, fmt.Errorf("%w: truncated header: %s", ErrFormat, regenerate)
	}
	return &Decoder{body: rest[4:], want: binary.LittleEndian.Uint32(rest)}, nil
}

// Step does about budget units of work (one unit: a string of the table or an article; a
// megabyte of checksum counts as 256 units) and reports whether decoding has finished. After an
// error, Step keeps returning it. Articles returns the result once Step reports done.
func (x *Decoder) Step(budget int) (done bool, err error) {
	if budget < 1 {
		budget = 1
	}
	for budget > 0 && x.err == nil && x.phase != phaseDone {
		switch x.phase {
		case phaseChecksum:
			end := min(x.checked+checksumStep, len(x.body))
			x.crc = crc32.Update(x.crc, crc32.IEEETable, x.body[x.checked:end])
			x.checked = end
			budget -= 256
			if x.checked < len(x.body) {
				continue
			}
			if x.crc != x.want {
				x.err = fmt.Errorf("%w: checksum mismatch, the index is damaged: %s", ErrFormat, regenerate)
				break
			}
			x.d = decoder{Reader: wire.Reader{Data: x.body}}
			x.tableN = x.d.Count(1)
			x.d.table = make([]string, 0, x.tableN)
			x.phase = phaseTable
		case phaseTable:
			for ; budget > 0 && len(x.d.table) < x.tableN && x.d.Err == nil; budget-- {
				x.d.readString(len(x.d.table))
			}
			if len(x.d.table) == x.tableN && x.d.Err == nil {
				x.artsN = x.d.Count(1)
				x.arts = make([]*corpus.Article, 0, x.artsN)
				if x.library {
					x.sums = make([]Summary, 0, x.artsN)
				}
				x.phase = phaseArticles
			}
		case phaseArticles:
			for ; budget > 0 && len(x.arts) < x.artsN && x.d.Err == nil; budget-- {
				if x.library {
					x.arts = append(x.arts, x.d.meta())
					x.sums = append(x.sums, x.d.summary())
					continue
				}
				x.arts = append(x.arts, x.d.article())
			}
			if len(x.arts) == x.artsN && x.d.Err == nil {
				x.secN = x.d.Count(1)
				x.phase = phaseSections
			}
		case phaseSections:
			for ; budget > 0 && len(x.secs) < x.secN && x.d.Err == nil; budget-- {
				name := x.d.str()
				n := x.d.Count(1)
				if x.d.Err != nil {
					break
				}
				x.secs = append(x.secs, Section{Name: name, Data: x.d.Data[x.d.Off : x.d.Off+n : x.d.Off+n]})
				x.d.Off += n
			}
			if len(x.secs) == x.secN && x.d.Err == nil {
				if x.d.Off != len(x.d.Data) {
					x.d.Fail("%d bytes after the last section", len(x.d.Data)-x.d.Off)
				}
				x.phase = phaseDone
			}
		}
		if x.d.Err != nil {
			x.err = fmt.Errorf("%w: %v: %s", ErrFormat, x.d.Err, regenerate)
		}
	}
	return x.phase == phaseDone && x.err == nil, x.err
}

// Progress is the share of the work done, from 0 to 1, for a progress bar.
func (x *Decoder) Progress() float64 {
	if len(x.body) == 0 || x.phase == phaseDone {
		// Done is 1 exactly: 0.1·n/n + 0.9·n/n can round to 0.9999999999999999.
		return 1
	}
	// The checksum is cheap; the strings and articles are most of the work, weighted by bytes.
	return min(1, 0.1*float64(x.checked)/float64(len(x.body))+0.9*float64(x.d.Off)/float64(len(x.body)))
}

// Articles returns the decoded articles, or nil before Step has reported done.
func (x *Decoder) Articles() []*corpus.Article {
	if x.phase != phaseDone || x.err != nil {
		return nil
	}
	return x.arts
}

// Section returns the data of the named section, or nil when the index has none by that name or
// has not been decoded yet. The bytes are shared with the index: read them, never write.
func (x *Decoder) Section(name string) []byte {
	if x.phase != phaseDone || x.err != nil {
		return nil
	}
	for _, s := range x.secs {
		if s.Name == name {
			return s.Data
		}
	}
	return nil
}

// decodeBody decodes a body past its checksum, for the fuzz test.
func decodeBody(body []byte) ([]*corpus.Article, error) {
	x := &Decoder{body: body, want: crc32.ChecksumIEEE(body)}
	if _, err := x.Step(int(^uint(0) >> 1)); err != nil {
		return nil, err
	}
	return x.Articles(), nil
}
