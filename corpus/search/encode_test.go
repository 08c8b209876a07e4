package search

import (
	"bytes"
	stdcmp "cmp"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"parallax/corpus"
	"parallax/corpus/index"
	"parallax/corpus/ingest"
	"parallax/corpus/search/synth"
)

// cjkCorpus is the fixture's articles and one of Chinese, Japanese and Korean sentences with a
// title-cased word and accents, so that the property covers scripts without spaces too.
func cjkCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	arts := slices.Clone(seedCorpus(t).Articles)
	a := &corpus.Article{ID: "cjk-trade-talks", Title: "北京贸易谈判 Café Über", Outlet: "東京新聞", Author: "Zoë Ångström"}
	for i, s := range []string{
		"北京和华盛顿的贸易谈判周二重新开始。",
		"東京の株式市場は木曜日に上昇した。",
		"서울에서 열린 회담은 합의 없이 끝났다.",
		"The Café Über in São Paulo hosted naïve résumé writers.",
	} {
		a.Paragraphs = append(a.Paragraphs, corpus.Paragraph{Sentences: []corpus.Sentence{{ID: fmt.Sprintf("p%ds1", i+1), Text: s}}})
	}
	c, err := corpus.New(append(arts, a))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// decodeQueries are exact words, prefixes, typos (omission, insertion, transposition,
// substitution), chains and joined forms, CJK, stop words, nonsense, and the filters.
func decodeQueries(c *corpus.Corpus) []Query {
	texts := []string{
		"", "walmart", "walmrt microsft", "micros", "trasnparency", "tarnsaction", "kevin mayer",
		"\"kevin mayer\"", "mayer resigned", "shou zi chew", "e-commerce", "ecommerce", "livestream e-com",
		"whatjobs", "u.s.", "the", "of the", "xqzv", "bytedanse musk", "georgai electon law",
		"北京", "贸易谈判", "東京", "서울", "cafe uber", "Café", "sao paulo", "naive resume", "zoe angstrom",
		"omnichanel customers", "cheif executive officer", "a", "ab", "2020", "16", strings.Repeat("walmart ", 12),
	}
	for _, p := range synth.Probes {
		r := []rune(p.Text)
		for i := 1; i <= len(r); i += 3 {
			texts = append(texts, string(r[:i]))
		}
	}
	var out []Query
	outlets := New(c).Outlets()
	for _, s := range texts {
		out = append(out, Query{Text: s})
		for _, o := range outlets[:min(2, len(outlets))] {
			out = append(out, Query{Text: s, Outlet: o})
		}
		out = append(out,
			Query{Text: s, From: corpus.Date{Year: 2020, Precision: corpus.PrecisionYear}},
			Query{Text: s, To: corpus.Date{Year: 2021, Month: 6, Precision: corpus.PrecisionMonth}},
		)
	}
	return out
}

// TestDecodeIndexAnswersAsNew checks the property the format exists for: an engine decoded from
// the encoding of New(c) gives the same Results, snippets, outlets and sizes as New(c) itself.
func TestDecodeIndexAnswersAsNew(t *testing.T) {
	corpora := map[string]func(testing.TB) *corpus.Corpus{
		"fixture": seedCorpus,
		"cjk":     cjkCorpus,
		"synth": func(t testing.TB) *corpus.Corpus {
			c, err := corpus.New(synth.Generate(seedCorpus(t).Articles, 400))
			if err != nil {
				t.Fatal(err)
			}
			return c
		},
		"empty": func(testing.TB) *corpus.Corpus { return nil },
	}
	for name, mk := range corpora {
		t.Run(name, func(t *testing.T) {
			c := mk(t)
			built := New(c)
			data := EncodeIndex(built)
			dec, err := DecodeIndex(data, c)
			if err != nil {
				t.Fatal(err)
			}
			if again := EncodeIndex(dec); !slices.Equal(again, data) {
				t.Errorf("re-encoding the decoded index gives %d bytes, not the same %d", len(again), len(data))
			}
			// The deletion keys are hashes seeded per engine; everything else is equal.
			opts := cmp.Options{
				cmp.AllowUnexported(Engine{}, unit{}),
				cmpopts.IgnoreFields(Engine{}, "delKeys", "delTerms", "seed", "mu", "scratch", "arts"),
				cmpopts.EquateEmpty(),
			}
			if diff := cmp.Diff(built, dec, opts); diff != "" {
				t.Fatalf("decoded engine differs (-built +decoded):\n%s", diff)
			}
			if len(built.delKeys) != len(dec.delKeys) {
				t.Errorf("deletion index: %d keys built, %d decoded", len(built.delKeys), len(dec.delKeys))
			}
			if !reflect.DeepEqual(built.Stats(), dec.Stats()) {
				t.Errorf("stats: built %+v, decoded %+v", built.Stats(), dec.Stats())
			}
			if c == nil {
				c, _ = corpus.New(nil)
			}
			for _, q := range decodeQueries(c) {
				want, got := built.Search(q), dec.Search(q)
				if !reflect.DeepEqual(want, got) {
					t.Fatalf("%+v: results differ (-built +decoded):\n%s", q, cmp.Diff(want, got, cmpopts.EquateErrors()))
				}
				for _, g := range want.Groups[:min(2, len(want.Groups))] {
					for _, sn := range g.Snippets[:min(1, len(g.Snippets))] {
						w, werr := built.Expand(q, g.Article.ID)
						d, derr := dec.Expand(q, g.Article.ID)
						if !reflect.DeepEqual(w, d) || (werr == nil) != (derr == nil) {
							t.Fatalf("%+v: Expand(%s) differs at %s", q, g.Article.ID, sn.SentenceID)
						}
					}
				}
			}
		})
	}
}

// TestDecodeIndexStale checks that data of another format version, not an index at all, damaged,
// or written for another corpus is refused with an error that says what to do.
func TestDecodeIndexStale(t *testing.T) {
	c := seedCorpus(t)
	data := EncodeIndex(New(c))
	other, err := corpus.New(c.Articles[:len(c.Articles)-1])
	if err != nil {
		t.Fatal(err)
	}
	// Hand-made indexes of one term "ab": a suggestion that is term 2³² (term 0 if truncated to
	// 32 bits), and a posting gap that wraps around to unit 0.
	st := New(c).Stats()
	head := binary.AppendUvarint(binary.AppendUvarint([]byte("PXS3"), uint64(st.Articles)), uint64(st.Units))
	oneTerm := func(b []byte, total uint64) []byte {
		b = binary.AppendUvarint(b, total)
		return append(b, 1, 0, 2, 'a', 'b', 0, 0)
	}
	bigSuggestion := append(binary.AppendUvarint(append(oneTerm(slices.Clone(head), 1), 1), 1<<32), 1, 0)
	wrap := binary.AppendUvarint(append(oneTerm(slices.Clone(head), 2), 0, 2, 1), ^uint64(0))
	stale := slices.Clone(data)
	copy(stale, "PXS0")
	for _, tc := range []struct {
		name string
		data []byte
		c    *corpus.Corpus
		want string
	}{
		{"older version", stale, c, `format "PXS0", but this build reads PXS3`},
		{"newer version", append([]byte("PXS9"), data[4:]...), c, `format "PXS9"`},
		{"not an index", []byte("TLE2\x00"), c, "not a search index"},
		{"empty", nil, c, "not a search index"},
		{"another corpus", data, other, "articles, the corpus has"},
		{"trailing bytes", append(slices.Clone(data), 0), c, "bytes after the index"},
		{"suggestion beyond 32 bits", bigSuggestion, c, "suggestion 0 is term 4294967296 of 1"},
		{"posting gap wrapping around", wrap, c, "names unit 2+18446744073709551615"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, err := DecodeIndex(tc.data, tc.c)
			if err == nil || e != nil {
				t.Fatalf("decoded without error")
			}
			if !errors.Is(err, ErrIndex) || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "rebuild the data") {
				t.Errorf("error %q: want ErrIndex, %q and how to rebuild", err, tc.want)
			}
		})
	}
}

// TestDecodeIndexTruncated checks that every proper prefix of an encoding is refused.
func TestDecodeIndexTruncated(t *testing.T) {
	c := seedCorpus(t)
	data := EncodeIndex(New(c))
	step := max(1, len(data)/2000)
	for n := 0; n < len(data); n += step {
		if _, err := DecodeIndex(data[:n], c); err == nil {
			t.Fatalf("a prefix of %d of %d bytes decoded", n, len(data))
		}
	}
}

// FuzzDecodeIndex checks that no bytes make DecodeIndex panic, and that an engine it accepts
// answers queries without panicking or failing.
func FuzzDecodeIndex(f *testing.F) {
	c := seedCorpus(f)
	data := EncodeIndex(New(c))
	f.Add(data)
	f.Add(data[:len(data)/2])
	f.Add(EncodeIndex(New(nil)))
	f.Add([]byte("PXS3\x05"))
	f.Add([]byte("PXS3\x00\x00\x00\x01\x00\x01a\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, cc := range []*corpus.Corpus{c, nil} {
			e, err := DecodeIndex(b, cc)
			if err != nil {
				if !errors.Is(err, ErrIndex) {
					t.Fatalf("error %v does not wrap ErrIndex", err)
				}
				continue
			}
			for _, q := range []string{"", "walmrt microsft", "a", "e-commerce", "micros", "kevin mayer"} {
				if r := e.Search(Query{Text: q}); r.Err != nil {
					t.Fatalf("%q: %v", q, r.Err)
				}
			}
			_ = EncodeIndex(e)
		}
	})
}

// BenchmarkIndexLoad compares building the index (New, what the browser did) with decoding the
// shipped one (DecodeIndex), on the same corpus in the same run, and reports the index's size:
// raw, gzip-compressed, and as a share of the articles' own data file (index.Encode).
func BenchmarkIndexLoad(b *testing.B) {
	for _, size := range []string{"seed", "10k"} {
		c := benchCorpus(b, size)
		data := EncodeIndex(New(c))
		var arts bytes.Buffer
		if err := index.Encode(&arts, c.Articles); err != nil {
			b.Fatal(err)
		}
		b.Run(size+"/build", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				New(c)
			}
		})
		b.Run(size+"/decode", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := DecodeIndex(data, c); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(data)), "index-bytes")
			b.ReportMetric(float64(gzipLen(data)), "index-gz-bytes")
			b.ReportMetric(float64(arts.Len()), "articles-bytes")
			b.ReportMetric(float64(gzipLen(arts.Bytes())), "articles-gz-bytes")
		})
	}
}

func gzipLen(b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Len()
}

// BenchmarkIndexLoadExternal is BenchmarkIndexLoad on the folder named by the environment
// variable PARALLAX_BENCH_FOLDER (e.g. a public corpus for measurement), whose vocabulary is a
// real one, unlike the synthetic corpus's.
func BenchmarkIndexLoadExternal(b *testing.B) {
	dir := os.Getenv("PARALLAX_BENCH_FOLDER")
	if dir == "" {
		b.Skip("set PARALLAX_BENCH_FOLDER to a corpus folder")
	}
	res, err := ingest.Folder(os.DirFS(dir), ingest.Options{})
	if err != nil {
		b.Fatal(err)
	}
	c, err := corpus.New(res.Articles)
	if err != nil {
		b.Fatal(err)
	}
	data := EncodeIndex(New(c))
	var arts bytes.Buffer
	if err := index.Encode(&arts, c.Articles); err != nil {
		b.Fatal(err)
	}
	b.Run("build", func(b *testing.B) {
		for b.Loop() {
			New(c)
		}
	})
	b.Run("decode", func(b *testing.B) {
		for b.Loop() {
			if _, err := DecodeIndex(data, c); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(c.Articles)), "articles")
		b.ReportMetric(float64(New(c).Stats().Terms), "terms")
		b.ReportMetric(float64(len(data)), "index-bytes")
		b.ReportMetric(float64(gzipLen(data)), "index-gz-bytes")
		b.ReportMetric(float64(arts.Len()), "articles-bytes")
		b.ReportMetric(float64(gzipLen(arts.Bytes())), "articles-gz-bytes")
	})
}

// TestRadixSortByKey checks the deletion index's sort against a comparison sort by key, then
// term, on entries in ascending term order with repeated keys, above and below the size where
// it switches.
func TestRadixSortByKey(t *testing.T) {
	for _, n := range []int{0, 1, 100, 5000, 70000} {
		rng := rand.New(rand.NewPCG(uint64(n), 7))
		var del []delEntry
		for term := uint32(0); len(del) < n; term++ {
			for range 1 + rng.IntN(6) {
				k := rng.Uint64()
				if rng.IntN(4) == 0 {
					k = uint64(rng.IntN(50)) << (16 * rng.IntN(4)) // shared keys, one digit differing
				}
				del = append(del, delEntry{k, term})
			}
		}
		want := slices.Clone(del)
		slices.SortFunc(want, func(a, b delEntry) int {
			if c := stdcmp.Compare(a.key, b.key); c != 0 {
				return c
			}
			return stdcmp.Compare(a.term, b.term)
		})
		if got := radixSortByKey(del); !slices.Equal(got, want) {
			t.Errorf("%d entries: radix order differs", len(del))
		}
	}
}
