// Package timeline finds the dates articles mention and orders the events they report.
package timeline

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
)

// Extract returns every temporal expression in a's sentences, normalised against a.Published.
//
// It is a rule-based tagger in the manner of HeidelTime: absolute dates keep what they state;
// year-less and relative ones are placed from the publication date, in the direction of the
// tense of the nearest verb (a plan or a deadline looks forward), and carry the basis of that
// date as their anchor. Inside a quotation, "today" and the weekdays are the day of the
// statement when the sentence dates it ("In a statement yesterday, Acme said: 'today…'").
// Ranges ("from May to November", "Sept. 13-15, 2023") carry their last end in Until; a
// numeric date that reads both ways without a known convention carries its day-first reading
// in Alt. A page's date line ("Published 3 March 2021, 10:15 GMT") is not a mention: it belongs
// to the publication date. What cannot be placed is kept with an unknown date.
func Extract(a *corpus.Article) []corpus.DateMention {
	var sents []*corpus.Sentence
	var heading []bool
	for i := range a.Paragraphs {
		for j := range a.Paragraphs[i].Sentences {
			sents = append(sents, &a.Paragraphs[i].Sentences[j])
			heading = append(heading, a.Paragraphs[i].Heading)
		}
	}
	conv := convention(a, sents)
	var out []corpus.DateMention
	for i, s := range sents {
		ctx := s.Text
		// "In April," ends a paragraph of one seed and its verb starts the next: a sentence that
		// stops on a comma continues in the next one, which gives it its tense.
		if !heading[i] && i+1 < len(sents) && continues(s.Text) {
			ctx += " " + sents[i+1].Text
		}
		out = append(out, extractSentence(s.ID, s.Text, ctx, a.Published, conv)...)
	}
	for i := range out {
		if out[i].Anchor != corpus.AnchorAbsolute {
			if f, ok := StatedForm(out[i].Text); ok {
				out[i].Stated = f
			}
		}
	}
	return out
}

// dayFirstHosts are the country domains whose outlets write numeric dates day first.
var dayFirstHosts = []string{".uk", ".au", ".nz", ".ie", ".in", ".za", ".sg", ".my", ".pk", ".ng",
	".ke", ".eu", ".de", ".fr", ".es", ".it", ".nl", ".be", ".at", ".ch", ".se", ".no", ".dk", ".fi",
	".pt", ".pl", ".br", ".ar", ".mx"}

// convention finds how the article writes numeric dates: from its own unambiguous ones (13/07
// can only be day first), else from its outlet's country domain; unknown otherwise.
func convention(a *corpus.Article, sents []*corpus.Sentence) int {
	dayFirst, monthFirst := 0, 0
	for _, s := range sents {
		if !strings.Contains(s.Text, "/") {
			continue
		}
		toks := tokenize(s.Text)
		for i := 0; i+4 < len(toks); i++ {
			x, y := toks[i], toks[i+2]
			if toks[i+1].text != "/" || toks[i+3].text != "/" || !x.isPlainNumber() || !y.isPlainNumber() || toks[i+4].digits != 4 {
				continue
			}
			switch {
			case x.num > 12 && x.num <= 31 && y.num >= 1 && y.num <= 12:
				dayFirst++
			case y.num > 12 && y.num <= 31 && x.num >= 1 && x.num <= 12:
				monthFirst++
			}
		}
	}
	switch {
	case dayFirst > monthFirst:
		return convDayFirst
	case monthFirst > dayFirst:
		return convMonthFirst
	}
	host := a.URL
	if _, rest, ok := strings.Cut(host, "://"); ok {
		host = rest
	}
	host, _, _ = strings.Cut(host, "/")
	host, _, _ = strings.Cut(host, ":")
	for _, suffix := range dayFirstHosts {
		if strings.HasSuffix(strings.ToLower(host), suffix) {
			return convDayFirst
		}
	}
	return convUnknown
}

// continues reports whether a sentence ends on a mark that leaves it unfinished.
func continues(text string) bool {
	text = strings.TrimSpace(text)
	r, _ := utf8.DecodeLastRuneInString(text)
	return r == ',' || r == ';' || r == ':' || r == '–' || r == '—'
}

// extractSentence finds the expressions of text; ctx is text, possibly followed by the sentence
// it continues into, and is used only for tense.
func extractSentence(id, text, ctx string, pub corpus.PubDate, conv int) []corpus.DateMention {
	toks := tokenize(ctx)
	s := &scanner{toks: toks, conv: conv}
	if pub.Basis != corpus.BasisUnknown {
		s.pubYear = pub.Date.Year
	}
	ms := s.findAll()
	if len(ms) == 0 || isDateLine(text, toks, ms) {
		return nil
	}
	inExpr := make([]bool, len(toks))
	for _, m := range ms {
		for k := m.t0; k < m.t1; k++ {
			inExpr[k] = true
		}
	}
	quotes := quoteSpans(text)
	inQuote := func(m match) bool {
		for _, q := range quotes {
			if m.start >= q[0] && m.end <= q[1] {
				return true
			}
		}
		return false
	}
	out := make([]corpus.DateMention, 0, len(ms))
	var speech corpus.Date
	quoted := make([]bool, len(ms))
	for pass := range 2 {
		for k, m := range ms {
			if m.end > len(text) {
				continue
			}
			if pass == 0 {
				quoted[k] = inQuote(m)
			}
			if quoted[k] != (pass == 1) {
				continue
			}
			ref := pub
			if pass == 1 && speech.Precision == corpus.PrecisionDay && relativeToSpeech(m) {
				ref = corpus.PubDate{Date: speech, Basis: pub.Basis}
			}
			if m.kind == kOffset && !m.fromNow && notFromNow(toks, m, inExpr) {
				m.kind = kUnresolved
			}
			role, dir := roleOf(toks, m, inExpr)
			role, dir = referenceRole(toks, m, inExpr, role, dir, s.pubYear)
			dm := corpus.DateMention{Sentence: id, Start: m.start, End: m.end, Text: text[m.start:m.end], Role: role}
			dm.Date, dm.Until, dm.Anchor = resolveEnds(m, ref, dir)
			if dm.Anchor == corpus.AnchorAbsolute {
				dm.Alt = m.alt
			}
			if pass == 0 && speech.Precision == corpus.PrecisionUnknown && dm.Date.Precision == corpus.PrecisionDay &&
				dm.Until.Precision == corpus.PrecisionUnknown && relativeToSpeech(m) {
				speech = dm.Date
			}
			out = append(out, dm)
		}
	}
	slices.SortStableFunc(out, func(a, b corpus.DateMention) int { return a.Start - b.Start })
	return out
}

// relativeToSpeech reports whether m is counted from the day of speaking: "today", "yesterday",
// a weekday, "this week", "in 30 days".
func relativeToSpeech(m match) bool {
	return m.kind == kRelDays || m.kind == kWeekday || m.kind == kRelWeek || m.kind == kOffset || m.kind == kWeekend
}

// resolveEnds resolves m and, for a range, its last end, giving a year-less end the year that
// keeps the range in order.
func resolveEnds(m match, pub corpus.PubDate, dir int) (d, until corpus.Date, anchor corpus.Anchor) {
	d, until, anchor = resolveRange(m, pub, dir)
	if m.until.Precision != corpus.PrecisionUnknown && m.kind == kYearless && d.Precision != corpus.PrecisionUnknown {
		until = m.until
		if d.Precision == corpus.PrecisionDay {
			until = placeAfter(until, d)
		} else {
			until = corpus.Date{}
		}
	}
	if m.to == nil {
		return d, until, anchor
	}
	b := *m.to
	bd, _, banchor := resolveRange(b, pub, dir)
	switch {
	case m.kind == kYearless && b.kind == kAbsolute:
		d = placeBefore(m.d, b.d)
		if d.Precision == corpus.PrecisionDay && !validDay(d.Year, d.Month, d.Day) {
			d = corpus.Date{}
		}
		anchor = corpus.AnchorAbsolute
	case b.kind == kYearless && d.Precision != corpus.PrecisionUnknown:
		bd = placeAfter(b.d, d)
	}
	if d.Precision == corpus.PrecisionUnknown || bd.Precision == corpus.PrecisionUnknown {
		return corpus.Date{}, corpus.Date{}, corpus.AnchorUnresolved
	}
	if anchor == corpus.AnchorAbsolute {
		anchor = banchor
	}
	return d, bd, anchor
}

// notFromNow reports whether a duration is counted from something other than the writing:
// from an event in the past ("an order that would ban the app in 30 days"), from the event it
// names ("within 14 days of release"), or back from now ("its lowest level in three years", "the
// first rise in nine years"). Only a future or a plan counts "in 30 days" from the writing.
func notFromNow(toks []token, m match, inExpr []bool) bool {
	if pastBefore(toks, m.t0, inExpr) || m.t1 < len(toks) && toks[m.t1].lower == "of" {
		return true
	}
	for k := m.t0 - 1; k >= 0 && k >= m.t0-6; k-- {
		if spanWords[toks[k].lower] {
			return true
		}
	}
	if m.span {
		return false
	}
	t, e := nearestTense(toks, m.t0, m.t1, inExpr)
	return t != tFuture && !e
}

// spanWords before "in three years" make it the span up to now of a record or a count.
var spanWords = setOf("highest", "lowest", "biggest", "largest", "smallest", "best", "worst",
	"fastest", "slowest", "strongest", "weakest", "steepest", "sharpest", "deepest", "longest",
	"shortest", "greatest", "first", "second", "third", "fourth", "fifth", "last", "time", "times",
	"record", "most", "least", "only", "ever")

// pastBefore reports whether a verb in the past tense, other than a verb of saying, comes
// before token t0: the event a duration would be counted from.
func pastBefore(toks []token, t0 int, inExpr []bool) bool {
	for k := 0; k < t0; k++ {
		if inExpr[k] || sayingVerbs[toks[k].lower] {
			continue
		}
		if t, _ := cue(toks, k); t == tPast {
			return true
		}
	}
	return false
}

// sayingVerbs report speech; they date the report, not the event a duration counts from.
var sayingVerbs = setOf("said", "told", "added", "stated", "announced", "wrote", "reported",
	"noted", "explained", "warned", "confirmed", "declared", "insisted", "argued", "claimed",
	"was", "were")

// quoteSpans returns the byte ranges of the quotations in text: between curly quotes, straight
// double quotes, and single quotes that open after a space and close before one (not the
// apostrophes of "Acme's" or "'96").
func quoteSpans(text string) [][2]int {
	var out [][2]int
	open, openRune := -1, rune(0)
	closes := map[rune]rune{'“': '”', '"': '"', '‘': '’', '\'': '\''}
	prev := ' '
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		next, _ := utf8.DecodeRuneInString(text[i+size:])
		switch {
		case open >= 0 && r == closes[openRune] && (r == '”' || r == '"' || !unicode.IsLetter(next)):
			out = append(out, [2]int{open, i})
			open = -1
		case open < 0 && closes[r] != 0 && (r == '“' || r == '"' || !unicode.IsLetter(prev) && unicode.IsLetter(next)):
			open, openRune = i, r
		}
		prev = r
		i += size
	}
	if open >= 0 {
		out = append(out, [2]int{open, len(text)})
	}
	return out
}

// lineWords may stand beside the date of a page's date line.
var lineWords = setOf("published", "updated", "posted", "last", "modified", "first", "on", "at",
	"by", "gmt", "bst", "utc", "est", "edt", "et", "pt", "pst", "pdt", "cet", "cest", "am", "pm",
	"a", "m", "p", "z", "in", "and", "date", "created", "filed", "issued")

// isDateLine reports whether text is a page's date line rather than a sentence: no closing
// punctuation, a full date, and around it only words of a date line ("Updated", "10:15 GMT")
// or, after "By", an author's name.
func isDateLine(text string, toks []token, ms []match) bool {
	t := strings.TrimSpace(text)
	r, _ := utf8.DecodeLastRuneInString(t)
	if t == "" || strings.ContainsRune(".!?”\"’", r) {
		return false
	}
	full := false
	k := 0
	byline := len(toks) > 0 && toks[0].lower == "by"
	for i := 0; i < len(toks) && toks[i].start < len(text); i++ {
		for k < len(ms) && ms[k].t1 <= i {
			k++
		}
		if k < len(ms) && ms[k].t0 <= i {
			m := ms[k]
			if m.kind == kAbsolute && m.d.Precision >= corpus.PrecisionMonth {
				full = true
			}
			continue
		}
		w := toks[i]
		if !w.word || w.digits > 0 || lineWords[w.lower] || byline && w.upper {
			continue
		}
		return false
	}
	return full
}
