package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// wasmBuilder writes a module in the binary format, section by section.
type wasmBuilder struct{ bytes.Buffer }

func uleb(v uint64) []byte { return binary.AppendUvarint(nil, v) }

func vec(n int, items ...[]byte) []byte {
	b := uleb(uint64(n))
	for _, it := range items {
		b = append(b, it...)
	}
	return b
}

func str(s string) []byte { return append(uleb(uint64(len(s))), s...) }

func (w *wasmBuilder) section(id byte, body []byte) {
	w.WriteByte(id)
	w.Write(uleb(uint64(len(body))))
	w.Write(body)
}

// synthetic is a module with two imported functions (so names are offset by two), three
// function bodies of 4, 6 and 130 bytes (the last with a two-byte length prefix), names for
// two of them, and two data segments.
func synthetic() []byte {
	var w wasmBuilder
	w.WriteString("\x00asm\x01\x00\x00\x00")
	w.section(secImport, vec(3,
		str("go"), str("a"), []byte{0}, uleb(0), // function
		str("go"), str("mem"), []byte{2, 1}, uleb(1), uleb(2), // memory with a maximum
		str("go"), str("b"), []byte{0}, uleb(0), // function
	))
	body := func(n int) []byte { return append(uleb(uint64(n)), bytes.Repeat([]byte{1}, n)...) }
	w.section(secCode, vec(3, body(3), body(5), body(128)))
	w.section(secData, vec(2,
		append(append([]byte{0, 0x41}, uleb(1024)...), append([]byte{0x0b}, vec(3, []byte("abc"))...)...),
		append([]byte{0, 0x41, 0x80, 0x10, 0x0b}, vec(2, []byte("xy"))...), // offset 2048
	))
	names := vec(2,
		append(uleb(2), str("parallax_app.__Page_.Render")...),
		append(uleb(4), str("github.com_x_y.F")...),
	)
	w.section(secCustom, append(str("name"), append([]byte{1}, append(uleb(uint64(len(names))), names...)...)...))
	return w.Bytes()
}

func TestParseSynthetic(t *testing.T) {
	m, err := parse(synthetic())
	if err != nil {
		t.Fatal(err)
	}
	want := []function{{name: "parallax_app.__Page_.Render", size: 4}, {name: "func3", size: 6}, {name: "github.com_x_y.F", size: 130}}
	if d := cmp.Diff(want, m.funcs, cmp.AllowUnexported(function{}), cmp.FilterPath(func(p cmp.Path) bool {
		return p.Last().String() == ".body"
	}, cmp.Ignore())); d != "" {
		t.Errorf("functions (-want +got):\n%s", d)
	}
	var segs []segment
	for _, s := range m.data {
		segs = append(segs, segment{offset: s.offset, size: s.size})
	}
	if d := cmp.Diff([]segment{{1024, 3, nil}, {2048, 2, nil}}, segs, cmp.AllowUnexported(segment{})); d != "" {
		t.Errorf("segments (-want +got):\n%s", d)
	}
	if got := stored(m.data, 1025, 2049); got != 3 {
		t.Errorf("stored(1025, 2049) = %d, want 3", got)
	}
	got := byPackage(m)
	if d := cmp.Diff(map[string]tally{
		"parallax_app": {bytes: 4, funcs: 1}, "?": {bytes: 6, funcs: 1}, "github.com_x_y": {bytes: 130, funcs: 1},
	}, got, cmp.AllowUnexported(tally{})); d != "" {
		t.Errorf("byPackage (-want +got):\n%s", d)
	}
}

func TestParseErrors(t *testing.T) {
	good := synthetic()
	for name, b := range map[string][]byte{
		"empty":        nil,
		"magic":        append([]byte("\x00wasm"), good[5:]...),
		"truncated":    good[:len(good)-3],
		"section size": append(slicesClone(good[:8]), 10, 0xff, 0xff, 0xff, 0xff, 0x0f),
	} {
		if _, err := parse(b); err == nil {
			t.Errorf("%s: parse succeeded on a malformed binary", name)
		}
	}
}

func slicesClone(b []byte) []byte { return append([]byte(nil), b...) }

func TestPackageOf(t *testing.T) {
	for name, want := range map[string]string{
		"parallax_app.__libraryPage_.renderFilters":                              "parallax_app",
		"parallax_corpus_search.New":                                             "parallax_corpus_search",
		"github.com_maxence_charriere_go_app_v10_pkg_app.nodeManager.updateHTML": "github.com_maxence_charriere_go_app_v10_pkg_app",
		"go.yaml.in_yaml_v3.Unmarshal":                                           "go.yaml.in_yaml_v3",
		"golang.org_x_text_unicode_norm.Form.String":                             "golang.org_x_text_unicode_norm",
		"slices.pdqsortCmpFunc_go.shape.struct___Name_string__Count_int___":      "slices",
		"slices.Sort_go.shape.__int_go.shape.int_":                               "slices",
		"type_.eq.parallax_corpus.Article":                                       "type_.eq",
		"runtime.gcStart":                                                        "runtime",
		"main.main":                                                              "main",
		"fmt.Sprintf":                                                            "fmt",
		"func1234":                                                               "?",
		"functionName.x":                                                         "functionName",
	} {
		if got := packageOf(name); got != want {
			t.Errorf("packageOf(%q) = %q, want %q", name, got, want)
		}
	}
	if got, want := mangle("github.com/maxence-charriere/go-app/v10/pkg/app"), "github.com_maxence_charriere_go_app_v10_pkg_app"; got != want {
		t.Errorf("mangle = %q, want %q", got, want)
	}
}

// TestGoBuild reads a small Go program built for wasm: its main.main is found and named, and the
// module data splits the data section with the pclntab and rodata non-empty and every range
// inside the data.
func TestGoBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a wasm binary")
	}
	dir := t.TempDir()
	src := "package main\n\nimport \"os\"\n\nvar table = [...]string{\"alpha\", \"beta\"}\n\nfunc main() { os.Stdout.WriteString(table[len(os.Args)%2]) }\n"
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module tiny\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "tiny.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-o", out, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOFLAGS=")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	m, err := load(out)
	if err != nil {
		t.Fatal(err)
	}
	pk := byPackage(m)
	if pk["main"].funcs == 0 || pk["runtime"].bytes < 100_000 || pk["?"].funcs != 0 {
		t.Errorf("packages: main %v, runtime %v, unnamed %v", pk["main"], pk["runtime"], pk["?"])
	}
	parts, err := goDataParts(m)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	printSummary(&b, m, 5)
	for _, p := range parts {
		n := stored(m.data, p.lo, p.hi)
		if (strings.HasPrefix(p.name, "pclntab") || strings.HasPrefix(p.name, "rodata")) && n == 0 {
			t.Errorf("%s: empty (%#x-%#x)\n%s", p.name, p.lo, p.hi, b.String())
		}
	}
	if !strings.Contains(b.String(), "rodata: type descriptors") {
		t.Errorf("summary without the data split:\n%s", b.String())
	}
}
