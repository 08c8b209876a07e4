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
	// Sources are in corpus order, then in reading order.
	Sources []Source
}

// Dated reports whether the event has a place on the timeline; undated mentions do not.
func (e *Event) Dated() bool { return e.Date.Precision != corpus.PrecisionUnknown }

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

// item is a date mention waiting to be placed in an event.
type item struct {
	src   Source
	order int // position of the article in the corpus
	words map[string]bool
}

// Build gathers the articles' date mentions into events: mentions of the same event (dates
// compatible within their precision, the same role, and sentences that share enough entities
// and content words) become one event that lists each source. Publication dates form their own
// lane; undated mentions are kept at the end, one event each. The result is in chronological
// order, a coarser date before the finer ones it contains.
func Build(c *corpus.Corpus) []Event {
	if c == nil {
		return nil
	}
	var items []item
	var events []Event
	for order, a := range c.Articles {
		if a == nil {
			continue
		}
		if p := a.Published; p.Basis != corpus.BasisUnknown && p.Date.Precision != corpus.PrecisionUnknown {
			events = append(events, Event{Date: p.Date, Anchor: pubAnchor(p.Basis), Lane: LanePublished,
				Sources: []Source{{Article: a.ID, Date: p.Date, Anchor: pubAnchor(p.Basis)}}})
		}
		ctx := sentenceContexts(a)
		for _, m := range a.Dates {
			c := ctx[m.Sentence]
			if c == nil {
				continue // a mention of a sentence the article does not have
			}
			if c.words == nil {
				c.words = contentWords(c.text, c.entities)
			}
			src := Source{Article: a.ID, Sentence: m.Sentence, Text: m.Text, Start: m.Start, End: m.End,
				Date: m.Date, Anchor: m.Anchor, Role: m.Role, Entities: c.entities}
			items = append(items, item{src: src, order: order, words: c.words})
		}
	}
	events = mergePublications(events)
	events = append(events, merge(items)...)
	slices.SortStableFunc(events, func(a, b Event) int {
		switch {
		case before(&a, &b):
			return -1
		case before(&b, &a):
			return 1
		}
		return 0
	})
	return events
}

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

// mergePublications puts articles published on the very same date in one event.
func mergePublications(evs []Event) []Event {
	var out []Event
	for _, e := range evs {
		joined := false
		for i := range out {
			if out[i].Date == e.Date && out[i].Anchor == e.Anchor {
				out[i].Sources = append(out[i].Sources, e.Sources...)
				joined = true
				break
			}
		}
		if !joined {
			out = append(out, e)
		}
	}
	return out
}

// context is the text and entities used to compare a sentence with others, and their content
// words once a mention needs them.
type context struct {
	text     string
	entities []string
	words    map[string]bool
}

// sentenceContexts maps each sentence ID to its text and entities, extended by the next
// sentence when it stops on a comma, as Extract reads it.
func sentenceContexts(a *corpus.Article) map[string]*context {
	var sents []*corpus.Sentence
	for i := range a.Paragraphs {
		for j := range a.Paragraphs[i].Sentences {
			sents = append(sents, &a.Paragraphs[i].Sentences[j])
		}
	}
	out := make(map[string]*context, len(sents))
	for i, s := range sents {
		c := &context{text: s.Text, entities: entityNames(s.Mentions, nil)}
		if i+1 < len(sents) && continues(s.Text) {
			c.text += " " + sents[i+1].Text
			c.entities = entityNames(sents[i+1].Mentions, c.entities)
		}
		out[s.ID] = c
	}
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

// compatible reports whether two dates can mean the same time: one holds the other.
func compatible(a, b corpus.Date) bool {
	if a.Precision == corpus.PrecisionUnknown || b.Precision == corpus.PrecisionUnknown {
		return false
	}
	return a.Start() <= b.Start() && b.End() <= a.End() || b.Start() <= a.Start() && a.End() <= b.End()
}

// finer reports whether a says more than b: a smaller span, or the same span with a better
// anchor (absolute before stated before curated before estimated).
func finer(a Source, b corpus.Date, anchor corpus.Anchor) bool {
	wa, wb := a.Date.End()-a.Date.Start(), b.End()-b.Start()
	if wa != wb {
		return wa < wb
	}
	return a.Anchor != corpus.AnchorUnresolved && a.Anchor < anchor
}

// minShared and minSimilarity decide when two sentences report the same event: they must share
// at least minShared content words or entities, and that many must be at least minSimilarity
// of the shorter sentence's.
const (
	minShared     = 3
	minSimilarity = 0.3
)

// maxAccounts is how many sources' words an event keeps to compare new mentions with.
const maxAccounts = 4

// merge groups items into events, finest dates first so that coarser mentions join them.
func merge(items []item) []Event {
	byWidth := make([]*item, len(items))
	for i := range items {
		byWidth[i] = &items[i]
	}
	slices.SortStableFunc(byWidth, func(a, b *item) int {
		return cmp.Compare(a.src.Date.End()-a.src.Date.Start(), b.src.Date.End()-b.src.Date.Start())
	})
	type group struct {
		ev    Event
		words []map[string]bool
	}
	var groups []*group
	// Compatible dates share their year, so only the groups of that year are candidates.
	byYear := map[int][]*group{}
	var undated []Event
	for _, it := range byWidth {
		if it.src.Date.Precision == corpus.PrecisionUnknown {
			undated = append(undated, Event{Role: it.src.Role, Anchor: it.src.Anchor, Sources: []Source{it.src}})
			continue
		}
		var best *group
		bestScore := 0.0
		for _, g := range byYear[it.src.Date.Year] {
			if g.ev.Role != it.src.Role || !compatible(g.ev.Date, it.src.Date) || !allCompatible(g.ev.Sources, it.src.Date) {
				continue
			}
			for _, w := range g.words {
				if s := similarity(w, it.words); s > bestScore {
					best, bestScore = g, s
				}
			}
		}
		if best == nil {
			g := &group{ev: Event{Date: it.src.Date, Anchor: it.src.Anchor, Role: it.src.Role,
				Sources: []Source{it.src}}, words: []map[string]bool{it.words}}
			groups = append(groups, g)
			byYear[it.src.Date.Year] = append(byYear[it.src.Date.Year], g)
			continue
		}
		if finer(it.src, best.ev.Date, best.ev.Anchor) {
			best.ev.Date, best.ev.Anchor = it.src.Date, it.src.Anchor
		}
		best.ev.Sources = append(best.ev.Sources, it.src)
		// A few accounts describe an event well enough; comparing with every one of hundreds
		// would make building quadratic in the size of a big story.
		if len(best.words) < maxAccounts {
			best.words = append(best.words, it.words)
		}
	}
	out := make([]Event, 0, len(groups)+len(undated))
	for _, g := range groups {
		out = append(out, g.ev)
	}
	out = append(out, undated...)
	order := make(map[string]int, len(items))
	for _, it := range items {
		order[it.src.Article] = it.order
	}
	for i := range out {
		sortSources(out[i].Sources, order)
	}
	return out
}

func allCompatible(srcs []Source, d corpus.Date) bool {
	for _, s := range srcs {
		if !compatible(s.Date, d) {
			return false
		}
	}
	return true
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
