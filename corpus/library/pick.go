package library

import (
	"strings"
	"sync"

	"github.com/sahilm/fuzzy"

	"parallax/corpus"
)

// Finder matches typed text against article titles and outlets, for a type-ahead picker, with
// sahilm/fuzzy: a short-string matcher that ranks "tktk amzn" near "TikTok … Amazon". A Finder
// is safe to share.
type Finder struct {
	arts []*corpus.Article
	once sync.Once
	keys []string // "title · outlet" per article, what the reader types against
}

// NewFinder returns a Finder over arts; it keeps the slice, not a copy. The keys are built on
// the first Find, not here: a page that shows a picker nobody types in (the library, at 10,000
// articles) does not pay for them on its first render.
func NewFinder(arts []*corpus.Article) *Finder {
	return &Finder{arts: arts}
}

// keys adapts the Finder to fuzzy.Source.
type keys []string

func (k keys) String(i int) string { return k[i] }
func (k keys) Len() int            { return len(k) }

// Hit is one matching article, with the byte offsets of the matched characters in its title
// (offsets past the title fall in the outlet).
type Hit struct {
	Article *corpus.Article
	Matched []int
}

// Find returns at most limit articles matching text, best first; nothing for blank text. Text
// longer than 100 bytes is cut there: nobody types a title that long, and the matcher's work
// grows with it.
func (f *Finder) Find(text string, limit int) []Hit {
	text = strings.TrimSpace(text)
	if text == "" || limit <= 0 || f == nil {
		return nil
	}
	if len(text) > 100 {
		text = strings.ToValidUTF8(text[:100], "")
	}
	f.once.Do(func() {
		f.keys = make([]string, len(f.arts))
		for i, a := range f.arts {
			f.keys[i] = a.Title + " · " + a.Outlet
		}
	})
	ms := fuzzy.FindFrom(text, keys(f.keys))
	if len(ms) > limit {
		ms = ms[:limit]
	}
	out := make([]Hit, len(ms))
	for i, m := range ms {
		out[i] = Hit{Article: f.arts[m.Index], Matched: m.MatchedIndexes}
	}
	return out
}

// Len is the number of articles the Finder searches.
func (f *Finder) Len() int {
	if f == nil {
		return 0
	}
	return len(f.arts)
}
