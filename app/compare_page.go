package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// comparePage is a placeholder owned by the compare work stream, which replaces this file.
type comparePage struct{ app.Compo }

func newComparePage() app.Composer { return &comparePage{} }

func (p *comparePage) Render() app.UI {
	return page(navCompare, app.H1().Text("Compare"), app.P().Text("Coming soon."))
}
