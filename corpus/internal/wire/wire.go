// Package wire holds the building blocks shared by Parallax's binary formats (the data file's
// articles, the timeline's events, the search index): varint numbers, counts bounded by the bytes
// left, and dates, read by a Reader that never panics on damaged input.
package wire

import (
	"encoding/binary"
	"fmt"
	"math"

	"parallax/corpus"
)

// Reader reads Data from Off. The first failure is kept in Err; every read after it returns a
// zero value, so a decoder checks Err once per record rather than after every number.
type Reader struct {
	Data []byte
	Off  int
	Err  error
}

// Fail records a failure at the current offset, unless one is recorded already.
func (r *Reader) Fail(format string, args ...any) {
	if r.Err == nil {
		r.Err = fmt.Errorf("at byte %d: %s", r.Off, fmt.Sprintf(format, args...))
	}
}

// Uint reads an unsigned varint.
func (r *Reader) Uint() uint64 {
	if r.Err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.Data[r.Off:])
	if n <= 0 {
		r.Fail("bad or truncated number")
		return 0
	}
	r.Off += n
	return v
}

// Int reads a zigzag varint that must fit in 32 bits.
func (r *Reader) Int() int {
	if r.Err != nil {
		return 0
	}
	v, n := binary.Varint(r.Data[r.Off:])
	if n <= 0 || v < math.MinInt32 || v > math.MaxInt32 {
		r.Fail("bad or truncated number")
		return 0
	}
	r.Off += n
	return int(v)
}

// Small reads a number that must fit in a byte-sized enum whose largest value is limit.
func (r *Reader) Small(limit uint64) uint8 {
	v := r.Uint()
	if v > limit {
		r.Fail("value %d out of range", v)
		return 0
	}
	return uint8(v)
}

// Count reads a length of elements of at least min bytes each (min ≥ 1): a length beyond the
// bytes left is damage, caught before anything is allocated for it.
func (r *Reader) Count(min int) int {
	v := r.Uint()
	if r.Err == nil && v > uint64(len(r.Data)-r.Off)/uint64(min) {
		r.Fail("count %d exceeds the data", v)
		return 0
	}
	return int(v)
}

// precisionBits holds any corpus.Precision in the low bits of a date's first number.
const precisionBits = 3

// dateFields lists the numeric fields of d in the order of the encoding.
func dateFields(d *corpus.Date) [5]*int {
	return [5]*int{&d.Year, &d.Quarter, &d.Month, &d.Part, &d.Day}
}

// AppendDate appends d: its precision and a mask of its non-zero fields in one number, then those
// fields, so that a zero date (an Until or Alt most mentions lack) takes one byte.
func AppendDate(b []byte, d corpus.Date) []byte {
	fields := dateFields(&d)
	var mask uint64
	for i, f := range fields {
		if *f != 0 {
			mask |= 1 << i
		}
	}
	b = binary.AppendUvarint(b, uint64(d.Precision)|mask<<precisionBits)
	for _, f := range fields {
		if *f != 0 {
			b = binary.AppendVarint(b, int64(*f))
		}
	}
	return b
}

// Date reads what AppendDate wrote. A precision or mask out of range, or a field marked non-zero
// that reads as zero, is damage.
func (r *Reader) Date() corpus.Date {
	var out corpus.Date
	v := r.Uint()
	p, mask := v&(1<<precisionBits-1), v>>precisionBits
	if p > uint64(corpus.PrecisionDay) || mask >= 1<<len(dateFields(&out)) {
		r.Fail("date %d out of range", v)
		return out
	}
	out.Precision = corpus.Precision(p)
	for i, f := range dateFields(&out) {
		if mask&(1<<i) != 0 {
			if *f = r.Int(); *f == 0 {
				r.Fail("a zero date field marked non-zero")
			}
		}
	}
	return out
}
