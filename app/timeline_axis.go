package app

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/timeline"
)

// renderAxis is the time axis as a table: a column per year, month or day (equal periods get
// equal widths), a row per outlet lane and one for publications, each cell the number of
// entries, shaded by that number. Column headings drill down into their period.
func (p *timelinePage) renderAxis() app.UI {
	ax := p.axis
	if len(ax.Columns) == 0 {
		return app.P().Class("notice tl-empty").Body(
			app.Text("No dated entry matches here. "),
			app.A().Href(timelineURL(nil)).Text("Show the whole timeline"),
		)
	}
	unit := ax.Unit.String()
	coarser := ax.PublishedCoarser > 0
	for _, n := range ax.Coarser {
		coarser = coarser || n > 0
	}
	head := []app.UI{app.Th().Scope("col").Class("tl-axis-lane").Text("Outlet")}
	for _, c := range ax.Columns {
		label := c.Label()
		if c.Years == timeline.Century {
			// The name holds the visible "1900s", which alone could be read as a decade.
			label = shortLabel(c) + " (" + label + ")"
		}
		a := app.A().Href(timelineURL(p.tlValues(timeline.View{At: c}))).Aria("label", attrText(label)).Text(shortLabel(c))
		if c == p.view.At {
			a = a.Aria("current", "page")
		}
		head = append(head, app.Th().Scope("col").Body(a))
	}
	if coarser {
		head = append(head, app.Th().Scope("col").Class("tl-axis-coarser").Text("No finer date"))
	}
	row := func(label string, counts []int, loose int, class string) app.UI {
		cells := []app.UI{app.Th().Scope("row").Class("tl-axis-lane").Dir("auto").Text(label)}
		for _, n := range counts {
			cells = append(cells, p.cell(n))
		}
		if coarser {
			cells = append(cells, p.cell(loose))
		}
		return app.Tr().Class(class).Body(cells...)
	}
	rows := make([]app.UI, 0, len(ax.Lanes)+1)
	for i, l := range ax.Lanes {
		rows = append(rows, row(outletChoice(l), ax.Counts[i], ax.Coarser[i], "tl-axis-row"))
	}
	rows = append(rows, row("Articles published (all outlets)", ax.Published, ax.PublishedCoarser, "tl-axis-row tl-axis-published"))
	shown := p.view.At
	if shown.Date.Precision == corpus.PrecisionDay {
		shown = shown.Parent() // a day is shown among its month's days
	}
	caption := fmt.Sprintf("Entries per %s in %s, by outlet reporting them, and articles published", unit, shown.Label())
	if ax.In.Whole() {
		caption = fmt.Sprintf("Entries per %s, by outlet reporting them, and articles published", unit)
	}
	note := "Pick a " + unit + " to see its entries."
	if ax.In.Whole() && ax.Unit > timeline.UnitYear {
		many := map[timeline.Unit]string{timeline.UnitDecade: "decades", timeline.UnitCentury: "centuries"}[ax.Unit]
		note += fmt.Sprintf(" The entries' years span %d %s, too many for a column a year.", len(ax.Columns), many)
	}
	if len(ax.Lanes) > 0 && ax.Lanes[len(ax.Lanes)-1] == timeline.OtherOutlets || len(ax.Lanes) > 1 && ax.Lanes[len(ax.Lanes)-2] == timeline.OtherOutlets {
		note += fmt.Sprintf(" The %d outlets with the most entries here have a row each; the others share one.", tlMaxLanes)
	}
	width := axisMinWidth(len(head), unit)
	if width > phoneAxisWidth {
		note += " On a narrow screen the chart scrolls sideways."
	}
	// The title stands outside the scrolling box, so a phone never cuts it off.
	return app.Section().Class("tl-axis-section").Body(
		app.H2().ID("tl-axis-caption").Class("tl-axis-title").Text(caption),
		app.Div().Class("tl-axis-wrap").Role("region").Aria("labelledby", "tl-axis-caption").TabIndex(0).Body(
			app.Table().Class("tl-axis tl-axis-"+unit).Aria("labelledby", "tl-axis-caption").
				Style("min-width", strconv.FormatFloat(width, 'f', 1, 64)+"rem").Body(
				app.THead().Body(app.Tr().Body(head...)),
				app.TBody().Body(rows...),
			),
		),
		p.renderBusiest(unit),
		app.P().Class("tl-axis-note").Text(note),
	)
}

// phoneAxisWidth is about the width, in rem, an axis has on a phone (390 px, less the page's
// margins): a wider one scrolls there.
const phoneAxisWidth = 22.0

// renderBusiest names the column with the most entries across the outlets, with a link to it,
// so that a reader whose screen shows only part of the axis still finds it; nothing when the
// axis has a single column.
func (p *timelinePage) renderBusiest(unit string) app.UI {
	ax := p.axis
	c, n := busiestColumn(ax)
	if len(ax.Columns) < 2 || n == 0 {
		return app.Text("")
	}
	col := ax.Columns[c]
	return app.P().Class("tl-axis-busiest").Body(
		app.Text("The busiest "+unit+" is "),
		app.A().Href(timelineURL(p.tlValues(timeline.View{At: col}))).Text(col.Label()),
		app.Text(fmt.Sprintf(", with %s %s across the outlets.", thousands(n), plural(n, "entry", "entries"))),
	)
}

// busiestColumn returns the column of ax with the most entries, summed over the outlets' lanes
// (the first such column on a tie), and that sum.
func busiestColumn(ax timeline.Axis) (col, n int) {
	for c := range ax.Columns {
		sum := 0
		for _, counts := range ax.Counts {
			if c < len(counts) {
				sum += counts[c]
			}
		}
		if sum > n {
			col, n = c, sum
		}
	}
	return col, n
}

// cell is one count of the axis, shaded in five steps of the largest count.
func (p *timelinePage) cell(n int) app.UI {
	if n == 0 {
		return app.Td().Class("tl-cell tl-lvl-0")
	}
	lvl := 1 + 3*n/max(p.axis.Max, 1)
	return app.Td().Class("tl-cell tl-lvl-" + strconv.Itoa(min(lvl, 4))).Text(thousands(n))
}

// shortLabel is a column's heading: "1900s" (a century: its label says 1900–1999), "1990s",
// "2024", "Nov", "17".
func shortLabel(c timeline.Period) string {
	d := c.Date
	if c.Years > 0 {
		return strconv.Itoa(d.Year) + "s"
	}
	switch d.Precision {
	case corpus.PrecisionMonth:
		return corpus.MonthName(d.Month)[:3]
	case corpus.PrecisionDay:
		return strconv.Itoa(d.Day)
	}
	return strconv.Itoa(d.Year)
}

// axisMinWidth is the least width, in rem, of an axis of n columns (the lane names' column included), so
// that a corpus whose articles mention dates across centuries gets a legible axis that scrolls
// sideways, not a hundred columns squeezed into the page.
func axisMinWidth(n int, unit string) float64 {
	const lane = 8.0 // rem: the lane names
	col := 2.8       // rem: a year's label ("2024") or count
	switch unit {
	case "decade", "century":
		col = 3.3 // "1990s"
	case "month":
		col = 2.4
	case "day":
		col = 1.7
	}
	return lane + col*float64(max(n-1, 0))
}
