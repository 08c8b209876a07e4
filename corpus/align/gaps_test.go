package align

import (
	"fmt"
	"math"
	"slices"
	"testing"
)

// poolA and poolB are two accounts of a council vote, for the tests of pairs in wide gaps: their
// first and last sentences pair on their own, and the three sentences between them on each side
// hold one paraphrase (poolA[2], poolB[3]) and sentences only one account tells.
var (
	poolA = []string{
		"Harwick council voted on Tuesday to spend 14.2 million pounds rebuilding the Tollgate swimming baths.",
		"The Victorian building has been closed since inspectors found cracks in its roof.",
		"The baths could reopen in the spring of 2027 if the work runs to plan.",
		"Residents had gathered outside the town hall before the meeting.",
		"The new baths will keep the listed facade of 1896.",
	}
	poolB = []string{
		"Councillors in Harwick on Tuesday approved a £14.2m scheme to rebuild the Tollgate baths.",
		"Campaigners collected more than 6,000 signatures to save the pool.",
		"One councillor abstained.",
		"If all goes well, swimmers could be back in the pool by spring 2027.",
		"The listed facade, built in 1896, will be kept.",
	}
)

// gapScore is the score of sentence i of a and j of b as a pair placed in a gap.
func gapScore(a, b []string, i, j int) float64 {
	sp := newSpace()
	as, _ := sp.sentences(article("a", a), 0, len(a))
	bs, _ := sp.sentences(article("b", b), 1, len(b))
	sp.weigh(as, bs)
	return similarityIn(sp, as[i], bs[j], inGap)
}

// TestWideGap: between two pairs, a gap of more than maxGap free sentences on a side still places
// its best pair, when it scores gapThreshold of the gap's wider side; a story with no pair at all
// places nothing. (A pair under that threshold that stands out: TestClearGap.)
func TestWideGap(t *testing.T) {
	s := gapScore(poolA, poolB, 2, 3)
	if s < gapThreshold(3) || s >= Threshold {
		t.Fatalf("the paraphrase scores %.3f; the test needs it in [gapThreshold(3) %.2f, Threshold)", s, gapThreshold(3))
	}
	c := Compare(article("a", poolA), article("b", poolB))
	checkInvariants(t, c)
	if got, _ := partner(c, "p1s3"); got != "p1s4" {
		t.Errorf("in a gap of three: p1s3 paired with %q, want p1s4\n%s", got, dump(c))
	}
	for _, id := range []string{"p1s2", "p1s4"} {
		if got, _ := partner(c, id); got != "" {
			t.Errorf("in a gap of three: %s, told by A alone, paired with %q\n%s", id, got, dump(c))
		}
	}

	// No pair around them: the two articles' edges place nothing.
	c = Compare(article("a", poolA[1:4]), article("b", poolB[1:4]))
	checkInvariants(t, c)
	if len(c.Pairs) != 0 {
		t.Errorf("no pair around the gap: got %d pairs, want none\n%s", len(c.Pairs), dump(c))
	}
}

// TestClearGap: a gap wider than maxGap, of at most maxClearGap free sentences on a side, places
// its best pair at GapThreshold+clearMargin, under the gap's own threshold, when no other pair of
// its row or column comes within clearMargin of it (see TestStandsOut); a gap wider than
// maxClearGap places nothing.
func TestClearGap(t *testing.T) {
	others := []string{
		"The pool drew 90,000 swimmers a year.",
		"Its changing rooms flooded twice.",
		"A cafe will be added.",
		"Parking will be free for members.",
		"The gym upstairs stays shut.",
		"A new lift will be fitted.",
	}
	// wider returns poolB with k of others before its paraphrase (poolB[3]), and its index.
	wider := func(k int) ([]string, int) {
		return slices.Insert(slices.Clone(poolB), 1, others[:k]...), 3 + k
	}
	for _, k := range []int{2, 3, 4} {
		b, j := wider(k)
		size := 3 + k
		if s := gapScore(poolA, b, 2, j); s < GapThreshold+clearMargin || s >= gapThreshold(maxWideGap) {
			t.Fatalf("gap of %d: the paraphrase scores %.3f; the test needs it in [GapThreshold+clearMargin, gapThreshold(maxWideGap) %.2f)", size, s, gapThreshold(maxWideGap))
		}
		c := Compare(article("a", poolA), article("b", b))
		checkInvariants(t, c)
		want := fmt.Sprintf("p1s%d", j+1)
		if got, _ := partner(c, "p1s3"); got != want {
			t.Errorf("in a clear gap of %d: p1s3 paired with %q, want %s\n%s", size, got, want, dump(c))
		}
		for _, id := range []string{"p1s2", "p1s4"} {
			if got, _ := partner(c, id); got != "" {
				t.Errorf("in a clear gap of %d: %s, told by A alone, paired with %q\n%s", size, id, got, dump(c))
			}
		}
	}

	// A past and a future that stand out are still two things: "used the baths until they
	// closed" is not retold by "will open to schools first" (see tensesClash).
	pastA := slices.Clone(poolA)
	pastA[2] = "Local schools used the baths until they closed, and swimming clubs trained there every evening."
	b, j := wider(3)
	b[j] = "The rebuilt baths will open to schools first."
	if s := gapScore(pastA, b, 2, j); s < GapThreshold+clearMargin {
		t.Fatalf("past and future: score %.3f; the test needs GapThreshold+clearMargin", s)
	}
	c := Compare(article("a", pastA), article("b", b))
	checkInvariants(t, c)
	if got, _ := partner(c, "p1s3"); got != "" {
		t.Errorf("a past and a future in a clear gap: p1s3 paired with %q, want none\n%s", got, dump(c))
	}

	// Past maxClearGap free sentences on a side, position confirms nothing.
	b, j = wider(len(others))
	if 3+len(others) <= maxClearGap {
		t.Fatalf("the test needs a gap wider than maxClearGap (%d)", maxClearGap)
	}
	if s := gapScore(poolA, b, 2, j); s < GapThreshold {
		t.Fatalf("the paraphrase scores %.3f in the widest gap; the test needs GapThreshold", s)
	}
	c = Compare(article("a", poolA), article("b", b))
	checkInvariants(t, c)
	if got, _ := partner(c, "p1s3"); got != "" {
		t.Errorf("in a gap of %d: p1s3 paired with %q, want none\n%s", 3+len(others), got, dump(c))
	}
}

// TestStandsOut: a rival in the best pair's row or column within clearMargin keeps it from
// standing out; a rival elsewhere in the gap does not.
func TestStandsOut(t *testing.T) {
	var score [maxClearGap][maxClearGap]float64
	score[2][3] = 0.22
	score[0][0] = 0.21 // neither its row nor its column
	if !standsOut(&score, 4, 5, 2, 3) {
		t.Errorf("alone in its row and column: does not stand out")
	}
	for _, rival := range [][2]int{{2, 0}, {1, 3}} {
		score := score
		score[rival[0]][rival[1]] = 0.22 - clearMargin/2
		if standsOut(&score, 4, 5, 2, 3) {
			t.Errorf("rival at %v within clearMargin: stands out", rival)
		}
		score[rival[0]][rival[1]] = 0.22 - 2*clearMargin
		if !standsOut(&score, 4, 5, 2, 3) {
			t.Errorf("rival at %v, 2×clearMargin under: does not stand out", rival)
		}
	}
}

// TestGapThreshold: the score a gap asks for grows with its wider side.
func TestGapThreshold(t *testing.T) {
	for size, want := range map[int]float64{0: GapThreshold, 1: GapThreshold, 2: GapThreshold, 3: GapThreshold + wideGapStep, 5: GapThreshold + 3*wideGapStep} {
		if got := gapThreshold(size); math.Abs(got-want) > 1e-9 {
			t.Errorf("gapThreshold(%d) = %v, want %v", size, got, want)
		}
	}
}

// TestWideGapStep: in a gap of three to five free sentences on its wider side, each sentence past
// maxGap asks wideGapStep more of a pair, little enough that a paraphrase with one telling fact
// that the neighbours place still pairs ("The commission said it was reviewing the judgment and
// had 28 days to decide whether to appeal" / "A spokesman for the commission said it would
// consider its options, including an appeal", 0.24 in a gap of four).
func TestWideGapStep(t *testing.T) {
	for _, tt := range []struct{ file, story, a string }{
		{"dev33.txtar", "telco-refund-ruling", "p3s1"},
		{"dev33.txtar", "llanmerrig-flood", "p1s2"},
		{"dev32.txtar", "nuthatch-memory-study", "p2s1"},
	} {
		found := false
		for _, g := range loadGoldList(t, "testdata/gold/"+tt.file) {
			if g.name != tt.story {
				continue
			}
			found = true
			c := Compare(g.a, g.b)
			checkInvariants(t, c)
			if got, _ := partner(c, tt.a); got != g.pairs[tt.a] {
				t.Errorf("%s: %s paired with %q, want %s\n%s", tt.story, tt.a, got, g.pairs[tt.a], dump(c))
			}
		}
		if !found {
			t.Errorf("%s: story %s not found", tt.file, tt.story)
		}
	}
}

// swapA and swapB tell a council vote with one fact in swapped order two sentences from the pair
// that opens A (swapA[0], swapB[2]): swapA[2] and swapB[0], which a place no list knows keeps
// from pairing anywhere but where position places them.
var (
	swapA = []string{
		"Harwick council voted on Tuesday to spend 14.2 million pounds rebuilding the Tollgate swimming baths.",
		"The Victorian building has been closed since inspectors found cracks in its roof.",
		"The builder, Fenwick Homes, wants to put 4,000 homes on green belt land in Kent.",
		"The new baths will keep the listed facade of 1896.",
	}
	swapB = []string{
		"Fenwick Homes has been pressing for 4,000 houses on protected green belt near Maidstone.",
		"Campaigners collected more than 6,000 signatures to save the pool.",
		"Councillors in Harwick on Tuesday approved a £14.2m scheme to rebuild the Tollgate baths.",
		"The listed facade, built in 1896, will be kept.",
	}
)

// TestNearSwap: two free sentences told in swapped order around a pair, up to maxSwapReach
// sentences from it, pair when they score SwapThreshold as in a gap; farther away they do not.
func TestNearSwap(t *testing.T) {
	sp := newSpace()
	as, _ := sp.sentences(article("a", swapA), 0, len(swapA))
	bs, _ := sp.sentences(article("b", swapB), 1, len(swapB))
	sp.weigh(as, bs)
	if s := similarity(sp, as[2], bs[0]); s != 0 {
		t.Fatalf("the swapped pair scores %.3f anywhere; the test needs 0", s)
	}
	if s := similarityIn(sp, as[2], bs[0], inGap); s < SwapThreshold {
		t.Fatalf("the swapped pair scores %.3f in a gap; the test needs SwapThreshold %.2f", s, SwapThreshold)
	}
	c := Compare(article("a", swapA), article("b", swapB))
	checkInvariants(t, c)
	got, p := partner(c, "p1s3")
	if got != "p1s1" {
		t.Fatalf("two from the pair: p1s3 paired with %q, want p1s1\n%s", got, dump(c))
	}
	if !p.Crossing {
		t.Errorf("two from the pair: pair %+v does not cross", *p)
	}
	if got, _ := partner(c, "p1s2"); got != "" {
		t.Errorf("p1s2, told by A alone, paired with %q\n%s", got, dump(c))
	}

	// Four sentences of A from the pair: too far for position to place them.
	far := slices.Insert(slices.Clone(swapA), 1, "Swimming lessons moved to a school pool.", "The town's lido shut in 1994.")
	c = Compare(article("a", far), article("b", swapB))
	checkInvariants(t, c)
	if got, _ := partner(c, "p1s5"); got != "" {
		t.Errorf("four from the pair: p1s5 paired with %q, want none\n%s", got, dump(c))
	}
}

// TestResultInGap: in a gap between pairs, a result each side tells once ("14 votes to 6",
// "14-6") pairs two sentences however few words they share besides it, as two precise numbers
// do; anywhere else it does not (one council splits alike on two motions), nor does a result one
// side tells twice.
func TestResultInGap(t *testing.T) {
	a := []string{"The council backed the motion 14 votes to 6.", "Protesters gathered outside the town hall.", "The depot has been empty since 2019."}
	b := []string{"In the end the vote was 14-6.", "The mayor abstained.", "A developer has already shown interest."}
	if s := gapScore(a, b, 0, 0); s < Threshold {
		t.Errorf("a result each side tells once, in a gap: score %.3f, want Threshold %.2f or more", s, Threshold)
	}
	twice := append([]string{}, b...)
	twice[2] = "The 14-6 result surprised the opposition."
	if s := gapScore(a, twice, 0, 0); s >= Threshold {
		t.Errorf("a result B tells twice: score %.3f, want under Threshold %.2f", s, Threshold)
	}
	// Two motions, one split.
	budget := []string{"Councillors approved the Harwick budget by 14 votes to 6 after a long debate on parking charges and library hours.", "Protesters gathered outside.", "The vote ended at midnight."}
	library := []string{"A separate motion to close the Harwick library on Sundays was defeated 14-6, with the mayor abstaining.", "Campaigners cheered.", "The library opened in 1904."}
	if s := firstScore(budget, library); s >= Threshold {
		t.Errorf("two motions split alike, anywhere: score %.3f, want under Threshold %.2f", s, Threshold)
	}
}

// TestSmallResultAloneInGap: a scoreline of single digits shared by two reports of different
// matches is no fact, even in a gap.
func TestSmallResultAloneInGap(t *testing.T) {
	a := article("a", []string{"Heavy rain forced the postponement of six league matches on Saturday.", "Kelby won 1-0 at home.", "Rovers manager Dan Pike was sacked on Sunday after a run of nine defeats."})
	b := article("b", []string{"Six league fixtures were called off on Saturday because of heavy rain.", "Castlebury were beaten 1-0 by Marston.", "Dan Pike was dismissed as Rovers manager on Sunday following nine straight defeats."})
	c := Compare(a, b)
	checkInvariants(t, c)
	if got, _ := partner(c, "p1s2"); got != "" {
		t.Errorf("p1s2 paired with %s\n%s", got, dump(c))
	}
}
