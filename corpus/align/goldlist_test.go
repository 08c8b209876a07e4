package align

import (
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"parallax/corpus"
)

// goldStory is one story of the written gold list: two accounts and the pairs a reader aligns.
type goldStory struct {
	name string
	a, b *corpus.Article
	// pairs maps a sentence ID of A to its gold partner in B.
	pairs map[string]string
}

// loadGoldList reads a half of the written gold list (testdata/gold/*.txtar): files "name/a" and
// "name/b", one sentence a line, paragraphs split by blank lines, "[n] " marking gold pair n.
func loadGoldList(t *testing.T, file string) []goldStory {
	t.Helper()
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	type side struct {
		art  *corpus.Article
		mark map[int]string // pair number → sentence ID
	}
	sides := map[string]*[2]side{}
	var order []string
	for _, f := range ar.Files {
		name, which := path.Dir(f.Name), path.Base(f.Name)
		if which != "a" && which != "b" {
			t.Fatalf("%s: file %s: want name/a or name/b", file, f.Name)
		}
		if sides[name] == nil {
			sides[name] = &[2]side{}
			order = append(order, name)
		}
		var paras [][]string
		marks := map[int][2]int{} // pair → paragraph, sentence
		para := []string{}
		for i, line := range strings.Split(string(f.Data), "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				if len(para) > 0 {
					paras = append(paras, para)
					para = []string{}
				}
				continue
			}
			if strings.HasPrefix(line, "[") {
				end := strings.Index(line, "] ")
				n, err := strconv.Atoi(line[1:max(end, 1)])
				if end < 0 || err != nil {
					t.Fatalf("%s: %s:%d: bad pair mark in %q", file, f.Name, i+1, line)
				}
				if _, dup := marks[n]; dup {
					t.Fatalf("%s: %s:%d: pair %d marked twice", file, f.Name, i+1, n)
				}
				marks[n] = [2]int{len(paras), len(para)}
				line = line[end+2:]
			}
			para = append(para, line)
		}
		if len(para) > 0 {
			paras = append(paras, para)
		}
		s := side{art: article(name+"-"+which, paras...), mark: map[int]string{}}
		for n, at := range marks {
			s.mark[n] = fmt.Sprintf("p%ds%d", at[0]+1, at[1]+1)
		}
		k := 0
		if which == "b" {
			k = 1
		}
		sides[name][k] = s
	}
	var out []goldStory
	for _, name := range order {
		s := sides[name]
		if s[0].art == nil || s[1].art == nil {
			t.Fatalf("%s: story %s lacks a side", file, name)
		}
		g := goldStory{name: name, a: s[0].art, b: s[1].art, pairs: map[string]string{}}
		for n, idA := range s[0].mark {
			idB, ok := s[1].mark[n]
			if !ok {
				t.Fatalf("%s: story %s: pair %d marked in A only", file, name, n)
			}
			g.pairs[idA] = idB
		}
		for n := range s[1].mark {
			if _, ok := s[0].mark[n]; !ok {
				t.Fatalf("%s: story %s: pair %d marked in B only", file, name, n)
			}
		}
		out = append(out, g)
	}
	return out
}

// scoreGold compares each story and counts aligned pairs against the gold pairs. With detail (and
// -v) it logs each missed and extra pair; the blind test half logs its aggregate only, so that
// its sentences are never read while tuning.
func scoreGold(t *testing.T, stories []goldStory, detail bool) (precision, recall float64) {
	t.Helper()
	var found, gold, correct int
	for _, g := range stories {
		c := Compare(g.a, g.b)
		checkInvariants(t, c)
		gold += len(g.pairs)
		for _, p := range c.Pairs {
			found++
			if g.pairs[p.A] == p.B {
				correct++
			} else if detail && testing.Verbose() {
				t.Logf("%s: extra pair %s %q / %s %q (%.2f)", g.name, p.A, g.a.Sentence(p.A).Text, p.B, g.b.Sentence(p.B).Text, p.Score)
			}
		}
		if detail && testing.Verbose() {
			for a, b := range g.pairs {
				if got, _ := partner(c, a); got != b {
					t.Logf("%s: missed pair %s %q / %s %q", g.name, a, g.a.Sentence(a).Text, b, g.b.Sentence(b).Text)
				}
			}
		}
	}
	precision, recall = 1, 1
	if found > 0 {
		precision = float64(correct) / float64(found)
	}
	if gold > 0 {
		recall = float64(correct) / float64(gold)
	}
	t.Logf("%d stories, %d gold pairs, %d aligned, %d correct: precision %.3f, recall %.3f",
		len(stories), gold, found, correct, precision, recall)
	return precision, recall
}

// TestGoldListDev reports precision and recall on the development halves, on which the rules are
// tuned, and holds them above a floor a little under the measured level, so that a regression
// shows: dev.txtar (16 stories, 58 gold pairs, the first test half among them); dev2.txtar (17
// stories, 67 gold pairs of paraphrases and hard negatives, written for branch align4); and
// dev3.txtar to dev12.txtar scored together (73 stories, 293 gold pairs), each written before
// the rules were tuned on it, so that each first run measured the rules on unseen text (see
// BENCHMARKS.md, "align4"); and dev13.txtar to dev21.txtar scored together (45 stories, 186 gold
// pairs), written the same way for branch align (see BENCHMARKS.md, "align"); and dev22.txtar
// and dev23.txtar (24 stories, 94 gold pairs), written blind for branch emb, whose first runs
// (dev22 before any change of that branch, dev23 after the table of neighbours) scored
// precision 0.919, recall 0.739 and precision 0.900, recall 0.750 (see BENCHMARKS.md, "emb");
// and dev24.txtar and dev25.txtar (24 stories, 109 gold pairs), written blind on 2026-12-01,
// whose first runs, on the code of the second round, scored precision 0.932, recall 0.745 and
// precision 0.956, recall 0.796 (on the code before it: 0.930, 0.727 and 0.952, 0.741); and
// dev26.txtar and dev27.txtar (24 stories, 118 gold pairs), written blind on 2026-12-01 (the
// prompt for them named some kinds of paraphrase, among them a city for its country), whose first
// runs, on the code of the third round, scored precision 0.977, recall 0.724 and precision 0.944,
// recall 0.850; and dev28.txtar and dev29.txtar (24 stories, 117 gold pairs), written blind the
// same day from a prompt that named no kind of paraphrase, whose first runs scored precision
// 0.891, recall 0.831 and precision 0.854, recall 0.707, alike on the code before the fourth
// round, after it, and halfway through the fifth; and dev30.txtar and dev31.txtar (24 stories,
// 107 gold pairs), written blind the same way, whose first runs, after the sixth round, scored
// precision 0.956, recall 0.811 and precision 0.868, recall 0.852 (before the fourth: 0.955,
// 0.792 and 0.868, 0.852); and dev32.txtar and dev33.txtar (24 stories, 127 gold pairs), written
// blind the same way in session 10, whose first runs scored precision 0.976, recall 0.621 (after
// the wide gaps, the swaps near a pair and the first classes of that session; on the code before
// them 0.974, 0.576) and precision 0.933, recall 0.689 (the same as on the code before the
// session); and dev34.txtar and dev35.txtar (24 stories, 123 gold pairs), written blind the same
// way in session 13 by an engineer who read no aligner code and no gold list but the format,
// whose first runs scored precision 0.743, recall 0.426 and precision 0.953, recall 0.661 (on the
// code before that session: 0.735, 0.410 and 0.953, 0.661), far under the other halves: the
// widest measure yet of how the rules do on text they were not written on. In session 14, rules
// written on these two (pairs that stand out in a gap, spans of years, counts and ages in other
// words, parts of a year, plans in other words) raised them to precision 0.871, recall 0.659,
// and all the development halves together from 1,240 to 1,259 right of 1,399 pairs (wrong 37 to
// 39). In session 15, pairs by meaning (the sentence encoder's embeddings of embeddingsFile; see
// MeaningAgreement) raised them to 1,276 right of 1,317 aligned (precision 0.969, recall 0.912;
// dev34-35 precision 0.876, recall 0.691). Each floor is the measure at the end of session 15,
// less 0.01 or so.
func TestGoldListDev(t *testing.T) {
	var later, latest []string
	for k := 3; k <= 12; k++ {
		later = append(later, fmt.Sprintf("dev%d.txtar", k))
	}
	for k := 13; k <= 21; k++ {
		latest = append(latest, fmt.Sprintf("dev%d.txtar", k))
	}
	for _, c := range []struct {
		name       string
		files      []string
		minP, minR float64
	}{
		{"dev", []string{"dev.txtar"}, 0.99, 0.97},
		{"dev2", []string{"dev2.txtar"}, 0.99, 0.94},
		{"dev3-12", later, 0.99, 0.95},
		{"dev13-21", latest, 0.98, 0.94},
		{"dev22-23", []string{"dev22.txtar", "dev23.txtar"}, 0.96, 0.91},
		{"dev24-25", []string{"dev24.txtar", "dev25.txtar"}, 0.94, 0.88},
		{"dev26-27", []string{"dev26.txtar", "dev27.txtar"}, 0.94, 0.91},
		{"dev28-29", []string{"dev28.txtar", "dev29.txtar"}, 0.92, 0.88},
		{"dev30-31", []string{"dev30.txtar", "dev31.txtar"}, 0.93, 0.94},
		{"dev32-33", []string{"dev32.txtar", "dev33.txtar"}, 0.96, 0.84},
		{"dev34-35", []string{"dev34.txtar", "dev35.txtar"}, 0.86, 0.68},
	} {
		t.Run(c.name, func(t *testing.T) {
			var stories []goldStory
			for _, f := range c.files {
				stories = append(stories, loadGoldList(t, "testdata/gold/"+f)...)
			}
			p, r := scoreGold(t, stories, true)
			if p < c.minP || r < c.minR {
				t.Errorf("%s: precision %.3f, recall %.3f; want at least %.2f and %.2f", c.name, p, r, c.minP, c.minR)
			}
		})
	}
}

// TestGoldListTest measures the test halves, never tuned on: test.txtar (16 stories, 68 gold
// pairs), written blind on 2026-11-30 to replace a first test half that had been run during
// tuning, and test2.txtar (18 stories, 72 gold pairs), written blind for branch emb by an
// engineer who read neither the aligner nor any other gold list, and first run on that branch's
// final code and on the code before it, for their aggregate lines only.
//
// The target is precision and recall of at least 0.85 (issue 13). On
// test.txtar: the first blind run scored precision 0.935, recall 0.426; after the normal-form work
// (figures, units, dates, stems, synonyms, abbreviations; tuned on dev only) precision 0.975,
// recall 0.574; after branch align4 (classes of news near-synonyms, nouns of the act, pairs in
// gaps between pairs, counts under two nouns, subjects that stand for a name) precision 0.980,
// recall 0.706; after branch align (numbers with a half and shares of a scale, comparatives, "-es"
// plurals, ranks, counts under two nouns, names and dates in a gap, a year or the story's actor
// shared by two facts, 75 more classes of near-synonyms) precision 1.000, recall 0.765; after
// branch wn (related words from WordNet 3.0, a shared denial, a month written alone, years of
// scheduled events, anchors by competitive linking) precision 1.000, recall 0.779 (53 of 68);
// after branch emb (distributional neighbours in gaps, rounded figures, small counts under two
// nouns, a person's title) precision 1.000, recall 0.794 (54 of 68); after the second round on
// dev22 and dev23 (a count's modifier, results, precise numbers, a swap beside a pair) precision
// 1.000, recall 0.809 (55 of 68). On test2.txtar, before and after branch emb alike: precision
// 0.983, recall 0.806 (58 of 72); after the second round precision 0.967, recall 0.819 (59 of
// 72). Both held after the review of that round and a third round on dev24 and dev25
// (currencies, converted measures). After three more rounds, on dev26 to dev29 (places that lie
// in others, abbreviated months, bound hedges, months as years, votes in words, orders of
// magnitude, roles, spans that frame a report): test.txtar precision 1.000, recall 0.824 (56 of
// 68), test2.txtar unchanged, both 0.983 and 0.821 (115 of 140); after a review of those rounds
// found two rules that paired different facts (a place no list knows in any known area, away
// from other pairs; an order of magnitude as a fact), fixed on cases written for them, test.txtar
// recall 0.809 (55 of 68) and both 0.814 (114 of 140) again. The gold stories were tagged a
// sentence at a time until then, where ingestion tags a whole document (a surname alone names
// the person named in full); tagged as ingestion does, with the recogniser's document pass made
// consistent (a name the lists lack, written in full and alone, is a person throughout), the
// test halves measure what the product does: test.txtar recall 0.809, test2.txtar 0.806 (58 of
// 72), both 0.807 (113 of 140), precision unchanged. In session 10, after gaps of three to five
// free sentences and swaps up to three sentences from a pair were placed (structure, not words):
// test.txtar recall 0.838 (57 of 68), test2.txtar 0.833 (60 of 72), both 0.836 (117 of 140),
// precision unchanged; after more words of one act, votes told without "votes", a share of one
// unit and a name written in lower-case words: test2.txtar precision 0.968, recall 0.847 (61 of
// 72), both precision 0.983, recall 0.843 (118 of 140). In session 13, after 22 more development
// pairs (wide gaps, months written alone, passive reporting verbs, quarters, partitive and
// "number of" counts, pence, rounding without a hedge, tallies, names given in one sentence only)
// and the new halves dev34 and dev35: recall unchanged on both (57 of 68, 61 of 72), and two more
// wrong pairs in test.txtar (59 aligned, precision 0.966; both 0.967): what the rules learned on
// the development halves did not carry to these. The same after a review narrowed four of the
// session's rules (hedges, metres, rounding, "the number of"): the two wrong pairs are a
// regression this floor now records, not one it excuses (three runs that session, aggregates
// only, one of them by a helper's package run). In session 14, after 19 more development pairs
// (22 before a review narrowed its rules), three runs, aggregates only (after the first seven
// rules, after twelve, and by the package's unit run): unchanged, 57 of 68 and 61 of 72, the
// same two wrong pairs. In session 15, after pairs by meaning (a sentence encoder's embeddings,
// built in; see MeaningAgreement), chosen on the development halves (17 more right pairs, 2 more
// wrong) and 40 same-story BBC comparisons (which set maxMeaningPool), one run, aggregates only:
// test.txtar precision 0.967, recall 0.853 (58 of 68, 60 aligned), test2.txtar precision 0.969,
// recall 0.875 (63 of 72, 65 aligned), both 0.968 and 0.864 (121 of 140): the target is met on
// both halves. Each branch tuned on dev*.txtar only and ran the test halves for their aggregate
// lines only. The test fails below the target, and below the measured precision rounded down.
func TestGoldListTest(t *testing.T) {
	const target = 0.85
	t1 := loadGoldList(t, "testdata/gold/test.txtar")
	t2 := loadGoldList(t, "testdata/gold/test2.txtar")
	for _, c := range []struct {
		name           string
		stories        []goldStory
		floorP, floorR float64
	}{
		{"test", t1, 0.96, target},
		{"test2", t2, 0.96, target},
		{"both", slices.Concat(t1, t2), 0.96, target},
	} {
		p, r := scoreGold(t, c.stories, false)
		if p < c.floorP || r < c.floorR {
			t.Errorf("%s: precision %.3f, recall %.3f; want at least %.2f and %.2f (the target is %.2f each)", c.name, p, r, c.floorP, c.floorR, target)
		}
	}
}
