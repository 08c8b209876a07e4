package index_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parallax/corpus/index"
)

// TestDecoderSteps decodes in the smallest steps the browser could take: the result is Decode's,
// progress never goes back and reaches 1, and every step does bounded work.
func TestDecoderSteps(t *testing.T) {
	for _, name := range []string{"fixture", "hand-built"} {
		t.Run(name, func(t *testing.T) {
			data := index.FixtureIndex(t)
			if name == "hand-built" {
				data = encoded(t, handBuilt())
			}
			want, err := index.Decode(data)
			if err != nil {
				t.Fatal(err)
			}
			x, err := index.NewDecoder(data)
			if err != nil {
				t.Fatal(err)
			}
			steps, last := 0, -1.0
			for {
				if x.Articles() != nil {
					t.Fatal("articles before the last step")
				}
				done, err := x.Step(1)
				if err != nil {
					t.Fatal(err)
				}
				if p := x.Progress(); p < last || p > 1 {
					t.Fatalf("progress %v after %v", p, last)
				} else {
					last = p
				}
				steps++
				if done {
					break
				}
			}
			if last != 1 {
				t.Errorf("progress %v at the end, want 1", last)
			}
			if steps < len(want) {
				t.Errorf("%d steps of one unit for %d articles", steps, len(want))
			}
			if diff := cmp.Diff(want, x.Articles()); diff != "" {
				t.Errorf("stepped decoding (-Decode +Step):\n%s", diff)
			}
		})
	}
}

// TestDecoderDamage checks that damage found in a late step is reported by that step and every
// later one, and that no articles come out.
func TestDecoderDamage(t *testing.T) {
	data := encoded(t, handBuilt())
	data[len(data)-1] ^= 0x55
	x, err := index.NewDecoder(data)
	if err != nil {
		t.Fatal(err)
	}
	var stepErr error
	for i := 0; i < 1000 && stepErr == nil; i++ {
		var done bool
		done, stepErr = x.Step(1)
		if done {
			t.Fatal("a damaged index decoded")
		}
	}
	if !errors.Is(stepErr, index.ErrFormat) {
		t.Fatalf("error %v, want ErrFormat", stepErr)
	}
	if _, again := x.Step(1); again != stepErr {
		t.Errorf("second call: %v, want the same error", again)
	}
	if x.Articles() != nil {
		t.Error("articles from a damaged index")
	}
}

// TestSections checks that derived data round-trips beside the articles, in steps too, and that
// two sections may not share a name.
func TestSections(t *testing.T) {
	arts := handBuilt()
	secs := []index.Section{{Name: "timeline", Data: []byte("events")}, {Name: "empty", Data: []byte{}}, {Name: "", Data: []byte{0, 1, 2}}}
	var buf bytes.Buffer
	if err := index.Encode(&buf, arts, secs...); err != nil {
		t.Fatal(err)
	}
	x, err := index.NewDecoder(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if x.Section("timeline") != nil {
		t.Error("a section before decoding")
	}
	for done := false; !done; {
		if done, err = x.Step(1); err != nil {
			t.Fatal(err)
		}
	}
	for _, s := range secs {
		if got := x.Section(s.Name); string(got) != string(s.Data) || got == nil {
			t.Errorf("section %q: %q, want %q", s.Name, got, s.Data)
		}
	}
	if x.Section("search") != nil {
		t.Error("a section that was not written")
	}
	if diff := cmp.Diff(arts, x.Articles()); diff != "" {
		t.Errorf("articles beside sections (-want +got):\n%s", diff)
	}
	if err := index.Encode(&buf, arts, secs[0], secs[0]); err == nil {
		t.Error("two sections with one name: no error")
	}
}
