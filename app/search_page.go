package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// searchPage is a placeholder owned by the search work stream, which replaces this file.
type searchPage struct{ app.Compo }

func newSearchPage() app.Composer { return &searchPage{} }

func (p *searchPage) Render() app.UI {
	return page(navSearch, app.H1().Text("Search"), app.P().Text("Coming soon."))
}
