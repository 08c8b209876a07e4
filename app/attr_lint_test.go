//go:build !wasm

package app

import (
	"go/ast"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/packages"
)

// attrSetters are the go-app element methods whose string argument becomes an attribute value
// in the prerendered HTML; for the two-argument ones (Aria, DataSet, Attr) the first argument
// is the attribute's name.
var attrSetters = map[string]bool{
	"Href": true, "Title": true, "ID": true, "Value": true, "Placeholder": true, "Alt": true,
	"Content": true, "Src": true, "Action": true, "For": true, "Name": true, "Label": true,
	"Aria": true, "DataSet": true, "Attr": true, "Pattern": true, "Role": true, "Rel": true,
	"Dir": true, "Lang": true,
	// The page's head, which go-app writes into <title>, <meta> and og:* attributes.
	"SetTitle": true, "SetDescription": true, "SetAuthor": true, "SetKeywords": true,
	"SetImage": true, "SetLoadingLabel": true,
}

// safeFuncs return values that are safe in an attribute: attrText and attrURL themselves, and
// the link builders, which end in attrURL.
var safeFuncs = map[string]bool{
	"attrText": true, "attrURL": true, "href": true, "readerURL": true, "compareURL": true, "readerSearchURL": true,
	"searchURL": true, "timelineURL": true, "pairID": true, "Itoa": true,
	// articleLang gives only a tag that corpus.ValidLanguage accepts: letters, digits and dashes.
	"articleLang": true,
}

// clientOnly are values set only in the browser, where go-app assigns them through the DOM and
// no HTML is written: the search box keeps the reader's own text exactly as typed.
var clientOnly = map[string]bool{"b.value": true}

// TestAttributesSafeByConstruction reads the package's source and checks every call that writes
// an attribute: its value must be a constant, a number or a bool (go-app formats those), or a
// string made by one of safeFuncs, joined to constants with +. A value from an article, the
// catalog or a URL can then reach an attribute only through attrText or attrURL.
func TestAttributesSafeByConstruction(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks the package")
	}
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo, Tests: false}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("the package does not type-check")
	}
	checked := 0
	for _, pkg := range pkgs {
		info := pkg.TypesInfo
		var safe func(e ast.Expr) bool
		safe = func(e ast.Expr) bool {
			tv := info.Types[e]
			if tv.Value != nil {
				return true // a constant
			}
			if b, ok := tv.Type.Underlying().(*types.Basic); ok && b.Info()&(types.IsBoolean|types.IsNumeric) != 0 {
				return true
			}
			switch e := e.(type) {
			case *ast.ParenExpr:
				return safe(e.X)
			case *ast.BinaryExpr:
				return e.Op == token.ADD && safe(e.X) && safe(e.Y)
			case *ast.CallExpr:
				if isFmtSprint(info, e) {
					for _, a := range e.Args {
						if !safe(a) {
							return false
						}
					}
					return true
				}
				switch fn := e.Fun.(type) {
				case *ast.Ident:
					return safeFuncs[fn.Name]
				case *ast.SelectorExpr:
					return safeFuncs[fn.Sel.Name]
				}
			}
			return false
		}
		for _, file := range pkg.Syntax {
			ast.Inspect(file, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok || !attrSetters[sel.Sel.Name] || len(call.Args) == 0 {
					return true
				}
				// Only go-app's element methods: the receiver's type comes from go-app.
				recv := info.TypeOf(sel.X)
				if recv == nil || !fromGoApp(recv) {
					return true
				}
				checked++
				args := call.Args
				if len(args) == 2 {
					if info.Types[args[0]].Value == nil {
						t.Errorf("%s: the attribute name of %s is not a constant", pkg.Fset.Position(call.Pos()), sel.Sel.Name)
					}
					args = args[1:]
				}
				for _, a := range args {
					if clientOnly[types.ExprString(a)] {
						continue
					}
					if !safe(a) {
						t.Errorf("%s: %s(%s) writes a value that is not made safe: use attrText or attrURL",
							pkg.Fset.Position(a.Pos()), sel.Sel.Name, types.ExprString(a))
					}
				}
				return true
			})
		}
	}
	if checked < 50 {
		t.Errorf("checked only %d attribute calls: is the test still finding them?", checked)
	}
}

func fromGoApp(t types.Type) bool {
	named, ok := t.(*types.Named)
	if !ok {
		if p, ok := t.(*types.Pointer); ok {
			return fromGoApp(p.Elem())
		}
		return false
	}
	pkg := named.Obj().Pkg()
	return pkg != nil && pkg.Path() == "github.com/maxence-charriere/go-app/v10/pkg/app"
}

// isFmtSprint reports whether call is fmt.Sprint or fmt.Sprintf, safe when its arguments are.
func isFmtSprint(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" && (fn.Name() == "Sprint" || fn.Name() == "Sprintf")
}
