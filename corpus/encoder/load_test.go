package encoder

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFiles writes name → content into a new folder and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestLoadErrors checks that a missing or corrupt file is an error naming the file, not a panic.
// None of these folders holds a real model.
func TestLoadErrors(t *testing.T) {
	const vocab = `[["\ufffd",0],["<s>",0],["</s>",0],["e1",0],["e2",0],["e3",0],["\u2581a",-1]]`
	const graph = `{"modelTopology":{"node":[{"name":"indices","op":"Placeholder"},{"name":"values","op":"Placeholder"}]},`
	for _, c := range []struct {
		name  string
		files map[string]string
		want  string // in the error
	}{
		{"empty folder", map[string]string{}, "vocab.json"},
		{"vocab not JSON", map[string]string{"vocab.json": "[[", "model.json": "{}"}, "vocab.json"},
		{"vocab of the wrong shape", map[string]string{"vocab.json": `[["a",1,2],["b",0],["c",0],["d",0],["e",0],["f",0],["g",0]]`}, "vocab.json: entry 0"},
		{"vocab too short", map[string]string{"vocab.json": `[["a",0]]`}, "vocab.json: holds 1 pieces"},
		{"no model.json", map[string]string{"vocab.json": vocab}, "model.json"},
		{"model.json not JSON", map[string]string{"vocab.json": vocab, "model.json": "{"}, "model.json"},
		{"another graph", map[string]string{"vocab.json": vocab, "model.json": `{"modelTopology":{"node":[]},"weightsManifest":[]}`}, "placeholders"},
		{"missing shard", map[string]string{"vocab.json": vocab,
			"model.json": graph + `"weightsManifest":[{"paths":["shard1"],"weights":[{"name":"w","shape":[2],"dtype":"float32"}]}]}`}, "shard1"},
		{"short shard", map[string]string{"vocab.json": vocab, "shard1": "1234",
			"model.json": graph + `"weightsManifest":[{"paths":["shard1"],"weights":[{"name":"w","shape":[2],"dtype":"float32"}]}]}`}, "too few for weight w"},
		{"long shard", map[string]string{"vocab.json": vocab, "shard1": "123456789",
			"model.json": graph + `"weightsManifest":[{"paths":["shard1"],"weights":[{"name":"w","shape":[2],"dtype":"float32"}]}]}`}, "hold 9 bytes, the manifest 8"},
		{"shard outside the folder", map[string]string{"vocab.json": vocab,
			"model.json": graph + `"weightsManifest":[{"paths":["../shard1"],"weights":[]}]}`}, "not a file of the folder"},
		{"odd dtype", map[string]string{"vocab.json": vocab, "shard1": "12345678",
			"model.json": graph + `"weightsManifest":[{"paths":["shard1"],"weights":[{"name":"w","shape":[2],"dtype":"float16"}]}]}`}, "dtype"},
		{"huge shape", map[string]string{"vocab.json": vocab, "shard1": "12345678",
			"model.json": graph + `"weightsManifest":[{"paths":["shard1"],"weights":[{"name":"w","shape":[65536,65536,65536],"dtype":"float32"}]}]}`}, "shape"},
		{"weights missing", map[string]string{"vocab.json": vocab, "shard1": "12345678",
			"model.json": graph + `"weightsManifest":[{"paths":["shard1"],"weights":[{"name":"w","shape":[2],"dtype":"float32"}]}]}`}, "no weight module/Embeddings_en"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := writeFiles(t, c.files)
			m, err := Load(dir)
			if err == nil || m != nil {
				t.Fatalf("Load = %v, %v; want an error", m, err)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("Load: %v; want an error mentioning %q", err, c.want)
			}
		})
	}
}
