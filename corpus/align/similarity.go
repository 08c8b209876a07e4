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
func similarity(sp *space, x, y *sent) float64 {
	var shared, total float64
	n, rare := 0, 0
	fact := false
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
			n++
			switch sp.keys[f].kind {
			case kindFigure:
				// A number and its unit are two shared facts: "30 million users".
				fact = true
				n++
			case kindNumber:
				// A number that is neither small nor round nor a year ("1,200", "9.1") is
				// specific, whatever it counts.
				fact = fact || specificNumber(sp.keys[f].text)
			case kindDate:
				switch k := sp.keys[f].text; len(k) {
				case len("06-24"), len("2025-06-24"):
					fact = true
					n++ // a day and its month, as a figure's number and unit
				case len("2025-06"):
					// A month is a fact unless both give days of it, and so differ.
					fact = fact || !sp.hasDayIn(x, k) || !sp.hasDayIn(y, k)
				default:
					fact = true
				}
			case kindWord:
				// A month alone is not a fact: "24 June" and "June 28" differ, and the date's
				// key says when they agree.
				if !sp.proper[f] && !monthWords()[sp.keys[f].text] && sp.df[0][f] <= sp.rare[0] && sp.df[1][f] <= sp.rare[1] {
					rare++
				}
			}
			i++
			j++
		}
	}
	// A name written another way counts as shared, each side's feature with its own weight.
	var partial float64
	// A match needs an entity on one side: skip the loop when neither has one left.
	entity := func(f int32) bool { return sp.ent[f] >= 0 }
	if len(ux) > 0 && len(uy) > 0 && (slices.ContainsFunc(ux, entity) || slices.ContainsFunc(uy, entity)) {
		matchedY := uint64(0) // bit k: uy[k] is matched (names past 64 stay unmatched)
		for _, fx := range ux {
			hit := false
			for k, fy := range uy {
				if sp.nameMatch(fx, fy, x, y) {
					hit = true
					if k < 64 && matchedY&(1<<k) == 0 {
						matchedY |= 1 << k
						partial += sp.weight[fy]
					}
				}
			}
			if hit {
				partial += sp.weight[fx]
				n++
			}
		}
	}
	fact = fact || rare >= minRare
	if n < minShared || otherFigures(x, y) || otherNames(sp, x, y) {
		return 0
	}
	for _, f := range x.feats {
		total += sp.weight[f]
	}
	for _, f := range y.feats {
		total += sp.weight[f]
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
	// Two or more rare words in common, with no name to lean on, are strong evidence of one
	// fact told in otherwise different words ("advertising to children").
	if rare >= 2 && dice >= ThresholdRare {
		return max(dice, Threshold)
	}
	return dice
}

// specificNumber reports whether a bare number's key is specific enough to be a fact: not a
// year, and either a fraction or at least 100 and not a round hundred.
func specificNumber(k string) bool {
	v, err := strconv.ParseFloat(k, 64)
	if err != nil || yearLike(k) {
		return false
	}
	if v != math.Trunc(v) {
		return true
	}
	return v >= 100 && math.Mod(v, 100) != 0
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
// are not.
func otherNames(sp *space, x, y *sent) bool {
	if len(x.persons) > 0 && len(y.persons) > 0 &&
		!slices.ContainsFunc(x.persons, func(p string) bool { return slices.Contains(y.persons, p) }) {
		return true
	}
	if !x.place || !y.place {
		return false
	}
	return !sp.namesPlaceOf(x, y) && !sp.namesPlaceOf(y, x)
}

// namesPlaceOf reports whether y names one of the places x names: as a mention of any kind
// whose name's words are among the place's or the reverse (see sameName), or in its words.
func (sp *space) namesPlaceOf(x, y *sent) bool {
	for k, mx := range x.s.Mentions {
		if mx.Kind != corpus.KindPlace || x.names[k] < 0 {
			continue
		}
		f := x.names[k]
		for _, g := range y.names {
			if g >= 0 && sp.sameName(f, g) {
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
	if !slices.ContainsFunc(x.figures, typed) || !slices.ContainsFunc(y.figures, typed) {
		return false
	}
	for _, fx := range x.figures {
		for _, fy := range y.figures {
			if unitClass(fx.unit) == unitClass(fy.unit) {
				return false
			}
		}
	}
	return true
}

// unitClass groups the units that count the same things in a report: "900 jobs" go with "900
// workers".
func unitClass(u string) string {
	if u == "job" {
		return "people"
	}
	return u
}
