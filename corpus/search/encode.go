package search

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
	"parallax/corpus/internal/wire"
	"parallax/corpus/library"
)

// The index is built at build time, natively, and shipped beside the articles, so that the
// browser decodes it instead of running New, whose tokenizing of every sentence is the cost.
// Shipped, every number a uvarint: the numbers of articles, units and postings; the vocabulary
// (sorted, front-coded: shared prefix length, suffix, term ID); each term's display spelling (a
// one-byte code when it is the term itself or the term with its first letter capitalized); the
// title terms suggested for an empty query; each term's postings (count, then gaps between
// ascending units). Re-derived on decoding, because they are cheap or process-specific: the
// units and outlets (a walk over the articles), the frequencies (a term's posting count), the
// term map, and the deletion index (keyed by a hash seeded anew in each process).

// indexFormat opens the encoding; a new layout, or a tokenizer that finds other terms (PXS2:
// names written with "&" or "+"; PXS3: numbers joined by "/"), needs a new one.
const indexFormat = "PXS3"

// rebuildIndex tells the reader how to fix a stale or damaged index, built with the rest of the
// data.
const rebuildIndex = "rebuild the data from the corpus folder"

// ErrIndex is wrapped by every error of DecodeIndex.
var ErrIndex = errors.New("invalid search index")

// Display spelling codes; a longer spelling is stored as its length plus displayOwn.
const (
	displaySame  = 0 // the folded term itself
	displayTitle = 1 // the term with its first rune upper-cased
	displayOwn   = 2
)

// EncodeIndex encodes the index of e, for DecodeIndex with the same corpus.
func EncodeIndex(e *Engine) []byte {
	out := []byte(indexFormat)
	out = binary.AppendUvarint(out, uint64(len(e.arts)))
	out = binary.AppendUvarint(out, uint64(len(e.units)))
	out = binary.AppendUvarint(out, uint64(len(e.post)))
	out = binary.AppendUvarint(out, uint64(len(e.terms)))
	prev := ""
	for _, id := range e.byTerm {
		t := e.terms[id]
		shared := commonPrefix(prev, t)
		out = binary.AppendUvarint(out, uint64(shared))
		out = binary.AppendUvarint(out, uint64(len(t)-shared))
		out = append(out, t[shared:]...)
		out = binary.AppendUvarint(out, uint64(id))
		prev = t
	}
	for id, d := range e.display {
		switch t := e.terms[id]; d {
		case t:
			out = append(out, displaySame)
		case titleCase(t):
			out = append(out, displayTitle)
		default:
			out = binary.AppendUvarint(out, uint64(len(d))+displayOwn)
			out = append(out, d...)
		}
	}
	out = binary.AppendUvarint(out, uint64(len(e.titleTop)))
	for _, id := range e.titleTop {
		out = binary.AppendUvarint(out, uint64(id))
	}
	for id := range e.terms {
		ps := e.post[e.postOff[id]:e.postOff[id+1]]
		out = binary.AppendUvarint(out, uint64(len(ps)))
		next := uint32(0)
		for _, u := range ps {
			out = binary.AppendUvarint(out, uint64(u-next))
			next = u + 1
		}
	}
	return out
}

// commonPrefix returns the length in bytes of the longest common prefix of a and b.
func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// titleCase returns t with its first rune upper-cased.
func titleCase(t string) string {
	r, n := utf8.DecodeRuneInString(t)
	if n == 0 {
		return t
	}
	return string(unicode.ToUpper(r)) + t[n:]
}

// DecodeIndex decodes what EncodeIndex wrote for an engine over the same articles, and returns
// an engine that answers every query as New(c) would. It never panics: damaged data, data of
// another format version, or data written for another corpus returns an error wrapping ErrIndex.
// A nil c stands for an empty corpus.
func DecodeIndex(data []byte, c *corpus.Corpus) (*Engine, error) {
	if len(data) < len(indexFormat) || string(data[:3]) != indexFormat[:3] {
		return nil, fmt.Errorf("%w: not a search index (no %q tag): %s", ErrIndex, indexFormat[:3], rebuildIndex)
	}
	if tag := string(data[:len(indexFormat)]); tag != indexFormat {
		return nil, fmt.Errorf("%w: format %q, but this build reads %s: %s", ErrIndex, tag, indexFormat, rebuildIndex)
	}
	e := &Engine{seed: maphash.MakeSeed()}
	if c != nil {
		e.arts = c.Articles
	}
	e.layout()
	d := &idxDecoder{wire.Reader{Data: data, Off: len(indexFormat)}}
	if n := d.Uint(); d.Err == nil && n != uint64(len(e.arts)) {
		d.Fail("the index is of %d articles, the corpus has %d", n, len(e.arts))
	}
	if n := d.Uint(); d.Err == nil && n != uint64(len(e.units)) {
		d.Fail("the index is of %d sentences and titles, the corpus has %d", n, len(e.units))
	}
	// Every posting takes at least a byte, which bounds the allocation for them.
	total := d.Count(1)
	// Every term takes at least three bytes (shared, suffix length, ID), which bounds n before
	// anything is allocated for it.
	n := d.Count(3)
	e.terms = make([]string, n)
	e.byTerm = make([]uint32, n)
	prev := ""
	for i := 0; i < n && d.Err == nil; i++ {
		shared := d.Uint()
		if d.Err == nil && shared > uint64(len(prev)) {
			d.Fail("term %d shares %d bytes with a term of %d", i, shared, len(prev))
		}
		suffix := d.bytes()
		id := d.Uint()
		if d.Err != nil {
			break
		}
		t := prev[:shared] + string(suffix)
		switch {
		case !utf8.ValidString(t):
			d.Fail("term %d is not UTF-8", i)
		case utf8.RuneCountInString(t) > maxTermRunes:
			// New never makes one, and the deletion index's cost grows with the square of it.
			d.Fail("term %d is longer than %d runes", i, maxTermRunes)
		case i > 0 && t <= prev:
			d.Fail("term %d is out of order", i)
		case id >= uint64(n) || e.terms[id] != "" || t == "":
			d.Fail("term %d has a bad or repeated ID %d", i, id)
		default:
			e.terms[id], e.byTerm[i], prev = t, uint32(id), t
		}
	}
	e.display = make([]string, n)
	for id := 0; id < n && d.Err == nil; id++ {
		switch code := d.Uint(); {
		case d.Err != nil:
		case code == displaySame:
			e.display[id] = e.terms[id]
		case code == displayTitle:
			e.display[id] = titleCase(e.terms[id])
		default:
			b := d.take(code - displayOwn)
			if d.Err == nil && !utf8.Valid(b) {
				d.Fail("the spelling of term %d is not UTF-8", id)
			}
			e.display[id] = string(b)
		}
	}
	if k := d.Count(1); k > 0 {
		e.titleTop = make([]uint32, k)
	}
	for i := range e.titleTop {
		id := d.Uint()
		if d.Err == nil && id >= uint64(n) {
			d.Fail("suggestion %d is term %d of %d", i, id, n)
		}
		e.titleTop[i] = uint32(id)
	}
	e.post = make([]uint32, 0, total)
	e.freq = make([]uint32, n)
	e.postOff = make([]uint32, n+1)
	for id := 0; id < n && d.Err == nil; id++ {
		k := d.Count(1)
		if k > len(e.units) || k > total-len(e.post) {
			d.Fail("term %d is in %d of %d units, %d postings left", id, k, len(e.units), total-len(e.post))
		}
		next := uint64(0)
		for j := 0; j < k && d.Err == nil; j++ {
			gap := d.Uint()
			if d.Err == nil && gap >= uint64(len(e.units))-next {
				d.Fail("term %d names unit %d+%d of %d", id, next, gap, len(e.units))
				break
			}
			u := next + gap
			e.post = append(e.post, uint32(u))
			next = u + 1
		}
		e.freq[id] = uint32(k)
		e.postOff[id+1] = uint32(len(e.post))
	}
	if d.Err == nil && len(e.post) != total {
		d.Fail("%d postings of %d", len(e.post), total)
	}
	if d.Err == nil && d.Off != len(d.Data) {
		d.Fail("%d bytes after the index", len(d.Data)-d.Off)
	}
	if d.Err != nil {
		return nil, fmt.Errorf("%w: %v: %s", ErrIndex, d.Err, rebuildIndex)
	}
	e.ids = make(map[string]uint32, n)
	for id, t := range e.terms {
		e.ids[t] = uint32(id)
	}
	e.deriveDeletions()
	return e, nil
}

// layout sets the units of e.arts, the article of each, each article's first unit and the
// outlet menu, as New does.
func (e *Engine) layout() {
	n := 0
	for _, a := range e.arts {
		n++
		for _, p := range a.Paragraphs {
			n += len(p.Sentences)
		}
	}
	e.units = make([]unit, 0, n)
	e.unitArt = make([]int32, 0, n)
	e.artFirst = make([]uint32, 0, len(e.arts)+1)
	e.outlets = library.OutletNames(e.arts)
	for ai, a := range e.arts {
		e.artFirst = append(e.artFirst, uint32(len(e.units)))
		e.units = append(e.units, unit{art: int32(ai), para: -1, sent: -1})
		e.unitArt = append(e.unitArt, int32(ai))
		for pi, p := range a.Paragraphs {
			for si := range p.Sentences {
				e.units = append(e.units, unit{art: int32(ai), para: int32(pi), sent: int32(si)})
				e.unitArt = append(e.unitArt, int32(ai))
			}
		}
	}
	e.artFirst = append(e.artFirst, uint32(len(e.units)))
}

type idxDecoder struct{ wire.Reader }

// bytes reads a length-prefixed byte string.
func (d *idxDecoder) bytes() []byte { return d.take(d.Uint()) }

// take reads n bytes.
func (d *idxDecoder) take(n uint64) []byte {
	if d.Err != nil {
		return nil
	}
	if n > uint64(len(d.Data)-d.Off) {
		d.Fail("string length %d exceeds the data", n)
		return nil
	}
	b := d.Data[d.Off : d.Off+int(n)]
	d.Off += int(n)
	return b
}
