package search

import (
	"fmt"
	"math/bits"
	"slices"
	"unicode/utf8"
)

// Result limits: what one screen can show.
const (
	MaxGroups   = 20 // articles returned; Results.Total counts them all
	MaxSnippets = 3  // sentences shown per article; Group.More counts the rest
)

// wordMatch is one query word and the terms it may stand for.
type wordMatch struct {
	word  string
	runes int
	cands []candidate
	by    map[uint32]candidate
}

// Search runs q. It never panics: a failure is reported in Results.Err.
func (e *Engine) Search(q Query) (res *Results) {
	res = &Results{Query: q}
	defer func() {
		if r := recover(); r != nil {
			*res = Results{Query: q, Err: fmt.Errorf("search %q: internal error: %v", q.Text, r)}
		}
	}()
	res.Words, res.Ignored, res.Truncated = splitQuery(q.Text)
	if len(res.Words) == 0 {
		e.browse(q, res)
		return res
	}
	words := make([]wordMatch, len(res.Words))
	for i, w := range res.Words {
		cs := e.candidates(w)
		by := make(map[uint32]candidate, len(cs))
		for _, c := range cs {
			by[c.term] = c
		}
		words[i] = wordMatch{w, utf8.RuneCountInString(w), cs, by}
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	s := e.scratch.reset(len(e.units), len(e.arts))
	e.walk(s, words)
	e.rank(s, q, words, res)
	if len(res.Groups) == 0 && res.Excluded == 0 {
		res.Suggestions = e.suggest(words)
	}
	return res
}

// splitQuery folds text into distinct words, leaving out common words and any past maxWords.
func splitQuery(text string) (words, ignored []string, truncated bool) {
	if utf8.RuneCountInString(text) > maxQueryRunes {
		text, truncated = string([]rune(text)[:maxQueryRunes]), true
	}
	// A hyphenated compound stands for its parts: "e-commerce" is one word, "ecommerce".
	var all []string
	added := 0 // words the last token added, which a compound that follows takes back
	last := 0
	tokenize(text, func(t token) {
		if t.compound {
			all = all[:len(all)-min(last+added, len(all))]
			added, last = 0, 0
		} else {
			last, added = added, 0
		}
		if w := string(t.term); !slices.Contains(all, w) {
			all = append(all, w)
			added = 1
		}
	})
	for _, w := range all {
		if stopWords[w] || len(words) == maxWords {
			ignored = append(ignored, w)
			continue
		}
		words = append(words, w)
	}
	return words, ignored, truncated
}

// browse lists the articles the filters admit, for an empty query.
func (e *Engine) browse(q Query, res *Results) {
	for _, a := range e.arts {
		if !q.admits(a) {
			res.Excluded++
			continue
		}
		res.Total++
		if len(res.Groups) < MaxGroups {
			res.Groups = append(res.Groups, Group{Article: a})
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
	// Keep the best MaxGroups by insertion: far cheaper than sorting thousands of articles.
	var top []int32
	for i := range accs {
		g := &accs[i]
		sc := score(g)
		at := len(top)
		for at > 0 {
			o := &accs[top[at-1]]
			if so := score(o); so > sc || so == sc && o.art < g.art {
				break
			}
			at--
		}
		if at >= MaxGroups {
			continue
		}
		if len(top) < MaxGroups {
			top = append(top, 0)
		}
		copy(top[at+1:], top[at:len(top)-1])
		top[at] = int32(i)
	}
	for _, i := range top {
		res.Groups = append(res.Groups, e.group(&accs[i], s, words, need, score(&accs[i])))
	}
}

// group turns an accumulator into a result with its best sentences as highlighted snippets:
// most words, then best score, then earliest.
func (e *Engine) group(g *acc, s *scratch, words []wordMatch, need, score int) Group {
	a := e.arts[g.art]
	out := Group{Article: a, Matched: int(max(g.best, g.titleKey) >> 32), Score: score}
	out.TitleHighlights = e.highlight(a.Title, words)
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
		sn := Snippet{SentenceID: sent.ID, Text: sent.Text, Highlights: e.highlight(sent.Text, words)}
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
// and fuzzy matches, the typed part of a word for a prefix match.
func (e *Engine) highlight(text string, words []wordMatch) []Span {
	var spans []Span
	tokenize(text, func(t token) {
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
			if c.kind == MatchPrefix {
				end = max(end, min(t.start+w.runes, t.end))
			} else {
				end = t.end
			}
		}
		if end <= t.start {
			return
		}
		// A compound covers the spans of its parts: merge them into one.
		sp := Span{t.start, end}
		for n := len(spans); n > 0 && spans[n-1].End >= sp.Start; n-- {
			sp = Span{min(spans[n-1].Start, sp.Start), max(spans[n-1].End, sp.End)}
			spans = spans[:n-1]
		}
		spans = append(spans, sp)
	})
	return spans
}
