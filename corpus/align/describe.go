package align

// What one sentence reports, as features: its words in their normal forms, the entities it names,
// its figures and dates (describe); features.go interns and weighs them.

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"parallax/corpus"
)

// describe sets st.feats from its words, entities, figures and dates.
func (sp *space) describe(st *sent, toks []token) {
	keys := make([]key, 0, len(toks)+len(st.s.Mentions))
	var proper []int // indices into keys of words written with a capital inside the sentence
	lead := -1       // index into keys of the first word, written with a capital
	names, covered := sp.nameFeatures(st, toks)
	next, reach := 0, -1 // reach: the furthest end of the stretches starting at or before a token
	inside := func(t token) bool {
		for next < len(covered) && covered[next][0] <= t.start {
			reach = max(reach, covered[next][1])
			next++
		}
		return t.end <= reach
	}
	skip := -1 // a token read as part of the date before it
	zone := sentenceZone(st.s.Text, toks)
	for i, t := range toks {
		if i <= skip {
			continue
		}
		in := inside(t)
		if k, _ := tallyKey(st.s.Text, toks, i); k != "" {
			// "five votes to two" is the result "5-2", whatever else its words count as.
			keys = append(keys, key{kindNumber, k})
		}
		clock, clockEnd := "", 0 // a time of day in words ("three in the morning"), read once
		if !in {
			clock, clockEnd = clockWords(st.s.Text, toks, i)
		}
		var times []string // a time of day in figures, with its moment in UTC (timeKeys)
		timesEnd := i
		if t.number {
			times, timesEnd = timeKeys(st.s.Text, toks, i, zone)
		}
		switch {
		case !in && t.number && resultKey(st.s.Text, toks, i) != "":
			// "won 3-0", "passed by 7–2": a result, one specific number however small its
			// parts.
			// Its parts count as the numbers they are too: "312-198" is "312 votes to 198".
			keys = append(keys, key{kindNumber, resultKey(st.s.Text, toks, i)})
			for _, part := range [2]string{t.key, toks[i+1].key} {
				if specificNumber(part) {
					// A part that says something of its own; "1" and "0" of "1-0" would count
					// one fact three times.
					keys = append(keys, key{kindNumber, part})
				}
			}
			skip = i + 1
		case in:
			// The entity's canonical name stands for these words, so that "Biden" and
			// "Joe Biden" match and a name is not counted twice; a figure's words are its
			// normal form.
		case clock != "":
			// "three in the morning" is "3am".
			keys = append(keys, key{kindDate, clock})
			skip = clockEnd
		case len(times) > 0:
			// "8pm", "8 p.m.", "20:00": one time of day, a fact as a date is; with its zone,
			// also the same moment in UTC ("9:40 a.m. Eastern" is "14:40 GMT", "1440 GMT").
			for _, k := range times {
				keys = append(keys, key{kindDate, k})
			}
			skip = timesEnd
		case t.number && dayMonth(st.s.Text, toks, i) != "":
			// "March 1", "1 March", "October 2nd", "2nd of October", "24/6": a day of a
			// month, a date even where the date reader found none.
			d := dayMonth(st.s.Text, toks, i)
			keys = append(keys, key{kindDate, d})
			if len(d) == len("03-14") && !resolvedAt(st.dates, t.start, t.end) {
				// Its month too, as a resolved day gives its month's key: "on 14 March" is
				// in "mid-March" (see monthAlone).
				keys = append(keys, key{kindDate, "m" + d[:2]})
			}
			if i+1 < len(toks) && toks[i+1].number {
				skip = i + 1 // "24/6": one date
			}
		case strings.HasPrefix(t.key, "#") && i+2 < len(toks) && toks[i+1].lower == "of" && months[toks[i+2].lower] > 0:
			// "the second of October"
			n, _ := strconv.Atoi(strings.TrimRight(t.key[1:], "stndrh"))
			keys = append(keys, key{kindDate, fmt.Sprintf("%02d-%02d", months[toks[i+2].lower], n)})
			if !resolvedAt(st.dates, t.start, toks[i+2].end) {
				keys = append(keys, key{kindDate, fmt.Sprintf("m%02d", months[toks[i+2].lower])})
			}
		case t.upper && sp.abbr[st.s.Text[t.start:t.end]].Entity != "":
			// An abbreviation the tagger did not take for a name stands for the name.
			names = append(names, sp.entityID(sp.abbr[st.s.Text[t.start:t.end]]))
		case t.number && i > 0 && (toks[i-1].lower == "number" || toks[i-1].lower == "no" && toks[i-1].upper) && rankKey(t.key) != "":
			// "number 18", "No. 1": a rank, as "18th" and "first" are.
			keys = append(keys, key{kindWord, rankKey(t.key)})
		case t.number && ordinalKey(t.key) != "":
			keys = append(keys, key{kindWord, ordinalKey(t.key)}) // "2nd" = "second"
		case t.number:
			// "the under-16s" count by the age: "16s" is "16", as "the 1990s" are 1990.
			keys = append(keys, key{kindNumber, strings.TrimSuffix(t.key, "s")})
		case numberWords[t.lower] > 1:
			// "eleven" = "11", where no unit follows.
			keys = append(keys, key{kindNumber, normalNumber(numberWords[t.lower])})
		case t.stop && t.lower == "meant" && i+1 < len(toks) && toks[i+1].lower == "to" &&
			(i > 0 && passiveBe[toks[i-1].lower] || i > 1 && passiveBe[toks[i-2].lower]):
			// "It was first meant to be ready in 2023": a plan, as "was due to" and "planned"
			// frame one (see scheduled). "Meant" is a stop word elsewhere ("that meant").
			keys = append(keys, key{kindWord, stem("plan")})
		case (t.lower == "scheduled" || t.lower == "slated") && i+1 < len(toks) && (toks[i+1].lower == "to" || toks[i+1].lower == "for"):
			// "is scheduled to open", "slated for 2030": a plan, as "planned" is; the nouns
			// ("ahead of schedule", "a slate of candidates") frame nothing.
			keys = append(keys, key{kindWord, stem("plan")})
		case t.stop && i > 0 && passiveBe[toks[i-1].lower] && passiveActs[t.lower]:
			// "The discovery was confirmed", "the figures were disclosed": a reporting verb in
			// the passive is the act reported, which "official confirmation" names too.
			keys = append(keys, key{kindWord, stem(t.lower)})
		case !t.stop && len(t.key) > 1:
			// Day and month names are written with a capital but are not names.
			if t.upper && !weekdays[t.lower] && months[t.lower] == 0 {
				if t.start > 0 {
					proper = append(proper, len(keys))
				} else if i == 0 {
					lead = len(keys)
				}
			}
			keys = append(keys, key{kindWord, t.key})
			if m := monthAlone(toks, i, st.dates); m != "" {
				keys = append(keys, key{kindDate, m})
			}
		}
	}
	if negated(toks) {
		keys = append(keys, key{kindNegation, "not"})
	}
	keys = append(keys, figureDateKeys(st)...)
	st.feats = make([]int32, 0, len(keys)+len(names))
	for _, k := range keys {
		st.feats = append(st.feats, sp.id(k))
	}
	for _, k := range personRoles(st.s, toks) {
		if f, ok := sp.ids[key{kindWord, k}]; ok {
			st.roles = append(st.roles, f)
		}
	}
	slices.Sort(st.roles)
	st.roles = slices.Compact(st.roles)
	st.feats = append(st.feats, names...)
	st.subject = notAnaphor
	if anaphoric(toks) {
		st.subject = -1
		if len(toks) > 1 && !toks[1].stop {
			if f, ok := sp.ids[key{kindWord, toks[1].key}]; ok {
				st.subject = f
			}
		}
	}
	st.lead = -1
	if lead >= 0 {
		st.lead = st.feats[lead]
	}
	for _, k := range proper {
		sp.proper[st.feats[k]] = true
	}
	slices.Sort(st.feats)
	st.feats = slices.Compact(st.feats)
}

// nameFeatures interns the entities st mentions, as their canonical names, and returns their
// features with the stretches of the text that names and figures cover, sorted by start, so that
// one pass over the tokens finds the words inside them (which the name or the figure stands for).
// It sets st.names and st.place.
func (sp *space) nameFeatures(st *sent, toks []token) (names []int32, covered [][2]int) {
	covered = make([][2]int, 0, len(st.s.Mentions)+len(st.figures))
	st.names = make([]int32, len(st.s.Mentions))
	for k, m := range st.s.Mentions {
		st.names[k] = -1
		if m.Entity == "" {
			continue
		}
		if full, ok := sp.abbr[m.Entity]; ok && full.Entity != m.Entity {
			m.Entity, m.Kind = full.Entity, full.Kind // "VDU" is the Valmora Dockers Union
		}
		id := sp.entityID(m)
		st.names[k] = id
		// "Helsinki-based" says where a company is from, not where the fact took place.
		st.place = st.place || m.Kind == corpus.KindPlace && !strings.HasPrefix(st.s.Text[m.End:], "-based")
		names = append(names, id)
		covered = append(covered, [2]int{sp.nameStart(toks, m, id), m.End})
	}
	for _, f := range st.figures {
		if !f.vague() {
			// A vague count's words stay words: "thousands of operations" says nothing more
			// specific than its words do.
			covered = append(covered, [2]int{f.start, f.end})
		}
	}
	slices.SortFunc(covered, func(a, b [2]int) int { return a[0] - b[0] })
	return names, covered
}

// figureDateKeys returns the keys of st's figures (each with its number alone too) and of its
// resolved dates.
func figureDateKeys(st *sent) []key {
	var keys []key
	for _, f := range st.figures {
		kind := figureKind(f)
		if f.vague() {
			// No more specific than its words, which stay features too; it matches a figure
			// only as its rounding.
			keys = append(keys, key{kindNumber, f.value + " " + f.unit})
			continue
		}
		// The number alone too: "Okafor, 61," and "the 61-year-old".
		keys = append(keys, key{kind, f.value + " " + f.unit}, key{kindNumber, f.value})
		if f.alt != "" && kind == kindFigure {
			keys = append(keys, key{kind, f.value + " " + f.alt})
		}
		if f.alt != "" {
			// The first noun of "14 fraud charges" says what kind of thing is counted, as
			// "14 counts of fraud" says in a word of its own.
			keys = append(keys, key{kindWord, strings.TrimPrefix(f.unit, genericUnit)})
		}
	}
	for _, d := range st.dates {
		for _, k := range dateKeys(d) {
			if len(k) == len("2025") {
				// A year alone is the story's time, not a fact ("the theft in 1990"): it
				// counts as the number it is.
				keys = append(keys, key{kindNumber, k})
				continue
			}
			keys = append(keys, key{kindDate, k})
		}
	}
	return keys
}
