// Package order sorts slices the way package slices does, through package sort's one
// non-generic implementation, so that app.wasm holds one sort and not one per element type.
//
// slices.SortFunc and slices.SortStableFunc compile to a pattern-defeating quicksort (or an
// insertion sort and symmerge) instantiated for every shape of element: 9 to 12 functions, 16 to
// 24 KB of wasm code for each struct type sorted (bench/wasmsize shows them). The functions here
// wrap the slice in a sort.Interface instead; what is instantiated per type is three one-line
// methods.
//
// The results are the same as slices'. sort.Sort runs the same pdqsort as slices.SortFunc (both
// are generated from sort/gen_sort_variants.go): the same comparisons on the same indices, hence
// the same order of elements that compare equal. SortStableFunc keeps equal elements in their
// original order, as slices.SortStableFunc does, which fixes its result. The price is an
// interface call per comparison and per swap: use slices directly where a profile says so.
package order

import "sort"

// SortFunc sorts s in ascending order as determined by cmp, exactly as slices.SortFunc(s, cmp)
// does, including the order of elements cmp calls equal. cmp must be a strict weak ordering.
func SortFunc[S ~[]E, E any](s S, cmp func(a, b E) int) {
	sort.Sort(byFunc[E]{s, cmp})
}

// SortStableFunc sorts s as determined by cmp, keeping equal elements in their original order,
// as slices.SortStableFunc does.
func SortStableFunc[S ~[]E, E any](s S, cmp func(a, b E) int) {
	sort.Stable(byFunc[E]{s, cmp})
}

// Sort sorts a slice of integers or strings in ascending order, as slices.Sort does: values that
// compare equal are identical, so every correct sort has the same result. (Floats are left out:
// slices.Sort orders NaNs first and tells -0 from +0 by where they were.)
func Sort[S ~[]E, E integer | ~string](s S) {
	sort.Sort(ordered[E](s))
}

type integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

type byFunc[E any] struct {
	s   []E
	cmp func(a, b E) int
}

func (b byFunc[E]) Len() int           { return len(b.s) }
func (b byFunc[E]) Less(i, j int) bool { return b.cmp(b.s[i], b.s[j]) < 0 }
func (b byFunc[E]) Swap(i, j int)      { b.s[i], b.s[j] = b.s[j], b.s[i] }

type ordered[E integer | ~string] []E

func (o ordered[E]) Len() int           { return len(o) }
func (o ordered[E]) Less(i, j int) bool { return o[i] < o[j] }
func (o ordered[E]) Swap(i, j int)      { o[i], o[j] = o[j], o[i] }
