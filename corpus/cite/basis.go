package cite

import (
	"fmt"

	"parallax/corpus/align"
)

// What an aligned pair stands on, as the CSV's basis column gives it (see Basis).
const (
	// BasisWords: the two sentences share their wording (a score of at least align.LoosePair).
	BasisWords = "words"
	// BasisLoose: a loose match, a pair scoring under align.LoosePair (see LooseReason).
	BasisLoose = "loose"
	// BasisMeaning: a pair found by sentence meaning, align.Pair.Meaning (see MeaningReason).
	BasisMeaning = "meaning"
)

// Basis is what pair p stands on: BasisMeaning for a pair the sentence embeddings found,
// BasisLoose for another that scores under align.LoosePair, BasisWords for the rest. A pair by
// meaning scores under align.LoosePair too; its basis says why it stands all the same.
func Basis(p *align.Pair) string {
	switch {
	case p.Meaning:
		return BasisMeaning
	case p.Score < align.LoosePair:
		return BasisLoose
	}
	return BasisWords
}

// Why a weak pair stands, in the words the compare view and the exports share, so that what a
// reader takes away says what the screen said.
const (
	// LooseReason follows "A loose match: " (the compare view) or "Loose match: " (Markdown).
	LooseReason = "the two share a few telling words, not their wording"
	// CheckBoth ends the note on a loose pair or a pair by meaning: neither is sure.
	CheckBoth = "Check that both report the same thing."
)

// MeaningReason follows "Similar meaning: " on a pair found by meaning (align.Pair.Meaning);
// shared names what the two share as the reader sees it: "the marked words" on screen, where
// they are marked, and "a few specific words" in an export, where they are not.
func MeaningReason(shared string) string {
	return "paired because a model of sentence meaning rates the two alike and they share " + shared +
		"; no date, figure, place or tense in them tells them apart"
}

// Note is what the exports and a pair's citation say under a weak pair's sentences, where no
// word is marked: "Loose match: …" or "Similar meaning: …", ending in CheckBoth; "" for a pair
// by its words.
func Note(p *align.Pair) string {
	switch Basis(p) {
	case BasisLoose:
		return "Loose match: " + LooseReason + ". " + CheckBoth
	case BasisMeaning:
		return "Similar meaning: " + MeaningReason("a few specific words") + ". " + CheckBoth
	}
	return ""
}

// PairsSentence is the summary's sentence on the aligned pairs, as the compare view and the
// Markdown export give it: how many pairs report the same thing and, when some of them are weak
// (a loose match or a pair found by similar meaning, see Basis), how many of each a reader
// should check:
//
//	9 pairs of sentences report the same thing.
//	9 pairs of sentences report the same thing, 2 of them loose matches to check.
//	9 pairs of sentences report the same thing, 1 of them found by similar meaning to check.
//	9 pairs of sentences report the same thing, 3 of them to check: 2 loose matches and 1 found by similar meaning.
//	1 pair of sentences reports the same thing, a loose match to check.
//	2 pairs of sentences report the same thing, both found by similar meaning to check.
//	3 pairs of sentences report the same thing, all 3 loose matches to check.
//
// It is built from counts only, never from article text.
func PairsSentence(pairs []align.Pair) string {
	n := len(pairs)
	var loose, meaning int
	for i := range pairs {
		switch Basis(&pairs[i]) {
		case BasisLoose:
			loose++
		case BasisMeaning:
			meaning++
		}
	}
	s := fmt.Sprintf("%d %s of sentences %s the same thing", n, plural(n, "pair", "pairs"), plural(n, "reports", "report"))
	weak := loose + meaning
	if weak == 0 {
		return s + "."
	}
	// Which of the pairs: "2 of them", or all of them.
	var which string
	switch {
	case weak < n:
		which = fmt.Sprintf("%d of them ", weak)
	case n == 2:
		which = "both "
	case n > 2:
		which = fmt.Sprintf("all %d ", n)
	}
	looseText := func(k int, one string) string {
		if k == 1 {
			return one
		}
		return "loose matches"
	}
	switch {
	case meaning == 0:
		return s + ", " + which + looseText(loose, "a loose match") + " to check."
	case loose == 0:
		return s + ", " + which + "found by similar meaning to check."
	}
	return s + ", " + which + fmt.Sprintf("to check: %d %s and %d found by similar meaning.",
		loose, looseText(loose, "loose match"), meaning)
}
