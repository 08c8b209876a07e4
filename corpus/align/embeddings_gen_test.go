//go:build !js

package align

import (
	"cmp"
	"encoding/binary"
	"flag"
	"fmt"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"parallax/corpus"
	"parallax/corpus/encoder"
)

//go:generate go test -run TestEmbeddingsFile -update-embeddings

var updateEmbeddings = flag.Bool("update-embeddings", false, "rewrite testdata/embeddings.bin with the sentence encoder")

// encoderDir is the sentence encoder's model folder, relative to this package's folder (`make
// encoder` fetches it); the environment variable PARALLAX_ENCODER_DIR names another.
const encoderDir = "../../bin/encoder/package/dist"

// embeddedCases are the pair-case tables whose sentences embeddingsFile holds, so that they are
// checked as a build with the encoder aligns them.
func embeddedCases() []pairCase {
	return slices.Concat(rateKinds, amountKinds, restated, unseenKinds, secondRoundKinds, thirdRoundKinds,
		fourthRoundKinds, fifthRoundKinds, sixthRoundKinds, seventhRoundKinds, eighthRoundKinds, hedgeKinds,
		passiveKinds, quarterKinds, countBeforeKinds, priceKinds, unhedgedKinds, tallyKinds, onlyHereKinds,
		decadeKinds, ninthRoundKinds, convertedKinds, monthPairs, negationPairs, normalForms, paraphrases,
		reproducers, nameVariants, schedulePairs, zoneKinds, placeKinds, relatedPairs)
}

// embeddedTexts returns the texts embeddingsFile must hold, sorted and unique: every sentence
// of the gold lists (testdata/gold/*.txtar, both halves) and of embeddedCases.
func embeddedTexts(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/gold/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold lists: %v", err)
	}
	var texts []string
	add := func(a *corpus.Article) {
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				texts = append(texts, s.Text)
			}
		}
	}
	for _, f := range files {
		for _, g := range loadGoldList(t, f) {
			add(g.a)
			add(g.b)
		}
	}
	for _, c := range embeddedCases() {
		texts = append(texts, c.a...)
		texts = append(texts, c.b...)
	}
	slices.Sort(texts)
	return slices.Compact(texts)
}

// TestEmbeddingsFile checks that embeddingsFile holds an embedding for every text of
// embeddedTexts and for no other, and, where the sentence encoder is (make encoder), that a
// sample of them is what the encoder computes now; with -update-embeddings it writes the file.
func TestEmbeddingsFile(t *testing.T) {
	texts := embeddedTexts(t)
	dir := cmp.Or(os.Getenv("PARALLAX_ENCODER_DIR"), encoderDir)
	if *updateEmbeddings {
		m, err := encoder.Load(dir)
		if err != nil {
			t.Fatalf("%v (make encoder fetches the model)", err)
		}
		out := make(map[uint64][]byte, len(texts))
		for i, v := range m.Embed(texts) {
			out[textKey(texts[i])] = corpus.BinaryEmbedding(v)
		}
		if err := os.WriteFile(embeddingsFile, writeEmbeddings(out), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	const fix = "go generate ./corpus/align (after make encoder) rewrites it"
	data, err := os.ReadFile(embeddingsFile)
	if err != nil {
		t.Fatalf("%v: %s", err, fix)
	}
	have, err := readEmbeddings(data)
	if err != nil {
		t.Fatalf("%v: %s", err, fix)
	}
	var missing []string
	want := make(map[uint64]bool, len(texts))
	for _, s := range texts {
		want[textKey(s)] = true
		if have[textKey(s)] == nil {
			missing = append(missing, s)
		}
	}
	extra := 0
	for k := range have {
		if !want[k] {
			extra++
		}
	}
	if len(missing) > 0 || extra > 0 {
		t.Fatalf("%s is stale: %d texts missing (the first: %q), %d no test needs: %s", embeddingsFile, len(missing), append(missing, "")[0], extra, fix)
	}
	m, err := encoder.Load(dir)
	if err != nil {
		t.Skipf("the sentence encoder is missing (%v); the embeddings' values are not checked (make encoder)", err)
	}
	// A sample: the whole file takes minutes to compute; a change of model or encoder changes
	// nearly every embedding, and the sample sees it.
	var sample []string
	for i := 0; i < len(texts); i += max(len(texts)/100, 1) {
		sample = append(sample, texts[i])
	}
	// A component near zero may take the other sign on another processor (math.Exp uses FMA
	// where the processor has it): a few bits may differ; another model or encoder changes many.
	const slack = 4
	var diff []string
	for i, v := range m.Embed(sample) {
		if d := bitsApart(corpus.BinaryEmbedding(v), have[textKey(sample[i])]); d > slack {
			diff = append(diff, fmt.Sprintf("%.60q (%d bits)", sample[i], d))
		}
	}
	if len(diff) > 0 {
		t.Errorf("%s is stale: %d of %d sampled texts embed otherwise now, by more than %d bits (%s): %s", embeddingsFile, len(diff), len(sample), slack, strings.Join(diff[:min(len(diff), 3)], ", "), fix)
	}
}

// bitsApart returns how many bits x and y differ in, counting a missing or shorter embedding's
// absent bits as different.
func bitsApart(x, y []byte) int {
	d := 8 * (max(len(x), len(y)) - min(len(x), len(y)))
	for k := range min(len(x), len(y)) {
		d += bits.OnesCount8(x[k] ^ y[k])
	}
	return d
}

// writeEmbeddings returns the contents of embeddingsFile for m.
func writeEmbeddings(m map[uint64][]byte) []byte {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := []byte(embeddingsMagic)
	for _, k := range keys {
		out = binary.LittleEndian.AppendUint64(out, k)
		out = append(out, m[k]...)
	}
	return out
}
