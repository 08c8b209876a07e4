//go:build !wasm

package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"parallax/corpus"
	"parallax/corpus/encoder"
)

// The sentence encoder takes about 20 to 30 ms a sentence on two cores: minutes for a corpus of
// thousands of articles. The embeddings a build computes are kept in a cache file of the model
// (cacheDir/<digest>.bin), so that the next build of the same corpus, or of one grown by a few
// articles, embeds only the sentences it has not seen.
//
// Format: cacheMagic, then records of a text's key (its 64-bit FNV-1a hash, little endian) and
// its corpus.EmbeddingBytes bytes. A build appends its new records; a damaged file is read up to
// its last whole record.
const cacheMagic = "PLXEC1\n"

// defaultEncoderCache is the cache folder beside the model `make encoder` fetches.
const defaultEncoderCache = "bin/encoder/cache"

// cachedEncoder embeds texts with m, through the cache file of m's digest in dir ("" for none),
// and reports its progress to report.
type cachedEncoder struct {
	m      *encoder.Model
	dir    string
	report io.Writer
}

func textKey(text string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(text))
	return h.Sum64()
}

// Embed returns the binary embeddings of texts, from the cache or from the model.
func (c cachedEncoder) Embed(texts []string) [][]byte {
	path := ""
	var cache map[uint64][]byte
	if c.dir != "" {
		path = filepath.Join(c.dir, c.m.Digest()+".bin")
		var err error
		cache, err = readCache(path)
		if err != nil {
			fmt.Fprintf(c.report, "build: the embeddings cache %s is not used: %v\n", path, err)
			cache, path = nil, ""
		}
	}
	out := make([][]byte, len(texts))
	keys := make([]uint64, len(texts))
	var todo []int
	hits := 0
	seen := map[uint64]int{} // key → index in todo of the first text with it
	for i, t := range texts {
		keys[i] = textKey(t)
		if b := cache[keys[i]]; b != nil {
			out[i] = b
			hits++
		} else if _, ok := seen[keys[i]]; !ok {
			seen[keys[i]] = len(todo)
			todo = append(todo, i)
		}
	}
	if len(todo) == 0 {
		return out
	}
	start, last := time.Now(), time.Now()
	fmt.Fprintf(c.report, "build: embedding %s with the sentence encoder (%d from the cache)…\n", sentences(len(todo)), hits)
	embs := make([][]byte, len(todo))
	// In chunks, each kept in the cache as soon as it is done: an interrupted build of a large
	// corpus loses at most one chunk, and the report shows progress.
	for lo := 0; lo < len(todo); lo += embedChunk {
		hi := min(lo+embedChunk, len(todo))
		batch := make([]string, hi-lo)
		for k, i := range todo[lo:hi] {
			batch[k] = texts[i]
		}
		var add bytes.Buffer
		for k, v := range c.m.Embed(batch) {
			b := corpus.BinaryEmbedding(v)
			embs[lo+k] = b
			if b != nil {
				add.Write(binary.LittleEndian.AppendUint64(nil, keys[todo[lo+k]]))
				add.Write(b)
			}
		}
		if path != "" {
			if err := appendCache(path, add.Bytes()); err != nil {
				fmt.Fprintf(c.report, "build: could not keep the embeddings in %s: %v\n", path, err)
				path = ""
			}
		}
		if hi < len(todo) && time.Since(last) >= progressEvery {
			last = time.Now()
			took := time.Since(start)
			left := time.Duration(float64(took) / float64(hi) * float64(len(todo)-hi))
			fmt.Fprintf(c.report, "build: embedded %d of %d sentences in %s, about %s left\n", hi, len(todo), took.Round(time.Second), left.Round(time.Second))
		}
	}
	fmt.Fprintf(c.report, "build: embedded %s in %s\n", sentences(len(todo)), time.Since(start).Round(time.Second/10))
	for k, i := range todo {
		out[i] = embs[k]
	}
	for i := range texts {
		if out[i] == nil {
			out[i] = embs[seen[keys[i]]]
		}
	}
	return out
}

// embedChunk is how many sentences are embedded between two writes of the cache, and
// progressEvery the least time between two progress lines of the report; tests lower them.
var (
	embedChunk    = 1024
	progressEvery = 15 * time.Second
)

// sentences is "1 sentence" or "n sentences".
func sentences(n int) string {
	if n == 1 {
		return "1 sentence"
	}
	return fmt.Sprintf("%d sentences", n)
}

// readCache reads the cache file at path; a missing file is an empty cache.
func readCache(path string) (map[uint64][]byte, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return map[uint64][]byte{}, nil
	}
	if err != nil {
		return nil, err
	}
	rest, ok := bytes.CutPrefix(data, []byte(cacheMagic))
	if !ok {
		return nil, fmt.Errorf("not an embeddings cache")
	}
	const record = 8 + corpus.EmbeddingBytes
	m := make(map[uint64][]byte, len(rest)/record)
	for ; len(rest) >= record; rest = rest[record:] {
		m[binary.LittleEndian.Uint64(rest)] = rest[8:record:record]
	}
	return m, nil
}

// appendCache appends records to the cache file at path, creating it (and its folder) first.
func appendCache(path string, records []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	st, err := f.Stat()
	if err == nil && st.Size() == 0 {
		_, err = f.Write([]byte(cacheMagic))
	} else if err == nil {
		// A record cut short by an interrupted build would shift every record after it.
		const record = 8 + corpus.EmbeddingBytes
		if extra := (st.Size() - int64(len(cacheMagic))) % record; extra != 0 {
			err = f.Truncate(st.Size() - extra)
		}
	}
	if err == nil {
		_, err = f.Write(records)
	}
	return errors.Join(err, f.Close())
}
