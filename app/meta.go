package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// setPageMeta sets the page's title and, when not empty, its description. go-app's prerender
// writes both into <meta> attributes (og:title, og:description) with strconv.Quote, which does not
// escape for HTML: a double quote from an article or a URL would end the attribute and let the
// rest be read as markup. Typographic quotes read the same and cannot.
func setPageMeta(ctx app.Context, title, description string) {
	ctx.Page().SetTitle(metaText(title))
	if description != "" {
		ctx.Page().SetDescription(metaText(description))
	}
}

var metaReplacer = strings.NewReplacer(`"`, "”", "\\", "∖")

// metaText makes s safe inside an attribute written by strconv.Quote.
func metaText(s string) string {
	return metaReplacer.Replace(s)
}

// selectedIf marks an option selected only when it is: go-app prerenders Selected(false) as
// selected="false", which HTML reads as selected.
func selectedIf(o app.HTMLOption, selected bool) app.HTMLOption {
	if selected {
		return o.Selected(true)
	}
	return o
}
