package index_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
	"parallax/corpus/index"
)

func encodedLibrary(t testing.TB, arts []*corpus.Article) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := index.EncodeLibrary(&buf, arts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// metaOnly returns copies of arts without their text, removed lines and dates.
func metaOnly(arts []*corpus.Article) []*corpus.Article {
	out := make([]*corpus.Article, len(arts))
	for i, a := range arts {
		c := *a
		c.Paragraphs, c.Removed, c.Dates = nil, nil, nil
		out[i] = &c
	}
	return out
}

// TestLibraryRoundTrip checks that a library file holds every metadata field of every article,
// its summary, and nothing of its text, in the smallest steps as in one call.
func TestLibraryRoundTrip(t *testing.T) {
	for _, tt := range []struct {
		name string
		arts []*corpus.Article
	}{
		{"hand-built", handBuilt()},
		{"fixture", index.FixtureArticles(t)},
		{"every field", []*corpus.Article{filled(t)}},
		{"none", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data := encodedLibrary(t, tt.arts)
			arts, sums, err := index.DecodeLibrary(data)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(metaOnly(tt.arts), arts, cmp.Comparer(func(a, b []*corpus.Article) bool {
				return cmp.Equal(a, b) || len(a)+len(b) == 0
			})); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
			var want []index.Summary
			for _, a := range tt.arts {
				want = append(want, index.SummaryOf(a))
			}
			if diff := cmp.Diff(want, sums, cmp.Comparer(func(a, b []index.Summary) bool {
				return cmp.Equal(a, b) || len(a)+len(b) == 0
			})); diff != "" {
				t.Errorf("summaries (-want +got):\n%s", diff)
			}

			x, err := index.NewLibraryDecoder(data)
			if err != nil {
				t.Fatal(err)
			}
			for done := false; !done; {
				if done, err = x.Step(1); err != nil {
					t.Fatal(err)
				}
			}
			if !cmp.Equal(x.Articles(), arts) || !cmp.Equal(x.Summaries(), sums) {
				t.Error("decoding in steps differs from DecodeLibrary")
			}
		})
	}
}

// TestLibrarySmaller checks what the library file is for: it is a small part of the data file.
func TestLibrarySmaller(t *testing.T) {
	arts := index.FixtureArticles(t)
	lib, full := encodedLibrary(t, arts), encoded(t, arts)
	if len(lib)*5 > len(full) {
		t.Errorf("library file %d bytes, data file %d: want under a fifth", len(lib), len(full))
	}
}

// TestSummaryOf checks the word count and the opening: the first sentence that is not a
// heading, cut at OpeningRunes runes on a rune boundary.
func TestSummaryOf(t *testing.T) {
	long := strings.Repeat("é", index.OpeningRunes+50)
	para := func(heading bool, texts ...string) corpus.Paragraph {
		p := corpus.Paragraph{Heading: heading}
		for _, s := range texts {
			p.Sentences = append(p.Sentences, corpus.Sentence{Text: s})
		}
		return p
	}
	tests := []struct {
		name  string
		paras []corpus.Paragraph
		want  index.Summary
	}{
		{"no text", nil, index.Summary{}},
		{"heading first", []corpus.Paragraph{para(true, "A heading"), para(false, "First one.", "Second  two words.")},
			index.Summary{Words: 7, Opening: "First one."}},
		{"only headings", []corpus.Paragraph{para(true, "Heading only")}, index.Summary{Words: 2}},
		{"empty paragraph first", []corpus.Paragraph{para(false), para(false, "Then this.")}, index.Summary{Words: 2, Opening: "Then this."}},
		{"long opening", []corpus.Paragraph{para(false, long)}, index.Summary{Words: 1, Opening: long[:2*index.OpeningRunes]}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := index.SummaryOf(&corpus.Article{Paragraphs: tt.paras})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if !utf8.ValidString(got.Opening) || utf8.RuneCountInString(got.Opening) > index.OpeningRunes {
				t.Errorf("opening %q: not UTF-8 or too long", got.Opening)
			}
		})
	}
}

// TestLibraryDecodeErrors checks that a stale, damaged or mistaken library file fails loudly and
// says how to fix it, as a data file does, and that neither kind of file passes for the other.
func TestLibraryDecodeErrors(t *testing.T) {
	good := encodedLibrary(t, handBuilt())
	withVersion := func(v uint64) []byte { return reversioned(good, index.LibraryMagic, v) }
	flip := bytes.Clone(good)
	flip[len(flip)-1] ^= 0x55
	const fix = ": rebuild it from the corpus folder: make data, make dist, or go generate ./corpus for the embedded seed"
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, `invalid index: not a Parallax library file (no "PLXL" magic)` + fix},
		{"JSON", []byte(`[{"id": "x"}]`), `invalid index: not a Parallax library file (no "PLXL" magic)` + fix},
		{"the data file instead", encoded(t, handBuilt()), `invalid index: a corpus data file (magic "PLXI"), not a Parallax library file` + fix},
		{"newer version", withVersion(index.LibraryVersion + 1), "invalid index: format version 3, but this build reads version 2" + fix},
		{"stale version 1 (before languages)", withVersion(1), "invalid index: format version 1, but this build reads version 2" + fix},
		{"older version", withVersion(0), "invalid index: format version 0, but this build reads version 2" + fix},
		{"no version", []byte(index.LibraryMagic), "invalid index: unreadable format version" + fix},
		{"truncated header", good[:len(index.LibraryMagic)+3], "invalid index: truncated header" + fix},
		{"truncated body", good[:len(good)-1], "invalid index: checksum mismatch, the index is damaged" + fix},
		{"flipped byte", flip, "invalid index: checksum mismatch, the index is damaged" + fix},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, _, err := index.DecodeLibrary(tt.data)
			if err == nil {
				t.Fatalf("decoded %d articles, want error %q", len(arts), tt.want)
			}
			if !errors.Is(err, index.ErrFormat) {
				t.Errorf("error %v does not wrap ErrFormat", err)
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got: %s\nwant: %s", err, tt.want)
			}
		})
	}
	// And the other way round: a library file is not a data file.
	_, err := index.Decode(good)
	if want := `invalid index: a library file (magic "PLXL"), not a Parallax index` + fix; err == nil || err.Error() != want {
		t.Errorf("decoding a library file as a data file: %v, want %s", err, want)
	}
}

// FuzzDecodeLibrary checks that DecodeLibrary never panics, that what decodes has no text, and
// that its articles survive a round trip unchanged.
func FuzzDecodeLibrary(f *testing.F) {
	f.Add(encodedLibrary(f, handBuilt()))
	f.Add([]byte(index.LibraryMagic + "\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, _, err := index.DecodeLibrary(data)
		if err != nil {
			return
		}
		for i, a := range arts {
			if len(a.Paragraphs)+len(a.Removed)+len(a.Dates) != 0 {
				t.Fatalf("article %d has text", i)
			}
		}
		// The summaries come from the text, which a library file has not: only the articles can
		// go round again.
		again, _, err := index.DecodeLibrary(encodedLibrary(t, arts))
		if err != nil {
			t.Fatal(err)
		}
		if !cmp.Equal(arts, again) {
			t.Error("round trip of a decoded library file differs")
		}
	})
}
