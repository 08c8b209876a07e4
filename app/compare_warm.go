package app

import (
	"time"

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
