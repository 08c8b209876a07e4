package entity

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"maps"
	"strings"
	"sync"
)

// The recogniser's word lists. countries.txt is generated from Unicode CLDR (see
// countries_gen_test.go); places.txt, first-names.txt, titles.txt and cues.txt are written by hand.
//
//go:embed lexicon/*.txt
var lexiconFS embed.FS

// lexicon holds the word lists the recogniser classifies capitalised runs with. Keys are exact
// spellings (case matters: "Post" is a head word, "post" is not).
type lexicon struct {
	places     map[string]bool
	firstNames map[string]bool
	// titles maps each title of address to true; maxTitleWords bounds the lookup.
	titles        map[string]bool
	maxTitleWords int
	cues          map[string]map[string]bool
}

// cue lists every list name cues.txt must define, so that a typo in the file is an error.
var cueLists = []string{"orghead", "orgof", "placehead", "placeprefix", "direction", "geonoun",
	"locprep", "personverb", "orgverb", "personrole", "orgrole", "opener", "common", "demonym", "placenoun", "otherhead", "portfolio", "field", "surnamehead", "acronym", "medium"}

var defaultLexicon = sync.OnceValues(loadLexicon)

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{
		places:     map[string]bool{},
		firstNames: map[string]bool{},
		titles:     map[string]bool{},
		cues:       map[string]map[string]bool{},
	}
	for _, name := range cueLists {
		lx.cues[name] = map[string]bool{}
	}
	lines := func(file string, each func(line string, n int) error) error {
		data, err := lexiconFS.ReadFile("lexicon/" + file)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		n := 0
		for sc.Scan() {
			n++
			l := strings.TrimSpace(sc.Text())
			if l == "" || strings.HasPrefix(l, "#") {
				continue
			}
			if err := each(l, n); err != nil {
				return fmt.Errorf("lexicon/%s:%d: %w", file, n, err)
			}
		}
		return sc.Err()
	}
	for _, f := range []string{"countries.txt", "places.txt"} {
		if err := lines(f, func(l string, _ int) error { lx.places[l] = true; return nil }); err != nil {
			return nil, err
		}
	}
	if err := lines("first-names.txt", func(l string, _ int) error {
		for _, w := range strings.Fields(l) {
			lx.firstNames[w] = true
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := lines("titles.txt", func(l string, _ int) error {
		lx.titles[l] = true
		lx.maxTitleWords = max(lx.maxTitleWords, len(strings.Fields(l)))
		return nil
	}); err != nil {
		return nil, err
	}
	if err := lines("cues.txt", func(l string, _ int) error {
		name, words, ok := strings.Cut(l, ":")
		set := lx.cues[name]
		if !ok || set == nil {
			return fmt.Errorf("want \"list: words\" with a list among %v, got %q", cueLists, l)
		}
		for _, w := range strings.Fields(words) {
			set[strings.ReplaceAll(w, "_", " ")] = true
		}
		return nil
	}); err != nil {
		return nil, err
	}
	// An acronym of a common noun is a common word too, and news writes its plural with a small
	// "s" ("URLs", "CEOs"): both spellings are listed once in cues.txt.
	for w := range maps.Clone(lx.cues["acronym"]) {
		for _, s := range []string{w, w + "s"} {
			lx.cues["acronym"][s] = true
			lx.cues["common"][s] = true
		}
	}
	return lx, nil
}

func (lx *lexicon) is(list, word string) bool { return lx.cues[list][word] }
