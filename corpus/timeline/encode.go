package timeline

import (
	"encoding/binary"
	"errors"
	"fmt"
	"unicode/utf8"

	"parallax/corpus"
	"parallax/corpus/internal/wire"
)

// The merged events are derived at build time, natively, and shipped beside the articles, so
// that the browser decodes them instead of running Build, whose cost grows faster than the
// corpus. Layout: a string table (count, then length-prefixed UTF-8) and the events, every
// number a uvarint (zigzag varint where it may be negative), every string an index into the
// table, a source's article its position in the corpus, and a date its precision and a mask of
// its non-zero fields in one uvarint, then those fields.

// eventsFormat opens the encoding; a new layout needs a new one.
// TLE2 added an event's Until, Alt, Agreement and Disputed and a source's Until and Alt.
const eventsFormat = "TLE2"

// rebuild tells the reader how to fix stale or damaged events, which are built with the rest of
// the data.
const rebuild = "rebuild the data from the corpus folder"

// ErrEvents is wrapped by every error of DecodeEvents.
var ErrEvents = errors.New("invalid timeline events")

// EncodeEvents encodes events whose sources name articles of arts. A source naming an article
// not in arts is an error.
func EncodeEvents(arts []*corpus.Article, events []Event) ([]byte, error) {
	pos := make(map[string]int, len(arts))
	for i, a := range arts {
		pos[a.ID] = i
	}
	var body []byte
	var table []string
	ids := map[string]uint64{}
	str := func(s string) {
		id, ok := ids[s]
		if !ok {
			id = uint64(len(table))
			ids[s] = id
			table = append(table, s)
		}
		body = binary.AppendUvarint(body, id)
	}
	num := func(v int) { body = binary.AppendVarint(body, int64(v)) }
	unum := func(v uint64) { body = binary.AppendUvarint(body, v) }
	date := func(d corpus.Date) { body = wire.AppendDate(body, d) }
	unum(uint64(len(events)))
	for _, e := range events {
		date(e.Date)
		date(e.Until)
		date(e.Alt)
		unum(uint64(e.Anchor))
		unum(uint64(e.Role))
		unum(uint64(e.Lane))
		unum(uint64(e.Agreement))
		unum(uint64(len(e.Disputed)))
		for _, d := range e.Disputed {
			date(d)
		}
		unum(uint64(len(e.Sources)))
		for _, s := range e.Sources {
			p, ok := pos[s.Article]
			if !ok {
				return nil, fmt.Errorf("encoding the timeline: a source names article %q, which is not in the corpus", s.Article)
			}
			unum(uint64(p))
			str(s.Sentence)
			str(s.Text)
			num(s.Start)
			num(s.End - s.Start)
			date(s.Date)
			date(s.Until)
			date(s.Alt)
			unum(uint64(s.Anchor))
			unum(uint64(s.Role))
			unum(uint64(len(s.Entities)))
			for _, name := range s.Entities {
				str(name)
			}
		}
	}
	out := []byte(eventsFormat)
	out = binary.AppendUvarint(out, uint64(len(table)))
	for _, s := range table {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	return append(out, body...), nil
}

// DecodeEvents decodes what EncodeEvents wrote for the same articles. It never panics: damaged
// data, or data written for another corpus, returns an error wrapping ErrEvents.
func DecodeEvents(data []byte, arts []*corpus.Article) ([]Event, error) {
	if len(data) < len(eventsFormat) || string(data[:3]) != eventsFormat[:3] {
		return nil, fmt.Errorf("%w: not timeline events (no %q tag): %s", ErrEvents, eventsFormat[:3], rebuild)
	}
	if tag := string(data[:len(eventsFormat)]); tag != eventsFormat {
		return nil, fmt.Errorf("%w: format %q, but this build reads %s: %s", ErrEvents, tag, eventsFormat, rebuild)
	}
	d := &evDecoder{wire.Reader{Data: data, Off: len(eventsFormat)}}
	n := d.Count(1)
	table := make([]string, 0, n)
	for i := 0; i < n && d.Err == nil; i++ {
		l := d.Count(1)
		if d.Err != nil {
			break
		}
		b := d.Data[d.Off : d.Off+l]
		if !utf8.Valid(b) {
			d.Fail("string %d is not UTF-8", i)
			break
		}
		table = append(table, string(b))
		d.Off += l
	}
	str := func() string {
		i := d.Uint()
		if d.Err == nil && i >= uint64(len(table)) {
			d.Fail("string %d not in the table", i)
		}
		if d.Err != nil {
			return ""
		}
		return table[i]
	}
	events := make([]Event, d.Count(1))
	for i := range events {
		if d.Err != nil {
			break
		}
		e := &events[i]
		e.Date, e.Until, e.Alt = d.Date(), d.Date(), d.Date()
		e.Anchor = corpus.Anchor(d.Small(uint64(corpus.AnchorEstimated)))
		e.Role = corpus.DateRole(d.Small(uint64(corpus.RoleExpected)))
		e.Lane = Lane(d.Small(uint64(LanePublished)))
		e.Agreement = Agreement(d.Small(uint64(AgreeConflict)))
		if n := d.Count(1); n > 0 {
			e.Disputed = make([]corpus.Date, n)
		}
		for k := range e.Disputed {
			e.Disputed[k] = d.Date()
		}
		if n := d.Count(1); n > 0 {
			e.Sources = make([]Source, n)
		}
		for j := range e.Sources {
			s := &e.Sources[j]
			p := d.Uint()
			if d.Err == nil && p >= uint64(len(arts)) {
				d.Fail("article %d of %d", p, len(arts))
			}
			if d.Err != nil {
				break
			}
			s.Article = arts[p].ID
			s.Sentence, s.Text = str(), str()
			s.Start = d.Int()
			s.End = s.Start + d.Int()
			s.Date, s.Until, s.Alt = d.Date(), d.Date(), d.Date()
			s.Anchor = corpus.Anchor(d.Small(uint64(corpus.AnchorEstimated)))
			s.Role = corpus.DateRole(d.Small(uint64(corpus.RoleExpected)))
			if n := d.Count(1); n > 0 {
				s.Entities = make([]string, n)
			}
			for k := range s.Entities {
				s.Entities[k] = str()
			}
		}
	}
	if d.Err == nil && d.Off != len(d.Data) {
		d.Fail("%d bytes after the last event", len(d.Data)-d.Off)
	}
	if d.Err != nil {
		return nil, fmt.Errorf("%w: %v: %s", ErrEvents, d.Err, rebuild)
	}
	return events, nil
}

type evDecoder struct{ wire.Reader }
