package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// awaitText runs then on the UI goroutine, with ctx, once the articles' text has loaded or
// failed to, for a view that found it missing (loadCorpus reported errTextLoading) and showed
// textLoadingPage instead. *waiting keeps one wait per view however often it navigates
// meanwhile; then re-derives the view from its current URL. Nothing waits outside the browser,
// where the text is always there before the first render.
func awaitText(ctx app.Context, waiting *bool, then func(app.Context)) {
	if *waiting || !app.IsClient {
		return
	}
	*waiting = true
	done := textLoaded()
	ctx.Async(func() {
		<-done
		ctx.Dispatch(func(ctx app.Context) {
			*waiting = false
			then(ctx)
			// The loading view's heading, which had the focus after the navigation, is gone:
			// focus goes to the real view's heading or target, not back to <body>.
			refocusAfterNav(ctx)
		})
	})
}

// textLoadingPage is the page of a view that needs the articles' text while the text loads after
// the library: the view's heading, then a status with the progress, which screen readers
// announce politely.
func textLoadingPage(active string, heading app.HTMLH1) app.UI {
	return page(active, heading, &textLoading{})
}

// textStatusEvery is how often textLoading shows the progress anew.
const textStatusEvery = 250 * time.Millisecond

// textLoadingID is the status line's element ID.
const textLoadingID = "text-loading"

type textLoading struct {
	app.Compo
	status string
}

func (t *textLoading) OnMount(ctx app.Context) {
	t.status = currentTextStatus()
	shown, done := t.status, textLoaded()
	ctx.Async(func() {
		defer recoverAndLog("text status")
		for {
			select {
			case <-done:
				return
			case <-time.After(textStatusEvery):
			}
			// Written into the element, not dispatched: a dispatch re-renders the page above
			// the status (and the footer's pass over every article) while the text decodes.
			if s := currentTextStatus(); s != shown {
				shown = s
				if el := app.Window().GetElementByID(textLoadingID); el.Truthy() {
					writeText(el, s)
				}
			}
		}
	})
}

func (t *textLoading) Render() app.UI {
	status := t.status
	if status == "" {
		status = currentTextStatus()
	}
	return app.P().ID(textLoadingID).Class("notice text-loading").Attr("role", "status").Aria("live", "polite").Text(status)
}
