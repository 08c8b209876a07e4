package search

import (
	"parallax/corpus"
)

// Results answers a Query.
type Results struct {
	Query Query
	// Words are the query words searched for, folded (lower case, no accents).
	Words []string
	// Ignored are query words left out: common words, or words beyond the first eight.
	Ignored []string
	// Letters are query words of a single letter, left out: no word is one letter, and as the
	// start of words one letter matches most of them. A digit is searched for as a number.
	Letters []string
	// Truncated is set when the query text was too long and only its start was used.
	Truncated bool
	// Partial is set when no article matched every word: Groups then hold the best partial
	// matches, which a view must label as such.
	Partial bool
	// Groups are one page of the matching articles, best first, at most MaxGroups: the page
	// Query.Page asks for. With no words, they are the articles the filters admit, in corpus
	// order, without snippets.
	Groups []Group
	// Page is the page shown (1-based) and Pages the number of pages (at least 1); when the query
	// asked for a page past the last, Page is the last and PageClamped is set. First is the
	// 1-based rank of Groups[0] among all matches (0 when there are none).
	Page, Pages int
	PageClamped bool
	First       int
	// Total is the number of matching articles, Excluded the number the filters left out.
	Total, Excluded int
	// Exact counts the matching articles with a sentence (or title) that has every word as
	// typed, case and accents aside; the others matched through a word's start, another form
	// or a typo ("mutual" for "mutu"). Zero for a partial match.
	Exact int
	// Corrected is the query as searched when some of its words matched only through a typo
	// correction (e.g. "walmart microsoft" for "walmrt microsft"), for a view to say so; empty
	// when every word matched as typed or as the start of a word.
	Corrected string
	// Forms are the other forms and spellings of the query's words that were searched too
	// ("labour" for "labor", "election" for "elections"), at most maxForms, in the query's
	// order, for a view to say so: a highlighted "Labour" is then no surprise.
	Forms []string
	// Suggestions are vocabulary terms to try: the nearest to the query's words when nothing
	// matched, the most frequent title words when the query is empty.
	Suggestions []string
	// Err is set if the search failed; Groups are then empty.
	Err error
}

// Group is one matching article with its best sentences.
type Group struct {
	Article *corpus.Article
	// TitleHighlights are the matched runes of Article.Title.
	TitleHighlights []Span
	Snippets        []Snippet
	// More counts the article's further matching sentences that are not shown.
	More int
	// Matched is the number of query words matched by the article's best sentence or title.
	Matched int
	Score   int
}

// Snippet is a sentence that matched, with what to highlight.
type Snippet struct {
	// SentenceID locates the sentence in its article, e.g. "p3s2", for a reader link.
	SentenceID string
	Text       string
	Highlights []Span
	// Missing lists the query words this sentence does not contain.
	Missing []string
}

// Span is a highlighted range of runes (not bytes) of a text, End exclusive.
type Span struct {
	Start, End int
}
