package app

import (
	"reflect"
	"sync"
	"testing"

	"parallax/corpus/search"
)

// resetSearch drops the engine and the shipped index, as loading another corpus does.
func resetSearch() {
	searchOnce, theEngine, searchEngErr = sync.Once{}, nil, nil
	useSearchIndex(nil, nil)
}

// TestSearchEngineFromIndex checks that the engine is decoded from a shipped index of the current
// corpus, answering as one built from the articles, and that an index that is absent, damaged,
// stale or of another corpus falls back to indexing the corpus, without an error.
func TestSearchEngineFromIndex(t *testing.T) {
	defer resetSearch()
	c, err := loadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	built := search.New(c)
	good := search.EncodeIndex(built)
	stale := append([]byte("PXS0"), good[4:]...)
	for _, tc := range []struct {
		name      string
		sec       []byte
		own       bool // the index is of the current corpus
		decoded   bool // the engine must come from the index
		staleNote bool // searchIndexErr must say why the index was not used
	}{
		{"shipped", good, true, true, false},
		{"absent", nil, true, false, false},
		{"stale format", stale, true, false, true},
		{"damaged", good[:len(good)/2], true, false, true},
		{"another corpus", good, false, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resetSearch()
			if tc.own {
				useSearchIndex(c, tc.sec)
			} else {
				useSearchIndex(nil, tc.sec)
			}
			e, err := searchEngine()
			if err != nil {
				t.Fatal(err)
			}
			// A decoded engine re-encodes to the same bytes; the used index is dropped.
			if got := searchIndex == nil && tc.own && searchIndexErr == nil && len(tc.sec) > 0; got != tc.decoded {
				t.Errorf("decoded from the index: %v, want %v (err %v)", got, tc.decoded, searchIndexErr)
			}
			if (searchIndexErr != nil) != tc.staleNote {
				t.Errorf("searchIndexErr = %v", searchIndexErr)
			}
			if !reflect.DeepEqual(search.EncodeIndex(e), good) {
				t.Errorf("the engine's index differs from the built one")
			}
			for _, q := range []string{"walmrt microsft", "kevin mayer", "", "e-commerce"} {
				if want, got := built.Search(search.Query{Text: q}), runSearch(search.Query{Text: q}); !reflect.DeepEqual(want, got) {
					t.Errorf("%q: results differ from a built engine's", q)
				}
			}
		})
	}
}
