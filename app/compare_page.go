package app

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/align"
)

// comparePage puts two articles side by side, aligned sentence by sentence, under a summary of
// what they share and where they differ. Its whole state is the URL: /compare/{a}/{b}, with an
// optional focused pair as #pair-N or ?focus=N.
type comparePage struct {
	app.Compo

	ids      []string // the article IDs the URL names, as written
	a, b     *corpus.Article
	problems []message // what is wrong with the link, in words; empty when it is fine
	cmp      *align.Comparison
	view     *compareView
	focus    int  // the focused pair, 0 for none
	focusB   bool // the link names the B half of the focused pair ("#pair-N-b")
	// focusNote says that the link names a pair the comparison does not have (see focusNote) or
	// a view it does not know (see viewNote).
	focusNote message
	pairs     bool // show the aligned pairs only (?view=pairs)
	part      int  // the part of a long comparison the URL asks for (?part=, 1-based), 0 for none
	err       error
	// pending is set while the alignment of a and b waits for its own task: on the page load,
	// after the first render (see OnNav).
	pending bool
	// navigated is set once the page has derived its state from a URL: go-app renders it
	// before OnNav, several times on the page load.
	navigated bool
	onLoad    bool // pending on the page load, with the prerendered page on screen
	waiting   bool // for the articles' text (awaitText)
	// later is set on the page load while the aligned rows wait for the render after the one
	// that shows the comparison (see OnNav).
	later bool
	// rows is, while later is set, how many lines of the rows are shown (cutBlocks): 0 for none yet. On
	// the page load the rows come in batches, each its own render and task (see addRows).
	rows int
	// summaryLater is set on the page load while the summary, the view switch and the columns,
	// below the window, wait for the render after the one that shows the comparison (addRows).
	summaryLater bool

	canShare bool
	status   string // the result of the last copy or share, announced politely
}

func newComparePage() *comparePage { return &comparePage{} }

func (p *comparePage) OnMount(ctx app.Context) {
	nav := app.Window().Get("navigator")
	p.canShare = nav.Truthy() && nav.Get("share").Truthy()
}

// OnNav derives the page from the URL. On the page load the alignment waits for a frame: go-app
// runs the first render and every OnNav in one task, which with the Go start-up before it
// blocked the page for over a second on a phone; the prerendered page stays on screen meanwhile
// (pendingPage). A navigation inside the running app aligns at once, as the reader asked.
func (p *comparePage) OnNav(ctx app.Context) {
	u := ctx.Page().URL()
	p.onLoad = firstView()
	title, desc := p.navigateLater(u, p.onLoad)
	setPageMeta(ctx, title, desc)
	if textPending(p.err) {
		awaitText(ctx, &p.waiting, p.OnNav)
	}
	if !p.pending {
		p.scrollToFocus(ctx, u.Fragment)
		return
	}
	ids, a, b := p.ids, p.a, p.b
	ctx.Async(func() {
		afterFrame()
		// The alignment and the render of its result are two tasks: the articles never change
		// while the app runs, so aligning them off the UI goroutine shares nothing it writes.
		// A panic here leaves the alignment to navigate, which turns it into the error state.
		var cmp *align.Comparison
		var view *compareView
		func() {
			defer func() {
				if recover() != nil {
					cmp, view = nil, nil
				}
			}()
			cmp, view = alignInSteps(a, b, yieldTask)
		}()
		yieldTask()
		ctx.Dispatch(func(ctx app.Context) {
			// A navigation meanwhile has set the page anew.
			if !p.pending || !slices.Equal(ids, p.ids) || p.a != a || p.b != b {
				return
			}
			if cmp != nil {
				p.cmp, p.view = cmp, view
			}
			title, desc := p.navigate(u)
			setPageMeta(ctx, title, desc)
			if p.view != nil && p.focus == 0 && p.onLoad && belowWindow("compare-columns") {
				// The rows are the larger half of the comparison's elements, and building them
				// is a task of its own: the render that shows the comparison leaves them out,
				// the next ones add them (addRows). The prerendered rows are below the window
				// (checked on the prerendered page, still on screen), so that nothing the
				// reader sees moves; the ready marker waits for the rows. On a phone the
				// summary too starts below the window: it then waits for the first of them.
				p.later, p.rows = true, 0
				p.summaryLater = belowWindow("compare-summary")
				p.addRows(ctx, p.view)
			}
			p.scrollToFocus(ctx, u.Fragment)
			refocusAfterNav(ctx)
		})
	})
}

// navigate derives the page's state from u, aligning the articles it names, and returns the page
// title and description. It never panics: a failure becomes the error state.
func (p *comparePage) navigate(u *url.URL) (title, desc string) {
	return p.navigateLater(u, false)
}

// navigateLater is navigate, except that with later set it leaves the alignment for the caller
// to finish with navigate, setting pending; the title then names the articles without counts.
func (p *comparePage) navigateLater(u *url.URL, later bool) (title, desc string) {
	defer func() {
		if r := recover(); r != nil {
			p.err = fmt.Errorf("comparing these articles failed: %v", r)
			p.cmp, p.view, p.pending = nil, nil, false
			title, desc = "Compare — Parallax", ""
		}
	}()
	ids := compareIDs(u)
	p.focus = focusPair(u)
	p.focusB = p.focus > 0 && strings.HasSuffix(u.Fragment, "-b")
	p.pairs = u.Query().Get("view") == viewPairs
	p.part, _ = strconv.Atoi(strings.TrimSpace(u.Query().Get("part")))
	p.status, p.err, p.pending, p.navigated, p.later, p.rows, p.summaryLater = "", nil, false, true, false, 0, false
	p.focusNote = nil

	c, err := loadCorpus()
	if len(ids) < 2 && textPending(err) {
		// Choosing the articles needs only their metadata.
		c, err = loadLibrary()
	}
	if err != nil {
		p.err = err
		return "Compare — Parallax", ""
	}
	if p.cmp == nil || !slices.Equal(ids, p.ids) {
		p.ids = ids
		p.a, p.b, p.problems = resolvePair(c, ids)
		p.cmp, p.view = nil, nil
		if len(ids) > 0 && len(p.problems) == 0 {
			if later {
				p.pending = true
				return fmt.Sprintf("%s vs %s — Parallax", p.a.Title, p.b.Title), ""
			}
			p.cmp = align.Compare(p.a, p.b)
			p.view = newCompareView(p.cmp)
		}
	}
	switch {
	case len(ids) == 0:
		return "Compare two articles — Parallax", "Put two news articles side by side, aligned by what they report."
	case len(ids) == 1 && p.a != nil:
		return "Compare “" + p.a.Title + "” with… — Parallax", joinMessages(p.problems)
	case len(p.problems) > 0:
		return "Compare: this link needs fixing — Parallax", joinMessages(p.problems)
	}
	found := p.cmp.PairByN(p.focus) != nil
	p.focusNote = linkNote(u, found, len(p.cmp.Pairs))
	if !found {
		p.focus = 0
	}
	title = fmt.Sprintf("%s vs %s — Parallax", p.a.Title, p.b.Title)
	desc = fmt.Sprintf("%s (%s, %s) side by side with %s (%s, %s): %d aligned %s, %d shared %s.",
		p.a.Title, outletLabel(p.a), dateLabel(p.a.Published),
		p.b.Title, outletLabel(p.b), dateLabel(p.b.Published),
		len(p.cmp.Pairs), plural(len(p.cmp.Pairs), "pair", "pairs"),
		len(p.cmp.Summary.Shared), plural(len(p.cmp.Summary.Shared), "entity", "entities"))
	return title, desc
}

// scrollToFocus brings the focused pair into view once it is rendered: on a cold load the
// browser's own jump to the fragment happens before the app replaces the prerendered page, and
// on a click go-app's own jump happens before this page has re-rendered. The fragment's own
// element comes first, so that "#pair-N-b" shows the B half of a pair told in another order;
// "?focus=N" and a fragment naming no element show pair N's A half (or the pair).
func (p *comparePage) scrollToFocus(ctx app.Context, fragment string) {
	if p.focus == 0 || !app.IsClient {
		return
	}
	ids := []string{pairID(p.focus)}
	if fragment != "" && fragment != ids[0] {
		ids = append([]string{fragment}, ids...)
	}
	ctx.Defer(func(ctx app.Context) {
		for _, id := range ids {
			if el := app.Window().GetElementByID(id); el.Truthy() {
				el.Call("scrollIntoView", map[string]any{"block": "start"})
				return
			}
		}
	})
}

func (p *comparePage) Render() app.UI {
	switch {
	case !p.navigated && app.IsClient:
		// The state is not derived yet: showing the picker of an empty link would build it
		// for nothing, and on the page load replace the prerendered comparison for a moment.
		return pendingPage(navCompare, firstView())
	case textPending(p.err):
		return textLoadingPage(navCompare, app.H1().Text("Compare two articles"))
	case p.err != nil:
		return page(navCompare, errorView("The comparison could not be shown", p.err))
	case len(p.ids) == 0:
		return page(navCompare,
			app.H1().Text("Compare two articles"),
			app.P().Class("lede").Text("Pick two articles to see them side by side, sentence by sentence, with what both report paired up and what only one reports marked as such."),
			newComparePicker("", ""),
		)
	case len(p.ids) == 1 && p.a != nil:
		return page(navCompare, p.renderChooseSecond())
	case len(p.problems) > 0:
		return page(navCompare, p.renderProblems())
	case p.pending:
		return pendingPage(navCompare, p.onLoad,
			app.H1().Text("Compare two articles"),
			app.P().Class("lede").Aria("live", "polite").Attr("role", "status").Body(
				app.Text("Aligning “"), app.Bdi().Lang(articleLang(p.a)).Text(p.a.Title), app.Text("” with “"), app.Bdi().Lang(articleLang(p.b)).Text(p.b.Title), app.Text("”…")),
		)
	case p.view == nil:
		return page(navCompare, app.H1().Text("Compare two articles"))
	}
	return livePage(navCompare, !p.later,
		app.Div().Class("compare").Body(
			app.H1().Class("compare-title").Body(
				app.Span().Class("side-tag side-tag-a").Text("A"),
				app.Text(" "), app.Bdi().Lang(articleLang(p.a)).Text(p.a.Title), app.Text(" "),
				app.Span().Class("compare-vs").Text("vs"),
				app.Text(" "),
				app.Span().Class("side-tag side-tag-b").Text("B"),
				app.Text(" "), app.Bdi().Lang(articleLang(p.b)).Text(p.b.Title),
			),
			p.renderActions(),
			app.If(len(p.focusNote) > 0, func() app.UI {
				return app.P().Class("notice compare-link-note").Attr("role", "status").Body(p.focusNote.ui()...)
			}),
			newCompareTools(p.cmp).inPart(p.printPart()), // uifeatures: export Markdown/CSV, print, copy status
			app.Div().Class("compare-meta").Body(sideMeta("A", "a", p.a), sideMeta("B", "b", p.b)),
			// Below the window on a phone's page load: see summaryLater.
			app.If(!p.summaryLater, func() app.UI { return &compareSummary{Cmp: p.cmp, View: p.view} }),
			app.If(!p.summaryLater, p.renderViewSwitch),
			app.If(!p.summaryLater, func() app.UI {
				return newCompareColumns(p.view, p.focus, p.pairs).sideB(p.focusB).inPart(p.part).rowsLater(p.later && p.rows == 0).rowsUpTo(p.rows) // uifeatures: phone A/B toggle, j/k, Cite
			}),
			// Below the rows: while they come in batches, it is below the window too.
			app.If(!p.later, func() app.UI {
				return app.Details().Class("compare-change").Body(
					app.Summary().Text("Change the articles"),
					newComparePicker(p.a.ID, p.b.ID),
				)
			}),
		),
	)
}

// printPart returns the part of the comparison on screen (1-based) and how many parts its view
// has, as the columns choose it.
func (p *comparePage) printPart() (int, int) {
	if p.view == nil {
		return 1, 1
	}
	n := len(p.view.parts)
	if p.pairs {
		n = len(p.view.pairParts)
	}
	return p.view.part(p.pairs, p.focus, p.part) + 1, max(n, 1)
}

func (p *comparePage) renderProblems() app.UI {
	a, b := "", ""
	if p.a != nil {
		a = p.a.ID
	}
	if p.b != nil && p.b != p.a {
		b = p.b.ID
	}
	return app.Section().Class("notice compare-problem").Aria("live", "polite").Body(
		app.H1().Text("This comparison link needs fixing"),
		app.Ul().Body(app.Range(p.problems).Slice(func(i int) app.UI {
			return app.Li().Body(p.problems[i].ui()...)
		})),
		app.P().Text("Choose the two articles here:"),
		newComparePicker(a, b),
		app.P().Body(app.A().Href(href("/")).Text("Back to the library")),
	)
}

// guardEvent turns a panic in an event handler into a message instead of a dead page.
func guardEvent(ctx app.Context, status *string) {
	if r := recover(); r != nil {
		*status = fmt.Sprintf("That did not work: %v", r)
	}
}
