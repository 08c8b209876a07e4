package synthfolder

import (
	"os"
	"path/filepath"
	"testing"

	"parallax/corpus/ingest"
	"parallax/internal/fixture"
)

// TestAdd grows a copy of the fixture and checks that ingestion takes every article, old and new.
func TestAdd(t *testing.T) {
	dir := t.TempDir()
	if err := Copy(dir, fixture.Seed()); err != nil {
		t.Fatal(err)
	}
	before, err := ingest.Corpus(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if err := Add(dir, 50); err != nil {
		t.Fatal(err)
	}
	after, err := ingest.Corpus(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(before)+50 {
		t.Fatalf("%d articles after adding 50 to %d", len(after), len(before))
	}
	for i, a := range before {
		if after[i].ID != a.ID {
			t.Errorf("article %d: %s, was %s", i, after[i].ID, a.ID)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "articles", after[len(after)-1].File)); err != nil {
		t.Error(err)
	}
}
