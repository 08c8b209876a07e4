package nonzero_test

import (
	"strings"
	"testing"

	"parallax/corpus/index/nonzero"
)

type inner struct {
	N    int8
	U    uint8
	F    float64
	Ptr  *string
	hide int
}

type outer struct {
	S     string
	B     bool
	I     int
	List  []inner
	Arr   [2]int
	Inner inner
}

func TestFillLeavesNoZero(t *testing.T) {
	var v outer
	if err := nonzero.Fill(&v); err != nil {
		t.Fatal(err)
	}
	if z := nonzero.Zeros(v); len(z) > 0 {
		t.Errorf("zero fields after Fill: %v", z)
	}
	if v.List[0].hide != 0 {
		t.Error("Fill set an unexported field")
	}
	if v.S == *v.Inner.Ptr || v.I == v.Arr[0] {
		t.Error("Fill gave two fields the same value; a swap would not show")
	}
}

func TestZerosNamesFields(t *testing.T) {
	var v outer
	if err := nonzero.Fill(&v); err != nil {
		t.Fatal(err)
	}
	v.List[1].U = 0
	v.Inner.Ptr = nil
	want := "nonzero_test.outer.List[1].U nonzero_test.outer.Inner.Ptr"
	if got := strings.Join(nonzero.Zeros(v), " "); got != want {
		t.Errorf("Zeros = %s, want %s", got, want)
	}
}

func TestFillErrors(t *testing.T) {
	type withMap struct{ M map[string]int }
	var m withMap
	if err := nonzero.Fill(&m); err == nil || !strings.Contains(err.Error(), "withMap.M is a map") {
		t.Errorf("a map field: %v", err)
	}
	if err := nonzero.Fill(m); err == nil {
		t.Error("a non-pointer: no error")
	}
}
