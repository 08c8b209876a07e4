package seed_test

import (
	"encoding/json"
	"io/fs"
	"testing"

	"parallax/corpus"
	"parallax/corpus/ingest"
	"parallax/corpus/seed"
)

// TestLoad holds for whatever the project's corpus folder holds: the seed index has one valid
// article per catalog entry, in catalog order, and is decoded once.
func TestLoad(t *testing.T) {
	c, err := seed.Load()
	if err != nil {
		t.Fatal(err)
	}
	data, err := fs.ReadFile(corpus.Source, ingest.CatalogFile)
	if err != nil {
		t.Fatal(err)
	}
	var entries []struct{ ID string }
	if err := json.Unmarshal(data, &entries); err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) != len(entries) {
		t.Fatalf("%d articles, %d catalog entries", len(c.Articles), len(entries))
	}
	for i, a := range c.Articles {
		if a.ID != entries[i].ID {
			t.Errorf("article %d is %s, the catalog's entry %d is %s", i, a.ID, i, entries[i].ID)
		}
		if err := a.Validate(); err != nil {
			t.Error(err)
		}
	}
	again, _ := seed.Load()
	if again != c {
		t.Error("Load decoded the index twice; want one shared corpus")
	}
}
