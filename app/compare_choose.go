package app

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
)

// renderChooseSecond is where "Compare with…" from the library or a reader lands: one article
// is chosen, and every other one is a click away.
func (p *comparePage) renderChooseSecond() app.UI {
	var arts []*corpus.Article
	if c, err := loadLibrary(); err == nil {
		arts = c.Articles
	}
	return p.chooseSecondView(arts)
}

// chooseSecondView offers a bounded choice of arts as the second side, with the picker.
func (p *comparePage) chooseSecondView(arts []*corpus.Article) app.UI {
	others, basis := secondChoices(arts, p.a, compareChoices)
	total := max(len(arts)-1, 0)
	intro := message{words("Or choose both sides here:")}
	if total > len(others) {
		switch basis {
		case choiceByDate:
			intro = message{words(fmt.Sprintf("These are the %d articles published closest to it, of %s others. To find any other, type a few letters of its title or outlet here:",
				len(others), thousands(total)))}
		case choiceBySection:
			intro = message{
				words(fmt.Sprintf("It has no date, so none can be listed as published near it: these are %s of its section, “",
					plural(len(others), "the other article", fmt.Sprintf("%d other articles", len(others))))),
				val(p.a.Section),
				words(fmt.Sprintf("”. To find any of the %s others, type a few letters of its title or outlet here:", thousands(total))),
			}
		default:
			intro = message{words(fmt.Sprintf("It has no date, so none of the %s others can be listed as published near it. To find the one to compare it with, type a few letters of its title or outlet here:",
				thousands(total)))}
		}
	}
	return app.Section().Class("compare-problem compare-second").Aria("live", "polite").Body(
		app.H1().Body(app.Text("Compare “"), app.Bdi().Lang(articleLang(p.a)).Text(p.a.Title), app.Text("” with…")),
		app.P().Class("lede").Body(p.problems[0].ui()...),
		app.If(len(others) > 0, func() app.UI {
			return app.Ul().Class("compare-choices").Body(app.Range(others).Slice(func(i int) app.UI {
				o := others[i]
				return app.Li().Body(
					app.A().Href(compareURL(p.a.ID, o.ID)).Dir("auto").Lang(articleLang(o)).Text(o.Title),
					app.Span().Class("card-meta").Body(app.Text(" — "), app.Bdi().Text(outletLabel(o)), app.Text(", "+dateLabel(o.Published))),
				)
			}))
		}),
		app.P().Body(intro.ui()...),
		newComparePicker(p.a.ID, ""),
	)
}

// compareChoices bounds the articles offered as the second side, so that the page stays small
// whatever the corpus: the picker finds any other.
const compareChoices = 20

// What secondChoices's list is.
const (
	choiceAll       = iota // every other article: there are no more than asked for
	choiceByDate           // those published closest to the first
	choiceBySection        // the first is undated: others of its section
	choiceNone             // the first is undated and has no section with others: no list
)

// secondChoices returns up to n articles of arts other than a, and what they are. All of them
// when there are no more than n; when a is dated, those published closest to it first (the
// same story is most often covered in the same days), the undated last, among equals in the
// corpus's order; when a is undated, the others of its section in the corpus's order, or none:
// the first n of the corpus would be unrelated to it.
func secondChoices(arts []*corpus.Article, a *corpus.Article, n int) ([]*corpus.Article, int) {
	type choice struct {
		art  *corpus.Article
		dist int // days from a's publication; -1 when unknown
	}
	day := func(x *corpus.Article) (int, bool) {
		d := x.Published.Date
		if d.Precision == corpus.PrecisionUnknown {
			return 0, false
		}
		s := d.Start()
		return int(time.Date(s/10000, time.Month(s/100%100), s%100, 0, 0, 0, 0, time.UTC).Unix() / 86400), true
	}
	from, dated := day(a)
	others := 0
	for _, o := range arts {
		// By ID: a may be the library file's copy of the article and arts the full text's.
		if o.ID != a.ID {
			others++
		}
	}
	basis := choiceByDate
	switch {
	case others <= n:
		basis = choiceAll
	case !dated && a.Section != "":
		basis = choiceBySection
	case !dated:
		basis = choiceNone
	}
	var out []choice
	for _, o := range arts {
		if o.ID == a.ID {
			continue
		}
		if basis == choiceNone || basis == choiceBySection && !strings.EqualFold(o.Section, a.Section) {
			continue
		}
		c := choice{art: o, dist: -1}
		if d, ok := day(o); ok && dated {
			c.dist = max(d-from, from-d)
		}
		out = append(out, c)
	}
	if basis == choiceBySection && len(out) == 0 {
		basis = choiceNone
	}
	slices.SortStableFunc(out, func(x, y choice) int {
		switch {
		case x.dist == y.dist:
			return 0
		case x.dist < 0:
			return 1
		case y.dist < 0:
			return -1
		}
		return x.dist - y.dist
	})
	res := make([]*corpus.Article, 0, min(n, len(out)))
	for _, c := range out[:min(n, len(out))] {
		res = append(res, c.art)
	}
	return res, basis
}
