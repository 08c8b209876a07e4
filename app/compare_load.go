package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/align"
)

// alignBudget is how long the compare link's alignment runs before it lets the browser run:
// Lighthouse's phone preset multiplies the time of each task it observes by 4 and counts the
// time beyond 50 ms as blocking, so a task must stay under 12.5 ms here; a slower device only
// makes the tasks more numerous, not longer.
const alignBudget = 8 * time.Millisecond

// alignInSteps compares a and b as align.Compare does, in steps that each end with yieldStep, so
// that on a phone no one of them holds the page's only thread for long: first align's tables,
// built on first use, a few at a time (align.WarmSteps), then the alignment itself a sentence or
// a stage at a time (align.Alignment), as many as fit in alignBudget per task. The alignment's
// first run in a page also pays for the browser's compilation of each wasm function it calls;
// in steps, that cost too is spread over the tasks. The result is align.Compare(a, b)'s.
func alignInSteps(a, b *corpus.Article, yieldStep func()) (*align.Comparison, *compareView) {
	for _, step := range align.WarmSteps() {
		step()
		yieldStep()
	}
	al := align.NewAlignment(a, b)
	for start := time.Now(); al.Step(); {
		if time.Since(start) >= alignBudget {
			yieldStep()
			start = time.Now()
		}
	}
	yieldStep()
	cmp := al.Result()
	return cmp, newCompareView(cmp)
}

// rowsPerBatch is how many lines of the rows (cutBlocks) each render adds on the page load. Each
// batch renders the whole page again (15–25 ms at 4× CPU on the seed comparison, whatever its
// size) besides mounting its lines (~1.5 ms a line at 4×), so batches must not be small: 16
// lines take a comparison of 50 lines in three tasks under 50 ms.
const rowsPerBatch = 16

// addRows adds the rows of v to the page in batches of rowsPerBatch lines after the render under
// way, each its own task, after a render of the summary and the columns' head if summaryLater
// is set; the last one clears later, which lets the ready marker in. A navigation
// meanwhile (another view, or later cleared) ends the batches.
func (p *comparePage) addRows(ctx app.Context, v *compareView) {
	// The aligned pairs view comes whole; the rows are those of the part shown. A navigation to
	// another part or view ends the batches (later is cleared), so this count holds for them.
	first, end := partRange(v.parts, v.part(false, 0, p.part), len(v.blocks))
	lines := 0
	for _, b := range v.blocks[first:end] {
		lines += b.lines()
	}
	var batch func(ctx app.Context)
	batch = func(ctx app.Context) {
		ctx.Async(func() {
			yieldTask()
			ctx.Dispatch(func(ctx app.Context) {
				if !p.later || p.view != v {
					return
				}
				if p.summaryLater {
					p.summaryLater = false
					ctx.Defer(batch)
					return
				}
				p.rows += rowsPerBatch
				if p.pairs || p.rows >= lines {
					p.later, p.rows = false, 0
					return
				}
				ctx.Defer(batch)
			})
		})
	}
	ctx.Defer(batch)
}

// belowWindow reports whether the element with the given ID starts below the bottom of the
// window, as the page is now laid out.
func belowWindow(id string) bool {
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return false
	}
	return el.Call("getBoundingClientRect").Get("top").Float() > app.Window().Get("innerHeight").Float()
}
