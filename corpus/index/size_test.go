package index

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"testing"
)

func gzipSize(t *testing.T, data []byte) int {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Len()
}

// TestSize compares the embedded index with JSON of the same articles and with the layout that
// writes strings in place, raw and gzipped (run with -v to see the numbers). The index must stay
// smaller than JSON.
func TestSize(t *testing.T) {
	arts, err := Decode(FixtureIndex(t))
	if err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(arts)
	if err != nil {
		t.Fatal(err)
	}
	var plain bytes.Buffer
	e := &encoder{plain: true}
	if err := e.encode(&plain, arts, nil); err != nil {
		t.Fatal(err)
	}
	idx := FixtureIndex(t)
	t.Logf("index %d B (gzip %d), in-place strings %d B (gzip %d), JSON %d B (gzip %d)",
		len(idx), gzipSize(t, idx), plain.Len(), gzipSize(t, plain.Bytes()), len(js), gzipSize(t, js))
	if len(idx) >= len(js) {
		t.Errorf("index %d B is not smaller than JSON %d B", len(idx), len(js))
	}
}
