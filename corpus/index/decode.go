package index

import (
	"encoding/binary"
	"fmt"
	"math"
	"unicode/utf8"

	"parallax/corpus"
)

// Decode reads an index written by Encode. It never panics: damaged, truncated or foreign data,
// a wrong magic or another format version all return an error wrapping ErrFormat. Every count is
// checked against the bytes left, so hostile input cannot make it allocate more than a small
// multiple of its size. The browser uses a Decoder instead, to decode in steps.
func Decode(data []byte) ([]*corpus.Article, error) {
	x, err := NewDecoder(data)
	if err != nil {
		return nil, err
	}
	if _, err := x.Step(int(^uint(0) >> 1)); err != nil {
		return nil, err
	}
	return x.Articles(), nil
}

type decoder struct {
	data  []byte
	off   int
	table []string
	err   error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("at byte %d: %s", d.off, fmt.Sprintf(format, args...))
	}
}

func (d *decoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.data[d.off:])
	if n <= 0 {
		d.fail("bad or truncated number")
		return 0
	}
	d.off += n
	return v
}

func (d *decoder) int() int {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.data[d.off:])
	if n <= 0 || v < math.MinInt32 || v > math.MaxInt32 {
		d.fail("bad or truncated number")
		return 0
	}
	d.off += n
	return int(v)
}

// small reads a number that must fit in a byte-sized enum.
func (d *decoder) small(limit uint64) uint8 {
	v := d.uint()
	if v > limit {
		d.fail("value %d out of range", v)
		return 0
	}
	return uint8(v)
}

// count reads a length; each element takes at least one byte, so a length beyond the bytes left
// is damage, caught before anything is allocated for it.
func (d *decoder) count() int {
	v := d.uint()
	if v > uint64(len(d.data)-d.off) {
		d.fail("count %d exceeds the data", v)
		return 0
	}
	return int(v)
}

// readString reads string i of the table.
func (d *decoder) readString(i int) {
	l := d.count()
	if d.err != nil {
		return
	}
	b := d.data[d.off : d.off+l]
	if !utf8.Valid(b) {
		d.fail("string %d is not UTF-8", i)
		return
	}
	d.table = append(d.table, string(b))
	d.off += l
}

func (d *decoder) str() string {
	i := d.uint()
	if d.err != nil {
		return ""
	}
	if i >= uint64(len(d.table)) {
		d.fail("string %d not in the table", i)
		return ""
	}
	return d.table[i]
}

func (d *decoder) date() corpus.Date {
	var out corpus.Date
	v := d.uint()
	p, mask := v&(1<<precisionBits-1), v>>precisionBits
	if p > uint64(corpus.PrecisionDay) || mask >= 1<<len(dateFields(&out)) {
		d.fail("date %d out of range", v)
		return out
	}
	out.Precision = corpus.Precision(p)
	for i, f := range dateFields(&out) {
		if mask&(1<<i) != 0 {
			if *f = d.int(); *f == 0 {
				d.fail("a zero date field marked non-zero")
			}
		}
	}
	return out
}

func (d *decoder) origin() corpus.Origin {
	return corpus.Origin{Basis: corpus.Basis(d.small(uint64(corpus.BasisEstimated))), From: d.str(), Note: d.str()}
}

func (d *decoder) article() *corpus.Article {
	a := &corpus.Article{}
	for _, f := range []*string{&a.ID, &a.File, &a.Title, &a.TitleNote, &a.Outlet, &a.OutletNote, &a.Author, &a.AuthorNote, &a.URL, &a.Section} {
		*f = d.str()
	}
	a.Published.Date = d.date()
	a.Published.Basis = corpus.Basis(d.small(uint64(corpus.BasisEstimated)))
	a.Published.Note = d.str()
	p := &a.Provenance
	for _, o := range []*corpus.Origin{&p.Title, &p.Outlet, &p.Author, &p.URL, &p.Published, &p.Section} {
		*o = d.origin()
	}
	p.Encoding = d.str()

	if n := d.count(); n > 0 {
		a.Paragraphs = make([]corpus.Paragraph, n)
	}
	for pi := range a.Paragraphs {
		p := &a.Paragraphs[pi]
		p.Heading = d.small(1) == 1
		if n := d.count(); n > 0 {
			p.Sentences = make([]corpus.Sentence, n)
		}
		for si := range p.Sentences {
			s := &p.Sentences[si]
			if id := d.uint(); id == 0 {
				s.ID = sentenceID(pi, si)
			} else if id-1 < uint64(len(d.table)) {
				s.ID = d.table[id-1]
			} else {
				d.fail("string %d not in the table", id-1)
			}
			s.Text = d.str()
			if n := d.count(); n > 0 {
				s.Mentions = make([]corpus.Mention, n)
			}
			for mi := range s.Mentions {
				m := &s.Mentions[mi]
				m.Start = d.int()
				m.End = m.Start + d.int()
				m.Entity = d.str()
				m.Kind = corpus.EntityKind(d.small(uint64(corpus.KindPlace)))
			}
			if d.err != nil {
				return a
			}
		}
	}
	if n := d.count(); n > 0 {
		a.Removed = make([]corpus.Removed, n)
	}
	for i := range a.Removed {
		r := &a.Removed[i]
		r.Line, r.Before = d.int(), d.int()
		r.Text, r.Rule = d.str(), d.str()
	}
	if n := d.count(); n > 0 {
		a.Dates = make([]corpus.DateMention, n)
	}
	for i := range a.Dates {
		m := &a.Dates[i]
		m.Sentence = d.str()
		m.Start = d.int()
		m.End = m.Start + d.int()
		m.Text = d.str()
		m.Date, m.Until, m.Alt = d.date(), d.date(), d.date()
		m.Anchor = corpus.Anchor(d.small(uint64(corpus.AnchorEstimated)))
		m.Role = corpus.DateRole(d.small(uint64(corpus.RoleExpected)))
	}
	return a
}
