package corpus_test

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"strings"
	"testing"

	"parallax/corpus"
)

// TestArticlesUnchanged checks every raw article against SHA256SUMS: the files must stay byte for
// byte what the source published, and every file must be listed.
func TestArticlesUnchanged(t *testing.T) {
	sums, err := fs.ReadFile(corpus.Source, "articles/SHA256SUMS")
	if err != nil {
		t.Fatal(err)
	}
	want := make(map[string]string)
	sc := bufio.NewScanner(bytes.NewReader(sums))
	for sc.Scan() {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if !ok {
			t.Fatalf("SHA256SUMS: bad line %q", sc.Text())
		}
		want[name] = sum
	}
	files, err := fs.Glob(corpus.Source, "articles/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(want) {
		t.Errorf("%d article files, %d sums in SHA256SUMS", len(files), len(want))
	}
	for _, f := range files {
		data, err := fs.ReadFile(corpus.Source, f)
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.Sum256(data)
		name := strings.TrimPrefix(f, "articles/")
		if got := hex.EncodeToString(h[:]); got != want[name] {
			t.Errorf("%s: SHA-256 %s, want %s from SHA256SUMS: the raw articles must not be edited", f, got, want[name])
		}
	}
}
