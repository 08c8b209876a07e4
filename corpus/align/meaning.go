package align

import (
	"math/bits"
	"slices"

	"parallax/corpus"
)

// A paraphrase that shares little wording ("The euro fell about half a cent against the dollar"
// / "The single currency slipped against the greenback … losing roughly 0.5 cents") scores
// below every threshold of the word-based score, and its sentences may sit far apart or in
// swapped order. Where the build gave both sentences an embedding (corpus.Sentence.Embedding),
// a free sentence of A and a free sentence of B that are each other's nearest in meaning, agree
// on at least MeaningAgreement of the embedding's signs, share some specific content (they pass
// similarity's checks as a pair in a gap does) and state no date, figure, place or tense that
// tells them apart are paired. The embedding alone rates sentences on one topic as alike
// ("Officials gave Google 90 days to sell" / "Google is close to selling"); the shared content
// and the absence of a clash are what make them one fact.
const (
	// MeaningAgreement is the least agreement of two embeddings, 1 − 2·(differing bits)/bits:
	// 0 for unrelated sentences on average, 1 for one meaning.
	MeaningAgreement = 0.45
	// maxMeaningPool is how many free sentences each side may hold for the embedding to choose
	// among them. Two accounts of one story hold many sentences on one topic, which the
	// embedding rates alike: among a dozen free sentences a side's nearest is as often another
	// part of the story (on 40 same-story BBC comparisons, half of such pairs were wrong). Once
	// the word-based pairs hold all but a few sentences of each side, the few left are each
	// other's likely partners, as a gap's are (see maxClearGap).
	maxMeaningPool = maxClearGap
)

// agreement returns 1 − 2·hamming(x, y)/bits for two binary embeddings of equal length, or -1
// when either is missing or they differ in length.
func agreement(x, y []byte) float64 {
	if len(x) == 0 || len(x) != len(y) {
		return -1
	}
	d := 0
	for k := range x {
		d += bits.OnesCount8(x[k] ^ y[k])
	}
	n := 8 * len(x)
	return 1 - 2*float64(d)/float64(n)
}

// meaningPairs pairs free sentences by meaning (see MeaningAgreement): those of A with no pair
// in match or cross, those of B not in takenB. A pair in reading order with match's pairs joins
// match, any other joins cross; takenB is updated. It returns the pairs, with the score
// Threshold. It does nothing when a side holds more than maxMeaningPool free sentences, so its
// work is at most maxMeaningPool² comparisons of embeddings.
func meaningPairs(sp *space, as, bs []*sent, match, cross []int, takenB []bool) []cell {
	var fa, fb []int
	for i, s := range as {
		if match[i] < 0 && cross[i] < 0 && len(s.s.Embedding) > 0 {
			fa = append(fa, i)
		}
	}
	for j, s := range bs {
		if !takenB[j] && len(s.s.Embedding) > 0 {
			fb = append(fb, j)
		}
	}
	if len(fa) == 0 || len(fb) == 0 || len(fa) > maxMeaningPool || len(fb) > maxMeaningPool {
		return nil
	}
	score := make([]float64, len(fa)*len(fb))
	for x, i := range fa {
		for y, j := range fb {
			score[x*len(fb)+y] = agreement(as[i].s.Embedding, bs[j].s.Embedding)
		}
	}
	// argmax returns the k < n with the highest at(k), the first of equals.
	argmax := func(n int, at func(k int) float64) int {
		b := 0
		for k := 1; k < n; k++ {
			if at(k) > at(b) {
				b = k
			}
		}
		return b
	}
	var added []cell
	for x, i := range fa {
		y := argmax(len(fb), func(k int) float64 { return score[x*len(fb)+k] })
		if argmax(len(fa), func(k int) float64 { return score[k*len(fb)+y] }) != x || score[x*len(fb)+y] < MeaningAgreement {
			continue
		}
		j := fb[y]
		if as[i].heading != bs[j].heading || similarityIn(sp, as[i], bs[j], inGap) <= 0 || tellApart(sp, as[i], bs[j]) {
			continue
		}
		if inOrder(match, i, j) {
			match[i] = j
		} else {
			cross[i] = j
		}
		takenB[j] = true
		added = append(added, cell{int32(i), int32(j), Threshold})
	}
	return added
}

// inOrder reports whether pairing i with j keeps the reading order of every pair of match.
func inOrder(match []int, i, j int) bool {
	for k, l := range match {
		if l >= 0 && (k < i) != (l < j) {
			return false
		}
	}
	return true
}

// tellApart reports whether x and y state something that sets them apart: a tense (one tells the
// future, the other only the past), dates of one precision none of which they share (two days,
// two years), figures none of which is the same on both sides (as such, rounded or converted),
// or places none of which is the other's.
func tellApart(sp *space, x, y *sent) bool {
	if tensesClash(x, y) || otherDates(x.dates, y.dates) || otherDays(sp, x, y) {
		return true
	}
	if measured(x.figures) && measured(y.figures) && !oneFigure(x, y) {
		return true
	}
	return placesApart(sp, x, y)
}

// otherDates reports whether both lists hold resolved dates of the same precision (day, month,
// quarter or year) and share none of that precision.
func otherDates(xs, ys []corpus.DateMention) bool {
	for _, p := range [...]corpus.Precision{corpus.PrecisionDay, corpus.PrecisionMonth, corpus.PrecisionQuarter, corpus.PrecisionYear} {
		kx, ky := datesOf(xs, p), datesOf(ys, p)
		if len(kx) > 0 && len(ky) > 0 && !slices.ContainsFunc(kx, func(k string) bool { return slices.Contains(ky, k) }) {
			return true
		}
	}
	return false
}

// otherDays reports whether both sentences name days of a month ("3 November", "November 28",
// resolved or not) and share none.
func otherDays(sp *space, x, y *sent) bool {
	dx, dy := sp.days(x), sp.days(y)
	return len(dx) > 0 && len(dy) > 0 && !slices.ContainsFunc(dx, func(d string) bool { return slices.Contains(dy, d) })
}

// days returns the days of a month that s's date features name, "11-03".
func (sp *space) days(s *sent) []string {
	var out []string
	for _, f := range s.feats {
		k := sp.keys[f]
		if k.kind != kindDate {
			continue
		}
		switch {
		case len(k.text) == len("11-03") && k.text[2] == '-':
			out = append(out, k.text)
		case len(k.text) == len("2025-11-03") && k.text[4] == '-' && k.text[7] == '-':
			out = append(out, k.text[5:])
		}
	}
	return out
}

// datesOf returns the ISO forms of the resolved dates of ds at precision p.
func datesOf(ds []corpus.DateMention, p corpus.Precision) []string {
	var out []string
	for _, d := range ds {
		if d.Anchor != corpus.AnchorUnresolved && d.Date.Precision == p {
			out = append(out, d.Date.ISO())
		}
	}
	return out
}

// measured reports whether fs holds a figure that is not vague.
func measured(fs []figure) bool {
	return slices.ContainsFunc(fs, func(f figure) bool { return !f.vague() })
}

// oneFigure reports whether a figure of x is one of y: the same value, or one side rounding or
// converting it.
func oneFigure(x, y *sent) bool {
	for _, fx := range x.figures {
		for _, fy := range y.figures {
			if fx.value == fy.value || roundedPair(x.s.Text, y.s.Text, fx, fy) || convertedPair(fx, fy) {
				return true
			}
		}
	}
	return false
}

// placesApart reports whether both sentences name places and neither names a place of the
// other's (the same name, one inside the other, or its words).
func placesApart(sp *space, x, y *sent) bool {
	has := func(s *sent) bool {
		return slices.ContainsFunc(s.s.Mentions, func(m corpus.Mention) bool { return m.Kind == corpus.KindPlace })
	}
	if !has(x) || !has(y) {
		return false
	}
	return !sp.namesPlaceOf(x, y, false) && !sp.namesPlaceOf(y, x, false)
}
