package align

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"os"
	"sync"

	"parallax/corpus"
)

// embeddingsFile holds the binary embeddings (corpus.Sentence.Embedding) of the sentences the
// tests align by their text: the gold lists' and the pair cases' (embeddedCases), as the build
// computes them with corpus/encoder. article attaches them, so that the tests measure the aligner
// as a build with the encoder runs it. TestEmbeddingsFile keeps the file in step with the texts
// and the encoder.
//
// Format: embeddingsMagic, then for each text, sorted by key: its key (textKey, 8 bytes, little
// endian) and its corpus.EmbeddingBytes bytes.
const (
	embeddingsFile  = "testdata/embeddings.bin"
	embeddingsMagic = "PLXE1\n"
)

var (
	embeddingsOnce sync.Once
	embeddingsErr  error
	embeddings     map[uint64][]byte
)

// textKey is the key of a sentence's text in embeddingsFile: its 64-bit FNV-1a hash.
func textKey(text string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(text))
	return h.Sum64()
}

// readEmbeddings parses the contents of embeddingsFile.
func readEmbeddings(data []byte) (map[uint64][]byte, error) {
	rest, ok := bytes.CutPrefix(data, []byte(embeddingsMagic))
	const entry = 8 + corpus.EmbeddingBytes
	if !ok || len(rest)%entry != 0 {
		return nil, fmt.Errorf("%s: not an embeddings file of this version", embeddingsFile)
	}
	m := make(map[uint64][]byte, len(rest)/entry)
	for ; len(rest) > 0; rest = rest[entry:] {
		m[binary.LittleEndian.Uint64(rest)] = rest[8:entry:entry]
	}
	return m, nil
}

// withEmbeddings gives each sentence of a whose text embeddingsFile holds its embedding.
func withEmbeddings(a *corpus.Article) {
	embeddingsOnce.Do(func() {
		data, err := os.ReadFile(embeddingsFile)
		if err == nil {
			embeddings, err = readEmbeddings(data)
		}
		embeddingsErr = err
	})
	for p := range a.Paragraphs {
		for s := range a.Paragraphs[p].Sentences {
			x := &a.Paragraphs[p].Sentences[s]
			x.Embedding = embeddings[textKey(x.Text)]
		}
	}
}
