package timeline

import (
	"cmp"
	"fmt"
	"slices"

	"parallax/corpus"
)

// item is a date mention waiting to be placed in an event.
type item struct {
	src   Source
	order int      // position of the article in the corpus
	words []uint32 // content words and entities, interned, in increasing order
	// names and figures are the sentence's specifics, interned, in increasing order: what two
	// accounts dated only by a year or a month must share to be one happening.
	names, figures []uint32
	// verbs are the stems of the sentence's event verbs ("sign", "pass"): two accounts of one
	// happening that both name theirs name the same.
	verbs []string
}

// Build gathers the articles' date mentions into events. Mentions become one event when they
// report the same happening (SameHappening: the same role, sentences that share names and
// content words and do not name different event verbs) and their dates agree at their own
// precision (one holds the other; a range or an ambiguous numeric date only agrees with
// itself). The event's date is the finest its own sources give, and Agreement says whether some
// were coarser, or whether another event reports the same happening on a conflicting date.
// Publication dates form their own lane; undated mentions are kept at the end, one event each.
// The result is in chronological order, a coarser date before the finer ones it contains.
//
// Candidates are found through an index of each event's words under each calendar unit that
// holds its date, so the work grows with the number of mentions, not with its square.
func Build(c *corpus.Corpus) []Event {
	if c == nil {
		return nil
	}
	var items []item
	var itemCtx []*context // the context of each item, whose names are filtered once
	var events []Event
	ids := map[string]uint32{}
	// Names and figures are numbered apart from words, and from each other: "apple" the word
	// and "Apple" the name are different things to share.
	nameIDs, figureIDs := map[string]uint32{}, map[string]uint32{}
	wordIDs := map[*context][3][]uint32{}
	nameDF := map[uint32]int{}
	type pubKey struct {
		d corpus.Date
		a corpus.Anchor
	}
	pubs := map[pubKey]int{}
	for order, a := range c.Articles {
		if a == nil {
			continue
		}
		if p := a.Published; p.Basis != corpus.BasisUnknown && p.Date.Precision != corpus.PrecisionUnknown {
			src := Source{Article: a.ID, Date: p.Date, Anchor: pubAnchor(p.Basis)}
			// Articles published on the very same date share an event.
			k := pubKey{p.Date, src.Anchor}
			if i, ok := pubs[k]; ok {
				events[i].Sources = append(events[i].Sources, src)
			} else {
				pubs[k] = len(events)
				events = append(events, Event{Date: p.Date, Anchor: src.Anchor, Lane: LanePublished, Sources: []Source{src}})
			}
		}
		ctx := sentenceContexts(a)
		for _, m := range a.Dates {
			c := ctx[m.Sentence]
			if c == nil {
				continue // a mention of a sentence the article does not have
			}
			if c.words == nil {
				toks := tokenize(c.text)
				c.words, c.verbs = wordsAndVerbs(toks, c.entities)
				names, figures := specifics(toks, c.entities)
				w := [3][]uint32{intern(ids, c.words), internList(nameIDs, names), internList(figureIDs, figures)}
				for _, id := range w[1] {
					nameDF[id]++
				}
				wordIDs[c] = w
			}
			src := Source{Article: a.ID, Sentence: m.Sentence, Text: m.Text, Start: m.Start, End: m.End,
				Date: m.Date, Until: m.Until, Alt: m.Alt, Anchor: m.Anchor, Role: m.Role, Entities: c.entities}
			w := wordIDs[c]
			items = append(items, item{src: src, order: order, words: w[0], figures: w[2], verbs: c.verbs})
			itemCtx = append(itemCtx, c)
		}
	}
	// A name in a large share of the dated sentences ("UK", "BBC" in a corpus of British news)
	// says no more than a common word; the floor keeps every name of a small corpus, where one
	// story's names are in most sentences and still tell its happenings apart from a year's.
	common := max(commonNameFloor, len(wordIDs)/commonNameShare)
	isCommon := func(id uint32) bool { return nameDF[id] > common }
	for c, w := range wordIDs {
		if slices.ContainsFunc(w[1], isCommon) {
			w[1] = slices.DeleteFunc(slices.Clone(w[1]), isCommon)
			wordIDs[c] = w
		}
	}
	// Each item's names are set here only, once the common ones are out.
	for i := range items {
		items[i].names = wordIDs[itemCtx[i]][1]
	}
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

// exactOnly reports whether a date agrees only with itself: a range or an ambiguous date.
func exactOnly(s Source) bool {
	return s.Until.Precision != corpus.PrecisionUnknown || s.Alt.Precision != corpus.PrecisionUnknown
}

// calendarKeys returns the keys of the calendar units that hold d, from its year down to d's
// own unit; the last is d's own key.
func calendarKeys(d corpus.Date) []string {
	keys := []string{fmt.Sprintf("y%d", d.Year)}
	if d.Precision >= corpus.PrecisionQuarter {
		q := d.Quarter
		if d.Precision > corpus.PrecisionQuarter {
			q = (d.Month-1)/3 + 1
		}
		keys = append(keys, fmt.Sprintf("q%d-%d", d.Year, q))
	}
	if d.Precision >= corpus.PrecisionMonth {
		keys = append(keys, fmt.Sprintf("m%d-%d", d.Year, d.Month))
	}
	if d.Precision >= corpus.PrecisionPartOfMonth {
		p := d.Part
		if d.Precision == corpus.PrecisionDay {
			p = min((d.Day-1)/10+1, 3)
		}
		keys = append(keys, fmt.Sprintf("p%d-%d-%d", d.Year, d.Month, p))
	}
	if d.Precision == corpus.PrecisionDay {
		keys = append(keys, fmt.Sprintf("d%d-%d-%d", d.Year, d.Month, d.Day))
	}
	return keys
}

func sourceKeys(s Source) []string {
	if exactOnly(s) {
		return []string{fmt.Sprintf("r%v|%v|%v", s.Date, s.Until, s.Alt)}
	}
	return calendarKeys(s.Date)
}

// group is an event being built, with the words of its first accounts.
type group struct {
	id    int // creation order
	ev    Event
	words [][]uint32
	verbs [][]string
	// names and figures are each kept account's specifics, beside its words.
	names, figures [][]uint32
	sents          map[[2]string]bool
	// disputed are the groups that report the same happening on a conflicting date.
	disputed []*group
}

// maxPosting skips words that too many events of one period share to tell them apart, and
// maxCandidates is how many of the events sharing the most words a mention is compared with in
// full: together they bound the work per mention, whatever the size of the corpus.
const (
	maxPosting    = 64
	maxCandidates = 16
)

// merge groups items into events, finest dates first so that coarser mentions join them.
func merge(items []item) []Event {
	byWidth := make([]*item, len(items))
	for i := range items {
		byWidth[i] = &items[i]
	}
	slices.SortStableFunc(byWidth, func(a, b *item) int {
		return cmp.Compare(a.src.Date.End()-a.src.Date.Start(), b.src.Date.End()-b.src.Date.Start())
	})
	var groups []*group
	// postings index each group's words under every calendar unit that holds its date.
	postings := map[string]map[uint32][]*group{}
	index := func(g *group, words []uint32) {
		for _, k := range sourceKeys(g.ev.Sources[0]) {
			p := postings[k]
			if p == nil {
				p = map[uint32][]*group{}
				postings[k] = p
			}
			for _, w := range words {
				p[w] = append(p[w], g)
			}
		}
	}
	var undated []Event
	var count []int32
	var touched []*group
	for _, it := range byWidth {
		if it.src.Date.Precision == corpus.PrecisionUnknown {
			undated = append(undated, Event{Role: it.src.Role, Anchor: it.src.Anchor, Sources: []Source{it.src}})
			continue
		}
		keys := sourceKeys(it.src)
		own := keys[len(keys)-1]
		for _, g := range touched {
			count[g.id] = 0
		}
		touched = touched[:0]
		bucket := postings[own]
		for _, w := range it.words {
			if l := bucket[w]; len(l) <= maxPosting {
				for _, g := range l {
					if count[g.id] == 0 {
						touched = append(touched, g)
					}
					count[g.id]++
				}
			}
		}
		// The events that share the most words are the only ones worth a full comparison.
		cands := touched[:0:0]
		for _, g := range touched {
			if count[g.id] >= minShared {
				cands = append(cands, g)
			}
		}
		slices.SortFunc(cands, func(a, b *group) int {
			if c := cmp.Compare(count[b.id], count[a.id]); c != 0 {
				return c
			}
			return cmp.Compare(a.id, b.id)
		})
		var best *group
		bestScore := 0.0
		for _, g := range cands[:min(len(cands), maxCandidates)] {
			if g.sents[[2]string{it.src.Article, it.src.Sentence}] || g.ev.Role != it.src.Role || !agrees(g.ev, it.src) {
				continue
			}
			prec := min(g.ev.Date.Precision, it.src.Date.Precision)
			for i, w := range g.words {
				if !verbsAgree(g.verbs[i], it.verbs) {
					continue
				}
				if prec < corpus.PrecisionPartOfMonth && !specificEnough(prec, countSorted(g.names[i], it.names),
					countSorted(g.figures[i], it.figures), sharedVerb(g.verbs[i], it.verbs)) {
					continue
				}
				if s := similarSorted(w, it.words); s > bestScore {
					best, bestScore = g, s
				}
			}
		}
		if best == nil {
			g := &group{id: len(groups), ev: Event{Date: it.src.Date, Until: it.src.Until, Alt: it.src.Alt, Anchor: it.src.Anchor,
				Role: it.src.Role, Sources: []Source{it.src}}, words: [][]uint32{it.words},
				verbs: [][]string{it.verbs}, names: [][]uint32{it.names}, figures: [][]uint32{it.figures}, sents: map[[2]string]bool{{it.src.Article, it.src.Sentence}: true}}
			groups = append(groups, g)
			count = append(count, 0)
			index(g, it.words)
			continue
		}
		if finer(it.src, best.ev.Date, best.ev.Anchor) {
			best.ev.Date, best.ev.Anchor = it.src.Date, it.src.Anchor
		}
		best.ev.Sources = append(best.ev.Sources, it.src)
		best.sents[[2]string{it.src.Article, it.src.Sentence}] = true
		// A few accounts describe an event well enough; comparing with every one of hundreds
		// would make building quadratic in the size of a big story.
		if len(best.words) < maxAccounts {
			best.words = append(best.words, it.words)
			best.verbs = append(best.verbs, it.verbs)
			best.names = append(best.names, it.names)
			best.figures = append(best.figures, it.figures)
			index(best, it.words)
		}
	}
	markConflicts(groups, postings)
	out := make([]Event, 0, len(groups)+len(undated))
	for _, g := range groups {
		e := g.ev
		for _, s := range e.Sources {
			if s.Date != e.Date || s.Until != e.Until || s.Alt != e.Alt {
				e.Agreement = AgreeCoarser
			}
		}
		for _, d := range g.disputed {
			e.Agreement = AgreeConflict
			if !slices.Contains(e.Disputed, d.ev.Date) {
				e.Disputed = append(e.Disputed, d.ev.Date)
			}
		}
		slices.SortFunc(e.Disputed, func(a, b corpus.Date) int { return cmp.Compare(a.Start(), b.Start()) })
		out = append(out, e)
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

// conflictSimilarity is how alike two accounts must be to count as one happening dated twice:
// stricter than merging, because a conflict is a claim about the sources.
const conflictSimilarity = 0.6

// markConflicts finds events of the same month that report the same happening with the same
// event verb on dates that exclude each other ("signed on 24 April", "signed on 23 April").
func markConflicts(groups []*group, postings map[string]map[uint32][]*group) {
	for _, g := range groups {
		src := g.ev.Sources[0]
		if exactOnly(src) || g.ev.Date.Precision < corpus.PrecisionPartOfMonth || len(g.verbs[0]) == 0 {
			continue
		}
		month := calendarKeys(g.ev.Date)[2]
		seen := map[*group]bool{g: true}
		bucket := postings[month]
		for _, w := range g.words[0] {
			l := bucket[w]
			if len(l) > maxPosting {
				continue
			}
			for _, h := range l {
				if seen[h] {
					continue
				}
				seen[h] = true
				if h.ev.Role != g.ev.Role || h.ev.Date.Precision < corpus.PrecisionPartOfMonth || compatible(h.ev.Date, g.ev.Date) ||
					h.ev.Sources[0].Article == src.Article || len(h.verbs[0]) == 0 || !verbsAgree(h.verbs[0], g.verbs[0]) ||
					similarSorted(h.words[0], g.words[0]) < conflictSimilarity {
					continue
				}
				g.disputed = append(g.disputed, h)
			}
		}
	}
}

// agrees reports whether src can join event e: its date holds the event's date or the event's
// holds it, and it agrees with every source already there; ranges and ambiguous dates only
// with themselves.
func agrees(e Event, src Source) bool {
	if exactOnly(src) || e.Until.Precision != corpus.PrecisionUnknown || e.Alt.Precision != corpus.PrecisionUnknown {
		return src.Date == e.Date && src.Until == e.Until && src.Alt == e.Alt
	}
	if !compatible(e.Date, src.Date) {
		return false
	}
	for _, s := range e.Sources {
		if !compatible(s.Date, src.Date) {
			return false
		}
	}
	return true
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

// commonNameFloor and commonNameShare decide when a name is too common to tell happenings
// apart: when more than 1/commonNameShare of the dated sentences name it, and more than
// commonNameFloor.
const (
	commonNameFloor = 50
	commonNameShare = 150
)

// maxAccounts is how many sources' words an event keeps to compare new mentions with.
const maxAccounts = 4

// intern gives each word a number, the same for the same word across the corpus, and returns
// the numbers of words in increasing order.
func intern(ids map[string]uint32, words map[string]bool) []uint32 {
	out := make([]uint32, 0, len(words))
	for w := range words {
		out = append(out, idOf(ids, w))
	}
	slices.Sort(out)
	return out
}

// idOf returns w's number in ids, numbering it next when it has none.
func idOf(ids map[string]uint32, w string) uint32 {
	id, ok := ids[w]
	if !ok {
		id = uint32(len(ids))
		ids[w] = id
	}
	return id
}

// countSorted counts the numbers two lists in increasing order share.
func countSorted(a, b []uint32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// internList is intern for a list that may repeat a string.
func internList(ids map[string]uint32, list []string) []uint32 {
	out := make([]uint32, 0, len(list))
	for _, w := range list {
		out = append(out, idOf(ids, w))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// similarSorted is similarity for interned word lists in increasing order.
func similarSorted(a, b []uint32) float64 {
	n := countSorted(a, b)
	shorter := min(len(a), len(b))
	if n < minShared || shorter == 0 {
		return 0
	}
	s := float64(n) / float64(shorter)
	if s < minSimilarity {
		return 0
	}
	return s
}
