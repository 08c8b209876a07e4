package align

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"parallax/corpus"
)

// similarity is the weighted Dice coefficient of the two sentences' features, where a name
// written another way on the other side ("Harwick" and "Lena Harwick") counts as shared, or 0
// when they do not share enough to report the same fact: at least minShared features, one of
// them specific and not a name, and no figures that measure different things.
func similarity(sp *space, x, y *sent) float64 { return similarityIn(sp, x, y, anywhere) }

// Where a candidate pair sits, for similarityIn.
const (
	anywhere = iota
	// inGap: in a gap between two pairs in both reading orders, or beside a pair in swapped
	// order (see fillGaps).
	inGap
)

// similarityIn is similarity, where placed says that the pair sits in a gap between two pairs
// in both reading orders, or beside a pair in swapped order (see fillGaps): there, a name both sentences give and two more shared
// features, one of them not a name nor a word of the story's time, setting or topic, or else
// three such words, stand for the specific content that similarity asks for elsewhere, since the
// neighbours confirm that the two sentences tell the same part of the story ("Corvid Air will
// stop flying to Lisbon in January" / "From January, Corvid Air will no longer serve Lisbon").
func similarityIn(sp *space, x, y *sent, where int) float64 {
	placed := where != anywhere
	var shared, total float64
	n, rare, figs := 0, 0, 0
	fact, named := false, false
	// told counts the shared features that are not names, nor words of the story's time or
	// setting, nor its topic ("the gala" in every sentence of a story about a gala).
	// toldNames counts the shared names that are not the story's topic nor its actor.
	// places counts those of them that are places: two places named together ("in Spain and
	// Portugal", "from Port Alda to Meska") say where one thing happened.
	told, toldNames, places, people := 0, 0, 0, 0
	// acts counts the shared words that are not names nor words of the story's time or setting,
	// the story's topic among them: with two people both sides name, what they did ("Lee Okafor
	// and Martin Pryce have also left" / "… have also departed").
	acts := 0
	// specifics counts the shared bare numbers that are specific (see specificNumber);
	// toldWords the words among told.
	specifics, toldWords := 0, 0
	// precise counts those of them with three significant digits or more ("18,450", "9.15"):
	// as telling as a figure with its unit. results counts the results ("7-5", "31-17") each
	// side tells once: a tally of votes or a score, as telling as a figure with its unit.
	precise, results := 0, 0
	// timeRare: a rare "last" or "next" is shared ("next year"): a fact when something else
	// than the story's actor is shared too, since "Corvid Air carried 9 million passengers last year" and
	// "Corvid Air's profit fell last year" share only the actor and the year.
	timeRare := false
	// ux and uy are the names of each side the other does not share as such (see nameMatch).
	var bx, by [8]int32
	ux, uy := bx[:0], by[:0]
	isName := func(f int32, s *sent) bool { return sp.ent[f] >= 0 || sp.proper[f] || f == s.lead }
	i, j := 0, 0
	for i < len(x.feats) || j < len(y.feats) {
		switch {
		case j == len(y.feats) || i < len(x.feats) && x.feats[i] < y.feats[j]:
			if isName(x.feats[i], x) {
				ux = append(ux, x.feats[i])
			}
			i++
		case i == len(x.feats) || x.feats[i] > y.feats[j]:
			if isName(y.feats[j], y) {
				uy = append(uy, y.feats[j])
			}
			j++
		default:
			f := x.feats[i]
			shared += sp.weight[f]
			if inSorted(x.roles, f) && inSorted(y.roles, f) {
				// The person's title on both sides ("the museum's director"): part of the
				// name, which weighs as shared words do but tells no fact.
				i++
				j++
				continue
			}
			if sp.class[f]&(wordTime|wordPeriod|wordSetting|wordFrame|wordMonth) == 0 && sp.keys[f].kind == kindWord && !isName(f, x) && !isName(f, y) {
				acts++
			}
			if sp.class[f]&(wordTime|wordPeriod|wordSetting|wordFrame) == 0 && !sp.topic(f) {
				if isName(f, x) || isName(f, y) {
					// A name both accounts give more than once is the story's actor.
					if sp.df[0][f] < 2 || sp.df[1][f] < 2 {
						toldNames++
						if sp.ent[f] >= 0 && sp.name(f).kind == corpus.KindPlace {
							places++
						}
						if sp.toldPerson(f) {
							people++
						}
					}
				} else {
					told++
					if sp.keys[f].kind == kindWord {
						toldWords++
					}
				}
			}
			named = named || isName(f, x) || isName(f, y)
			// "last" or "next" places a report in the story's time ("last season"); it says
			// what happened no more than a function word does.
			if sp.class[f]&wordTime == 0 {
				n++
			}
			switch sp.keys[f].kind {
			case kindFigure:
				// A number and its unit are two shared facts: "30 million users".
				fact = true
				n++
				figs++
			case kindNumber:
				// A number that is neither small nor round nor a year ("1,200", "9.1") is
				// specific, whatever it counts.
				if k := sp.keys[f].text; specificNumber(k) {
					fact = true
					specifics++
					if !isResult(k) && significantDigits(k) >= 3 && (sp.df[0][f] < 2 || sp.df[1][f] < 2) {
						precise++
					}
					if isResult(k) && sp.df[0][f] < 2 && sp.df[1][f] < 2 {
						results++
					}
				}
			case kindDate:
				switch k := sp.keys[f].text; len(k) {
				case len("06-24"), len("2025-06-24"):
					fact = true
					n++ // a day and its month, as a figure's number and unit
				case len("2025-06"):
					// A month is a fact unless both give days of it, and so differ.
					fact = fact || !sp.hasDayIn(x, k) || !sp.hasDayIn(y, k)
				case len("m01"):
					// A month with no year is a fact unless both give days of it, and so
					// differ, or the two place it on opposite sides of the time of writing
					// ("since January", "until January").
					fact = fact || !(sp.hasDayOf(x, k) && sp.hasDayOf(y, k)) && !monthsApart(x, y, k)
				default:
					fact = true
				}
			case kindWord:
				// A month alone is not a fact: "24 June" and "June 28" differ, and the date's
				// key says when they agree. Nor is a word for the story's setting ("in the
				// region"), as a year alone is not, nor a negation ("never").
				if !sp.proper[f] && sp.class[f]&(wordMonth|wordSetting|wordPeriod|wordDenial) == 0 && sp.df[0][f] <= sp.rare[0] && sp.df[1][f] <= sp.rare[1] {
					if sp.class[f]&wordTime != 0 {
						timeRare = true
					} else {
						rare++
					}
				}
			}
			i++
			j++
		}
	}
	// A name written another way counts as shared, each side's feature with its own weight.
	var partial float64
	if len(ux) > 0 && len(uy) > 0 {
		matchedY := uint64(0) // bit k: uy[k] is matched (names past 64 stay unmatched)
		for _, fx := range ux {
			hit, person := false, false
			for k, fy := range uy {
				if sp.nameMatch(fx, fy, x, y) {
					hit = true
					person = person || sp.toldPerson(fx) || sp.toldPerson(fy)
					if k < 64 && matchedY&(1<<k) == 0 {
						matchedY |= 1 << k
						partial += sp.weight[fy]
					}
				}
			}
			if hit {
				partial += sp.weight[fx]
				n++
				if person {
					people++
				}
			}
		}
	}
	// "Ashcombe Community Hall" and "the community hall", "Llanmerrig Leisure Centre" and "the
	// town's leisure centre": a name of a place or an organisation whose words, all but one at
	// most and at least two, the other side writes as words is the name written another way.
	for side, us := range [2][]int32{ux, uy} {
		other := y
		if side == 1 {
			other = x
		}
		for _, f := range us {
			if w, ok := sp.nameInWords(f, other); ok {
				partial += sp.weight[f] + w
				n++
			}
		}
	}
	// "The charity has halted its work" and "Lifeline has suspended its operations": one side's
	// subject stands for a name the other gives, one the story names more than once.
	for _, f := range x.feats {
		total += sp.weight[f]
	}
	for _, f := range y.feats {
		total += sp.weight[f]
	}
	// Only a pair that already shares some wording leans on it: "The charity has asked for
	// money for the region" shares a place, not the act.
	if x.anaphor() != y.anaphor() && partial == 0 && total > 0 && 2*shared/total >= GapThreshold {
		named, other := y, x
		if y.anaphor() {
			named, other = x, y
		}
		if f := sp.topicName(named); f >= 0 {
			// The name and the subject that stands for it count as a name written another way.
			n++
			partial += sp.weight[f]
			if other.subject >= 0 {
				partial += sp.weight[other.subject]
			}
		}
	}
	// "38,000 runners" are "38,000 people": a count of people and a count of a kind of person
	// with the same value are one figure.
	if fx, fy, ok := sp.peopleCount(x, y); ok {
		shared += (sp.weight[fx] + sp.weight[fy]) / 2
		fact = true
		n++
		figs++
	}
	// "Some 84,300 people" are "more than 84,000 patients", "89 per cent" is "almost nine in
	// ten": one figure, and the other rounded.
	// Only where no figure is shared as such and both sides give one.
	if figs == 0 && len(x.figures) > 0 && len(y.figures) > 0 {
		fx, fy, ok := sp.roundedFigure(x, y)
		if !ok {
			fx, fy, ok = sp.convertedFigure(x, y)
		}
		if !ok {
			fx, fy, ok = sp.ratedFigure(x, y)
		}
		if ok {
			shared += (sp.weight[fx] + sp.weight[fy]) / 2
			fact = true
			n += 2 // a number and its unit, as a figure shared as such
			figs++
		} else if fx, fy, ok := sp.sameCount(x, y, toldWords >= 1 || specifics >= 2); ok {
			// The count is shared as a number; its two nouns are a second shared feature, as a
			// figure's unit is, and weigh as peopleCount's do.
			fact = true
			figs++
			n++
			// Two kinds of person ("80,000 passengers", "80,000 members") may be two counts (see
			// peopleCount): their nouns add no weight.
			if fx >= 0 && fy >= 0 && fx != fy && !(personUnit(sp.keys[fx].unit()) && personUnit(sp.keys[fy].unit())) {
				shared += (sp.weight[fx] + sp.weight[fy]) / 2
			}
		}
	}
	fact = fact || rare >= minRare || samePartOfYear(x, y) || people >= 2 && acts >= 1 || timeRare && (told >= 1 || toldNames > 0) || places >= 2 || placed && ((named || partial > 0) && told >= 1 && n >= minShared+1 || told >= 3)
	if !fact {
		if w, ok := sp.scheduled(x, y); ok {
			// The framing words, the same or not ("expected", "planned"), are a second shared
			// feature, as a figure's unit is.
			fact = true
			n++
			partial += w
		}
	}
	// Related words ("hurt", "suffer") add to what a pair that shares something specific shares,
	// at less than the same words. They make no fact of their own but in a gap between two pairs,
	// where the neighbours confirm the place and three words shared or related, one of them
	// related, tell the same act in other words ("All passengers and crew were evacuated" /
	// "everyone on board was taken off the ship").
	if !fact && told >= 1 && onlyHere(sp, x, y) {
		// A name both accounts give in this sentence only, a word both give and an act told in
		// related words ("Chairman Robert Drummond said the family had agonised over the
		// decision" / "Robert Drummond, the chairman, said the family had found it a hard
		// choice"): one report of what that one actor did. A name and related words alone may
		// be two things one person said.
		if rw, rn := sp.relatedShared(x, y, placed); rn >= 1 {
			fact = true
			partial += rw
			n += rn
		}
	} else if fact {
		rw, rn := sp.relatedShared(x, y, placed)
		partial += rw
		n += rn
	} else if placed {
		if rw, rn := sp.relatedShared(x, y, true); rn >= 1 && told+toldNames+rn >= 3 {
			fact = true
			partial += rw
			n += rn
		}
	}
	if n < minShared || otherFigures(x, y) || otherNames(sp, x, y, placed) {
		return 0
	}
	if total == 0 {
		return 0
	}
	dice := min((2*shared+partial)/total, 1)
	// Two sentences that say nearly the same words report the same thing, however common
	// their words.
	if !fact && dice < sameWords {
		return 0
	}
	if dice < LoosePair && otherAmounts(x, y) {
		return 0
	}
	// Two or more rare words in common, with no name to lean on, are strong evidence of one
	// fact told in otherwise different words ("advertising to children"); so is a figure, a
	// number with its unit ("600 staff" and "600 employees"), a precise number ("a crowd of
	// 18,450" and "the attendance of 18,450"), or a result ("voted 31 to 17" and "carried by 31
	// votes to 17").
	// A figure both sides give ("€1.2bn" and "1.2 billion euros") is the surest sign of one
	// fact: of two partners that pass, the one that shares a figure wins over one that shares
	// more words ("… fined Lumio 1.2 billion euros for blocking rival payment services" pairs
	// with "Brussels has hit Lumio with a €1.2bn penalty", not with "… ordered to allow rival app
	// stores").
	if figs > 0 && fact && dice >= Threshold {
		dice = min(dice+figureBonus, 1)
	}
	if rare+2*figs+2*precise+2*results >= 2 && dice >= ThresholdRare {
		return max(dice, Threshold)
	}
	// Two precise numbers ("by 214 votes to 187", "214 in favour and 187 against") are as
	// telling in a long sentence as in a short one, and so, in a gap between pairs, is a result
	// each side tells once ("cleared the upper house 12 votes to 9", "the final vote was 12-9");
	// anywhere, one council splits alike on two motions.
	if (precise >= 2 || results >= 1 && placed) && dice >= GapThreshold {
		return Threshold
	}
	return dice
}

// toldPerson reports whether f names a person whom the story does not name in more than one
// sentence on each side: not its actor.
func (sp *space) toldPerson(f int32) bool {
	return sp.ent[f] >= 0 && sp.name(f).kind == corpus.KindPerson && (sp.df[0][f] < 2 || sp.df[1][f] < 2)
}

// figureBonus is what a shared figure adds to a pair's score that passes without it.
const figureBonus = 0.1

// specificNumber reports whether a bare number's key is specific enough to be a fact: not a
// year, and either a fraction, or at least 100 and not a round hundred, or from 11 to 99 and not
// a multiple of five.
func specificNumber(k string) bool {
	if isResult(k) {
		// A vote ("52-48") is specific; a scoreline of single digits ("1-0") is as common as
		// a count of fewer than ten things.
		return true
	}
	v, err := strconv.ParseFloat(k, 64)
	if err != nil || yearLike(k) {
		return false
	}
	if v != math.Trunc(v) {
		return true
	}
	// A count from 10 to 99 that is not a multiple of five ("27 goals", "27 times") is as
	// specific: round counts ("40", "25") come up in many facts of one story.
	return v >= 100 && math.Mod(v, 100) != 0 || v > 10 && v < 100 && math.Mod(v, 5) != 0
}

// hasDayIn reports whether s gives a day of month m ("2025-06").
func (sp *space) hasDayIn(s *sent, m string) bool {
	for _, f := range s.feats {
		if k := sp.keys[f]; k.kind == kindDate && len(k.text) == len("2025-06-24") && strings.HasPrefix(k.text, m) {
			return true
		}
	}
	return false
}

// otherNames reports whether both sentences name people (by surname, tagged or after a title
// such as "Mr"), or places, and no one of them in common:
// "the US raised concerns" and "Canada ordered TikTok out over concerns", or "Biden signed the
// law" and "Trump signed the law", tell different facts in the same words. A place is in common
// when the other sentence names it at all, under any kind or as an untagged word: the
// recogniser's kinds are guesses ("Shares in Halden" makes the carmaker a place), its names
// are not. placed says that the pair sits in a gap or beside a pair (see similarityIn), where a
// place no list knows may lie in an area the other names (see namesPlaceOf).
func otherNames(sp *space, x, y *sent, placed bool) bool {
	if len(x.persons) > 0 && len(y.persons) > 0 &&
		!slices.ContainsFunc(x.persons, func(p string) bool { return slices.Contains(y.persons, p) || writes(y, p) }) &&
		!slices.ContainsFunc(y.persons, func(p string) bool { return writes(x, p) }) &&
		!pronounFor(x, y) && !pronounFor(y, x) {
		return true
	}
	if !x.place || !y.place {
		return false
	}
	return !sp.namesPlaceOf(x, y, placed) && !sp.namesPlaceOf(y, x, placed)
}

// writes reports whether sentence s writes word w (lower case) as a word, tagged or not: a
// person the tagger missed on one side ("Fraser Lyle, Rourke's assistant") is still named.
// The sentence's words are tokenized once, on the first call, since a sentence meets many
// candidates: tokenizing it for each made the comparison of two long reports 4.6 times slower.
func writes(s *sent, w string) bool {
	if s.words == nil {
		toks := tokenizeCached(s.s.Text, s.stems)
		s.words = make([]string, 0, len(toks))
		for _, t := range toks {
			s.words = append(s.words, t.lower)
		}
		slices.Sort(s.words)
	}
	_, found := slices.BinarySearch(s.words, w)
	return found
}

// pronounFor reports whether x's subject stands for a name told elsewhere ("He faces … Judge
// Helen Park set", see sent.subject) and y opens with a person it may stand for ("Lyle will be
// sentenced"): the people the two name beside it do not set them apart.
func pronounFor(x, y *sent) bool {
	if !x.anaphor() {
		return false
	}
	for _, m := range y.s.Mentions {
		if m.Kind == corpus.KindPerson && m.Start == 0 {
			return true
		}
	}
	return false
}

// namesPlaceOf reports whether y names one of the places x names: as a mention of any kind
// whose name's words are among the place's or the reverse (see sameName), or in its words; or
// a place that one of x's lies in ("a jury in Manhattan", "a New York jury"; within.txt); or,
// when placed, a known place (an area or a city) that a place x names and within.txt does not
// know may lie in ("near Maidstone", "in Kent"; "in Hackney", "in London"). Only where the
// pairs around confirm the part of the story: "a school in Maidstone" and "a school in Texas"
// are as likely two shootings as one.
func (sp *space) namesPlaceOf(x, y *sent, placed bool) bool {
	g := geo()
	for k, mx := range x.s.Mentions {
		if mx.Kind != corpus.KindPlace || x.names[k] < 0 {
			continue
		}
		f := x.names[k]
		unknown := placed && !g.known(mx.Entity)
		for l, n := range y.names {
			if n < 0 {
				continue
			}
			if sp.sameName(f, n) || g.inside(mx.Entity, y.s.Mentions[l].Entity) ||
				unknown && y.s.Mentions[l].Kind == corpus.KindPlace && g.known(y.s.Mentions[l].Entity) {
				return true
			}
		}
		words := sp.name(f).words
		if len(words) > 0 && !slices.ContainsFunc(words, func(w int32) bool {
			_, ok := slices.BinarySearch(y.feats, w)
			return !ok
		}) {
			return true
		}
	}
	return false
}

// otherFigures reports whether both sentences give figures and no two of them measure the same
// thing (the same value and unit, or at least the same unit): "90 days to sell" and "close to
// selling for $25 billion" tell two facts about one story. Only units of measure count: a count
// of things ("40 hospitals") is too loose a unit to set two sentences apart.
func otherFigures(x, y *sent) bool {
	if len(x.figures) == 0 || len(y.figures) == 0 {
		return false
	}
	typed := func(f figure) bool { return !strings.HasPrefix(f.unit, genericUnit) }
	// A vague count ("thousands of people") measures nothing that could set a sentence apart.
	measures := func(f figure) bool { return typed(f) && !f.vague() }
	if !slices.ContainsFunc(x.figures, measures) || !slices.ContainsFunc(y.figures, measures) {
		return false
	}
	for _, fx := range x.figures {
		for _, fy := range y.figures {
			// Rates for two periods are one figure only when one converts to the other: "£92 a
			// year" and "£92 a week" are two.
			if fx.per != "" && fy.per != "" && fx.per != fy.per {
				if ratePair(fx, fy) {
					return false
				}
				continue
			}
			// The same class of unit, or the same value counted under two nouns ("20,000
			// people", "20,000 refugees").
			if unitClass(fx.unit) == unitClass(fy.unit) && !farApart(fx, fy) || fx.value == fy.value && (!typed(fx) || !typed(fy) || counted(fx.unit) && counted(fy.unit) && countsPeople(fx.unit) == countsPeople(fy.unit)) {
				return false
			}
			// One figure, one side rounding it or converting it ("about 4.3 million customers",
			// "more than four million people"): what the score counts as shared, no veto takes back.
			if roundedPair(x.s.Text, y.s.Text, fx, fy) || convertedPair(fx, fy) {
				return false
			}
		}
	}
	return true
}

// otherAmounts reports whether two sentences give one kind of amount (a share, a sum of money, a
// measure) at values too far apart to be one figure rounded, and no figure that is the same on
// both sides (as such, rounded, converted or for another period): "its shares rise 25%" and "its
// shares surge 4.9%" tell two moves, however many words they share. The score asks it only of
// a loose pair: two accounts that otherwise say nearly the same words ("burned 40 miles" /
// "burned 40 kilometres") tell one fact with a figure in dispute.
func otherAmounts(x, y *sent) bool {
	// Most pairs give no two amounts of one unit far apart: look for those first, and only
	// then for a figure both share, whose rounding rules read the text.
	apart := false
	for _, a := range x.figures {
		for _, b := range y.figures {
			apart = apart || amountsApart(x.s.Text, y.s.Text, a, b)
		}
	}
	if !apart {
		return false
	}
	for _, a := range x.figures {
		for _, b := range y.figures {
			if a.value == b.value && a.unit == b.unit || roundedPair(x.s.Text, y.s.Text, a, b) || convertedPair(a, b) || ratePair(a, b) {
				return false
			}
		}
	}
	return true
}

// amountsApart reports whether a and b are amounts of one unit, neither a count nor vague nor
// written as rounded, more than a quarter apart (and half a unit, so that "1%" and "1.3%" are
// not): "25%" and "4.9%", "$30m" and "$45m".
func amountsApart(xt, yt string, a, b figure) bool {
	// A rate and an amount, or rates for two periods, are no two values of one amount ("530
	// pence a share", "£1.3bn"); ratePair compares rates.
	if a.unit != b.unit || a.per != b.per || counted(a.unit) || unitClass(a.unit) == "people" || a.vague() || b.vague() {
		return false
	}
	lo, hi := math.Abs(a.exact), math.Abs(b.exact)
	if lo > hi {
		lo, hi = hi, lo
	}
	return hi > 1.25*lo+0.5 && !roughlyWritten(xt, a) && !roughlyWritten(yt, b)
}

// farApart reports whether two amounts of money in different currencies are too far apart to be
// one amount converted: the dollar, the euro and the pound stay within a factor of 1.5 of each
// other.
func farApart(a, b figure) bool {
	if a.unit == b.unit || unitClass(a.unit) != "money" {
		return false
	}
	lo, hi := math.Abs(a.exact), math.Abs(b.exact)
	if lo > hi {
		lo, hi = hi, lo
	}
	return lo == 0 || hi > 1.5*lo
}

// counted reports whether a figure's unit counts things or people rather than measuring: "90,000
// people" and "90,000 customers" may be one count, "$30 million" and "30 million users" are not.
func counted(u string) bool {
	switch u {
	case "people", "user", "job", "store", "home", "country", "app", "download":
		return true
	}
	return strings.HasPrefix(u, genericUnit)
}

// countsPeople reports whether a counted unit counts people ("people", "users", "jobs",
// "patients"): "600 people" and "600 shops" are two counts, "90,000 people" and "90,000
// customers" may be one.
func countsPeople(u string) bool {
	return unitClass(u) == "people" || u == "user" || personUnit(u)
}

// unitClass groups the units that count the same things in a report: "900 jobs" go with "900
// workers", "the 60-year-old plant" with "six decades".
func unitClass(u string) string {
	switch u {
	case "job":
		return "people"
	case "age":
		return "year"
	case "dollar", "euro", "pound":
		// An amount in one currency and its conversion ("$4.5 billion", "€4.1bn") may be
		// one amount: the rate of the day is not known here. Not the yuan or the yen: at
		// seven and 150 to the dollar, an amount in either and its conversion are never of
		// one size.
		return "money"
	}
	return u
}

// topicName returns the first name s gives, an entity or a word written as one (or opening it,
// "Lifeline has…"), that another sentence of either account gives too: the story's actor, whom
// a pronoun or "the company" stands for; -1 when there is none.
func (sp *space) topicName(s *sent) int32 {
	for _, f := range s.feats {
		if (sp.ent[f] >= 0 || sp.proper[f] || f == s.lead) && sp.df[0][f]+sp.df[1][f] >= 2 {
			return f
		}
	}
	return -1
}

// topic reports whether feature f is the story's topic rather than one fact's: at least
// three sentences of a side carry it, and at least a third of that side's sentences.
func (sp *space) topic(f int32) bool {
	for side := range 2 {
		if d := sp.df[side][f]; d > 2 && 3*d >= sp.sents[side] {
			return true
		}
	}
	return false
}

// unit returns the unit of a figure's key ("80000 ~member" → "~member").
func (k key) unit() string {
	_, u, _ := strings.Cut(k.text, " ")
	return u
}

// inSorted reports whether sorted list fs holds f.
func inSorted(fs []int32, f int32) bool {
	_, ok := slices.BinarySearch(fs, f)
	return ok
}

// nameInWords reports whether entity feature f, a name of a place or an organisation of two words
// or more, has all its words but one at most, and at least two, among the words s writes in
// lower case ("Ashcombe Community Hall" in "the community hall"), with the weight of those words
// in s.
func (sp *space) nameInWords(f int32, s *sent) (float64, bool) {
	if sp.ent[f] < 0 {
		return 0, false
	}
	nm := sp.name(f)
	if nm.kind == corpus.KindPerson || len(nm.words) < 2 {
		return 0, false
	}
	var w float64
	found := 0
	for _, g := range nm.words {
		// A word written with a capital is a name of its own ("Belmaris"), not the name's
		// common words written in lower case.
		if !sp.proper[g] && inSorted(s.feats, g) {
			w += sp.weight[g]
			found++
		}
	}
	if found < 2 || found < len(nm.words)-1 {
		return 0, false
	}
	return w, true
}

// onlyHere reports whether x and y share a tagged name that each account gives in no other
// sentence.
func onlyHere(sp *space, x, y *sent) bool {
	return sharesFeature(x, y, func(f int32) bool { return sp.ent[f] >= 0 && sp.df[0][f] == 1 && sp.df[1][f] == 1 })
}
