package cite

import "parallax/corpus/align"

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
