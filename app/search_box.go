package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// searchBox is a placeholder owned by the search work stream, which replaces this file.
type searchBox struct{ app.Compo }

func newSearchBox() app.Composer { return &searchBox{} }

func (b *searchBox) Render() app.UI {
	return app.Form().Class("search-box").Action("/search").Role("search").Body(
		app.Label().For("q").Class("visually-hidden").Text("Search the corpus"),
		app.Input().ID("q").Name("q").Type("search").Placeholder("Search"),
	)
}
