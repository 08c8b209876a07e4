package search

import (
	"unicode"
	"unicode/utf8"
)

// maxTermRunes bounds indexed terms: longer runs of letters are URLs or junk, not words anyone types.
const maxTermRunes = 40

// token is one term of a text: its folded form (valid only during the callback) and the rune
// range of the original text it comes from.
//
// A text yields, in order: each word; after a chain of words joined by single hyphens or
// apostrophes ("sell-or-ban", "O'Brien"), the join of the whole chain, with parts set to the
// number of words joined; after words joined by single "&" or "+" ("AT&T", "S&P"), numbers joined
// by "/" ("9/11", "24/7"), or a word
// followed by "+" or "#" ("C++", "C#"), the whole as written, symbols included, with sym set; and
// for each run of Han, kana or Hangul, its overlapping pairs of characters (a run of one
// character yields that character).
type token struct {
	term       []byte
	start, end int // rune offsets in the original text, end exclusive
	// ends[k] is the rune offset just after the original rune that gave the term's k-th folded
	// rune, so that a highlight of the first k runes of a term lands on the original text
	// however folding changed its length ("ß" → "ss", "u" plus a combining mark → "u").
	ends  []int
	parts int  // for the join of a chain: how many words it joins; 0 otherwise
	sym   bool // a join kept with its symbols ("at&t", "c++"): a name, not a chain of words
	cjk   bool // a pair (or single character) of a Han, kana or Hangul run
	seg   int  // the run of word characters the token comes from, for grouping a CJK run
}

// seg is a run of word runes of one kind (CJK or not) in the text being tokenized.
type seg struct {
	fs, fe     int // folded bytes: tokenizer.fold[fs:fe]
	es, ee     int // rune ends: tokenizer.ends[es:ee], one per folded rune
	start, end int // runes of the original text
	bs, be     int // bytes of the original text
	cjk        bool
}

// word is a seg, or dotted letters read as one ("U.S."), ready to chain.
type word struct {
	fs, fe, es, ee int
	start, end     int // runes
	be             int // byte after the word, past an acronym's final dot or a possessive "'s"
	bs             int
	possessive     bool // ended by "'s", which ends any chain
	cjk            bool
}

// tokenizer splits texts into tokens, reusing its buffers from one text to the next.
type tokenizer struct {
	fold  []byte
	ends  []int
	segs  []seg
	words []word
	join  []byte // the term of a join kept with its symbols
	jends []int
}

// digits reports whether word i is all ASCII digits.
func (z *tokenizer) digits(i int) bool {
	w := z.words[i]
	if w.fe == w.fs {
		return false
	}
	for _, b := range z.fold[w.fs:w.fe] {
		if b < '0' || b > '9' {
			return false
		}
	}
	return true
}

// isJoiner reports whether r joins words into one name that keeps it ("AT&T", "S&P").
func isJoiner(r rune) bool { return r == '&' || r == '+' }

// suffixLen returns how many bytes of "+" or "#" (at most two) follow at text[at:], when they end
// a word ("C++", "C#"): followed by the end of the text or by a rune that is not a word's.
func suffixLen(text string, at int) int {
	n := 0
	for at+n < len(text) && n < 2 && (text[at+n] == '+' || text[at+n] == '#') {
		n++
	}
	if n == 0 || at+n < len(text) && isWordRune(rune(text[at+n])) {
		return 0
	}
	return n
}

// tokenize calls f for each token of text (see token). Invalid UTF-8 bytes count as one rune
// each, as in a conversion to []rune, so offsets agree with []rune(text). Words are cut to
// maxTermRunes folded runes.
func tokenize(text string, f func(token)) {
	var z tokenizer
	z.each(text, f)
}

// scan fills z.segs with the runs of word runes of text.
func (z *tokenizer) scan(text string) {
	z.fold, z.ends, z.segs = z.fold[:0], z.ends[:0], z.segs[:0]
	pos := 0
	cur := seg{start: -1}
	n := 0 // folded runes in cur
	closeSeg := func(bytePos int) {
		if cur.start >= 0 {
			cur.end, cur.be, cur.fe, cur.ee = pos, bytePos, len(z.fold), len(z.ends)
			if cur.fe > cur.fs {
				z.segs = append(z.segs, cur)
			}
		}
		cur = seg{start: -1}
		n = 0
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			closeSeg(i)
			i += size
			pos++
			continue
		}
		c := isCJK(r)
		if cur.start >= 0 && c != cur.cjk {
			closeSeg(i)
		}
		if cur.start < 0 {
			cur = seg{start: pos, bs: i, fs: len(z.fold), es: len(z.ends), cjk: c}
		}
		if r < utf8.RuneSelf {
			// Most text is ASCII: fold it here, without the string foldRune returns.
			if n < maxTermRunes {
				b := byte(r)
				if 'A' <= b && b <= 'Z' {
					b += 'a' - 'A'
				}
				z.fold = append(z.fold, b)
				z.ends = append(z.ends, pos+1)
				n++
			}
			i += size
			pos++
			continue
		}
		f := foldRune(r)
		for _, fr := range f {
			if n >= maxTermRunes && !c {
				break
			}
			z.fold = utf8.AppendRune(z.fold, fr)
			z.ends = append(z.ends, pos+1)
			n++
		}
		i += size
		pos++
	}
	closeSeg(len(text))
}

// isApostrophe reports whether r may be an apostrophe, straight, curly or modifier.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

// isHyphen reports whether r joins the parts of a compound word.
func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// single reports whether s is one rune long.
func single(s string) (rune, bool) {
	r, size := utf8.DecodeRuneInString(s)
	return r, size > 0 && size == len(s)
}

// words groups z.segs into words: dotted single letters become one ("U.S.", "e.g."), and a
// possessive "'s" is absorbed by the word before it.
func (z *tokenizer) groupWords(text string) {
	z.words = z.words[:0]
	segs := z.segs
	letter := func(s seg) bool {
		return !s.cjk && s.ee-s.es == 1 && s.be-s.bs <= 4 && !('0' <= text[s.bs] && text[s.bs] <= '9')
	}
	for i := 0; i < len(segs); i++ {
		s := segs[i]
		w := word{fs: s.fs, fe: s.fe, es: s.es, ee: s.ee, start: s.start, end: s.end, bs: s.bs, be: s.be, cjk: s.cjk}
		if letter(s) {
			j := i
			for j+1 < len(segs) && letter(segs[j+1]) && text[segs[j].be:segs[j+1].bs] == "." {
				j++
			}
			if j > i {
				last := segs[j]
				w.fe, w.ee, w.end, w.be = last.fe, last.ee, last.end, last.be
				if w.be < len(text) && text[w.be] == '.' {
					w.be++
					w.end++
				}
				i = j
			}
		}
		if i+1 < len(segs) && !s.cjk {
			next := segs[i+1]
			r, one := single(text[w.be:next.bs])
			if one && isApostrophe(r) && (text[next.bs:next.be] == "s" || text[next.bs:next.be] == "S") {
				// "Biden’s": the possessive is part of the word, never a word "s" of its own.
				// "it's" is absorbed the same way; it is a stop word either way.
				w.end, w.be, w.possessive = next.end, next.be, true
				i++
			}
		}
		z.words = append(z.words, w)
	}
}

// each is tokenize with z's buffers.
func (z *tokenizer) each(text string, f func(token)) {
	z.scan(text)
	z.groupWords(text)
	ws := z.words
	for i := 0; i < len(ws); {
		if ws[i].cjk {
			z.emitCJK(i, f)
			i++
			continue
		}
		// A chain: words joined by one hyphen or one apostrophe each, with no space.
		j := i
		for j+1 < len(ws) && !ws[j].possessive && !ws[j+1].cjk {
			r, one := single(text[ws[j].be:ws[j+1].bs])
			if !one || !isHyphen(r) && !isApostrophe(r) {
				break
			}
			j++
		}
		if j == i {
			if k := z.symbolJoin(text, i, f); k > i {
				i = k
				continue
			}
		}
		for k := i; k <= j; k++ {
			w := ws[k]
			f(token{term: z.fold[w.fs:w.fe], start: w.start, end: w.end, ends: z.ends[w.es:w.ee], seg: k})
		}
		if j > i && ws[j].ee-ws[i].es <= maxTermRunes {
			f(token{term: z.fold[ws[i].fs:ws[j].fe], start: ws[i].start, end: ws[j].end,
				ends: z.ends[ws[i].es:ws[j].ee], parts: j - i + 1, seg: j})
		}
		i = j + 1
	}
}

// symbolJoin yields, when word i starts words joined by "&" or "+" or ends in "+" or "#", each
// word and then the whole as written, and returns the index of the word after them; otherwise it
// yields nothing and returns i. Folded without its symbols, "M&S" would be "ms", as in "Ms Smith".
func (z *tokenizer) symbolJoin(text string, i int, f func(token)) int {
	ws := z.words
	j := i
	for j+1 < len(ws) && !ws[j].possessive && !ws[j+1].cjk {
		r, one := single(text[ws[j].be:ws[j+1].bs])
		// "9/11", "24/7": numbers joined by a slash are one name, where apart "9" and "11"
		// would find scores and dates.
		if !one || !isJoiner(r) && !(r == '/' && z.digits(j) && z.digits(j+1)) {
			break
		}
		j++
	}
	suffix := 0
	if !ws[j].possessive {
		suffix = suffixLen(text, ws[j].be)
	}
	// A currency sign is part of an amount: "£600m" is not "$600m".
	cur, size := utf8.DecodeLastRuneInString(text[:ws[i].bs])
	currency := size > 0 && unicode.Is(unicode.Sc, cur) && '0' <= text[ws[i].bs] && text[ws[i].bs] <= '9'
	if currency && ws[i].bs > size {
		before, _ := utf8.DecodeLastRuneInString(text[:ws[i].bs-size])
		currency = !isWordRune(before)
	}
	if j == i && suffix == 0 && !currency {
		return i
	}
	z.join, z.jends = z.join[:0], z.jends[:0]
	start := ws[i].start
	if currency {
		z.join = append(z.join, text[ws[i].bs-size:ws[i].bs]...)
		z.jends = append(z.jends, start)
		start--
	}
	for k := i; k <= j; k++ {
		w := ws[k]
		f(token{term: z.fold[w.fs:w.fe], start: w.start, end: w.end, ends: z.ends[w.es:w.ee], seg: k})
		z.join = append(z.join, z.fold[w.fs:w.fe]...)
		z.jends = append(z.jends, z.ends[w.es:w.ee]...)
		if k < j {
			z.join = append(z.join, text[w.be:ws[k+1].bs]...)
			z.jends = append(z.jends, w.end+1)
		}
	}
	end := ws[j].end
	for n := range suffix {
		z.join = append(z.join, text[ws[j].be+n])
		end++
		z.jends = append(z.jends, end)
	}
	if len(z.jends) <= maxTermRunes {
		f(token{term: z.join, start: start, end: end, ends: z.jends, parts: j - i + 1, sym: true, seg: j})
	}
	return j + 1
}

// emitCJK yields the overlapping character pairs of CJK word i.
func (z *tokenizer) emitCJK(i int, f func(token)) {
	w := z.words[i]
	term := z.fold[w.fs:w.fe]
	ends := z.ends[w.es:w.ee]
	if len(ends) == 1 {
		f(token{term: term, start: w.start, end: w.end, ends: ends, cjk: true, seg: i})
		return
	}
	// Byte offsets of each folded rune in term.
	off := 0
	for k := 0; k+1 < len(ends); k++ {
		_, s1 := utf8.DecodeRune(term[off:])
		_, s2 := utf8.DecodeRune(term[off+s1:])
		start := w.start
		if k > 0 {
			start = ends[k-1]
		}
		f(token{term: term[off : off+s1+s2], start: start, end: ends[k+1], ends: ends[k : k+2], cjk: true, seg: i})
		off += s1
	}
}

// stopWords are left out of the index and of queries that have other words: they match nearly
// every sentence, so they would cost the most and tell the least. "us" stays: it is the country.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true, "to": true,
	"in": true, "on": true, "at": true, "by": true, "for": true, "with": true, "from": true, "as": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "it": true,
	"its": true, "that": true, "this": true, "which": true, "who": true, "has": true, "have": true,
	"had": true, "he": true, "she": true, "they": true, "his": true, "her": true, "their": true,
	"into": true, "than": true, "also": true, "if": true, "so": true, "not": true,
}

// indexable reports whether a folded word is worth a posting: no stop words, no single letters.
func indexable(term []byte) bool {
	if len(term) < 2 {
		return len(term) == 1 && term[0] >= '0' && term[0] <= '9'
	}
	return !stopWords[string(term)]
}

// osa returns the optimal-string-alignment distance between a and b (insertions, deletions,
// substitutions and transpositions of adjacent runes), or limit+1 as soon as it must exceed limit.
func osa(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	// Three rolling rows keep this allocation-free for words up to maxTermRunes.
	var rows [3][maxTermRunes + 2]int
	if len(b) > maxTermRunes || len(a) > maxTermRunes {
		return limit + 1
	}
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		lo := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			lo = min(lo, v)
		}
		if lo > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit+1)
}
