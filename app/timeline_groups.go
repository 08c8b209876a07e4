package app

import (
	"fmt"

	"parallax/corpus"
	"parallax/corpus/timeline"
)

// tlGroup is a period of the timeline at one zoom level: a year, a month or a day, with the
// events dated no finer than the period (Loose) and the finer periods it holds.
type tlGroup struct {
	Label string // "2024", "November 2024", "17 November 2024"
	ID    string // element ID, e.g. "y2024", "m2024-11", "d2024-11-17"
	Loose []timeline.Event
	Sub   []*tlGroup
	Count int // events in the group and its sub-groups
}

// groupEvents arranges dated events (in chronological order) into years, then months, then
// days as far as zoom goes. An event only enters a period its precision fills: a month-precise
// event stays loose in its month at the days zoom, never pretending to a day.
func groupEvents(evs []timeline.Event, zoom timeline.Zoom) []*tlGroup {
	var years []*tlGroup
	for _, e := range evs {
		if !e.Dated() {
			continue
		}
		d := e.Date
		y := lastOr(&years, fmt.Sprintf("y%04d", d.Year), func() string { return fmt.Sprintf("%d", d.Year) })
		y.Count++
		if zoom == timeline.ZoomYears || d.Precision < corpus.PrecisionMonth {
			y.Loose = append(y.Loose, e)
			continue
		}
		m := lastOr(&y.Sub, fmt.Sprintf("m%04d-%02d", d.Year, d.Month), func() string {
			return corpus.Date{Year: d.Year, Month: d.Month, Precision: corpus.PrecisionMonth}.String()
		})
		m.Count++
		if zoom == timeline.ZoomMonths || d.Precision < corpus.PrecisionDay {
			m.Loose = append(m.Loose, e)
			continue
		}
		day := lastOr(&m.Sub, "d"+d.ISO(), d.String)
		day.Count++
		day.Loose = append(day.Loose, e)
	}
	return years
}

// lastOr returns the last group of *gs if it has the ID, or appends a new one: events come in
// order, so a period's events are adjacent — except that a coarser event sorts before the finer
// ones it holds, and a part of a month among its days, which lastOr also handles by searching.
func lastOr(gs *[]*tlGroup, id string, label func() string) *tlGroup {
	for i := len(*gs) - 1; i >= 0; i-- {
		if (*gs)[i].ID == id {
			return (*gs)[i]
		}
	}
	g := &tlGroup{ID: id, Label: label()}
	*gs = append(*gs, g)
	return g
}
