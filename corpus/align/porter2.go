package align

import (
	"strings"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
)

// porter2 is the Porter2 (Snowball English) stem of a word, lower-cased; words of one or two
// letters are their own stem. The stemmer is the one generated from the Snowball sources by
// the Bleve project: it pulls nothing else into app.wasm.
func porter2(w string) string {
	w = strings.ToLower(strings.TrimSpace(w))
	if len(w) <= 2 {
		return w
	}
	env := snowballstem.NewEnv(w)
	english.Stem(env)
	return env.Current()
}
