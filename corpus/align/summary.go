package align

import (
	"cmp"
	"slices"
	"strings"

	"parallax/corpus"
)

// Summary is what the two accounts have in common and where they differ, at a glance.
type Summary struct {
	// Shared are the entities both articles name; OnlyA and OnlyB those only one names. Each list
	// is ordered by how often the entity is named, then by name.
	Shared, OnlyA, OnlyB []EntityCount
	// Dates are the dated events both articles mention, in date order.
	Dates []SharedDate
	// Quotes are the quotations both articles carry.
	Quotes []SharedQuote
	// Figures are figures that differ between two sentences reporting the same thing, for the same
	// subject and unit; two numbers that merely sit near each other are never listed.
	Figures []FigureDiff
}

// EntityCount is an entity and how often each side names it.
type EntityCount struct {
	Entity string
	Kind   corpus.EntityKind
	A, B   int
	// FirstA and FirstB are the sentences where each side first names it ("" when it does not).
	FirstA, FirstB string
}

// SharedDate is a date both articles mention, at the precision both give it.
type SharedDate struct {
	Date corpus.Date
	A, B []DateRef
}

// DateRef is one mention of a date.
type DateRef struct {
	Sentence string
	Text     string
	Date     corpus.Date
	Role     corpus.DateRole
}

// SharedQuote is a quotation carried by both articles.
type SharedQuote struct {
	A, B QuoteRef
	// Words are the quoted words both share, as A writes them.
	Words string
}

// QuoteRef is a quotation in a sentence; Start and End are byte offsets of its text.
type QuoteRef struct {
	Sentence   string
	Start, End int
	Text       string
}

// FigureDiff is a subject both sides measure in the same unit with different values.
type FigureDiff struct {
	// Pair is the number of the aligned pair that holds both figures.
	Pair          int
	Subject, Unit string
	A, B          FigureRef
}

// FigureRef is a figure as one side writes it, e.g. "15 percent".
type FigureRef struct {
	Sentence string
	Text     string
	Value    string
}

func summarize(as, bs []*sent, pairs []Pair) Summary {
	var s Summary
	s.Shared, s.OnlyA, s.OnlyB = entities(as, bs)
	s.Dates = sharedDates(as, bs)
	s.Quotes = sharedQuotes(as, bs)
	s.Figures = differingFigures(as, bs, pairs)
	return s
}

func entities(as, bs []*sent) (shared, onlyA, onlyB []EntityCount) {
	counts := make(map[string]*EntityCount)
	var order []string
	for _, side := range [][]*sent{as, bs} {
		for _, st := range side {
			for _, m := range st.s.Mentions {
				if m.Entity == "" {
					continue
				}
				e := counts[m.Entity]
				if e == nil {
					e = &EntityCount{Entity: m.Entity, Kind: m.Kind}
					counts[m.Entity] = e
					order = append(order, m.Entity)
				}
				if st.side == 0 {
					e.A++
					if e.FirstA == "" {
						e.FirstA = st.s.ID
					}
				} else {
					e.B++
					if e.FirstB == "" {
						e.FirstB = st.s.ID
					}
				}
			}
		}
	}
	for _, name := range order {
		e := *counts[name]
		switch {
		case e.A > 0 && e.B > 0:
			shared = append(shared, e)
		case e.A > 0:
			onlyA = append(onlyA, e)
		default:
			onlyB = append(onlyB, e)
		}
	}
	byCount := func(x, y EntityCount) int {
		if c := cmp.Compare(y.A+y.B, x.A+x.B); c != 0 {
			return c
		}
		return strings.Compare(x.Entity, y.Entity)
	}
	slices.SortFunc(shared, byCount)
	slices.SortFunc(onlyA, byCount)
	slices.SortFunc(onlyB, byCount)
	return shared, onlyA, onlyB
}

// common returns the date that x and y both give, at the finer precision they share, or false
// when they do not fall together: a day and its month share the month, two years only their
// year, and a bare year never matches a month, which would be too loose to be the same event.
func common(x, y corpus.Date) (corpus.Date, bool) {
	atLeastMonth := func(d corpus.Date) bool {
		return d.Precision == corpus.PrecisionMonth || d.Precision == corpus.PrecisionPartOfMonth ||
			d.Precision == corpus.PrecisionDay
	}
	switch {
	case x.Precision == corpus.PrecisionDay && y.Precision == corpus.PrecisionDay:
		if x.Year == y.Year && x.Month == y.Month && x.Day == y.Day {
			return corpus.Date{Year: x.Year, Month: x.Month, Day: x.Day, Precision: corpus.PrecisionDay}, true
		}
	case atLeastMonth(x) && atLeastMonth(y):
		if x.Year == y.Year && x.Month == y.Month {
			return corpus.Date{Year: x.Year, Month: x.Month, Precision: corpus.PrecisionMonth}, true
		}
	case x.Precision == corpus.PrecisionQuarter && y.Precision == corpus.PrecisionQuarter:
		if x.Year == y.Year && x.Quarter == y.Quarter {
			return corpus.Date{Year: x.Year, Quarter: x.Quarter, Precision: corpus.PrecisionQuarter}, true
		}
	case x.Precision == corpus.PrecisionYear && y.Precision == corpus.PrecisionYear:
		if x.Year == y.Year {
			return corpus.Date{Year: x.Year, Precision: corpus.PrecisionYear}, true
		}
	}
	return corpus.Date{}, false
}

func sharedDates(as, bs []*sent) []SharedDate {
	var out []SharedDate
	find := func(d corpus.Date) *SharedDate {
		for i := range out {
			if out[i].Date == d {
				return &out[i]
			}
		}
		out = append(out, SharedDate{Date: d})
		return &out[len(out)-1]
	}
	addRef := func(refs *[]DateRef, st *sent, m corpus.DateMention) {
		r := DateRef{Sentence: st.s.ID, Text: m.Text, Date: m.Date, Role: m.Role}
		if !slices.Contains(*refs, r) {
			*refs = append(*refs, r)
		}
	}
	for _, x := range as {
		for _, dx := range x.dates {
			if dx.Anchor == corpus.AnchorUnresolved {
				continue
			}
			for _, y := range bs {
				for _, dy := range y.dates {
					if dy.Anchor == corpus.AnchorUnresolved {
						continue
					}
					if d, ok := common(dx.Date, dy.Date); ok {
						g := find(d)
						addRef(&g.A, x, dx)
						addRef(&g.B, y, dy)
					}
				}
			}
		}
	}
	slices.SortStableFunc(out, func(x, y SharedDate) int {
		if c := cmp.Compare(x.Date.Start(), y.Date.Start()); c != 0 {
			return c
		}
		return cmp.Compare(y.Date.Precision, x.Date.Precision)
	})
	return out
}

func sharedQuotes(as, bs []*sent) []SharedQuote {
	var out []SharedQuote
	for _, x := range as {
		for _, qx := range x.quotes {
			for _, y := range bs {
				for _, qy := range y.quotes {
					r, ok := sharedQuote(qx, qy)
					if !ok {
						continue
					}
					out = append(out, SharedQuote{
						A:     QuoteRef{Sentence: x.s.ID, Start: qx.start, End: qx.end, Text: x.s.Text[qx.start:qx.end]},
						B:     QuoteRef{Sentence: y.s.ID, Start: qy.start, End: qy.end, Text: y.s.Text[qy.start:qy.end]},
						Words: x.s.Text[qx.toks[r.x].start:qx.toks[r.x+r.n-1].end],
					})
				}
			}
		}
	}
	return out
}

// differingFigures compares the figures of each aligned pair: only two sentences that report the
// same thing can disagree about it, and only about the same subject in the same unit.
func differingFigures(as, bs []*sent, pairs []Pair) []FigureDiff {
	byID := func(ss []*sent) map[string]*sent {
		m := make(map[string]*sent, len(ss))
		for _, s := range ss {
			m[s.s.ID] = s
		}
		return m
	}
	ma, mb := byID(as), byID(bs)
	var out []FigureDiff
	for _, p := range pairs {
		x, y := ma[p.A], mb[p.B]
		if x == nil || y == nil {
			continue
		}
		has := func(fs []figure, f figure) bool {
			return slices.ContainsFunc(fs, func(g figure) bool { return g.value == f.value && g.unit == f.unit })
		}
		for _, fx := range x.figures {
			if fx.subject == "" || has(y.figures, fx) {
				continue
			}
			for _, fy := range y.figures {
				if fy.subject != fx.subject || fy.unit != fx.unit || has(x.figures, fy) {
					continue
				}
				out = append(out, FigureDiff{Pair: p.N, Subject: fx.subject, Unit: fx.unit,
					A: FigureRef{Sentence: x.s.ID, Text: x.s.Text[fx.start:fx.end], Value: fx.value},
					B: FigureRef{Sentence: y.s.ID, Text: y.s.Text[fy.start:fy.end], Value: fy.value}})
			}
		}
	}
	return out
}
