package app

import (
	"fmt"
	"slices"
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
	others := secondChoices(arts, p.a, compareChoices)
	total := max(len(arts)-1, 0)
	intro := "Or choose both sides here:"
	if total > len(others) {
		intro = fmt.Sprintf("These are the %d articles published closest to it, of %s others. To find any other, type a few letters of its title or outlet here:",
			len(others), thousands(total))
	}
	return app.Section().Class("compare-problem compare-second").Aria("live", "polite").Body(
		app.H1().Body(app.Text("Compare “"+p.a.Title+"” with…")),
		app.P().Class("lede").Text(p.problems[0]),
		app.Ul().Class("compare-choices").Body(app.Range(others).Slice(func(i int) app.UI {
			o := others[i]
			return app.Li().Body(
				app.A().Href(compareURL(p.a.ID, o.ID)).Text(o.Title),
				app.Span().Class("card-meta").Text(" — "+outletLabel(o)+", "+dateLabel(o.Published)),
			)
		})),
		app.P().Text(intro),
		newComparePicker(p.a.ID, ""),
	)
}

// compareChoices bounds the articles offered as the second side, so that the page stays small
// whatever the corpus: the picker finds any other.
const compareChoices = 20

// secondChoices returns up to n articles of arts other than a: when a is dated, those published
// closest to it first (the same story is most often covered in the same days), the undated
// last; otherwise, and among equals, in the corpus's order.
func secondChoices(arts []*corpus.Article, a *corpus.Article, n int) []*corpus.Article {
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
	var out []choice
	for _, o := range arts {
		if o.ID == a.ID {
			// By ID: a may be the library file's copy of the article and arts the full text's.
			continue
		}
		c := choice{art: o, dist: -1}
		if d, ok := day(o); ok && dated {
			c.dist = max(d-from, from-d)
		}
		out = append(out, c)
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
	return res
}
