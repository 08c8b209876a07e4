package main

import (
	"bytes"
	"cmp"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"parallax/corpus"
	"parallax/corpus/index"
)

// testEncoderDir is the model `make encoder` fetches, relative to this package's folder; the
// environment variable PARALLAX_ENCODER_DIR names another.
func testEncoderDir(t *testing.T) string {
	dir := cmp.Or(os.Getenv("PARALLAX_ENCODER_DIR"), filepath.Join("..", defaultEncoder))
	if _, err := os.Stat(filepath.Join(dir, "model.json")); err != nil {
		t.Skipf("no sentence encoder in %s (make encoder fetches it): %v", dir, err)
	}
	return dir
}

// embedded reads the data file and returns each sentence's embedding by its text, failing when a
// sentence has none.
func embedded(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	arts, err := index.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				if len(s.Embedding) != corpus.EmbeddingBytes {
					t.Fatalf("%s %s: embedding of %d bytes", a.ID, s.ID, len(s.Embedding))
				}
				out[s.Text] = s.Embedding
			}
		}
	}
	return out
}

// TestNoEncoder: without the model the build goes on, without embeddings, and says what is lost
// and how to get it.
func TestNoEncoder(t *testing.T) {
	var report strings.Builder
	data, _, err := readCorpus(config{corpus: fixtureFolder(t), encoder: filepath.Join(t.TempDir(), "none"), report: &report})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(report.String(), "no sentence encoder") || !strings.Contains(report.String(), "make encoder") {
		t.Errorf("report %q does not say the encoder is missing and how to get it", report.String())
	}
	report.Reset()
	if _, _, err := readCorpus(config{corpus: fixtureFolder(t), report: &report}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(report.String(), "without sentence embeddings") {
		t.Errorf("report %q does not say the build goes without embeddings", report.String())
	}
	arts, err := index.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				if s.Embedding != nil {
					t.Fatalf("%s %s has an embedding without an encoder", a.ID, s.ID)
				}
			}
		}
	}
}

// TestEncoderCache: a build embeds every sentence and keeps the embeddings; the next build of the
// same corpus embeds none, that of a grown corpus only the new sentences, with the same bytes
// as a build without the cache; a cut record is dropped, and a file that is not a cache is set
// aside with a word in the report.
func TestEncoderCache(t *testing.T) {
	model := testEncoderDir(t)
	folder := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(folder, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("harbour.txt", "Harbour fees rise\n\nThe port of Carrow will raise its fees by 4% in March. Fishing crews say they cannot pay.\n")
	write("ferry.txt", "Ferry cancelled\n\nThe morning ferry to the islands was cancelled on Monday. Passengers were offered a refund.\n")
	cache := t.TempDir()
	build := func() (map[string][]byte, string) {
		t.Helper()
		var report strings.Builder
		data, _, err := readCorpus(config{corpus: folder, encoder: model, encoderCache: cache, report: &report})
		if err != nil {
			t.Fatal(err)
		}
		return embedded(t, data), report.String()
	}
	first, report := build()
	if !strings.Contains(report, "(0 from the cache)") {
		t.Errorf("first build: report %q, want every sentence embedded", report)
	}
	again, report := build()
	if strings.Contains(report, "embedding") {
		t.Errorf("second build: report %q, want no sentence embedded", report)
	}
	for text, e := range first {
		if !bytes.Equal(again[text], e) {
			t.Errorf("%q: cached embedding %x, want %x", text, again[text], e)
		}
	}
	write("storm.txt", "Storm warning\n\nGales are expected along the coast on Friday.\n")
	grown, report := build()
	if !strings.Contains(report, "embedding 1 sentence with") {
		t.Errorf("grown corpus: report %q, want its one new sentence embedded", report)
	}
	var fresh strings.Builder
	data, _, err := readCorpus(config{corpus: folder, encoder: model, report: &fresh})
	if err != nil {
		t.Fatal(err)
	}
	for text, e := range embedded(t, data) {
		if !bytes.Equal(grown[text], e) {
			t.Errorf("%q: embedding through the cache %x, without it %x", text, grown[text], e)
		}
	}
	files, err := filepath.Glob(filepath.Join(cache, "*.bin"))
	if err != nil || len(files) != 1 {
		t.Fatalf("cache files %v (%v), want one", files, err)
	}
	// An interrupted build left half a record: the records before it still count.
	f, err := os.OpenFile(files[0], os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("half a record"))
	f.Close()
	write("tide.txt", "High tide\n\nThe tide will peak at noon.\n")
	if _, report := build(); !strings.Contains(report, "embedding 1 sentence with") {
		t.Errorf("after a cut record: report %q, want only the new sentence embedded", report)
	}
	if _, report := build(); strings.Contains(report, "embedding") {
		t.Errorf("after mending: report %q, want no sentence embedded", report)
	}
	if err := os.WriteFile(files[0], []byte("not a cache"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, report := build(); !strings.Contains(report, "is not used: not an embeddings cache") {
		t.Errorf("a damaged cache: report %q, want it set aside", report)
	}
}

// TestEncoderCacheChunks: a build embeds in chunks, reports its progress between them and keeps
// each chunk in the cache, with the same embeddings as in one batch.
func TestEncoderCacheChunks(t *testing.T) {
	model := testEncoderDir(t)
	folder := t.TempDir()
	for name, text := range map[string]string{
		"harbour.txt": "Harbour fees rise\n\nThe port of Carrow will raise its fees by 4% in March. Fishing crews say they cannot pay. The council meets on Friday.\n",
		"ferry.txt":   "Ferry cancelled\n\nThe morning ferry to the islands was cancelled on Monday. Passengers were offered a refund. A second boat sailed at noon.\n",
	} {
		if err := os.WriteFile(filepath.Join(folder, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var whole strings.Builder
	data, _, err := readCorpus(config{corpus: folder, encoder: model, report: &whole})
	if err != nil {
		t.Fatal(err)
	}
	want := embedded(t, data)
	defer func(c int, p time.Duration) { embedChunk, progressEvery = c, p }(embedChunk, progressEvery)
	embedChunk, progressEvery = 2, 0
	cache := t.TempDir()
	var report strings.Builder
	data, _, err = readCorpus(config{corpus: folder, encoder: model, encoderCache: cache, report: &report})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(report.String(), "build: embedded 2 of 6 sentences") || !strings.Contains(report.String(), "left\n") {
		t.Errorf("report %q shows no progress between chunks", report.String())
	}
	for text, e := range embedded(t, data) {
		if !bytes.Equal(want[text], e) {
			t.Errorf("%q: embedding in chunks %x, in one batch %x", text, e, want[text])
		}
	}
	files, _ := filepath.Glob(filepath.Join(cache, "*.bin"))
	if len(files) != 1 {
		t.Fatalf("cache files %v, want one", files)
	}
	kept, err := readCache(files[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(kept) != len(want) {
		t.Errorf("the cache keeps %d embeddings, want %d", len(kept), len(want))
	}
}

// TestEncoderDamaged: a model whose files differ from the published one, even at the same size,
// is refused with a word on how to fetch it again, and the build goes on without embeddings.
func TestEncoderDamaged(t *testing.T) {
	model := testEncoderDir(t)
	bad := t.TempDir()
	entries, err := os.ReadDir(model)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(model, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if e.Name() == "group1-shard3of7" {
			data[len(data)/2] ^= 0xff // one weight's byte: the size and the layout stay
		}
		if err := os.WriteFile(filepath.Join(bad, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var report strings.Builder
	data, _, err := readCorpus(config{corpus: fixtureFolder(t), encoder: bad, report: &report})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(report.String(), "is not the published model") || !strings.Contains(report.String(), "make encoder") {
		t.Errorf("report %q does not say the model is damaged and how to fetch it again", report.String())
	}
	arts, err := index.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if s := a.Paragraphs[0].Sentences[0]; s.Embedding != nil {
			t.Fatalf("%s: an embedding from a damaged model", a.ID)
		}
	}
}
