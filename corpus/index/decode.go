package index

import (
	"slices"
	"unicode/utf8"

	"parallax/corpus"
	"parallax/corpus/internal/wire"
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
	wire.Reader
	table []string
}

// readString reads string i of the table.
func (d *decoder) readString(i int) {
	l := d.Count(1)
	if d.Err != nil {
		return
	}
	b := d.Data[d.Off : d.Off+l]
	if !utf8.Valid(b) {
		d.Fail("string %d is not UTF-8", i)
		return
	}
	d.table = append(d.table, string(b))
	d.Off += l
}

func (d *decoder) str() string {
	i := d.Uint()
	if d.Err != nil {
		return ""
	}
	if i >= uint64(len(d.table)) {
		d.Fail("string %d not in the table", i)
		return ""
	}
	return d.table[i]
}

func (d *decoder) origin() corpus.Origin {
	return corpus.Origin{Basis: corpus.Basis(d.Small(uint64(corpus.BasisEstimated))), From: d.str(), Note: d.str()}
}

func (d *decoder) article() *corpus.Article {
	a := d.meta()
	d.text(a)
	return a
}

// meta reads what encoder.meta wrote.
func (d *decoder) meta() *corpus.Article {
	a := &corpus.Article{}
	for _, f := range []*string{&a.ID, &a.File, &a.Title, &a.TitleNote, &a.Outlet, &a.OutletNote, &a.Author, &a.AuthorNote, &a.URL, &a.Section, &a.Language} {
		*f = d.str()
	}
	a.Published.Date = d.Date()
	a.Published.Basis = corpus.Basis(d.Small(uint64(corpus.BasisEstimated)))
	a.Published.Note = d.str()
	p := &a.Provenance
	for _, o := range []*corpus.Origin{&p.Title, &p.Outlet, &p.Author, &p.URL, &p.Published, &p.Section, &p.Language} {
		*o = d.origin()
	}
	p.Encoding = d.str()
	return a
}

// text reads what encoder.text wrote into a.
func (d *decoder) text(a *corpus.Article) {
	if n := d.Count(1); n > 0 {
		a.Paragraphs = make([]corpus.Paragraph, n)
	}
	for pi := range a.Paragraphs {
		p := &a.Paragraphs[pi]
		p.Heading = d.Small(1) == 1
		if n := d.Count(1); n > 0 {
			p.Sentences = make([]corpus.Sentence, n)
		}
		for si := range p.Sentences {
			s := &p.Sentences[si]
			if id := d.Uint(); id == 0 {
				s.ID = sentenceID(pi, si)
			} else if id-1 < uint64(len(d.table)) {
				s.ID = d.table[id-1]
			} else {
				d.Fail("string %d not in the table", id-1)
			}
			s.Text = d.str()
			if n := d.Count(1); n > 0 {
				s.Mentions = make([]corpus.Mention, n)
			}
			for mi := range s.Mentions {
				m := &s.Mentions[mi]
				m.Start = d.Int()
				m.End = m.Start + d.Int()
				m.Entity = d.str()
				m.Kind = corpus.EntityKind(d.Small(uint64(corpus.KindPlace)))
			}
			switch n := d.Uint(); {
			case n == 0:
			case n != corpus.EmbeddingBytes:
				d.Fail("an embedding of %d bytes, want %d", n, corpus.EmbeddingBytes)
			case len(d.Data)-d.Off < corpus.EmbeddingBytes:
				d.Fail("embedding truncated")
			default:
				s.Embedding = slices.Clone(d.Data[d.Off : d.Off+corpus.EmbeddingBytes])
				d.Off += corpus.EmbeddingBytes
			}
			if d.Err != nil {
				return
			}
		}
	}
	if n := d.Count(1); n > 0 {
		a.Removed = make([]corpus.Removed, n)
	}
	for i := range a.Removed {
		r := &a.Removed[i]
		r.Line, r.Before = d.Int(), d.Int()
		r.Text, r.Rule = d.str(), d.str()
	}
	if n := d.Count(1); n > 0 {
		a.Dates = make([]corpus.DateMention, n)
	}
	for i := range a.Dates {
		m := &a.Dates[i]
		m.Sentence = d.str()
		m.Start = d.Int()
		m.End = m.Start + d.Int()
		m.Text = d.str()
		m.Date, m.Until, m.Alt = d.Date(), d.Date(), d.Date()
		m.Anchor = corpus.Anchor(d.Small(uint64(corpus.AnchorEstimated)))
		m.Role = corpus.DateRole(d.Small(uint64(corpus.RoleExpected)))
		m.Stated.Key = d.str()
		m.Stated.Label = d.str()
		m.Stated.Precision = corpus.Precision(d.Small(uint64(corpus.PrecisionDay)))
	}
}
