package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
)

// Section ids of the WebAssembly binary format (core spec 5.5.2).
const (
	secCustom = 0
	secImport = 2
	secCode   = 10
	secData   = 11
)

// module is what wasmsize reads of a wasm binary: its sections, its functions' body sizes and
// names, and its data segments.
type module struct {
	sections []section
	funcs    []function // in code-section order
	data     []segment
}

// section is one section of the binary; size counts its contents, not its id and length prefix.
type section struct {
	id   byte
	name string // a custom section's name; "" otherwise
	size int
	body []byte
}

// function is one function body of the code section. name is the name section's entry for it, or
// "func<index>" when the binary has no name (a build with -ldflags=-s keeps no name section).
type function struct {
	name string
	size int    // bytes of the body, its locals and its length prefix included
	body []byte // those bytes
}

// segment is one data segment: where it lands in linear memory and how many bytes it holds.
type segment struct {
	offset int64 // -1 when the offset is not a constant expression
	size   int
	bytes  []byte
}

var errNotWasm = errors.New("not a WebAssembly binary (bad magic or version)")

// reader reads the binary format's LEB128 integers, names and byte vectors; the first error sticks.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("offset %d: %s", r.off, fmt.Sprintf(format, args...))
	}
}

func (r *reader) byte() byte {
	if r.err != nil || r.off >= len(r.b) {
		r.fail("unexpected end")
		return 0
	}
	c := r.b[r.off]
	r.off++
	return c
}

func (r *reader) uleb() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 {
		r.fail("bad LEB128 integer")
		return 0
	}
	r.off += n
	return v
}

func (r *reader) sleb() int64 {
	if r.err != nil {
		return 0
	}
	var v int64
	var shift uint
	for {
		c := r.byte()
		if r.err != nil {
			return 0
		}
		v |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v
		}
		if shift >= 64 {
			r.fail("bad signed LEB128 integer")
			return 0
		}
	}
}

func (r *reader) bytes(n uint64) []byte {
	if r.err != nil {
		return nil
	}
	if n > uint64(len(r.b)-r.off) {
		r.fail("length %d past the end", n)
		return nil
	}
	s := r.b[r.off : r.off+int(n)]
	r.off += int(n)
	return s
}

func (r *reader) name() string { return string(r.bytes(r.uleb())) }

// parse reads a wasm binary. It errors on a malformed one rather than guessing.
func parse(b []byte) (*module, error) {
	if len(b) < 8 || !bytes.Equal(b[:4], []byte("\x00asm")) || binary.LittleEndian.Uint32(b[4:8]) != 1 {
		return nil, errNotWasm
	}
	m := &module{}
	r := &reader{b: b, off: 8}
	var imported uint64 // function imports come first in the function index space
	var names map[uint64]string
	for r.err == nil && r.off < len(b) {
		id := r.byte()
		body := r.bytes(r.uleb())
		if r.err != nil {
			break
		}
		s := &reader{b: body}
		sec := section{id: id, size: len(body), body: body}
		switch id {
		case secCustom:
			sec.name = s.name()
			if sec.name == "name" {
				names = parseNames(s)
			}
		case secImport:
			imported = countFuncImports(s)
		case secCode:
			n := s.uleb()
			for i := uint64(0); i < n && s.err == nil; i++ {
				start := s.off
				s.bytes(s.uleb())
				m.funcs = append(m.funcs, function{size: s.off - start, body: body[start:s.off]})
			}
		case secData:
			m.data = parseData(s)
		}
		if s.err != nil {
			return nil, fmt.Errorf("section %d%s at %d: %w", id, sec.name, r.off-len(body), s.err)
		}
		m.sections = append(m.sections, sec)
	}
	if r.err != nil {
		return nil, r.err
	}
	for i := range m.funcs {
		idx := imported + uint64(i)
		if n, ok := names[idx]; ok {
			m.funcs[i].name = n
		} else {
			m.funcs[i].name = fmt.Sprintf("func%d", idx)
		}
	}
	return m, nil
}

// countFuncImports counts the import section's functions (import kind 0).
func countFuncImports(s *reader) uint64 {
	var funcs uint64
	n := s.uleb()
	for i := uint64(0); i < n && s.err == nil; i++ {
		s.name() // module
		s.name() // field
		switch kind := s.byte(); kind {
		case 0: // function: type index
			s.uleb()
			funcs++
		case 1: // table: reftype, limits
			s.byte()
			limits(s)
		case 2: // memory: limits
			limits(s)
		case 3: // global: valtype, mutability
			s.byte()
			s.byte()
		default:
			s.fail("unknown import kind %d", kind)
		}
	}
	return funcs
}

func limits(s *reader) {
	if s.byte()&1 != 0 {
		s.uleb()
	}
	s.uleb()
}

// parseNames reads the name section's function names (subsection 1); other subsections are skipped.
func parseNames(s *reader) map[uint64]string {
	names := map[uint64]string{}
	for s.err == nil && s.off < len(s.b) {
		id := s.byte()
		sub := &reader{b: s.bytes(s.uleb())}
		if s.err != nil || id != 1 {
			continue
		}
		n := sub.uleb()
		for i := uint64(0); i < n && sub.err == nil; i++ {
			idx := sub.uleb()
			names[idx] = sub.name()
		}
		if sub.err != nil {
			s.fail("function names: %v", sub.err)
		}
	}
	return names
}

// parseData reads the data section's segments. Go writes active segments into memory 0 with an
// i32.const offset; other forms are read but keep offset -1.
func parseData(s *reader) []segment {
	n := s.uleb()
	var segs []segment
	for i := uint64(0); i < n && s.err == nil; i++ {
		seg := segment{offset: -1}
		switch flags := s.uleb(); flags {
		case 0, 2:
			if flags == 2 {
				s.uleb() // memory index
			}
			seg.offset = constExpr(s)
		case 1: // passive
		default:
			s.fail("unknown data segment flags %d", flags)
		}
		seg.bytes = s.bytes(s.uleb())
		seg.size = len(seg.bytes)
		segs = append(segs, seg)
	}
	return segs
}

// constExpr reads an offset expression: i32.const or i64.const, then end. Anything else yields -1
// after skipping to the end opcode.
func constExpr(s *reader) int64 {
	off := int64(-1)
	switch op := s.byte(); op {
	case 0x41, 0x42: // i32.const, i64.const
		off = s.sleb()
	default:
		for s.err == nil && op != 0x0b {
			op = s.byte()
		}
		return -1
	}
	if s.byte() != 0x0b {
		s.fail("offset expression without end")
	}
	return off
}
