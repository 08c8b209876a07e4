package site

import "testing"

// TestQualityFor checks where a build spends brotli's slow best quality: on the app's code,
// whatever its size, and on small data; never on pages, of which a corpus makes thousands.
func TestQualityFor(t *testing.T) {
	tests := []struct {
		path    string
		size, q int
		want    int
	}{
		{"web/app.wasm", 9 << 20, 11, 11},
		{"app.js", 10 << 10, 11, 11},
		{"web/css/base.css", 5 << 20, 11, 11},
		{"web/data/corpus.0123.bin", 1 << 20, 11, 11},
		{"web/data/corpus.0123.bin", 50 << 20, 11, 9},
		{"read/x.html", 17 << 10, 11, 9},
		{"index.html", 17 << 20, 11, 9},
		{"read/x.html", 17 << 10, 5, 5},
		{"web/data/corpus.0123.bin", 50 << 20, 1, 1},
	}
	for _, tt := range tests {
		if got := qualityFor(tt.path, tt.size, tt.q); got != tt.want {
			t.Errorf("qualityFor(%s, %d, %d) = %d, want %d", tt.path, tt.size, tt.q, got, tt.want)
		}
	}
}
