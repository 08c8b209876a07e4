// Package clientbuild writes the module file app.wasm is built with: the project's go.mod, with
// go-app replaced by a copy of it whose server-only declarations are cut out.
//
// go-app's package app holds both the client and the http.Handler that serves it, with no build
// tag between them. Its http.go imports net/http, and with it crypto/tls, crypto/x509 and the
// FIPS 140 module: about a megabyte of code and 0.6 MB of data in app.wasm that the browser never
// runs, but downloads, compiles and initialises at every start. The copy leaves those files out,
// by name (Cuts); every declaration it keeps is go-app's source, unchanged. The server build and
// every native test use go-app as go.mod names it. (go build's -overlay cannot do this: it
// refuses to replace files in the module cache.)
//
// Nothing depends on this for correctness: a wasm built without it is the same app, only larger
// and slower to start.
package clientbuild

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Module is the module the client build replaces, and Package the package of it that is cut.
const (
	Module  = "github.com/maxence-charriere/go-app/v10"
	Package = Module + "/pkg/app"
)

// Cut names one file of Package and the top-level declarations of it that app.wasm keeps; a Cut
// with no Keep leaves the whole file out. A name is a function's, a type's, or a variable's or
// constant's (a var or const group is kept whole if it declares any kept name).
type Cut struct {
	File string
	Keep []string
}

// Cuts are go-app v10's server-only files, as of v10.1.11:
//   - http.go is the Handler (net/http), which the client never runs;
//   - resource.go is the Handler's resource resolvers (net/http's FileServer), except the
//     client's own URL resolver that app.go calls;
//   - wasm.go's GenerateStaticWebsite takes a *Handler, and in a wasm only panics.
//
// If go-app stops declaring a kept name, Write fails and says which: the list must then be
// reviewed against the new version.
var Cuts = []Cut{
	{File: "http.go"},
	{File: "resource.go", Keep: []string{"clientResourceResolver", "remoteLocation", "webLocation"}},
	{File: "wasm.go", Keep: []string{"wasmExecJS"}},
}

// Write writes into dir a copy of Module's Go packages with Cuts applied (dir/goapp) and a module
// file that uses it (dir/go.mod, with its go.sum), and returns the module file's path, for
// `go build -modfile PATH`. It finds the module with `go list`, so it must run inside the
// project's module with the go command on PATH. The error names the file or the declaration
// that could not be cut.
func Write(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	src, root, err := moduleDirs()
	if err != nil {
		return "", err
	}
	dst := filepath.Join(abs, "goapp")
	if err := os.RemoveAll(dst); err != nil {
		return "", err
	}
	if err := copyModule(src, dst); err != nil {
		return "", fmt.Errorf("clientbuild: copying %s: %w", Module, err)
	}
	pkg := filepath.Join(dst, strings.TrimPrefix(Package, Module+"/"))
	for _, c := range Cuts {
		path := filepath.Join(pkg, c.File)
		text, err := os.ReadFile(path)
		if err != nil {
			return "", fmt.Errorf("clientbuild: %s: %w", Package, err)
		}
		if len(c.Keep) == 0 {
			if err := os.Remove(path); err != nil {
				return "", err
			}
			continue
		}
		out, err := Trim(c.File, text, c.Keep)
		if err != nil {
			return "", fmt.Errorf("clientbuild: %s: %w", Package, err)
		}
		if err := os.WriteFile(path, out, 0o644); err != nil {
			return "", err
		}
	}

	mod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		return "", err
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		return "", err
	}
	mod = append(mod, fmt.Sprintf("\n// Written by parallax/internal/clientbuild for app.wasm: go-app without its server.\nreplace %s => %s\n", Module, strconv.Quote(dst))...)
	modfile := filepath.Join(abs, "go.mod")
	if err := os.WriteFile(modfile, mod, 0o644); err != nil {
		return "", err
	}
	return modfile, os.WriteFile(filepath.Join(abs, "go.sum"), sum, 0o644)
}

// moduleDirs returns the folder of Module's source in the module cache, downloading it if it is
// not there yet, and the project's root.
func moduleDirs() (module, root string, err error) {
	cmd := exec.Command("go", "mod", "download", "-json", Module)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", "", fmt.Errorf("clientbuild: go mod download %s: %w: %s%s", Module, err, out, strings.TrimSpace(stderr.String()))
	}
	var m struct{ Dir, Error string }
	if err := json.Unmarshal(out, &m); err != nil {
		return "", "", fmt.Errorf("clientbuild: go mod download %s: %w", Module, err)
	}
	if m.Error != "" || m.Dir == "" {
		return "", "", fmt.Errorf("clientbuild: go mod download %s: no folder: %s", Module, m.Error)
	}
	out, err = exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", "", fmt.Errorf("clientbuild: go env GOMOD: %w", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", "", fmt.Errorf("clientbuild: not inside a module")
	}
	return m.Dir, filepath.Dir(gomod), nil
}

// copyModule copies src's go.mod, LICENSE and non-test Go files into dst; the copy is writable
// (the module cache's files are read-only).
func copyModule(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if d.IsDir() {
			if rel != "." && (strings.HasPrefix(d.Name(), ".") || strings.HasPrefix(d.Name(), "_") || d.Name() == "testdata" || rel == "docs") {
				return filepath.SkipDir
			}
			return nil
		}
		name := d.Name()
		if rel != "go.mod" && rel != "LICENSE" && (!strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go")) {
			return nil
		}
		text, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Join(dst, filepath.Dir(rel)), 0o755); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), text, 0o644)
	})
}

// Trim returns the Go source file text with only the top-level declarations named in keep, and
// the imports they use. The package clause, the build constraints and the file's header comment
// are kept; a comment that documents a kept declaration stays with it. It fails if text does not
// parse or does not declare every name in keep.
func Trim(name string, text []byte, keep []string) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, text, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	found := map[string]bool{}
	var decls []ast.Decl
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			continue
		}
		names := declNames(d)
		kept := false
		for _, n := range names {
			if slices.Contains(keep, n) {
				found[n], kept = true, true
			}
		}
		if kept {
			decls = append(decls, d)
		}
	}
	for _, n := range keep {
		if !found[n] {
			return nil, fmt.Errorf("%s no longer declares %s: review clientbuild.Cuts", name, n)
		}
	}

	used := map[string]bool{}
	for _, d := range decls {
		ast.Inspect(d, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok {
					used[id.Name] = true
				}
			}
			return true
		})
	}
	var imports []string
	for _, im := range f.Imports {
		p, err := strconv.Unquote(im.Path.Value)
		if err != nil {
			return nil, err
		}
		local := p[strings.LastIndex(p, "/")+1:]
		if im.Name != nil {
			local = im.Name.Name
		}
		if used[local] {
			if im.Name != nil {
				imports = append(imports, im.Name.Name+" "+im.Path.Value)
			} else {
				imports = append(imports, im.Path.Value)
			}
		}
	}

	var b bytes.Buffer
	// Everything before the package clause: the build constraints and any header comment.
	b.Write(text[:fset.Position(f.Package).Offset])
	fmt.Fprintf(&b, "package %s\n\n", f.Name.Name)
	b.WriteString("// This file is go-app's, cut for app.wasm by parallax/internal/clientbuild:\n")
	b.WriteString("// only the declarations the client uses are left, unchanged.\n\n")
	if len(imports) > 0 {
		b.WriteString("import (\n")
		for _, im := range imports {
			b.WriteString("\t" + im + "\n")
		}
		b.WriteString(")\n\n")
	}
	for _, d := range decls {
		start := d.Pos()
		if doc := declDoc(d); doc != nil {
			start = doc.Pos()
		}
		b.Write(text[fset.Position(start).Offset:fset.Position(d.End()).Offset])
		b.WriteString("\n\n")
	}
	return format.Source(b.Bytes())
}

// declNames returns the names a top-level declaration declares; a method is named Type.Method,
// so that keeping a type's name does not keep its methods by accident, nor the reverse.
func declNames(d ast.Decl) []string {
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Recv != nil && len(d.Recv.List) == 1 {
			t := d.Recv.List[0].Type
			if s, ok := t.(*ast.StarExpr); ok {
				t = s.X
			}
			if id, ok := t.(*ast.Ident); ok {
				return []string{id.Name + "." + d.Name.Name}
			}
		}
		return []string{d.Name.Name}
	case *ast.GenDecl:
		var names []string
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.TypeSpec:
				names = append(names, s.Name.Name)
			case *ast.ValueSpec:
				for _, n := range s.Names {
					names = append(names, n.Name)
				}
			}
		}
		return names
	}
	return nil
}

func declDoc(d ast.Decl) *ast.CommentGroup {
	switch d := d.(type) {
	case *ast.FuncDecl:
		return d.Doc
	case *ast.GenDecl:
		return d.Doc
	}
	return nil
}
