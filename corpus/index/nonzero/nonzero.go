// Package nonzero fills every exported field of a value with non-zero values, for round-trip
// tests of encoders: a field added to a type later, which the encoder does not carry, then comes
// back zero and the test names it. Tests import it; the app does not.
package nonzero

import (
	"fmt"
	"reflect"
	"strconv"
)

// Fill sets every exported field reachable from ptr, a non-nil pointer, to a non-zero value:
// strings and signed integers distinct from each other ("v7", 7), so that two fields swapped by
// an encoder show; unsigned integers 1, the smallest value every enum of the corpus allows;
// bools true; slices two filled elements; pointers a filled value. Unexported fields are left
// alone. A field of a kind it cannot fill (a map, an interface, a func, a chan) is an error
// naming the field, so a test fails until the helper learns it rather than skipping it.
func Fill(ptr any) error {
	v := reflect.ValueOf(ptr)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return fmt.Errorf("nonzero.Fill: want a non-nil pointer, got %T", ptr)
	}
	f := &filler{}
	return f.fill(v.Elem(), v.Elem().Type().String())
}

type filler struct{ n int }

func (f *filler) next() int {
	f.n++
	return f.n
}

func (f *filler) fill(v reflect.Value, path string) error {
	switch v.Kind() {
	case reflect.String:
		v.SetString("v" + strconv.Itoa(f.next()))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n := int64(f.next())
		if v.Kind() == reflect.Int8 {
			// Past 127 an int8 would wrap to zero or below; stay positive.
			n = 1 + (n-1)%127
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		v.SetUint(1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(f.next()) + 0.5)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		return f.fill(v.Elem(), path)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		fallthrough
	case reflect.Array:
		for i := range v.Len() {
			if err := f.fill(v.Index(i), path+"["+strconv.Itoa(i)+"]"); err != nil {
				return err
			}
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			if !t.Field(i).IsExported() {
				continue
			}
			if err := f.fill(v.Field(i), path+"."+t.Field(i).Name); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("nonzero.Fill: %s is a %s, which it cannot fill: teach it", path, v.Kind())
	}
	return nil
}

// Zeros returns the paths ("corpus.Article.Provenance.Title.Basis") of the exported fields
// reachable from v that hold their zero value, in field order; a zero-length slice or a nil
// pointer counts as one zero field. It checks what Fill made.
func Zeros(v any) []string {
	var out []string
	rv := reflect.ValueOf(v)
	zeros(rv, rv.Type().String(), &out)
	return out
}

func zeros(v reflect.Value, path string, out *[]string) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			*out = append(*out, path)
			return
		}
		zeros(v.Elem(), path, out)
	case reflect.Slice, reflect.Array:
		if v.Len() == 0 {
			*out = append(*out, path)
		}
		for i := range v.Len() {
			zeros(v.Index(i), path+"["+strconv.Itoa(i)+"]", out)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			if t.Field(i).IsExported() {
				zeros(v.Field(i), path+"."+t.Field(i).Name, out)
			}
		}
	default:
		if v.IsZero() {
			*out = append(*out, path)
		}
	}
}
