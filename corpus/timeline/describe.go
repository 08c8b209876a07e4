package timeline

import (
	"fmt"
	"strings"

	"parallax/corpus"
)

// When writes an event's date for readers at its own precision, with the end of a range:
// "10 May 2022", "May 2025 to November 2025", "c. 6 November 2024" for a date resting on an
// estimated publication date.
func (e *Event) When() string {
	s := e.Date.String()
	if e.Until.Precision != corpus.PrecisionUnknown && e.Until != e.Date {
		s += " to " + e.Until.String()
	}
	if e.Anchor == corpus.AnchorEstimated {
		s = "c. " + s
	}
	return s
}

// Dating says in words how the sources date the event when they do not simply agree, one
// sentence each, so a view never silently picks one reading: "One source says May 2022.",
// "Conflict: another report dates this 23 April 2022.", "Could also be read as 8 October 2012:
// the text does not say which of day and month comes first." Empty when every source gives the
// event's own date and it reads one way.
func (e *Event) Dating() []string {
	var out []string
	if e.Agreement == AgreeCoarser || e.Agreement == AgreeConflict {
		// Group the sources whose own date is not the event's, by that date.
		var order []string
		n := map[string]int{}
		for _, s := range e.Sources {
			if s.Date == e.Date || s.Date.Precision == corpus.PrecisionUnknown {
				continue
			}
			d := s.Date.String()
			if n[d] == 0 {
				order = append(order, d)
			}
			n[d]++
		}
		for _, d := range order {
			out = append(out, fmt.Sprintf("%s %s %s, no finer.", describeCount(n[d], "One source", "sources"), describePlural(n[d], "says", "say"), d))
		}
	}
	if e.Agreement == AgreeConflict {
		if len(e.Disputed) == 0 {
			out = append(out, "Conflict: another report dates this happening differently.")
		}
		for _, d := range e.Disputed {
			out = append(out, "Conflict: another report dates this "+d.String()+".")
		}
	}
	if e.Alt.Precision != corpus.PrecisionUnknown {
		out = append(out, "Could also be read as "+e.Alt.String()+": the text does not say whether the day or the month comes first.")
	}
	return out
}

// SourceDating says how one source dates the event when it differs from the event's date, e.g.
// "dates it May 2022 (month)"; empty when it gives the event's date.
func (e *Event) SourceDating(s Source) string {
	if s.Date == e.Date && s.Until == e.Until && s.Alt == e.Alt || s.Date.Precision == corpus.PrecisionUnknown {
		return ""
	}
	var b strings.Builder
	b.WriteString("dates it " + s.Date.String())
	if s.Until.Precision != corpus.PrecisionUnknown && s.Until != s.Date {
		b.WriteString(" to " + s.Until.String())
	}
	b.WriteString(" (" + s.Date.Precision.String() + ")")
	if s.Alt.Precision != corpus.PrecisionUnknown {
		b.WriteString(", or " + s.Alt.String())
	}
	return b.String()
}

func describeCount(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func describePlural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
