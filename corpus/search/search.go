package search

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"parallax/corpus"
)

// Result limits: what one screen can show.
const (
	MaxGroups   = 20 // articles on a page of results; Results.Total counts them all
	MaxSnippets = 3  // sentences shown per article; Group.More counts the rest
)

// wordMatch is one query word and the terms it may stand for.
type wordMatch struct {
	word  string // as shown to the reader
	runes int    // folded runes of the word's term, for prefix highlights
	cands []candidate
	by    map[uint32]candidate
	// chains are word sequences the word also stands for: the parts of a hyphenated compound
	// ("sell-or-ban"), a CJK run as character pairs, or a one-word name split in two where the
	// text writes it so ("bytedance" → "byte dance"). phrase lists the units holding any chain
	// in sequence, ascending.
	chains [][]string
	phrase []uint32
	// correction is the term a typo was read as ("blair" for "blari"), whose candidates cands
	// are; "" when the word is searched as typed.
	correction string
}

// Search runs q. It never panics: a failure is reported in Results.Err.
func (e *Engine) Search(q Query) (res *Results) {
	res = &Results{Query: q}
	defer func() {
		if r := recover(); r != nil {
			*res = Results{Query: q, Err: fmt.Errorf("search %q: internal error: %v", q.Text, r)}
		}
	}()
	words := e.prepare(q.Text, res)
	if len(words) == 0 {
		e.browse(q, res)
		return res
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	s := e.scratch.reset(len(e.units), len(e.arts))
	e.walk(s, words)
	e.rank(s, q, words, res)
	if len(res.Groups) == 0 && res.Excluded == 0 {
		res.Suggestions = e.suggest(words)
	}
	res.Corrected = corrected(e, words)
	res.Forms = formsSearched(e, words)
	return res
}

// maxForms bounds Results.Forms.
const maxForms = 6

// formsSearched returns the terms the words were widened to as other forms or spellings (see
// Engine.forms), without repeats, at most maxForms.
func formsSearched(e *Engine, words []wordMatch) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range words {
		for _, c := range w.cands {
			if c.kind != MatchForm {
				continue
			}
			if t := e.terms[c.term]; !seen[t] && t != strings.ToLower(w.word) {
				seen[t] = true
				if len(out) == maxForms {
					return out
				}
				out = append(out, t)
			}
		}
	}
	return out
}

// prepare splits the query text into words and resolves each to its candidate terms.
func (e *Engine) prepare(text string, res *Results) []wordMatch {
	var qs []qword
	qs, res.Ignored, res.Letters, res.Truncated = splitQuery(text)
	words := make([]wordMatch, len(qs))
	for i, w := range qs {
		cs := e.candidates(w.term)
		correction := ""
		if len(cs) > 0 && cs[0].kind == MatchEdit {
			// A typo of a term ("blari" for "blair") is searched as that term, so that "Showing
			// results for blair" shows what a search for "blair" does, not its other close
			// spellings too (195 articles against 181).
			correction = e.terms[cs[0].term]
			cs = e.candidates(correction)
			// None of them was typed: the correction itself is an edit, and none is exact.
			for k := range cs {
				if cs[k].kind == MatchExact {
					cs[k].kind = MatchEdit
				}
				cs[k].quality = min(cs[k].quality, qualEdit)
			}
		}
		by := make(map[uint32]candidate, len(cs))
		for _, c := range cs {
			by[c.term] = c
		}
		runes := utf8.RuneCountInString(w.term)
		if correction != "" {
			runes = utf8.RuneCountInString(correction)
		}
		words[i] = wordMatch{word: w.display, runes: runes, cands: cs, by: by, correction: correction}
		if w.parts != nil {
			words[i].chains = append(words[i].chains, w.parts)
		}
		words[i].chains = append(words[i].chains, e.splits(w.term)...)
		for _, c := range words[i].chains {
			words[i].phrase = unionSorted(words[i].phrase, e.phraseUnits(c))
		}
		res.Words = append(res.Words, w.display)
	}
	return words
}

// corrected returns the query as searched when some word was read as a typo of a term (see
// prepare): each such word replaced by that term, the others as typed. It is empty when nothing
// was corrected. Letters matched loosely (the fuzzy matcher's "tik" in "ticket") correct nothing:
// the status says the words were not found as typed.
func corrected(e *Engine, words []wordMatch) string {
	out := make([]string, len(words))
	changed := false
	for i, w := range words {
		out[i] = w.word
		if w.correction != "" && len(w.phrase) == 0 {
			out[i] = w.correction
			changed = true
		}
	}
	if !changed {
		return ""
	}
	return strings.Join(out, " ")
}

// qword is a query word: a term, or a chain that matches its joined form or its parts in sequence.
type qword struct {
	display, term string
	parts         []string
	cjkSeg        int // 1 + the tokenizer's seg of a CJK run; 0 for other words
}

// splitQuery folds text into distinct words, leaving out common words and any past maxWords.
// A hyphenated compound is one word standing for its joined form and its parts in sequence
// ("sell-or-ban"); so is a run of CJK characters, as its character pairs.
// A single letter is left out too, into letters: no word is one letter, and as the start of
// words it matches most of them ("t" of "AT & T" would find "time").
func splitQuery(text string) (words []qword, ignored, letters []string, truncated bool) {
	if utf8.RuneCountInString(text) > maxQueryRunes {
		text, truncated = string([]rune(text)[:maxQueryRunes]), true
	}
	var all []qword
	tokenize(text, func(t token) {
		term := string(t.term)
		switch {
		case t.sym && t.parts <= len(all):
			// A name as written ("AT&T", "C++"): its letters alone are stop words or single letters.
			all = append(all[:len(all)-t.parts], qword{display: term, term: term})
		case t.parts > 0 && t.parts <= len(all):
			n := len(all) - t.parts
			parts := make([]string, t.parts)
			for k := range parts {
				parts[k] = all[n+k].term
			}
			all = append(all[:n], qword{display: strings.Join(parts, "-"), term: term, parts: parts})
		case t.cjk && len(all) > 0 && all[len(all)-1].cjkSeg == t.seg+1:
			w := &all[len(all)-1]
			if w.parts == nil {
				w.parts = []string{w.term}
			}
			w.parts = append(w.parts, term)
			_, size := utf8.DecodeLastRuneInString(term)
			w.term += term[len(term)-size:]
			w.display = w.term
		case t.cjk:
			all = append(all, qword{display: term, term: term, cjkSeg: t.seg + 1})
		default:
			all = append(all, qword{display: term, term: term})
		}
	})
	seen := make(map[string]bool)
	for _, w := range all {
		if seen[w.term] {
			continue
		}
		seen[w.term] = true
		switch {
		case w.parts == nil && stopWords[w.term] || len(words) == maxWords:
			ignored = append(ignored, w.display)
		case w.parts == nil && !indexable([]byte(w.term)) && w.cjkSeg == 0:
			letters = append(letters, w.display)
		default:
			words = append(words, w)
		}
	}
	return words, ignored, letters, truncated
}

// paginate sets the page of res from the page asked for and res.Total, and returns the ranks
// [lo, hi) of the matches it shows.
func (res *Results) paginate(page int) (lo, hi int) {
	res.Pages = max(1, (res.Total+MaxGroups-1)/MaxGroups)
	res.Page = max(1, page)
	if res.Page > res.Pages {
		res.Page, res.PageClamped = res.Pages, true
	}
	lo = (res.Page - 1) * MaxGroups
	hi = min(lo+MaxGroups, res.Total)
	if hi > lo {
		res.First = lo + 1
	}
	return lo, hi
}

// browse lists the articles the filters admit, for an empty query.
func (e *Engine) browse(q Query, res *Results) {
	for _, a := range e.arts {
		if !q.admits(a) {
			res.Excluded++
			continue
		}
		res.Total++
	}
	lo, hi := res.paginate(q.Page)
	n := 0
	for _, a := range e.arts {
		if n >= hi {
			break
		}
		if q.admits(a) {
			if n >= lo {
				res.Groups = append(res.Groups, Group{Article: a})
			}
			n++
		}
	}
	for _, id := range e.titleTop {
		res.Suggestions = append(res.Suggestions, e.display[id])
	}
}

// scratch holds per-search arrays, reused across searches and invalidated by bumping gen.
type scratch struct {
	gen      uint32
	stamp    []uint32 // unit → gen when touched by this search
	mask     []uint16 // unit → bit i set when query word i matched
	score    []int32  // unit → sum of the best quality of each matched word
	touched  []uint32 // units touched, in walk order
	accs     []acc
	artStamp []uint32
	artAcc   []int32 // article → index in accs
	z        tokenizer
}

func (s *scratch) reset(units, arts int) *scratch {
	if len(s.stamp) != units || len(s.artStamp) != arts || s.gen == ^uint32(0) {
		*s = scratch{stamp: make([]uint32, units), mask: make([]uint16, units),
			score: make([]int32, units), artStamp: make([]uint32, arts), artAcc: make([]int32, arts)}
	}
	s.gen++
	s.touched = s.touched[:0]
	return s
}

// walk marks, for every unit holding a candidate of any word, which words it matched and how well.
// Candidates come best first, so a unit's first hit for a word is its best one.
func (e *Engine) walk(s *scratch, words []wordMatch) {
	for i, w := range words {
		bit := uint16(1) << i
		// A chain's parts in sequence are as good as the word itself: they come first.
		for _, u := range w.phrase {
			if s.stamp[u] != s.gen {
				s.stamp[u], s.mask[u], s.score[u] = s.gen, bit, qualExact
				s.touched = append(s.touched, u)
			} else if s.mask[u]&bit == 0 {
				s.mask[u] |= bit
				s.score[u] += qualExact
			}
		}
		for _, c := range w.cands {
			for _, u := range e.post[e.postOff[c.term]:e.postOff[c.term+1]] {
				switch {
				case s.stamp[u] != s.gen:
					s.stamp[u], s.mask[u], s.score[u] = s.gen, bit, c.quality
					s.touched = append(s.touched, u)
				case s.mask[u]&bit == 0:
					s.mask[u] |= bit
					s.score[u] += c.quality
				}
			}
		}
	}
}

// acc gathers one article's matching units. Keys order units: words matched, then score.
type acc struct {
	art       int32
	best      int64 // best key of a qualifying sentence
	titleKey  int64 // key of the title unit, if it qualifies
	title     int32 // score of the title unit, qualifying or not
	qualified int   // qualifying sentences
	rank      int   // the article's score, set once before the best are picked
}

// tally counts a qualifying unit of the article.
func (g *acc) tally(u uint32, title bool, s *scratch) {
	key := unitKey(s.mask[u], s.score[u])
	if title {
		g.titleKey = key
		return
	}
	g.qualified++
	g.best = max(g.best, key)
}

func unitKey(mask uint16, score int32) int64 {
	return int64(bits.OnesCount16(mask))<<32 | int64(uint32(score))
}

// Values of scratch.artAcc for an article with no accumulator.
const (
	artAdmitted = -1
	artExcluded = -2
)

// admit caches whether the query's filters admit article a, counting those they exclude.
func (e *Engine) admit(s *scratch, q Query, a int32, res *Results) bool {
	if s.artStamp[a] != s.gen {
		s.artStamp[a] = s.gen
		s.artAcc[a] = artAdmitted
		if !q.admits(e.arts[a]) {
			s.artAcc[a] = artExcluded
			res.Excluded++
		}
	}
	return s.artAcc[a] != artExcluded
}

// rank groups the touched units by article and fills res. The walk may touch most of a large
// corpus, so the passes over it do the least per unit; snippets are picked afterwards, only for
// the articles shown, from their own contiguous run of units.
func (e *Engine) rank(s *scratch, q Query, words []wordMatch, res *Results) {
	filtered := q.Outlet != "" || q.From.Start() != 0 || q.To.Start() != 0
	// Every word in one unit if any admitted article has it; otherwise the most words any unit has.
	need := 0
	for _, u := range s.touched {
		if filtered && !e.admit(s, q, e.unitArt[u], res) {
			continue
		}
		need = max(need, bits.OnesCount16(s.mask[u]))
	}
	res.Partial = need < len(words)
	accs := s.accs[:0]
	add := func(g acc) {
		if g.qualified > 0 || g.titleKey > 0 {
			accs = append(accs, g)
		}
	}
	if len(s.touched)*8 > len(e.units) {
		// Most of the corpus matched (a short word being typed): a sequential scan, article by
		// article, beats chasing the touched units across memory.
		for a := range e.arts {
			first, end := e.artFirst[a], e.artFirst[a+1]
			g := acc{art: int32(a)}
			for u := first; u < end; u++ {
				if s.stamp[u] != s.gen || bits.OnesCount16(s.mask[u]) < need {
					continue
				}
				g.tally(u, u == first, s)
			}
			if (g.qualified > 0 || g.titleKey > 0) && e.admit(s, q, int32(a), res) {
				add(g)
			}
		}
	} else {
		for _, u := range s.touched {
			if bits.OnesCount16(s.mask[u]) < need {
				continue
			}
			a := e.unitArt[u]
			if !e.admit(s, q, a, res) {
				continue
			}
			if s.artAcc[a] == artAdmitted {
				s.artAcc[a] = int32(len(accs))
				accs = append(accs, acc{art: a})
			}
			accs[s.artAcc[a]].tally(u, u == e.artFirst[a], s)
		}
	}
	s.accs = accs
	for i := range accs {
		if u := e.artFirst[accs[i].art]; s.stamp[u] == s.gen {
			accs[i].title = s.score[u]
		}
	}
	// A sentence that has the words is the evidence a reader wants; the title adds to it, and
	// more matching sentences add a little. An article matched by its title alone ranks below
	// one whose sentence matches as well.
	score := func(g *acc) int {
		if g.qualified == 0 {
			return int(int32(g.titleKey)) * 3 / 4
		}
		return int(int32(g.best)+g.title/2) + 2*min(g.qualified, 10)
	}
	res.Total = len(accs)
	if !res.Partial {
		// Every word exact in one unit scores qualExact a word; any other kind scores less.
		exact := int32(qualExact * len(words))
		for i := range accs {
			if g := &accs[i]; g.qualified > 0 && int32(g.best) >= exact || int32(g.titleKey) >= exact {
				res.Exact++
			}
		}
	}
	lo, hi := res.paginate(q.Page)
	for _, i := range bestOf(accs, score, hi)[lo:] {
		res.Groups = append(res.Groups, e.group(&accs[i], s, words, need, score(&accs[i])))
	}
}

// insertionLimit is the most ranks bestOf keeps by insertion; past it (page six on), sorting
// every match costs less than insertion's quadratic worst case.
const insertionLimit = 100

// bestOf returns the indexes of the n best accumulators, best first; ties go to the earlier
// article, so that pages never overlap.
func bestOf(accs []acc, score func(*acc) int, n int) []int32 {
	for i := range accs {
		accs[i].rank = score(&accs[i])
	}
	before := func(i, j int32) bool {
		a, b := &accs[i], &accs[j]
		return a.rank > b.rank || a.rank == b.rank && a.art < b.art
	}
	if n > insertionLimit {
		all := make([]int32, len(accs))
		for i := range all {
			all[i] = int32(i)
		}
		slices.SortFunc(all, func(i, j int32) int {
			switch {
			case before(i, j):
				return -1
			case before(j, i):
				return 1
			}
			return 0
		})
		return all[:n]
	}
	// The first page, the one every keystroke shows, by insertion: far cheaper than sorting
	// thousands of articles.
	top := make([]int32, 0, n)
	for i := range accs {
		g := int32(i)
		at := len(top)
		for at > 0 && before(g, top[at-1]) {
			at--
		}
		if at >= n {
			continue
		}
		if len(top) < n {
			top = append(top, 0)
		}
		copy(top[at+1:], top[at:len(top)-1])
		top[at] = g
	}
	return top
}

// group turns an accumulator into a result with its best sentences as highlighted snippets:
// most words, then best score, then earliest.
func (e *Engine) group(g *acc, s *scratch, words []wordMatch, need, score int) Group {
	a := e.arts[g.art]
	out := Group{Article: a, Matched: int(max(g.best, g.titleKey) >> 32), Score: score}
	out.TitleHighlights = e.highlight(&s.z, a.Title, words)
	var top [MaxSnippets]uint32
	var keys [MaxSnippets]int64
	n := 0
	for u := e.artFirst[g.art] + 1; u < e.artFirst[g.art+1]; u++ {
		if s.stamp[u] != s.gen {
			continue
		}
		key := unitKey(s.mask[u], s.score[u])
		i := n
		for i > 0 && key > keys[i-1] {
			i--
		}
		if i >= MaxSnippets {
			continue
		}
		n = min(n+1, MaxSnippets)
		copy(top[i+1:n], top[i:n-1])
		copy(keys[i+1:n], keys[i:n-1])
		top[i], keys[i] = u, key
	}
	shown := 0
	for k, u := range top[:n] {
		un := e.units[u]
		sent := a.Paragraphs[un.para].Sentences[un.sent]
		sn := Snippet{SentenceID: sent.ID, Text: sent.Text, Highlights: e.highlight(&s.z, sent.Text, words)}
		for i, w := range words {
			if s.mask[u]&(1<<i) == 0 {
				sn.Missing = append(sn.Missing, w.word)
			}
		}
		if int(keys[k]>>32) >= need {
			shown++
		}
		out.Snippets = append(out.Snippets, sn)
	}
	out.More = max(g.qualified-shown, 0)
	return out
}

// highlight returns the rune ranges of text that match a query word: whole words for exact, edit
// and fuzzy matches, the typed part of a word for a prefix match, and the whole run of a chain's
// parts found in sequence. Ranges are of the original text whatever folding did to its length.
func (e *Engine) highlight(z *tokenizer, text string, words []wordMatch) []Span {
	var spans []Span
	var seq []seqToken
	chains := false
	for _, w := range words {
		chains = chains || len(w.chains) > 0
	}
	z.each(text, func(t token) {
		if chains && t.parts == 0 {
			seq = append(seq, seqToken{t.term, t.start, t.end, t.ends})
		}
		id, ok := e.ids[string(t.term)]
		if !ok {
			return
		}
		end := -1
		for _, w := range words {
			c, ok := w.by[id]
			if !ok {
				continue
			}
			if c.kind == MatchPrefix && w.runes > 0 && w.runes <= len(t.ends) {
				end = max(end, t.ends[w.runes-1])
			} else {
				end = t.end
			}
		}
		if end > t.start {
			spans = append(spans, Span{t.start, end})
		}
	})
	for _, w := range words {
		for _, parts := range w.chains {
			for i := range seq {
				if end, ok := inSequence(seq[i:], parts); ok {
					spans = append(spans, Span{seq[i].start, end})
				}
			}
		}
	}
	return mergeSpans(spans)
}

// mergeSpans sorts spans and merges those that overlap or touch: a compound covers its parts.
func mergeSpans(spans []Span) []Span {
	slices.SortFunc(spans, func(a, b Span) int { return a.Start - b.Start })
	var out []Span
	for _, sp := range spans {
		if n := len(out); n > 0 && out[n-1].End >= sp.Start {
			out[n-1].End = max(out[n-1].End, sp.End)
			continue
		}
		out = append(out, sp)
	}
	return out
}

// MaxExpanded bounds the sentences Expand returns for one article: a screenful or two.
const MaxExpanded = 60

// Expand returns the sentences of article id that match q as well as the sentences Search shows
// for it (every word, or as many as the best partial match has), in the order of the text, at
// most MaxExpanded, with highlights. It is what "N more matching sentences" opens. An article
// the query does not match, or an unknown ID, gives none.
func (e *Engine) Expand(q Query, id string) (out []Snippet, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("expand %q in %s: internal error: %v", q.Text, id, r)
		}
	}()
	var res Results
	words := e.prepare(q.Text, &res)
	art := slices.IndexFunc(e.arts, func(a *corpus.Article) bool { return a.ID == id })
	if len(words) == 0 || art < 0 {
		return nil, nil
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	s := e.scratch.reset(len(e.units), len(e.arts))
	e.walk(s, words)
	need := 0
	for _, u := range s.touched {
		if e.admit(s, q, e.unitArt[u], &res) {
			need = max(need, bits.OnesCount16(s.mask[u]))
		}
	}
	if !e.admit(s, q, int32(art), &res) {
		return nil, nil
	}
	a := e.arts[art]
	for u := e.artFirst[art] + 1; u < e.artFirst[art+1] && len(out) < MaxExpanded; u++ {
		if s.stamp[u] != s.gen || bits.OnesCount16(s.mask[u]) < need || need == 0 {
			continue
		}
		un := e.units[u]
		sent := a.Paragraphs[un.para].Sentences[un.sent]
		sn := Snippet{SentenceID: sent.ID, Text: sent.Text, Highlights: e.highlight(&s.z, sent.Text, words)}
		for i, w := range words {
			if s.mask[u]&(1<<i) == 0 {
				sn.Missing = append(sn.Missing, w.word)
			}
		}
		out = append(out, sn)
	}
	return out, nil
}

// Highlighter finds a query's words in any text the way search highlights them, for a view that
// shows the searched words in a whole article. It is not safe for concurrent use.
type Highlighter struct {
	e     *Engine
	words []wordMatch
	z     tokenizer
	// Words are the query's words as searched (see Results.Words).
	Words []string
}

// Highlighter resolves the words of query text once, for Spans to find in many texts.
func (e *Engine) Highlighter(text string) *Highlighter {
	var res Results
	h := &Highlighter{e: e}
	func() {
		defer func() { _ = recover() }() // a failure leaves nothing to highlight
		h.words = e.prepare(text, &res)
		h.Words = res.Words
	}()
	return h
}

// Spans returns the rune ranges of text that match the query's words, ascending and disjoint.
func (h *Highlighter) Spans(text string) (spans []Span) {
	if h == nil || len(h.words) == 0 {
		return nil
	}
	defer func() {
		if r := recover(); r != nil {
			spans = nil
		}
	}()
	return h.e.highlight(&h.z, text, h.words)
}
