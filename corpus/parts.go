package corpus

// Parts cuts the article's text into parts a reader can be shown at once, so that a view of
// one article stays bounded however long the article is. Sentences are numbered in reading
// order from 0 across paragraphs; Parts returns the number of each part's first sentence, in
// order, starting with 0 (a single part [0] for an article of no sentences).
//
// A part holds at most maxSentences sentences and, unless it is a single sentence, at most
// maxChars bytes of sentence text. Parts end at a paragraph's end where they can: a paragraph
// is cut only when it alone is over a limit. Limits below 1 are taken as 1.
func (a *Article) Parts(maxSentences, maxChars int) []int {
	maxSentences, maxChars = max(maxSentences, 1), max(maxChars, 1)
	starts := []int{0}
	n, chars := 0, 0 // sentences and bytes in the current part
	at := 0          // the number of the next sentence
	for _, p := range a.Paragraphs {
		size := 0
		for _, s := range p.Sentences {
			size += len(s.Text)
		}
		if n > 0 && (n+len(p.Sentences) > maxSentences || chars+size > maxChars) {
			// The paragraph does not fit after what the part holds: it starts the next part.
			starts = append(starts, at)
			n, chars = 0, 0
		}
		for _, s := range p.Sentences {
			if n > 0 && (n+1 > maxSentences || chars+len(s.Text) > maxChars) {
				// Only a paragraph over a limit on its own gets here: cut it between sentences.
				starts = append(starts, at)
				n, chars = 0, 0
			}
			n, chars, at = n+1, chars+len(s.Text), at+1
		}
	}
	return starts
}

// PartOf returns the index in starts (as Parts returns them) of the part that holds sentence
// number i; 0 for a negative i.
func PartOf(starts []int, i int) int {
	k := 0
	for j, s := range starts {
		if s <= i {
			k = j
		}
	}
	return k
}

// SentenceNumber returns the number of the sentence with the given ID in reading order, from 0
// across paragraphs, and false when the article has no such sentence.
func (a *Article) SentenceNumber(id string) (int, bool) {
	n := 0
	for _, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			if s.ID == id {
				return n, true
			}
			n++
		}
	}
	return 0, false
}
