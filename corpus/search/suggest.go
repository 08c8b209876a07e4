package search

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// suggest returns the vocabulary terms nearest to the query words (within two edits), for a
// query that found nothing: the likeliest intended words, most frequent first.
func (e *Engine) suggest(words []wordMatch) []string {
	type near struct {
		id   uint32
		dist int
	}
	var found []near
	var trs []rune
	for _, w := range words {
		rs := []rune(w.word)
		if len(rs) > maxTermRunes || isFigure(w.word) {
			continue
		}
		for id, t := range e.terms {
			n := utf8.RuneCountInString(t)
			if n < len(rs)-2 || n > len(rs)+2 || n < 3 || isFigure(t) {
				continue
			}
			trs = append(trs[:0], []rune(t)...)
			if d := osa(rs, trs, 2); d <= 2 && d > 0 {
				found = append(found, near{uint32(id), d})
			}
		}
	}
	slices.SortFunc(found, func(a, b near) int {
		if a.dist != b.dist {
			return a.dist - b.dist
		}
		if e.freq[a.id] != e.freq[b.id] {
			return int(e.freq[b.id]) - int(e.freq[a.id])
		}
		return int(a.id) - int(b.id)
	})
	var out []string
	for _, f := range found {
		if d := e.display[f.id]; !slices.Contains(out, d) && len(out) < maxSuggestTerms {
			out = append(out, d)
		}
	}
	return out
}

// stem strips the commonest English inflections from a folded word, so that forms of one word
// share a stem: "bids", "bid"; "appeals", "appealed", "appealing", "appeal"; "closes", "closed",
// "close"; "banned", "ban"; "policies", "policy". It is deliberately light (no derivations,
// no irregular forms): a false conflation costs precision on every query.
func stem(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 5 && strings.HasSuffix(w, "ing"):
		w = undouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ed"):
		w = undouble(w[:n-2])
	case n > 4 && strings.HasSuffix(w, "es"):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:n-1]
	}
	if len(w) > 3 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}

// undouble drops a doubled final consonant left by a suffix: "bann" → "ban", "bidd" → "bid".
func undouble(w string) string {
	n := len(w)
	if n >= 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}

// maxFormScan bounds the vocabulary terms read for other forms of a word.
const maxFormScan = 64

// forms offers the other inflected forms of word in the vocabulary (see stem): "bids" finds
// "bid", "appeals" finds "appealed"; and its other spellings (see spellings): "labor" finds
// "labour". For a word the corpus has (found), whose stem may be another word ("news" and "new",
// "times" and "time", "Jones" and "Jon"), only a stem of five letters or more counts
// ("elections" finds "election", "companies" "company"), not its "-ing" words unless it is a verb
// form itself, and a name, first written with a capital, has no other forms.
func (e *Engine) forms(word string, found bool, offer func(uint32, int32, MatchKind)) {
	for _, v := range spellings(word) {
		if id, ok := e.ids[v]; ok {
			offer(id, qualForm, MatchForm)
		}
	}
	st := stem(word)
	least := 3
	if found {
		if r, _ := utf8.DecodeRuneInString(e.display[e.ids[word]]); unicode.IsUpper(r) {
			return
		}
		least = 5
	}
	if utf8.RuneCountInString(st) < least {
		return
	}
	// A noun or an adjective the corpus has does not find the "-ing" words of its stem, which
	// are often words of their own ("markets" and "marketing", "appeal" and "appealing",
	// "house" and "housing"); a verb form does ("closed", "closing").
	verbForm := strings.HasSuffix(word, "ing") || strings.HasSuffix(word, "ed")
	// "company" and "companies" share the stem "company" but not its last letter.
	lo, hi := e.prefixRange(strings.TrimSuffix(st, "y"))
	for _, id := range e.byTerm[lo:min(hi, lo+maxFormScan)] {
		t := e.terms[id]
		if t == word || stem(t) != st || found && !verbForm && strings.HasSuffix(t, "ing") {
			continue
		}
		offer(id, qualForm, MatchForm)
	}
}

// spellings returns word's other spellings by the regular differences of British and American
// English ("labour"/"labor", "organise"/"organize", "organisation"/"organization",
// "analyse"/"analyze", "defence"/"defense", "centre"/"center", "catalogue"/"catalog") and a few
// words of their own ("programme"/"program"); a spelling the vocabulary lacks finds nothing.
// "-bre"/"-ber" ("timbre" is not "timber") and "-yses"/"-yzes" ("analyses" the noun is not
// "analyzes" the verb) are left out.
func spellings(word string) []string {
	if v, ok := otherSpelling[word]; ok {
		return []string{v}
	}
	n := utf8.RuneCountInString(word)
	var out []string
	swap := func(from, to string) {
		if i := strings.LastIndex(word, from); i > 0 {
			out = append(out, word[:i]+to+word[i+len(from):])
		}
	}
	// Suffixes, with the inflections after them: "labours", "organised", "defences".
	for _, tail := range []string{"", "s", "ed", "ing", "er", "ers", "ite", "ites", "able"} {
		base, ok := strings.CutSuffix(word, tail)
		if !ok || base == "" {
			continue
		}
		switch {
		case n >= 5 && strings.HasSuffix(base, "our") && !ourWords[base]:
			swap("our"+tail, "or"+tail)
		case n >= 5 && strings.HasSuffix(base, "or") && !strings.HasSuffix(base, "oor") && len(base) >= 4:
			swap("or"+tail, "our"+tail)
		}
	}
	for _, p := range [...][2]string{
		{"isation", "ization"}, {"isations", "izations"}, {"ise", "ize"}, {"ises", "izes"}, {"ised", "ized"}, {"ising", "izing"},
		{"yse", "yze"}, {"ysed", "yzed"}, {"ysing", "yzing"},
		{"ence", "ense"}, {"ences", "enses"},
		{"tre", "ter"}, {"tres", "ters"},
		{"logue", "log"}, {"logues", "logs"},
	} {
		for _, q := range [2][2]string{p, {p[1], p[0]}} {
			if n >= 6 && strings.HasSuffix(word, q[0]) {
				out = append(out, strings.TrimSuffix(word, q[0])+q[1])
			}
		}
	}
	return out
}

// ourWords end in "our" in both spellings: their "or" forms are other words ("four", "tour").
var ourWords = map[string]bool{"four": true, "tour": true, "pour": true, "sour": true, "hour": true, "your": true,
	"flour": true, "detour": true, "contour": true, "devour": true, "velour": true, "amour": true, "paramour": true}

// otherSpelling pairs the British and American spellings that follow no rule of spellings.
var otherSpelling = func() map[string]string {
	m := map[string]string{}
	for _, p := range [...][2]string{
		{"programme", "program"}, {"programmes", "programs"}, {"grey", "gray"}, {"aluminium", "aluminum"},
		{"manoeuvre", "maneuver"}, {"ageing", "aging"}, {"judgement", "judgment"}, {"sceptic", "skeptic"},
		{"sceptical", "skeptical"}, {"paediatric", "pediatric"}, {"anaemia", "anemia"}, {"leukaemia", "leukemia"},
		{"foetus", "fetus"}, {"oestrogen", "estrogen"}, {"plough", "plow"}, {"mould", "mold"}, {"pyjamas", "pajamas"},
		{"travelled", "traveled"}, {"travelling", "traveling"}, {"cancelled", "canceled"}, {"cancelling", "canceling"},
		{"modelling", "modeling"}, {"labelled", "labeled"}, {"fuelled", "fueled"}, {"jewellery", "jewelry"},
		{"tonne", "ton"}, {"tonnes", "tons"},
	} {
		m[p[0]], m[p[1]] = p[1], p[0]
	}
	return m
}()

// isFigure reports whether a term or a query word holds a digit: a number or an amount, which
// has no close spellings, corrections or suggestions, since one a digit off is another figure
// ("£700m" is not "£600m", "2004/06" not "2004/05").
func isFigure(w string) bool { return strings.ContainsFunc(w, unicode.IsDigit) }
