package timeline

import (
	"cmp"
	"slices"
	"strings"

	"parallax/corpus"
)

// Lane separates what the articles report from when they were published.
type Lane uint8

// Lanes of the timeline.
const (
	// LaneReported holds the events the articles' sentences date.
	LaneReported Lane = iota
	// LanePublished holds the articles' publication dates.
	LanePublished
)

// Source is one article's account of an event.
type Source struct {
	Article string // article ID
	// Sentence is the ID of the sentence that dates the event; empty for a publication date.
	Sentence string
	// Text is the expression as written, Start and End its byte offsets in the sentence.
	Text       string
	Start, End int
	// Date, Anchor and Role are this source's own reading, which may be coarser than the
	// event's ("by January 2025" for a January 19, 2025 deadline).
	Date corpus.Date
	// Until ends a range this source reads ("from May to November"); Alt is the other reading of
	// an ambiguous numeric date. Both are unknown for a plain date.
	Until, Alt corpus.Date
	Anchor     corpus.Anchor
	Role       corpus.DateRole
	// Entities are the canonical names the sentence (or the sentence it continues into) mentions.
	Entities []string
}

// Event is one dated happening, deadline or expectation, or one publication date, with every
// source that reports it.
type Event struct {
	// Date is the finest date a source gives; Anchor is what that source's date rests on.
	Date corpus.Date
	// Until ends the event's range, and Alt is the other reading of an ambiguous numeric date,
	// as the sources that give Date state them; both unknown for a plain date.
	Until, Alt corpus.Date
	Anchor     corpus.Anchor
	Role       corpus.DateRole
	Lane       Lane
	// Agreement says how the sources' own dates relate to Date: all the same, some coarser
	// ("May" beside "May 10"), or in conflict with another event that reports the same
	// happening on an incompatible date (Disputed lists those dates; a conflict is reported
	// even when some sources are also coarser). Each source's own date and precision are in its
	// Date, Until and Alt, so a view can say "10 May; one source says May".
	Agreement Agreement
	// Disputed holds the dates that other events give for the same happening, when they
	// conflict with this one ("signed on 24 April" against "signed on 23 April"); in order.
	Disputed []corpus.Date
	// Sources are in corpus order, then in reading order.
	Sources []Source
}

// Agreement says whether the sources of an event date it alike.
type Agreement uint8

// Agreements of an event's sources, from the most to the least agreed.
const (
	// AgreeSame: every source gives the event's date at its precision.
	AgreeSame Agreement = iota
	// AgreeCoarser: some sources give a coarser date that holds the event's (a month beside a
	// day); the event's date is the finest one a source states.
	AgreeCoarser
	// AgreeConflict: another event reports the same happening on a date this one excludes.
	AgreeConflict
)

func (a Agreement) String() string {
	switch a {
	case AgreeCoarser:
		return "coarser"
	case AgreeConflict:
		return "conflict"
	}
	return "same"
}

// Dated reports whether the event has a place on the timeline; undated mentions do not.
func (e *Event) Dated() bool { return e.Date.Precision != corpus.PrecisionUnknown }

// Span returns the first and the last day the event can mean, as yyyymmdd, for placing it on a
// time axis: from Date to Until for a range, from the earlier to the later reading of an
// ambiguous numeric date; 0, 0 when undated.
func (e *Event) Span() (start, end int) {
	start, end = e.Date.Start(), e.Date.End()
	for _, d := range [...]corpus.Date{e.Until, e.Alt} {
		if d.Precision != corpus.PrecisionUnknown {
			start, end = min(start, d.Start()), max(end, d.End())
		}
	}
	return start, end
}

// Longer reports whether e is dated only to a longer time that holds the days lo to hi, as
// Bounds gives them: its date (to its Until, if any) covers them all and more ("2004" for 17
// November 2004), and the other reading of an ambiguous date, if any, does not fall within them.
// A date within them, or one that crosses their edge, is not longer.
func (e *Event) Longer(lo, hi int) bool {
	if !e.Dated() {
		return false
	}
	start, end := e.Date.Start(), e.Date.End()
	if e.Until.Precision != corpus.PrecisionUnknown {
		end = e.Until.End()
	}
	if start > lo || end < hi || start == lo && end == hi {
		return false
	}
	return e.Alt.Precision == corpus.PrecisionUnknown || e.Alt.Start() < lo || e.Alt.End() > hi
}

// Overlaps reports whether the event can fall within the days from lo to hi (yyyymmdd, both
// included): its date or range overlaps them, or the other reading of an ambiguous date does.
func (e *Event) Overlaps(lo, hi int) bool {
	if !e.Dated() {
		return false
	}
	end := e.Date.End()
	if e.Until.Precision != corpus.PrecisionUnknown {
		end = e.Until.End()
	}
	if e.Date.Start() <= hi && end >= lo {
		return true
	}
	return e.Alt.Precision != corpus.PrecisionUnknown && e.Alt.Start() <= hi && e.Alt.End() >= lo
}

// Articles returns the IDs of the articles that report the event, each once, in source order.
func (e *Event) Articles() []string {
	var ids []string
	for _, s := range e.Sources {
		if !has(ids, s.Article) {
			ids = append(ids, s.Article)
		}
	}
	return ids
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// pubAnchor is the anchor of a date resolved against a publication date of basis b.
func pubAnchor(b corpus.Basis) corpus.Anchor {
	switch b {
	case corpus.BasisStated:
		return corpus.AnchorStated
	case corpus.BasisCurated:
		return corpus.AnchorCurated
	case corpus.BasisEstimated:
		return corpus.AnchorEstimated
	}
	return corpus.AnchorUnresolved
}

// context is the text and entities used to compare a sentence with others, and their content
// words once a mention needs them.
type context struct {
	text     string
	entities []string
	words    map[string]bool
	verbs    []string
}

// sentenceContexts maps the ID of each sentence that holds a date mention to its text and
// entities, extended by the next sentence when it stops on a comma, as Extract reads it.
func sentenceContexts(a *corpus.Article) map[string]*context {
	want := make(map[string]bool, len(a.Dates))
	for _, m := range a.Dates {
		want[m.Sentence] = true
	}
	out := make(map[string]*context, len(want))
	var prev *corpus.Sentence
	add := func(s, next *corpus.Sentence) {
		if s == nil || !want[s.ID] {
			return
		}
		c := &context{text: s.Text, entities: entityNames(s.Mentions, nil)}
		if next != nil && continues(s.Text) {
			c.text += " " + next.Text
			c.entities = entityNames(next.Mentions, c.entities)
		}
		out[s.ID] = c
	}
	for i := range a.Paragraphs {
		for j := range a.Paragraphs[i].Sentences {
			s := &a.Paragraphs[i].Sentences[j]
			add(prev, s)
			prev = s
		}
	}
	add(prev, nil)
	return out
}

func entityNames(ms []corpus.Mention, names []string) []string {
	for _, m := range ms {
		if m.Entity != "" && !has(names, m.Entity) {
			names = append(names, m.Entity)
		}
	}
	slices.Sort(names)
	return names
}

// before orders events by their first possible day, a coarser date first, publications after
// reports of the same date, then by their first source.
func before(a, b *Event) bool {
	if a.Dated() != b.Dated() {
		return a.Dated()
	}
	if sa, sb := a.Date.Start(), b.Date.Start(); sa != sb {
		return sa < sb
	}
	if a.Date.Precision != b.Date.Precision {
		return a.Date.Precision < b.Date.Precision
	}
	if a.Lane != b.Lane {
		return a.Lane < b.Lane
	}
	return false
}

// sortSources puts sources in corpus order, then reading order of their sentences.
func sortSources(srcs []Source, order map[string]int) {
	slices.SortStableFunc(srcs, func(a, b Source) int {
		if oa, ob := order[a.Article], order[b.Article]; oa != ob {
			return cmp.Compare(oa, ob)
		}
		switch {
		case sentenceLess(a.Sentence, b.Sentence):
			return -1
		case sentenceLess(b.Sentence, a.Sentence):
			return 1
		}
		return 0
	})
}

// sentenceLess orders sentence IDs "p3s2" by paragraph, then sentence.
func sentenceLess(a, b string) bool {
	pa, sa := splitID(a)
	pb, sb := splitID(b)
	if pa != pb {
		return pa < pb
	}
	return sa < sb
}

func splitID(id string) (p, s int) {
	rest, ok := strings.CutPrefix(id, "p")
	if !ok {
		return 0, 0
	}
	ps, ss, _ := strings.Cut(rest, "s")
	return atoi(ps), atoi(ss)
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' || n > 1e6 {
			return n
		}
		n = n*10 + int(c-'0')
	}
	return n
}
