// Command floor is the smallest go-app app that does what the start-up benchmark measures in
// Parallax: one component with a search box that becomes interactive once the wasm has mounted.
// It is the framework's floor, built and measured beside Parallax by bench/startup. The server
// and generator code sit behind a build tag (generate.go), as in Parallax, so that app.wasm
// holds only the component and go-app.
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// box is the only component: a search field, and the same "ready" mark Parallax's shell sets.
type box struct {
	app.Compo
	value string
}

func (b *box) OnMount(ctx app.Context) {
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-parallax", "ready")
}

func (b *box) Render() app.UI {
	return app.Main().Body(
		app.H1().Text("Floor"),
		app.Input().ID("search-q").Type("search").Placeholder("Search").OnInput(b.onInput),
		app.P().Text(b.value),
	)
}

func (b *box) onInput(ctx app.Context, e app.Event) {
	b.value = ctx.JSSrc().Get("value").String()
}

func main() {
	app.Route("/", func() app.Composer { return &box{} })
	app.RunWhenOnBrowser()
	generate()
}
