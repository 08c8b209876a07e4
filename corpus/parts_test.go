package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// article builds an article whose paragraphs hold sentences of the given lengths in bytes.
func partsArticle(paras ...[]int) *Article {
	a := &Article{ID: "x"}
	for i, lens := range paras {
		p := Paragraph{}
		for j, n := range lens {
			p.Sentences = append(p.Sentences, Sentence{ID: fmt.Sprintf("p%ds%d", i+1, j+1), Text: strings.Repeat("a", n)})
		}
		a.Paragraphs = append(a.Paragraphs, p)
	}
	return a
}

func TestParts(t *testing.T) {
	for _, tc := range []struct {
		name          string
		paras         [][]int
		maxS, maxC    int
		want          []int
		wantPartOfEnd int
	}{
		{"empty", nil, 3, 100, []int{0}, 0},
		{"one part", [][]int{{10, 10}, {10}}, 3, 100, []int{0}, 0},
		{"paragraphs kept whole", [][]int{{10, 10}, {10, 10}, {10}}, 3, 100, []int{0, 2}, 1},
		{"a paragraph that does not fit starts a part", [][]int{{10, 10}, {10, 10}, {10, 10}}, 3, 100, []int{0, 2, 4}, 2},
		{"by bytes", [][]int{{40}, {40}, {40}}, 10, 100, []int{0, 2}, 1},
		{"a paragraph over the sentence limit is cut", [][]int{{1}, {1, 1, 1, 1, 1, 1, 1}, {1}}, 3, 100, []int{0, 1, 4, 7}, 3},
		{"a paragraph over the byte limit is cut", [][]int{{60, 60, 60}}, 10, 100, []int{0, 1, 2}, 2},
		{"a sentence over the byte limit stands alone", [][]int{{10, 500, 10}}, 10, 100, []int{0, 1, 2}, 2},
		{"limits below one", [][]int{{1, 1}}, 0, -5, []int{0, 1}, 1},
		{"an empty paragraph", [][]int{{1}, {}, {1}}, 1, 100, []int{0, 1}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := partsArticle(tc.paras...)
			got := a.Parts(tc.maxS, tc.maxC)
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("Parts(%d, %d) (-want +got):\n%s", tc.maxS, tc.maxC, d)
			}
			total := 0
			for _, p := range tc.paras {
				total += len(p)
			}
			if k := PartOf(got, total-1); total > 0 && k != tc.wantPartOfEnd {
				t.Errorf("the last sentence is in part %d, want %d", k, tc.wantPartOfEnd)
			}
		})
	}
}

// TestPartsProperties checks random articles: the parts cover every sentence once in order,
// keep their limits unless a single sentence is over, and end at a paragraph's end unless the
// paragraph alone is over a limit.
func TestPartsProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		var paras [][]int
		for range rng.IntN(40) {
			var lens []int
			for range rng.IntN(12) {
				lens = append(lens, 1+rng.IntN(300))
			}
			paras = append(paras, lens)
		}
		a := partsArticle(paras...)
		maxS, maxC := 1+rng.IntN(30), 1+rng.IntN(3000)
		starts := a.Parts(maxS, maxC)

		var lens []int
		var paraEnd, paraOver []bool // by sentence number: ends its paragraph; its paragraph is over a limit
		for _, p := range paras {
			size := 0
			for _, n := range p {
				size += n
			}
			for j, n := range p {
				lens = append(lens, n)
				paraEnd = append(paraEnd, j == len(p)-1)
				paraOver = append(paraOver, len(p) > maxS || size > maxC)
			}
		}
		if starts[0] != 0 {
			t.Fatalf("first part starts at %d", starts[0])
		}
		for k, s := range starts {
			end := len(lens)
			if k+1 < len(starts) {
				end = starts[k+1]
			}
			if end <= s && len(lens) > 0 {
				t.Fatalf("part %d is empty or out of order: %v", k, starts)
			}
			chars := 0
			for _, n := range lens[s:end] {
				chars += n
			}
			if end-s > maxS || chars > maxC && end-s > 1 {
				t.Errorf("part %d holds %d sentences, %d bytes; limits %d, %d", k, end-s, chars, maxS, maxC)
			}
			if end < len(lens) && !paraEnd[end-1] && !paraOver[end-1] {
				t.Errorf("part %d ends inside a paragraph within the limits (sentence %d); %v", k, end-1, starts)
			}
			for i := s; i < end; i++ {
				if PartOf(starts, i) != k {
					t.Fatalf("PartOf(%d) = %d, want %d", i, PartOf(starts, i), k)
				}
			}
		}
	}
}

func TestSentenceNumber(t *testing.T) {
	a := partsArticle([]int{1, 1}, []int{1})
	for id, want := range map[string]int{"p1s1": 0, "p1s2": 1, "p2s1": 2} {
		if n, ok := a.SentenceNumber(id); !ok || n != want {
			t.Errorf("SentenceNumber(%s) = %d, %v; want %d", id, n, ok, want)
		}
	}
	if _, ok := a.SentenceNumber("p9s9"); ok {
		t.Error("an unknown sentence has a number")
	}
}
