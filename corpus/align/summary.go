package align

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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

// SharedDate is a date both articles mention, at the precision both give it. When their
// publication dates cannot place what both state ("7 September" without a year, "next Tuesday"
// in articles dated only to a year), Date is unknown and Stated holds the expression as both
// state it ("7 September", "next Tuesday"): the same words, not a day the summary could vouch for.
type SharedDate struct {
	Date   corpus.Date
	Stated string
	// A and B are each side's mentions of the date, one for each wording (in any case), in the
	// order of their first sentences.
	A, B []DateRef
}

// Label is the shared date for display: "7 September 2005", or a stated expression with a
// note that no year or day could be given ("7 September (year not given)").
func (d SharedDate) Label() string {
	if d.Stated == "" {
		return d.Date.String()
	}
	return d.Stated + " (as both state it; their publication dates do not place it)"
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
	// Pair is the number of the aligned pair of the two sentences, 0 when they are not paired
	// (a quotation shorter than minPairQuoteWords words, or one of them paired more closely).
	Pair int
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

// FigureRef is a figure as one side writes it: Text as written ("$25bn"), Value its number in
// normal form with the scale applied ("25000000000"); FigureDiff.Unit names the unit ("dollar").
type FigureRef struct {
	Sentence string
	Text     string
	Value    string
}

// summarize sums up the comparison, with the quotations both sides carry (quoteMatches).
func summarize(as, bs []*sent, pairs []Pair, quotes []quoteMatch) Summary {
	var s Summary
	s.Shared, s.OnlyA, s.OnlyB = entities(as, bs)
	s.Dates = sharedDates(as, bs)
	s.Quotes = sharedQuotes(as, bs, quotes)
	for i, q := range s.Quotes {
		for _, p := range pairs {
			if p.A == q.A.Sentence && p.B == q.B.Sentence {
				s.Quotes[i].Pair = p.N
				break
			}
		}
	}
	s.Quotes = quotesOnce(s.Quotes)
	s.Figures = differingFigures(as, bs, pairs)
	return s
}

// entities counts the entities each side names. Two spellings of one entity count as one, under
// the fuller or plainer name (see sameEntities): "Prescott" and "PM John Prescott" are John
// Prescott where the two articles name no other Prescott, and "BBC News" is the BBC.
func entities(as, bs []*sent) (shared, onlyA, onlyB []EntityCount) {
	kinds := make(map[string]corpus.EntityKind)
	for _, side := range [][]*sent{as, bs} {
		for _, st := range side {
			for _, m := range st.s.Mentions {
				if _, ok := kinds[m.Entity]; !ok && m.Entity != "" {
					kinds[m.Entity] = m.Kind
				}
			}
		}
	}
	same := sameEntities(kinds)
	counts := make(map[string]*EntityCount)
	var order []string
	for _, side := range [][]*sent{as, bs} {
		for _, st := range side {
			for _, m := range st.s.Mentions {
				if m.Entity == "" {
					continue
				}
				name := m.Entity
				if to, ok := same[name]; ok {
					name = to
				}
				e := counts[name]
				if e == nil {
					e = &EntityCount{Entity: name, Kind: kinds[name]}
					counts[name] = e
					order = append(order, name)
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
	shared, onlyA, onlyB = namedByBoth(as, bs, shared, onlyA, onlyB)
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

// namedByBoth moves to shared the names that only one side's tagger found but the other side
// names too, so that the summary never says "Only A names" of a name B writes:
//   - a name written as another of the lists but for case and hyphens is that name ("Kilroy
//     Silk" and "Kilroy-Silk"), and one of two words or more that begins a name of the other
//     side's list is that name, under the longer spelling ("International Olympic" and
//     "International Olympic Committee");
//   - a name the other side's text contains as a run of whole words, in any case for a name of
//     two words or more and as written for one word, with hyphens and spaces alike ("the Butler
//     inquiry" names the Butler Inquiry, "East Midlands MEP" East Midlands, "Kilroy Silk"
//     Kilroy-Silk); a one-word name keeps its capital, for "Labour" is not "labour".
//
// The other side's count is then the times its text has the name, and its first sentence the
// first that has it.
func namedByBoth(as, bs []*sent, shared, onlyA, onlyB []EntityCount) (_, _, _ []EntityCount) {
	// A name written alike but for case and hyphens is the same name ("Kilroy Silk").
	sharedFold := make(map[string]int)
	for i, e := range shared {
		sharedFold[foldName(e.Entity, true)] = i
	}
	var restA []EntityCount
	for _, x := range onlyA {
		if i, ok := sharedFold[foldName(x.Entity, true)]; ok {
			shared[i].A += x.A
		} else {
			restA = append(restA, x)
		}
	}
	onlyA = restA
	merged := make(map[int]bool) // indices into onlyB folded into a name of onlyA
	for j, y := range onlyB {
		if i, ok := sharedFold[foldName(y.Entity, true)]; ok {
			shared[i].B += y.B
			merged[j] = true
		}
	}
	for i := range onlyA {
		x := &onlyA[i]
		for j, y := range onlyB {
			if merged[j] {
				continue
			}
			long, short := foldName(x.Entity, true), foldName(y.Entity, true)
			if len(short) > len(long) {
				long, short = short, long
			}
			if long != short && (strings.IndexByte(short, ' ') < 0 || !strings.HasPrefix(long, short+" ")) {
				continue
			}
			long = x.Entity
			if len(y.Entity) > len(x.Entity) {
				long = y.Entity
			}
			x.Entity, x.B, x.FirstB = long, y.B, y.FirstB
			if long == y.Entity {
				x.Kind = y.Kind
			}
			merged[j] = true
			break
		}
	}
	var restB []EntityCount
	for j, y := range onlyB {
		if !merged[j] {
			restB = append(restB, y)
		}
	}
	onlyB = restB
	if len(onlyA) == 0 && len(onlyB) == 0 {
		return shared, onlyA, onlyB // no text to read for names
	}
	texts := func(ss []*sent) (lower, cased []string) {
		for _, st := range ss {
			lower = append(lower, foldName(st.s.Text, true))
			cased = append(cased, foldName(st.s.Text, false))
		}
		return lower, cased
	}
	lowerA, casedA := texts(as)
	lowerB, casedB := texts(bs)
	// find counts the whole-word runs of name in the texts of one side, and gives the ID of the
	// first sentence that has one.
	find := func(name string, ss []*sent, lower, cased []string) (n int, first string) {
		texts, key := lower, foldName(name, true)
		if !strings.Contains(key, " ") {
			texts, key = cased, foldName(name, false)
		}
		if key == "" {
			return 0, ""
		}
		for k, t := range texts {
			if c := wholeWordRuns(t, key); c > 0 {
				if n == 0 {
					first = ss[k].s.ID
				}
				n += c
			}
		}
		return n, first
	}
	var keepA, keepB []EntityCount
	for _, x := range onlyA {
		if x.B == 0 {
			x.B, x.FirstB = find(x.Entity, bs, lowerB, casedB)
		}
		if x.B > 0 {
			shared = append(shared, x)
		} else {
			keepA = append(keepA, x)
		}
	}
	for _, y := range onlyB {
		if y.A, y.FirstA = find(y.Entity, as, lowerA, casedA); y.A > 0 {
			shared = append(shared, y)
		} else {
			keepB = append(keepB, y)
		}
	}
	return shared, keepA, keepB
}

// foldName writes text for comparing names: hyphens and runs of spaces as one space, in lower
// case when lower is set.
func foldName(text string, lower bool) string {
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for _, r := range text {
		if r == '-' || r == '‐' || r == '‑' || unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if lower {
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// wholeWordRuns counts the places where key stands in text as whole words: neither preceded nor
// followed by a letter or a digit.
func wholeWordRuns(text, key string) int {
	n := 0
	for at := 0; at < len(text); {
		i := strings.Index(text[at:], key)
		if i < 0 {
			break
		}
		i += at
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(key):])
		if !isWordRune(before) && !isWordRune(after) {
			n++
		}
		at = i + len(key)
	}
	return n
}

// divisions are words written after an organisation's name for one of its services or outlets
// ("BBC News", "BBC Radio"): the same organisation for what an account is about. The entity
// tagger folds them when it knows the organisation; this folds them when both spellings occur.
var divisions = []string{" News", " Online", " Radio", " Sport", " World Service", " Worldwide", " Television", " TV"}

// sameEntities maps each entity name of names (with its kind) that is another spelling of a
// name also there to that name; a spelling that could be either of two names is left alone, as
// unknown stays unknown. Another spelling, of the same kind, is:
//   - a person's name with capitalised words before another's whole name ("PM John Prescott",
//     a title the tagger kept, → "John Prescott");
//   - a one-word name that is the last word of one other person's name ("Prescott" → "John
//     Prescott"), or the last words of one other organisation's name ("Commission" → "European
//     Commission");
//   - an organisation's name followed by a division word ("BBC News" → "BBC").
func sameEntities(names map[string]corpus.EntityKind) map[string]string {
	// tails maps the trailing words of every name of two words or more to the names that end so.
	tails := make(map[string][]string)
	for n, k := range names {
		if k != corpus.KindPerson && k != corpus.KindOrganization {
			continue
		}
		for i := strings.IndexByte(n, ' '); i >= 0; {
			tail := n[i+1:]
			if capitalisedBefore(n, i) {
				tails[tail] = append(tails[tail], n)
			}
			j := strings.IndexByte(tail, ' ')
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	out := make(map[string]string)
	// one returns the one name of kind k ending in tail, once longer spellings are folded.
	one := func(tail string, k corpus.EntityKind) (string, bool) {
		var found string
		for _, n := range tails[tail] {
			if names[n] != k {
				continue
			}
			if to, ok := out[n]; ok {
				n = to
			}
			if found != "" && found != n {
				return "", false
			}
			found = n
		}
		return found, found != ""
	}
	for n, k := range names {
		switch k {
		case corpus.KindPerson:
			// The longest other person's name that n ends with: n's own words before it are a
			// title or office. Only a name of two words or more counts as "another's whole name".
			for i := strings.IndexByte(n, ' '); i >= 0; {
				tail := n[i+1:]
				if names[tail] == corpus.KindPerson && strings.IndexByte(tail, ' ') > 0 {
					out[n] = tail
					break
				}
				j := strings.IndexByte(tail, ' ')
				if j < 0 {
					break
				}
				i += 1 + j
			}
		case corpus.KindOrganization:
			for _, d := range divisions {
				if base, ok := strings.CutSuffix(n, d); ok {
					if bk, ok := names[base]; ok && bk == k {
						out[n] = base
						break
					}
				}
			}
		}
	}
	// Then the short forms, against the longer names as folded above.
	short := make(map[string]string)
	for n, k := range names {
		if _, done := out[n]; done || k == corpus.KindPerson && strings.Contains(n, " ") {
			continue
		}
		if k == corpus.KindPerson || k == corpus.KindOrganization {
			if full, ok := one(n, k); ok && full != n {
				short[n] = full
			}
		}
	}
	for n, to := range short {
		out[n] = to
	}
	// Follow chains ("Prescott" → "PM John Prescott" → "John Prescott"), a bounded number of steps.
	for n, to := range out {
		for range 4 {
			next, ok := out[to]
			if !ok || next == n {
				break
			}
			to = next
		}
		out[n] = to
	}
	return out
}

// common returns the date that x and y both give, or false when they do not agree at their own
// precision: two days only when they are the same day, two months the same month, and so on. A
// day and the month or week around it are not the same fact ("resigned on Thursday" and "a deal
// this week"), nor is a year the same as a month in it.
func common(x, y corpus.Date) (corpus.Date, bool) {
	if x.Precision != y.Precision || x.Precision == corpus.PrecisionUnknown || x.Year != y.Year {
		return corpus.Date{}, false
	}
	d := corpus.Date{Year: x.Year, Precision: x.Precision}
	switch x.Precision {
	case corpus.PrecisionDay:
		d.Month, d.Day = x.Month, x.Day
		return d, x.Month == y.Month && x.Day == y.Day
	case corpus.PrecisionPartOfMonth:
		d.Month, d.Part = x.Month, x.Part
		return d, x.Month == y.Month && x.Part == y.Part
	case corpus.PrecisionMonth:
		d.Month = x.Month
		return d, x.Month == y.Month
	case corpus.PrecisionQuarter:
		d.Quarter = x.Quarter
		return d, x.Quarter == y.Quarter
	}
	return d, true
}

// sharedDates groups both sides' resolved date mentions by the date they give, at its own
// precision, and keeps the dates both sides give; linear in the mentions.
//
// An expression without a year of its own ("7 September", "Monday", "next Tuesday") counts by
// the date its article's publication date gives it when that date is as precise as the words:
// two articles published the same day share "Monday". When the publication date is too vague
// (an estimated year) or unknown, the expression is compared as stated instead, and both sides'
// expressions that state the same thing are listed under that statement, without a date. Two
// expressions both placed at their full precision on different days are different dates and are
// never listed as stated alike.
func sharedDates(as, bs []*sent) []SharedDate {
	type group struct {
		a, b  []DateRef
		vague bool // some mention of a stated group is not placed at its own precision
	}
	groups := make(map[corpus.Date]*group)
	var order []corpus.Date
	stated := make(map[string]*group)
	var statedOrder []corpus.Stated
	// A side's mentions of a date in the same words are one mention ("last week" in two
	// sentences, which the extractor may read in two roles): the first is kept, and the columns
	// show every sentence.
	add := func(g *group, side int, r DateRef) {
		refs := &g.a
		if side == 1 {
			refs = &g.b
		}
		same := func(o DateRef) bool { return foldName(o.Text, true) == foldName(r.Text, true) }
		if !slices.ContainsFunc(*refs, same) {
			*refs = append(*refs, r)
		}
	}
	for side, ss := range [2][]*sent{as, bs} {
		for _, st := range ss {
			for _, m := range st.dates {
				r := DateRef{Sentence: st.s.ID, Text: m.Text, Date: m.Date, Role: m.Role}
				// The extractor stored the stated form at build time (timeline.Extract).
				if m.Anchor != corpus.AnchorAbsolute {
					if f := m.Stated; f.Key != "" {
						g := stated[f.Key]
						if g == nil {
							g = &group{}
							stated[f.Key] = g
							statedOrder = append(statedOrder, f)
						}
						add(g, side, r)
						if m.Anchor == corpus.AnchorUnresolved || m.Date.Precision < f.Precision {
							g.vague = true
							continue
						}
					}
				}
				if m.Anchor == corpus.AnchorUnresolved {
					continue
				}
				d, ok := common(m.Date, m.Date)
				if !ok {
					continue
				}
				g := groups[d]
				if g == nil {
					g = &group{}
					groups[d] = g
					order = append(order, d)
				}
				add(g, side, r)
			}
		}
	}
	var out []SharedDate
	for _, d := range order {
		if g := groups[d]; len(g.a) > 0 && len(g.b) > 0 {
			out = append(out, SharedDate{Date: d, A: g.a, B: g.b})
		}
	}
	slices.SortStableFunc(out, func(x, y SharedDate) int {
		if c := cmp.Compare(x.Date.Start(), y.Date.Start()); c != 0 {
			return c
		}
		return cmp.Compare(y.Date.Precision, x.Date.Precision)
	})
	// Stated alike, after the dates: in the order A first states them.
	for _, f := range statedOrder {
		if g := stated[f.Key]; g.vague && len(g.a) > 0 && len(g.b) > 0 {
			out = append(out, SharedDate{Stated: f.Label, A: g.a, B: g.b})
		}
	}
	return out
}

// Bounds on the search for shared quotations: a word in more quotes of B than maxQuotePosting
// proposes none, at most maxQuotePairs pairs of quotes are compared, and only the first
// maxQuoteWords words of a quote.
const (
	maxQuotePosting = 64
	maxQuotePairs   = 50_000
	maxQuoteWords   = 200
)

// quoteMatch is a quotation both sides carry: quote qa of sentence i of A and quote qb of
// sentence j of B share the words r.
type quoteMatch struct {
	i, j, qa, qb int32
	r            run
}

// sharedQuotes lists the quotations both sides carry, found by quoteMatches.
func sharedQuotes(as, bs []*sent, ms []quoteMatch) []SharedQuote {
	var out []SharedQuote
	for _, m := range ms {
		x, y := as[m.i], bs[m.j]
		qx, qy := x.quotes[m.qa], y.quotes[m.qb]
		out = append(out, SharedQuote{
			A:     QuoteRef{Sentence: x.s.ID, Start: qx.start, End: qx.end, Text: x.s.Text[qx.start:qx.end]},
			B:     QuoteRef{Sentence: y.s.ID, Start: qy.start, End: qy.end, Text: y.s.Text[qy.start:qy.end]},
			Words: x.s.Text[qx.toks[m.r.x].start:qx.toks[m.r.x+m.r.n-1].end],
		})
	}
	return out
}

// quotesOnce lists each quotation once: the same words carried by more than one sentence of a
// side ("lies and spin" quoted twice by B) are one quotation, listed where first found and with
// the number of a pair that holds them when one does.
func quotesOnce(qs []SharedQuote) []SharedQuote {
	at := make(map[string]int, len(qs))
	out := qs[:0:0]
	for _, q := range qs {
		k := foldName(q.Words, true)
		i, seen := at[k]
		switch {
		case !seen:
			at[k] = len(out)
			out = append(out, q)
		case out[i].Pair == 0 && q.Pair != 0:
			out[i] = q
		}
	}
	return out
}

// quoteMatches finds the quotations both sides carry. Candidate pairs of quotes come from an
// index of B's quoted words, so the work grows with the quotes that share words, not with the
// product of the two sides' quotes; capped reports that maxQuotePairs was reached.
func quoteMatches(as, bs []*sent) (out []quoteMatch, capped bool) {
	type ref struct{ s, q int32 }
	index := make(map[string][]ref)
	for si, y := range bs {
		for qi, q := range y.quotes {
			for _, t := range q.toks[:min(len(q.toks), maxQuoteWords)] {
				if t.stop {
					continue
				}
				r := ref{int32(si), int32(qi)}
				if l := index[t.lower]; len(l) == 0 || l[len(l)-1] != r {
					index[t.lower] = append(l, r)
				}
			}
		}
	}
	budget := maxQuotePairs
	for xi, x := range as {
		for qa, qx := range x.quotes {
			var cands []ref
			for _, t := range qx.toks[:min(len(qx.toks), maxQuoteWords)] {
				if l := index[t.lower]; !t.stop && len(l) <= maxQuotePosting {
					cands = append(cands, l...)
				}
			}
			slices.SortFunc(cands, func(a, b ref) int {
				if a.s != b.s {
					return int(a.s - b.s)
				}
				return int(a.q - b.q)
			})
			for _, c := range slices.Compact(cands) {
				if budget == 0 {
					return out, true
				}
				budget--
				qy := bs[c.s].quotes[c.q]
				r, ok := sharedQuote(clip(qx), clip(qy))
				if !ok {
					continue
				}
				out = append(out, quoteMatch{i: int32(xi), j: c.s, qa: int32(qa), qb: c.q, r: r})
			}
		}
	}
	return out, false
}

// clip keeps a quote's first maxQuoteWords words, which bounds the cost of comparing two.
func clip(q quote) quote {
	q.toks = q.toks[:min(len(q.toks), maxQuoteWords)]
	return q
}

// differingFigures compares the figures of each aligned pair: only two sentences that report the
// same thing can disagree about it, and only about the same subject in the same unit. A figure
// with no subject near it may differ too, in a pair that is no loose match (LoosePair) and that
// gives one figure of the unit on each side: the two sentences tell one fact, and that is its
// figure ("cuts spending by $4.5bn" / "by $4.5 trillion", two versions of one report).
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
			if fx.vague() || has(y.figures, fx) {
				continue
			}
			alone := fx.subject == "" && p.Score >= LoosePair && !strings.HasPrefix(fx.unit, genericUnit) && ofUnit(x.figures, fx.unit) == 1
			if fx.subject == "" && !alone {
				continue
			}
			for _, fy := range y.figures {
				// "Hundreds of homes" does not disagree with "400 homes".
				if fy.subject != fx.subject || fy.unit != fx.unit || fy.vague() || has(x.figures, fy) ||
					alone && ofUnit(y.figures, fy.unit) != 1 {
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

// ofUnit counts the figures of fs in unit.
func ofUnit(fs []figure, unit string) int {
	n := 0
	for _, f := range fs {
		if f.unit == unit {
			n++
		}
	}
	return n
}

// capitalisedBefore reports whether the word of name that ends at byte i starts with a capital:
// the words after it are then the tail of a name ("European Commission"), not the object of a
// preposition inside it ("Committee on the Chinese Communist Party").
func capitalisedBefore(name string, i int) bool {
	w := name[strings.LastIndexByte(name[:i], ' ')+1 : i]
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
