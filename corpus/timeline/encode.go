package timeline

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unicode/utf8"

	"parallax/corpus"
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
	// A date is its precision and a mask of its non-zero fields in one number, then those
	// fields: the Until and Alt most events lack take a byte each.
	date := func(d corpus.Date) {
		fields := dateFields(&d)
		var mask uint64
		for i, f := range fields {
			if *f != 0 {
				mask |= 1 << i
			}
		}
		unum(uint64(d.Precision) | mask<<precisionBits)
		for _, f := range fields {
			if *f != 0 {
				num(*f)
			}
		}
	}
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
	d := &evDecoder{data: data, off: len(eventsFormat)}
	n := d.count()
	table := make([]string, 0, n)
	for i := 0; i < n && d.err == nil; i++ {
		l := d.count()
		if d.err != nil {
			break
		}
		b := d.data[d.off : d.off+l]
		if !utf8.Valid(b) {
			d.fail("string %d is not UTF-8", i)
			break
		}
		table = append(table, string(b))
		d.off += l
	}
	str := func() string {
		i := d.uint()
		if d.err == nil && i >= uint64(len(table)) {
			d.fail("string %d not in the table", i)
		}
		if d.err != nil {
			return ""
		}
		return table[i]
	}
	date := func() corpus.Date {
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
	events := make([]Event, d.count())
	for i := range events {
		if d.err != nil {
			break
		}
		e := &events[i]
		e.Date, e.Until, e.Alt = date(), date(), date()
		e.Anchor = corpus.Anchor(d.small(uint64(corpus.AnchorEstimated)))
		e.Role = corpus.DateRole(d.small(uint64(corpus.RoleExpected)))
		e.Lane = Lane(d.small(uint64(LanePublished)))
		e.Agreement = Agreement(d.small(uint64(AgreeConflict)))
		if n := d.count(); n > 0 {
			e.Disputed = make([]corpus.Date, n)
		}
		for k := range e.Disputed {
			e.Disputed[k] = date()
		}
		if n := d.count(); n > 0 {
			e.Sources = make([]Source, n)
		}
		for j := range e.Sources {
			s := &e.Sources[j]
			p := d.uint()
			if d.err == nil && p >= uint64(len(arts)) {
				d.fail("article %d of %d", p, len(arts))
			}
			if d.err != nil {
				break
			}
			s.Article = arts[p].ID
			s.Sentence, s.Text = str(), str()
			s.Start = d.int()
			s.End = s.Start + d.int()
			s.Date, s.Until, s.Alt = date(), date(), date()
			s.Anchor = corpus.Anchor(d.small(uint64(corpus.AnchorEstimated)))
			s.Role = corpus.DateRole(d.small(uint64(corpus.RoleExpected)))
			if n := d.count(); n > 0 {
				s.Entities = make([]string, n)
			}
			for k := range s.Entities {
				s.Entities[k] = str()
			}
		}
	}
	if d.err == nil && d.off != len(d.data) {
		d.fail("%d bytes after the last event", len(d.data)-d.off)
	}
	if d.err != nil {
		return nil, fmt.Errorf("%w: %v: %s", ErrEvents, d.err, rebuild)
	}
	return events, nil
}

// precisionBits holds any corpus.Precision in the low bits of a date's first number.
const precisionBits = 3

// dateFields lists the numeric fields of d in the order of the encoding.
func dateFields(d *corpus.Date) [5]*int {
	return [5]*int{&d.Year, &d.Quarter, &d.Month, &d.Part, &d.Day}
}

type evDecoder struct {
	data []byte
	off  int
	err  error
}

func (d *evDecoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("at byte %d: %s", d.off, fmt.Sprintf(format, args...))
	}
}

func (d *evDecoder) uint() uint64 {
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

func (d *evDecoder) int() int {
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

func (d *evDecoder) small(limit uint64) uint8 {
	v := d.uint()
	if v > limit {
		d.fail("value %d out of range", v)
		return 0
	}
	return uint8(v)
}

// count reads a length; each element takes at least one byte, so a length beyond the bytes left
// is damage, caught before anything is allocated for it.
func (d *evDecoder) count() int {
	v := d.uint()
	if v > uint64(len(d.data)-d.off) {
		d.fail("count %d exceeds the data", v)
		return 0
	}
	return int(v)
}
