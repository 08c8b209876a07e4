package encoder

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// handVocab is a small vocabulary in vocab.json's layout: six reserved pieces, then pieces and
// scores chosen to exercise the reference's choices. The expected ids below are what
// @energetic-ai/embeddings 0.2.0's Tokenizer gives with this vocabulary.
func handVocab() []vocabEntry {
	v := []vocabEntry{
		{"\uFFFD", 0}, {"<s>", 0}, {"</s>", 0}, {"e1", 0}, {"e2", 0}, {"e3", 0},
		{"▁the", -1}, // 6
		{"▁cat", -2}, // 7
		{"▁c", -3},   // 8
		{"at", -2.5}, // 9
		{"▁", -4},    // 10
		{"s", -3},    // 11
		{"fi", -2},   // 12
		{"▁ab", -2},  // 13
		{"▁a", -1},   // 14
		{"b", -1},    // 15
		{"”5", -1},   // 16
		{"”5", -5},   // 17: listed twice, the last wins
		{"<s>x", -1}, // 18
		{"é", -1},    // 19: composed
	}
	for _, r := range "acthefix5”" { // 20…29: single characters
		v = append(v, vocabEntry{string(r), -6})
	}
	return v
}

func TestTokenizerHandVocab(t *testing.T) {
	tk := newTokenizer(handVocab())
	for _, c := range []struct {
		text string
		want []int32
	}{
		{"the cat", []int32{6, 7}}, // ▁cat beats ▁c + at
		{"the c", []int32{6, 8}},
		{"cats", []int32{7, 11}},           // a "▁" in front of the text
		{"ab", []int32{14, 15}},            // a tie goes to the shorter last piece
		{"\uFB01", []int32{10, 12}},        // NFKC: the ligature ﬁ is "fi"
		{"e\u0301", []int32{10, 19}},       // NFKC composes e + combining acute
		{"the\tcat", []int32{6, 0, 21, 9}}, // only U+0020 is a space; a tab is unknown
		{"a  b", []int32{14, 10, 10, 15}},  // each space is a "▁"
		{"   ", []int32{10, 10, 10, 10}},   // spaces alone have pieces
		{"”5", []int32{10, 17}},            // the later of two equal pieces
		{"<s>x", []int32{10, 18}},          // reserved pieces are never matched, others may hold them
		{"\x00\x01", []int32{10, 0}},       // a run of unknown characters is one 0
		{"\uFFFD", []int32{10, 0}},         // the unknown piece's own text is unknown
		{"\xff", []int32{10, 0}},           // invalid UTF-8 is U+FFFD
		{"tq", []int32{10, 22, 0}},
		{"qt", []int32{10, 0, 22}},
		{"", nil},
	} {
		if got := tk.encode(c.text); !slices.Equal(got, c.want) {
			t.Errorf("encode(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestTokenizerUnknownQuirk keeps a quirk of the reference: an unknown character scores 0, above
// any piece, and a position no piece reaches counts as scoring 0, so where a character has no
// piece of its own the path through unknowns can win and the walk back lands on unset
// positions. Here "▁cat" comes out as one unknown, as in the reference.
func TestTokenizerUnknownQuirk(t *testing.T) {
	tk := newTokenizer([]vocabEntry{
		{"\uFFFD", 0}, {"<s>", 0}, {"</s>", 0}, {"e1", 0}, {"e2", 0}, {"e3", 0},
		{"▁cat", -2}, {"▁c", -3}, {"at", -2.5},
	})
	for _, text := range []string{"cat", "cat at"} {
		if got := tk.encode(text); !slices.Equal(got, []int32{0}) {
			t.Errorf("encode(%q) = %v, want [0]", text, got)
		}
	}
}

func TestReadVocabNullScore(t *testing.T) {
	dir := t.TempDir()
	data := `[["\ufffd",0],["<s>",0],["</s>",0],["e1",0],["e2",0],["e3",0],["\u2581x",-2.5],[":",null]]`
	if err := os.WriteFile(filepath.Join(dir, vocabFile), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	v, err := readVocab(dir, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if len(v) != 8 || v[6] != (vocabEntry{"▁x", -2.5}) || v[7] != (vocabEntry{":", 0}) {
		t.Errorf("readVocab = %v", v)
	}
}
