package align

// scheduled reports whether x and y both frame a report as expected, planned or due (see
// frameWords) and give the same year, which no other sentence of either account gives: "Trains
// are expected to start running through the tunnel in 2028" and "The first passenger services
// are planned for 2028" schedule one event. A year that another sentence gives too is the story's
// time, and a year alone in an unframed report ("the theft in 1990") is no fact either.
//
// It returns the weight the two framing words add to the Dice numerator, as a shared word's: the
// same frame told in two words ("expected", "planned") is one shared feature.
func (sp *space) scheduled(x, y *sent) (float64, bool) {
	fx, fy := sp.framed(x), sp.framed(y)
	if fx < 0 || fy < 0 {
		return 0, false
	}
	if sharesFeature(x, y, func(f int32) bool {
		k := sp.keys[f]
		return k.kind == kindNumber && yearLike(k.text) && sp.df[0][f] == 1 && sp.df[1][f] == 1
	}) {
		return sp.weight[fx] + sp.weight[fy], true
	}
	return 0, false
}

// sharesFeature reports whether x and y share a feature for which ok holds.
func sharesFeature(x, y *sent, ok func(f int32) bool) bool {
	i, j := 0, 0
	for i < len(x.feats) && j < len(y.feats) {
		switch a, b := x.feats[i], y.feats[j]; {
		case a < b:
			i++
		case a > b:
			j++
		default:
			if ok(a) {
				return true
			}
			i++
			j++
		}
	}
	return false
}

// framed returns the first word of frameWords that s carries, -1 for none.
func (sp *space) framed(s *sent) int32 {
	for _, f := range s.feats {
		if sp.class[f]&wordFrame != 0 {
			return f
		}
	}
	return -1
}
