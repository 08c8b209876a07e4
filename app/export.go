package app

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus/align"
	"parallax/corpus/cite"
)

// compareTools offers a comparison for use elsewhere: downloads as Markdown and as CSV (the
// aligned pairs with links to their sentences, the summary, and both articles' provenance),
// and printing, which the print stylesheet lays out in two columns. It holds the status line
// that confirms copies and exports on the compare page.
type compareTools struct {
	app.Compo

	Cmp *align.Comparison
	// Part and Parts: the part of a long comparison on screen (1-based) and how many there
	// are; the page prints only that part, so the Print button says so.
	Part, Parts int

	lastURL string // the last download's object URL, revoked at the next one
}

func newCompareTools(c *align.Comparison) *compareTools { return &compareTools{Cmp: c} }

// inPart tells the tools that the page shows part k (1-based) of n.
func (t *compareTools) inPart(k, n int) *compareTools {
	t.Part, t.Parts = k, n
	return t
}

// exportName is a download's file name from the two article IDs: letters, digits and dashes
// only, so that no ID can name a path or a hidden file.
func exportName(c *align.Comparison, ext string) string {
	clean := func(id string) string {
		var b strings.Builder
		for _, r := range strings.ToLower(id) {
			switch {
			case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
				b.WriteRune(r)
			case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
				b.WriteByte('-')
			}
			if b.Len() >= 60 {
				break
			}
		}
		s := strings.Trim(b.String(), "-")
		if s == "" {
			s = "article"
		}
		return s
	}
	return "parallax-" + clean(c.A.ID) + "-vs-" + clean(c.B.ID) + "." + ext
}

func (t *compareTools) exportMarkdown(ctx app.Context, e app.Event) {
	defer recoverAndLog("export")
	if t.Cmp == nil || t.Cmp.A == nil || t.Cmp.B == nil {
		return
	}
	name := exportName(t.Cmp, "md")
	t.download(ctx, name, "text/markdown;charset=utf-8", []byte(cite.Markdown(t.Cmp, citeLinks())))
}

func (t *compareTools) exportCSV(ctx app.Context, e app.Event) {
	defer recoverAndLog("export")
	if t.Cmp == nil || t.Cmp.A == nil || t.Cmp.B == nil {
		return
	}
	data, err := cite.CSV(t.Cmp, citeLinks())
	if err != nil {
		ctx.NewActionWithValue(actionCopied, "The CSV could not be made: "+err.Error())
		return
	}
	t.download(ctx, exportName(t.Cmp, "csv"), "text/csv;charset=utf-8", data)
}

// download offers data as a file: a Blob, its object URL, and a click on an anchor with a
// download attribute. The policy needs nothing for it: a blob: download is not a fetch.
func (t *compareTools) download(ctx app.Context, name, mime string, data []byte) {
	win := app.Window()
	if !win.Get("Blob").Truthy() || !win.Get("URL").Truthy() {
		ctx.NewActionWithValue(actionCopied, "Downloads are not available in this browser.")
		return
	}
	bytes := win.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(bytes, data)
	blob := win.Get("Blob").New([]any{bytes}, map[string]any{"type": mime})
	if t.lastURL != "" {
		win.Get("URL").Call("revokeObjectURL", t.lastURL)
	}
	t.lastURL = win.Get("URL").Call("createObjectURL", blob).String()
	doc := win.Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", t.lastURL)
	a.Set("download", name)
	a.Set("hidden", true)
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	ctx.NewActionWithValue(actionCopied, "Downloaded "+name+".")
}

func (t *compareTools) OnDismount() {
	if t.lastURL != "" {
		app.Window().Get("URL").Call("revokeObjectURL", t.lastURL)
		t.lastURL = ""
	}
}

func (t *compareTools) print(ctx app.Context, e app.Event) {
	app.Window().Call("print")
}

// printButton prints the page; for a comparison in parts it says that only this part prints.
func (t *compareTools) printButton() app.UI {
	b := app.Button().Type("button").Class("button button-secondary").ID("compare-print").OnClick(t.print)
	if t.Parts <= 1 {
		return b.Text("Print")
	}
	k := min(max(t.Part, 1), t.Parts)
	return b.Title("Prints the part on screen; Export Markdown holds the whole comparison.").
		Text(fmt.Sprintf("Print part %d of %d", k, t.Parts))
}

func (t *compareTools) Render() app.UI {
	return app.Div().Class("compare-export").Body(
		app.Span().Class("sort-label").Text("Take it with you:"),
		app.Button().Type("button").Class("button button-secondary").ID("export-md").
			OnClick(t.exportMarkdown).Text("Export Markdown"),
		app.Button().Type("button").Class("button button-secondary").ID("export-csv").
			OnClick(t.exportCSV).Text("Export CSV"),
		t.printButton(),
		newCopyStatus(),
	)
}
