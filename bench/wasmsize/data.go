package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
)

// dataPart is one part of a Go wasm's data section, by address range in linear memory.
type dataPart struct {
	name   string
	lo, hi uint64
}

// goDataParts splits the data of a Go-built wasm into what Go's runtime knows it as, read from
// the module data (runtime.firstmoduledata): rodata (type descriptors, string literals, static
// tables), the pclntab's function names, file names, pc-value tables and function data, type and
// itab links, noptrdata and data. The data segments carry no names, hence this; the module data
// has no finer split of rodata.
func goDataParts(m *module) ([]dataPart, error) {
	mem := image(m.data)
	// The pclntab starts with its header, whose magic is Go 1.20's (still current in 1.26),
	// followed by pad, pad, minLC 1 and ptrSize 8.
	hdr := bytes.Index(mem, []byte{0xf1, 0xff, 0xff, 0xff, 0, 0, 1, 8})
	if hdr < 0 {
		return nil, errors.New("no pclntab header in the data (not built by Go 1.20 or later?)")
	}
	// The module data begins with a pointer to that header, then funcnametab's slice header,
	// which points at the header plus its funcnameOffset.
	if hdr+40 > len(mem) {
		return nil, errors.New("pclntab header cut short")
	}
	names := uint64(hdr) + binary.LittleEndian.Uint64(mem[hdr+32:])
	md := -1
	for i := 0; i+8*60 <= len(mem); i += 8 {
		if binary.LittleEndian.Uint64(mem[i:]) == uint64(hdr) && binary.LittleEndian.Uint64(mem[i+8:]) == names {
			md = i
			break
		}
	}
	if md < 0 {
		return nil, errors.New("no module data pointing at the pclntab header")
	}
	word := func(i int) uint64 { return binary.LittleEndian.Uint64(mem[md+8*i:]) }
	slice := func(i int, elem uint64, name string) dataPart {
		return dataPart{name, word(i), word(i) + word(i+1)*elem}
	}
	// Field indices in words, from runtime/symtab.go's moduledata (Go 1.26).
	parts := []dataPart{
		slice(1, 1, "pclntab: function names"),
		slice(4, 4, "pclntab: compilation units"),
		slice(7, 1, "pclntab: file names"),
		slice(10, 1, "pclntab: pc-value tables"),
		slice(13, 1, "pclntab: function table and records"),
		{"pclntab: go:func.* (stack maps, inline trees, argument info)", word(40), word(41)},
		{"noptrdata (initialised variables without pointers)", word(24), word(25)},
		{"data (initialised variables with pointers)", word(26), word(27)},
		// On wasm, rodata starts with the type descriptors and runs to the pclntab: one range.
		{"rodata: type descriptors, strings, static tables", word(37), word(38)},
		slice(45, 4, "type links"),
		slice(48, 8, "itab links"),
	}
	for i, p := range parts {
		// Zeros at the end of memory are not stored: the image stops before them.
		parts[i].hi = min(p.hi, uint64(len(mem)))
		if p.hi < p.lo || p.lo > uint64(len(mem)) {
			return nil, fmt.Errorf("module data out of range (%s %#x-%#x of %#x): not the layout of Go 1.26", p.name, p.lo, p.hi, len(mem))
		}
	}
	return parts, nil
}

// image lays the data segments out in one slice indexed by address; zeros between them.
func image(segs []segment) []byte {
	var end int64
	for _, s := range segs {
		end = max(end, s.offset+int64(s.size))
	}
	mem := make([]byte, end)
	for _, s := range segs {
		if s.offset >= 0 {
			copy(mem[s.offset:], s.bytes)
		}
	}
	return mem
}

// stored returns how many bytes of the segments fall in [lo, hi): what the range costs in the
// file (runs of zeros are not stored, Go's linker cuts segments around them).
func stored(segs []segment, lo, hi uint64) int {
	n := 0
	for _, s := range segs {
		a, b := uint64(max(s.offset, 0)), uint64(max(s.offset, 0))+uint64(s.size)
		if a < hi && b > lo {
			n += int(min(b, hi) - max(a, lo))
		}
	}
	return n
}
