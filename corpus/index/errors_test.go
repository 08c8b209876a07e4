package index_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus"
	"parallax/corpus/index"
)

func encoded(t testing.TB, arts []*corpus.Article) []byte {
	var buf bytes.Buffer
	if err := index.Encode(&buf, arts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// reversioned returns file, written under magic with the current one-byte format version, with
// the format version v in its header instead.
func reversioned(file []byte, magic string, v uint64) []byte {
	out := append([]byte(magic), binary.AppendUvarint(nil, v)...)
	return append(out, file[len(magic)+1:]...)
}

// TestDecodeErrors checks that a stale or damaged index fails loudly and says how to fix it.
func TestDecodeErrors(t *testing.T) {
	good := encoded(t, handBuilt())
	withVersion := func(v uint64) []byte { return reversioned(good, index.Magic, v) }
	flip := bytes.Clone(good)
	flip[len(flip)-1] ^= 0x55
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, `invalid index: not a Parallax index (no "PLXI" magic): rebuild it from the corpus folder: make data, make dist, or go generate ./corpus for the embedded seed`},
		{"JSON", []byte(`[{"id": "x"}]`), `invalid index: not a Parallax index (no "PLXI" magic): rebuild it from the corpus folder: make data, make dist, or go generate ./corpus for the embedded seed`},
		{"newer version", withVersion(index.Version + 1), "invalid index: format version 7, but this build reads version 6: rebuild it from the corpus folder: make data, make dist, or go generate ./corpus for the embedded seed"},
		{"stale version 5 (before embeddings)", withVersion(5), "invalid index: format version 5, but this build reads version 6: rebuild it from the corpus folder: make data, make dist, or go generate ./corpus for the embedded seed"},
		{"stale version 4 (before languages)", withVersion(4), "invalid index: format version 4, but this build reads version 6: rebuild it from the corpus folder: make data, make dist, or go generate ./corpus for the embedded seed"},
		{"stale version 3 (before stated forms)", withVersion(3), "invalid index: format version 3, but this build reads version 6: rebuild it from the corpus folder: make data, make dist, or go generate ./corpus for the embedded seed"},
		{"stale version 2 (before provenance and date ranges)", withVersion(2), "invalid index: format version 2, but this build reads version 6: rebuild it from the corpus folder: make data, make dist, or go generate ./corpus for the embedded seed"},
		{"stale version 1 (before sections)", withVersion(1), "invalid index: format version 1, but this build reads version 6: rebuild it from the corpus folder: make data, make dist, or go generate ./corpus for the embedded seed"},
		{"older version", withVersion(0), "invalid index: format version 0, but this build reads version 6: rebuild it from the corpus folder: make data, make dist, or go generate ./corpus for the embedded seed"},
		{"no version", []byte(index.Magic), "invalid index: unreadable format version: rebuild it from the corpus folder: make data, make dist, or go generate ./corpus for the embedded seed"},
		{"truncated header", good[:len(index.Magic)+3], "invalid index: truncated header: rebuild it from the corpus folder: make data, make dist, or go generate ./corpus for the embedded seed"},
		{"truncated body", good[:len(good)-1], "invalid index: checksum mismatch, the index is damaged: rebuild it from the corpus folder: make data, make dist, or go generate ./corpus for the embedded seed"},
		{"flipped byte", flip, "invalid index: checksum mismatch, the index is damaged: rebuild it from the corpus folder: make data, make dist, or go generate ./corpus for the embedded seed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := index.Decode(tt.data)
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
}

// FuzzDecode checks that Decode never panics, whatever the bytes; the seeds are valid indexes,
// so the fuzzer also explores near-valid ones. The checksum stops most mutations early, which
// FuzzDecodeBody in the internal tests gets past.
func FuzzDecode(f *testing.F) {
	f.Add(encoded(f, handBuilt()))
	f.Add([]byte(index.Magic + "\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, err := index.Decode(data)
		if err != nil {
			return
		}
		// What decodes must survive another round trip unchanged.
		again, err := index.Decode(encoded(t, arts))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(arts, again); diff != "" {
			t.Errorf("round trip of a decoded index (-first +second):\n%s", diff)
		}
	})
}
