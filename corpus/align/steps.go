package align

import (
	"fmt"
	"strings"

	"parallax/corpus"
)

// Alignment is Compare in small steps, for a caller that must not hold its thread for long (the
// app on a phone yields to the browser between steps). Each Step analyses one sentence of either
// article, scores one sentence of A against its candidates in B, or runs one stage of the
// pairing and layout; the result does not depend on how the steps are spread over time, and
// equals Compare's.
type Alignment struct {
	a, b  *corpus.Article
	c     *Comparison
	stage int
	sp    *space
	ra    *reader
	rb    *reader
	as    []*sent
	bs    []*sent
	g     found
	cs    *search
	row   int // the next row of cs to score
	notes []string
	match []int
	cross []int
	quo   []quoteMatch
	qcap  bool
	// gapped are the pairs fillGaps added, whose highlights count distributional neighbours;
	// meant are those of them paired by meaning (see meaningPairs).
	gapped, meant []cell
}

// NewAlignment returns the alignment of a and b, not begun. Either may be nil or empty.
func NewAlignment(a, b *corpus.Article) *Alignment {
	return &Alignment{a: a, b: b, c: &Comparison{A: a, B: b}}
}

// The stages of an Alignment, in order.
const (
	stageStart = iota
	stageA
	stageB
	stageCandidates
	stageRows
	stagePairs
	stageGaps
	stageLayout
	stageSummary
	stageDone
)

// Step does the next piece of the alignment and reports whether any remains. A step's work is
// bounded by one sentence's analysis or scoring, or one stage over both articles (itself bounded by
// MaxSentences and MaxWork).
func (al *Alignment) Step() bool {
	c := al.c
	switch al.stage {
	case stageStart:
		if al.a == nil || al.b == nil {
			al.stage = stageDone
			return false
		}
		al.sp = newSpace()
		abbreviations(al.a, al.sp.abbr)
		abbreviations(al.b, al.sp.abbr)
		al.ra, al.rb = newReader(al.a, 0, limitSentences), newReader(al.b, 1, limitSentences)
		al.stage = stageA
	case stageA:
		if !al.sp.next(al.ra) {
			al.stage = stageB
		}
	case stageB:
		if !al.sp.next(al.rb) {
			al.stage = stageCandidates
		}
	case stageCandidates:
		al.as, al.bs = al.ra.out, al.rb.out
		al.sp.weigh(al.as, al.bs)
		al.cs = newSearch(al.sp, al.as, al.bs)
		al.stage = stageRows
	case stageRows:
		if al.row < len(al.as) {
			al.cs.row(al.row)
			al.row++
			break
		}
		al.g, al.cs = al.cs.g, nil
		c.Candidates = al.g.scored
		if na, nb := al.ra.total, al.rb.total; na > len(al.as) || nb > len(al.bs) {
			al.notes = append(al.notes, fmt.Sprintf("only the first %d sentences of each article were compared (A has %d, B has %d)", limitSentences, na, nb))
		}
		if al.g.capped {
			al.notes = append(al.notes, fmt.Sprintf("the search for pairs stopped after %d candidate sentence pairs; %d shared terms were not followed", limitWork, al.g.skipped))
		}
		al.stage = stagePairs
	case stagePairs:
		al.quo, al.qcap = quoteMatches(al.as, al.bs)
		al.g.sim = withQuotes(al.g.sim, len(al.as), al.quo)
		al.match, al.cross = pairUp(al.g.sim, len(al.as), len(al.bs))
		al.stage = stageGaps
	case stageGaps:
		al.g.sim, al.gapped, al.meant = fillGaps(al.sp, al.as, al.bs, al.match, al.cross, al.g.sim)
		al.stage = stageLayout
	case stageLayout:
		c.layout(al.a, al.b, al.as, al.bs, al.match, al.cross, al.g.sim, al.gapped, al.meant)
		al.stage = stageSummary
	case stageSummary:
		c.relate(al.as, al.bs, al.g.sim)
		c.Summary = summarize(al.as, al.bs, c.Pairs, al.quo)
		if al.qcap {
			al.notes = append(al.notes, fmt.Sprintf("the search for shared quotations stopped after %d pairs of quotes", maxQuotePairs))
		}
		c.Capped, c.CapNote = len(al.notes) > 0, strings.Join(al.notes, "; ")
		// The analysed sentences and the space are no longer needed; the result keeps what
		// it refers to.
		al.sp, al.ra, al.rb, al.as, al.bs, al.g, al.match, al.cross, al.quo, al.gapped, al.meant = nil, nil, nil, nil, nil, found{}, nil, nil, nil, nil, nil
		al.stage = stageDone
	}
	return al.stage != stageDone
}

// Result returns the comparison once Step has reported that none remains, nil before.
func (al *Alignment) Result() *Comparison {
	if al.stage != stageDone {
		return nil
	}
	return al.c
}
