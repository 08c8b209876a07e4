package encoder

// apply writes x·W + b into dst for rows rows of x (each l.in wide; dst rows are l.out wide).
//
// The kernel computes two rows by four outputs at a time, eight sums kept in registers, each a
// dot product over contiguous memory (a row of x and a row of the transposed kernel).
func (l *linear) apply(dst, x []float32, rows int) {
	in, out := l.in, l.out
	r := 0
	for ; r+2 <= rows; r += 2 {
		x0 := x[r*in : (r+1)*in]
		x1 := x[(r+1)*in : (r+2)*in]
		d0 := dst[r*out : (r+1)*out]
		d1 := dst[(r+1)*out : (r+2)*out]
		o := 0
		for ; o+4 <= out; o += 4 {
			w0 := l.wt[o*in : (o+1)*in]
			w1 := l.wt[(o+1)*in : (o+2)*in]
			w2 := l.wt[(o+2)*in : (o+3)*in]
			w3 := l.wt[(o+3)*in : (o+4)*in]
			x1 := x1[:len(x0)]
			w0 = w0[:len(x0)]
			w1 = w1[:len(x0)]
			w2 = w2[:len(x0)]
			w3 = w3[:len(x0)]
			var s00, s01, s02, s03, s10, s11, s12, s13 float32
			for k, a := range x0 {
				b := x1[k]
				v0, v1, v2, v3 := w0[k], w1[k], w2[k], w3[k]
				s00 += a * v0
				s01 += a * v1
				s02 += a * v2
				s03 += a * v3
				s10 += b * v0
				s11 += b * v1
				s12 += b * v2
				s13 += b * v3
			}
			d0[o] = s00 + l.b[o]
			d0[o+1] = s01 + l.b[o+1]
			d0[o+2] = s02 + l.b[o+2]
			d0[o+3] = s03 + l.b[o+3]
			d1[o] = s10 + l.b[o]
			d1[o+1] = s11 + l.b[o+1]
			d1[o+2] = s12 + l.b[o+2]
			d1[o+3] = s13 + l.b[o+3]
		}
		for ; o < out; o++ {
			d0[o] = dot(x0, l.wt[o*in:(o+1)*in]) + l.b[o]
			d1[o] = dot(x1, l.wt[o*in:(o+1)*in]) + l.b[o]
		}
	}
	for ; r < rows; r++ {
		x0 := x[r*in : (r+1)*in]
		d0 := dst[r*out : (r+1)*out]
		for o := 0; o < out; o++ {
			d0[o] = dot(x0, l.wt[o*in:(o+1)*in]) + l.b[o]
		}
	}
}

// dot returns the dot product of a and b (len(a) ≤ len(b)), in four interleaved sums.
func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	k := 0
	for ; k+4 <= len(a); k += 4 {
		s0 += a[k] * b[k]
		s1 += a[k+1] * b[k+1]
		s2 += a[k+2] * b[k+2]
		s3 += a[k+3] * b[k+3]
	}
	for ; k < len(a); k++ {
		s0 += a[k] * b[k]
	}
	return (s0 + s1) + (s2 + s3)
}
