// Command wasmsize attributes a Go-built app.wasm's code bytes to packages and functions, from the
// code section and the "name" custom section, and reports the data section's segments. With two
// files it prints the difference by package, e.g. Parallax against the floor app:
//
//	GOOS=js GOARCH=wasm go build -trimpath -o /tmp/app.wasm .
//	GOOS=js GOARCH=wasm go build -trimpath -o /tmp/floor.wasm ./bench/startup/floor
//	go run ./bench/wasmsize /tmp/app.wasm                  # packages, largest first
//	go run ./bench/wasmsize -pkg slices /tmp/app.wasm      # that package's functions
//	go run ./bench/wasmsize -diff /tmp/floor.wasm /tmp/app.wasm
//
// Build without -ldflags=-s: a stripped binary has no name section, and every function then
// counts under "?". go tool nm does not read wasm, hence this tool.
package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"slices"
	"strings"

	"github.com/andybalholm/brotli"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("wasmsize: ")
	diff := flag.String("diff", "", "the `base` wasm: print what the argument adds or removes per package")
	pkg := flag.String("pkg", "", "list the functions of this `package` (its path, or a prefix ending in /...)")
	top := flag.Int("n", 40, "rows to print per table (0: all)")
	flag.IntVar(&brQuality, "br", -1, "also print sizes compressed by brotli at this `quality` (0-11; slow at 10 and 11)")
	flag.Parse()
	if flag.NArg() != 1 {
		log.Fatal("usage: wasmsize [-n rows] [-pkg path] [-diff base.wasm] app.wasm")
	}
	m, err := load(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	switch {
	case *diff != "":
		base, err := load(*diff)
		if err != nil {
			log.Fatal(err)
		}
		printDiff(os.Stdout, base, m, *top)
	case *pkg != "":
		printFuncs(os.Stdout, m, *pkg, *top)
	default:
		printSummary(os.Stdout, m, *top)
	}
}

func load(path string) (*module, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m, err := parse(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// brQuality is the brotli quality of the compressed columns; -1 leaves them out.
var brQuality = -1

// brotliSize returns the size of b compressed at brQuality. Each package's code is compressed on
// its own, so the package rows add up to more than the whole section compresses to (brotli
// finds less to share in each part): an estimate of what a package costs the download, to rank
// and to compare builds, not a partition of it.
func brotliSize(b []byte) int {
	var n countWriter
	w := brotli.NewWriterLevel(&n, brQuality)
	w.Write(b)
	w.Close()
	return int(n)
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

// packageOf returns the package a function belongs to, from its name in the name section. Go's
// linker writes there the symbol name with every character but letters, digits, '_' and '.'
// replaced by '_', so the package comes out in that form too:
// "parallax_app.__Page_.Render" → "parallax_app";
// "github.com_maxence_charriere_go_app_v10_pkg_app.nodeManager.updateHTML" →
// "github.com_maxence_charriere_go_app_v10_pkg_app"; "slices.pdqsortCmpFunc_go.shape.…" →
// "slices"; "type_.eq.parallax_corpus.Article" → "type_.eq" (the compiler's generated equality
// functions, grouped). A function the binary has no name for ("func123") counts as "?".
func packageOf(name string) string {
	if rest, ok := strings.CutPrefix(name, "type_."); ok {
		if i := strings.IndexByte(rest, '.'); i >= 0 {
			return name[:len("type_.")+i]
		}
		return name
	}
	if strings.HasPrefix(name, "func") && strings.Trim(name[len("func"):], "0123456789") == "" {
		return "?"
	}
	// A path whose first element is a domain ("github.com", "go.yaml.in") keeps its dots up to
	// that element's end, the first '_'; the package name ends at the next dot.
	from := 0
	if i := strings.IndexByte(name, '_'); i > 0 && isDomain(name[:i]) {
		from = i
	}
	if i := strings.IndexByte(name[from:], '.'); i >= 0 {
		return name[:from+i]
	}
	return name
}

// isDomain reports whether a path's first element looks like a host name: dotted, with a top-level
// domain at its end. The standard library's paths have no dot in their first element.
func isDomain(elem string) bool {
	i := strings.LastIndexByte(elem, '.')
	if i < 0 {
		return false
	}
	switch elem[i+1:] {
	case "com", "org", "net", "io", "in", "dev", "co", "cc", "me", "app", "gov", "edu", "info", "xyz":
		return true
	}
	return false
}

// mangle spells an import path as the name section does, for -pkg.
func mangle(path string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || r == '.' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' {
			return r
		}
		return '_'
	}, path)
}

// tally is the function body bytes and the number of functions of one package.
type tally struct {
	bytes, funcs int
	br           int // bytes compressed (brotliSize) when brQuality >= 0
}

func byPackage(m *module) map[string]tally {
	t := map[string]tally{}
	code := map[string][]byte{}
	for _, f := range m.funcs {
		p := packageOf(f.name)
		v := t[p]
		v.bytes += f.size
		v.funcs++
		t[p] = v
		if brQuality >= 0 {
			code[p] = append(code[p], f.body...)
		}
	}
	for p, b := range code {
		v := t[p]
		v.br = brotliSize(b)
		t[p] = v
	}
	return t
}

type row struct {
	key string
	tally
	base tally // for a diff
}

func sorted(t map[string]tally) []row {
	rows := make([]row, 0, len(t))
	for k, v := range t {
		rows = append(rows, row{key: k, tally: v})
	}
	slices.SortFunc(rows, func(a, b row) int {
		return cmp.Or(cmp.Compare(b.bytes, a.bytes), strings.Compare(a.key, b.key))
	})
	return rows
}

func limit[T any](rows []T, n int) ([]T, int) {
	if n <= 0 || len(rows) <= n {
		return rows, 0
	}
	return rows[:n], len(rows) - n
}

func printSummary(w io.Writer, m *module, n int) {
	fmt.Fprintln(w, "sections (bytes of contents; brotli of each alone):")
	for _, s := range m.sections {
		fmt.Fprintf(w, "  %-16s %10d %s\n", sectionName(s), s.size, brCol(len(s.body), s.body))
	}
	code := 0
	for _, f := range m.funcs {
		code += f.size
	}
	fmt.Fprintf(w, "\ncode by package (%d functions, %d bytes):\n", len(m.funcs), code)
	rows, more := limit(sorted(byPackage(m)), n)
	for _, r := range rows {
		fmt.Fprintf(w, "  %10d %5d %s %s\n", r.bytes, r.funcs, brNum(r.br), r.key)
	}
	if more > 0 {
		fmt.Fprintf(w, "  (%d more packages; -n 0 lists all)\n", more)
	}
	printData(w, m)
}

// printData splits the data section by the module data's ranges (goDataParts), then lists the
// largest segments: Go's linker cuts a segment at every long run of zeros, and they carry no names.
func printData(w io.Writer, m *module) {
	total := 0
	for _, s := range m.data {
		total += s.size
	}
	fmt.Fprintf(w, "\ndata (%d segments, %d bytes stored) by what Go's runtime knows it as:\n", len(m.data), total)
	parts, err := goDataParts(m)
	if err != nil {
		fmt.Fprintf(w, "  %v\n", err)
	} else {
		mem := image(m.data)
		rest := total
		for _, p := range parts {
			n := stored(m.data, p.lo, p.hi)
			rest -= n
			br := ""
			if brQuality >= 0 {
				br = brNum(brotliSize(mem[p.lo:p.hi]))
			}
			fmt.Fprintf(w, "  %10d %s %s\n", n, br, p.name)
		}
		fmt.Fprintf(w, "  %10d %s the rest (runtime data below rodata, the module data, …)\n", rest, strings.Repeat(" ", len(brNum(0))))
	}
	fmt.Fprintf(w, "largest segments:\n")
	segs := slices.Clone(m.data)
	slices.SortStableFunc(segs, func(a, b segment) int { return cmp.Compare(b.size, a.size) })
	segs, more := limit(segs, 10) // 100,000 of them in app.wasm: the largest say enough
	for _, s := range segs {
		fmt.Fprintf(w, "  %10d at %#x\n", s.size, s.offset)
	}
	if more > 0 {
		fmt.Fprintf(w, "  (%d more)\n", more)
	}
}

// brCol is the brotli column of a section: its compressed size, or nothing without -br.
func brCol(n int, b []byte) string {
	if brQuality < 0 || n == 0 {
		return ""
	}
	return fmt.Sprintf("%10d", brotliSize(b))
}

func brNum(n int) string {
	if brQuality < 0 {
		return ""
	}
	return fmt.Sprintf("%9d", n)
}

func brDiff(n int) string {
	if brQuality < 0 {
		return ""
	}
	return fmt.Sprintf("%+9d", n)
}

func sectionName(s section) string {
	switch s.id {
	case secCustom:
		return "custom:" + s.name
	case secImport:
		return "import"
	case secCode:
		return "code"
	case secData:
		return "data"
	}
	return [...]string{1: "type", 3: "function", 4: "table", 5: "memory", 6: "global", 7: "export",
		8: "start", 9: "element", 12: "datacount", 13: "tag"}[min(int(s.id), 13)]
}

// printFuncs lists the functions of one package (or of every package under a prefix/...).
func printFuncs(w io.Writer, m *module, pkg string, n int) {
	prefix, all := strings.CutSuffix(pkg, "/...")
	pkg, prefix = mangle(pkg), mangle(prefix)
	var fs []function
	sum := 0
	for _, f := range m.funcs {
		p := packageOf(f.name)
		if p == pkg || all && (p == prefix || strings.HasPrefix(p, prefix+"_")) {
			fs = append(fs, f)
			sum += f.size
		}
	}
	slices.SortStableFunc(fs, func(a, b function) int { return cmp.Compare(b.size, a.size) })
	fmt.Fprintf(w, "%s: %d functions, %d bytes\n", pkg, len(fs), sum)
	fs, more := limit(fs, n)
	for _, f := range fs {
		fmt.Fprintf(w, "  %8d  %s\n", f.size, f.name)
	}
	if more > 0 {
		fmt.Fprintf(w, "  (%d more; -n 0 lists all)\n", more)
	}
}

// printDiff prints, per package, the code bytes of m minus those of base, largest growth first,
// then the totals and the data section's difference.
func printDiff(w io.Writer, base, m *module, n int) {
	bt, mt := byPackage(base), byPackage(m)
	var rows []row
	sum := 0
	for k, v := range mt {
		if d := v.bytes - bt[k].bytes; d != 0 {
			rows = append(rows, row{key: k, tally: v, base: bt[k]})
			sum += d
		}
	}
	for k, v := range bt {
		if _, ok := mt[k]; !ok {
			rows = append(rows, row{key: k, base: v})
			sum -= v.bytes
		}
	}
	slices.SortFunc(rows, func(a, b row) int {
		return cmp.Or(cmp.Compare(b.bytes-b.base.bytes, a.bytes-a.base.bytes), strings.Compare(a.key, b.key))
	})
	fmt.Fprintf(w, "code by package, this minus base (bytes%s; functions base → this):\n",
		map[bool]string{true: ", brotli of each package alone"}[brQuality >= 0])
	rows, more := limit(rows, n)
	brSum := 0
	for _, r := range rows {
		brSum += r.br - r.base.br
		fmt.Fprintf(w, "  %+10d %s  %5d → %-5d %s\n", r.bytes-r.base.bytes, brDiff(r.br-r.base.br), r.base.funcs, r.funcs, r.key)
	}
	if more > 0 {
		fmt.Fprintf(w, "  (%d more packages; -n 0 lists all)\n", more)
	}
	fmt.Fprintf(w, "  %+10d %s  total code (brotli: of the rows shown)\n", sum, brDiff(brSum))
	data := func(m *module) (t int) {
		for _, s := range m.data {
			t += s.size
		}
		return t
	}
	fmt.Fprintf(w, "  %+10d  data segments (%d → %d bytes)\n", data(m)-data(base), data(base), data(m))
	bp, errB := goDataParts(base)
	mp, errM := goDataParts(m)
	if errB != nil || errM != nil || len(bp) != len(mp) {
		return
	}
	bmem, mmem := image(base.data), image(m.data)
	fmt.Fprintf(w, "data by part, this minus base (bytes stored%s):\n", map[bool]string{true: ", brotli of each part alone"}[brQuality >= 0])
	for i, p := range mp {
		q := bp[i]
		br := ""
		if brQuality >= 0 {
			br = brDiff(brotliSize(mmem[p.lo:p.hi]) - brotliSize(bmem[q.lo:q.hi]))
		}
		fmt.Fprintf(w, "  %+10d %s  %s\n", stored(m.data, p.lo, p.hi)-stored(base.data, q.lo, q.hi), br, p.name)
	}
}
