package encoder

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
)

// The files of the package's dist folder that Load reads.
const (
	modelFile = "model.json"
	vocabFile = "vocab.json"
)

// tensor is one weight of the manifest: float32 or int32 values (ints are kept as int32 bits
// converted, in i) and its shape.
type tensor struct {
	shape []int
	f     []float32
	i     []int32
}

// modelJSON is the part of model.json Load reads: the graph's input names (checked) and the
// weights manifest.
type modelJSON struct {
	ModelTopology struct {
		Node []struct {
			Name string `json:"name"`
			Op   string `json:"op"`
		} `json:"node"`
	} `json:"modelTopology"`
	WeightsManifest []struct {
		Paths   []string `json:"paths"`
		Weights []struct {
			Name         string          `json:"name"`
			Shape        []int           `json:"shape"`
			Dtype        string          `json:"dtype"`
			Quantization json.RawMessage `json:"quantization"`
		} `json:"weights"`
	} `json:"weightsManifest"`
}

// readWeights reads model.json and the shards it names, writing their bytes to h, and returns the
// weights by name.
func readWeights(dir string, h io.Writer) (map[string]tensor, error) {
	path := filepath.Join(dir, modelFile)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	h.Write(data)
	var m modelJSON
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	inputs := 0
	for _, n := range m.ModelTopology.Node {
		if n.Op == "Placeholder" && (n.Name == "indices" || n.Name == "values") {
			inputs++
		}
	}
	if inputs != 2 {
		return nil, fmt.Errorf("%s: the graph has no placeholders indices and values: not Universal Sentence Encoder Lite", path)
	}
	if len(m.WeightsManifest) == 0 {
		return nil, fmt.Errorf("%s: no weightsManifest", path)
	}
	weights := map[string]tensor{}
	for _, group := range m.WeightsManifest {
		var buf []byte
		for _, p := range group.Paths {
			if p == "" || strings.Contains(p, "..") || filepath.IsAbs(p) {
				return nil, fmt.Errorf("%s: shard path %q is not a file of the folder", path, p)
			}
			b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
			if err != nil {
				return nil, err
			}
			h.Write(b)
			buf = append(buf, b...)
		}
		shards := strings.Join(group.Paths, ", ")
		off := 0
		for _, w := range group.Weights {
			if len(w.Quantization) > 0 && string(w.Quantization) != "null" {
				return nil, fmt.Errorf("%s: weight %s is quantized, which this package does not read", path, w.Name)
			}
			n := 1
			for _, d := range w.Shape {
				if d < 0 || (d > 0 && n > math.MaxInt32/d) {
					return nil, fmt.Errorf("%s: weight %s has shape %v", path, w.Name, w.Shape)
				}
				n *= d
			}
			if w.Dtype != "float32" && w.Dtype != "int32" {
				return nil, fmt.Errorf("%s: weight %s has dtype %q (float32 or int32 expected)", path, w.Name, w.Dtype)
			}
			if off+4*n > len(buf) {
				return nil, fmt.Errorf("%s: the shards (%s) hold %d bytes, too few for weight %s", path, shards, len(buf), w.Name)
			}
			t := tensor{shape: w.Shape}
			raw := buf[off : off+4*n]
			if w.Dtype == "float32" {
				t.f = make([]float32, n)
				for k := range t.f {
					t.f[k] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*k:]))
				}
			} else {
				t.i = make([]int32, n)
				for k := range t.i {
					t.i[k] = int32(binary.LittleEndian.Uint32(raw[4*k:]))
				}
			}
			weights[w.Name] = t
			off += 4 * n
		}
		if off != len(buf) {
			return nil, fmt.Errorf("%s: the shards (%s) hold %d bytes, the manifest %d", path, shards, len(buf), off)
		}
	}
	return weights, nil
}

// readVocab reads vocab.json, writing its bytes to h: [[piece, score], ...], a score being a number or null.
func readVocab(dir string, h io.Writer) ([]vocabEntry, error) {
	path := filepath.Join(dir, vocabFile)
	data, err := os.ReadFile(path)
	if err == nil {
		h.Write(data)
	}
	if err != nil {
		return nil, err
	}
	var raw [][]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(raw) <= reservedPieces {
		return nil, fmt.Errorf("%s: holds %d pieces, too few", path, len(raw))
	}
	vocab := make([]vocabEntry, len(raw))
	for i, e := range raw {
		if len(e) != 2 {
			return nil, fmt.Errorf("%s: entry %d has %d fields, not [piece, score]", path, i, len(e))
		}
		if err := json.Unmarshal(e[0], &vocab[i].piece); err != nil {
			return nil, fmt.Errorf("%s: entry %d: piece: %w", path, i, err)
		}
		var score *float64
		if err := json.Unmarshal(e[1], &score); err != nil {
			return nil, fmt.Errorf("%s: entry %d: score: %w", path, i, err)
		}
		if score != nil {
			vocab[i].score = *score
		}
	}
	return vocab, nil
}

// weightSet hands out the weights a Model needs, each checked for its shape; the first missing
// or misshapen one is kept in err.
type weightSet struct {
	m    map[string]tensor
	path string
	err  error
}

func (ws *weightSet) fail(format string, a ...any) {
	if ws.err == nil {
		ws.err = fmt.Errorf("%s: "+format, append([]any{ws.path}, a...)...)
	}
}

// floats returns the float32 weight name, whose shape must be shape.
func (ws *weightSet) floats(name string, shape ...int) []float32 {
	t, ok := ws.m[name]
	if !ok {
		ws.fail("no weight %s", name)
		return make([]float32, product(shape))
	}
	if t.f == nil || !equalShape(t.shape, shape) {
		ws.fail("weight %s: shape %v, float32 %v expected", name, t.shape, shape)
		return make([]float32, product(shape))
	}
	return t.f
}

// scalar returns a float32 scalar weight.
func (ws *weightSet) scalar(name string) float32 {
	return ws.floats(name)[0]
}

// integer returns an int32 scalar weight.
func (ws *weightSet) integer(name string) int {
	t, ok := ws.m[name]
	if !ok || t.i == nil || len(t.shape) != 0 {
		ws.fail("no int32 scalar %s", name)
		return 0
	}
	return int(t.i[0])
}

func product(shape []int) int {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return n
}

func equalShape(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

var errShape = errors.New("unexpected model dimensions")
