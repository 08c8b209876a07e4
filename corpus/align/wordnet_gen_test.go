package align

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
)

//go:generate go test -run TestWordNetTable -update-wordnet

// The table of related words (wordnet_data.go) is derived from WordNet 3.0 by this test, which
// runs only where the database is installed (Debian's wordnet-base; `make wordnet` installs it as
// root): it rebuilds the table and fails when the committed file differs, so that a change to the
// generator, to its word lists or to the aligner's stems (the table is keyed by them) cannot leave
// a stale table behind. With -update-wordnet it writes the file instead. The database itself is
// never linked into the aligner: only the derived table, a few kilobytes, is.
var updateWordNet = flag.Bool("update-wordnet", false, "rewrite wordnet_data.go from WordNet 3.0")

// wordNetDir is where Debian's wordnet-base puts the database.
const wordNetDir = "/usr/share/wordnet"

// Limits of the derived table.
const (
	// wnSenses is how many of a lemma's senses, most frequent first, stand for it in a part of
	// speech: a word's first senses are what news means by it; its rarer ones ("find" as
	// "recover") would merge words that mean different things in a report.
	wnSenses = 2
	// wnMinTagged is how often a lemma must have been tagged in the sense-tagged corpus behind
	// WordNet's counts (cntlist.rev) to be in the table at all: the vocabulary of ordinary prose.
	// At 1 the table is 160 KB (64 KB brotli) and aligns no more of the development half.
	wnMinTagged = 5
	// wnMaxConcepts is how many concepts a key keeps, its first lemmas' first senses first.
	wnMaxConcepts = 8
	// wnMaxKeys is how many keys a concept may join: a concept shared by more (a vague verb's
	// sense such as "make" or "get") relates words that report different things. Hypernyms
	// ("manager" and "executive" are both heads) were tried as concepts too and paired unrelated
	// sentences ("Police arrested a man" / "Officers have detained dozens of suspects").
	wnMaxKeys = 12
)

// TestWordNetTable rebuilds the related-word table from WordNet and checks it against
// wordnet_data.go (or rewrites it with -update-wordnet).
func TestWordNetTable(t *testing.T) {
	if runtime.GOOS == "js" {
		// Reading the sources in the browser took half of the package's wasm run; whether the
		// committed table is stale is a property of the source tree, which the native run checks.
		t.Skip("the table's freshness is checked natively")
	}
	if _, err := os.Stat(filepath.Join(wordNetDir, "data.noun")); err != nil {
		if *updateWordNet {
			t.Fatalf("WordNet is not installed (%v): apt-get install wordnet-base", err)
		}
		t.Skipf("WordNet is not installed (%v); the table's freshness is not checked", err)
	}
	data, err := buildWordNetTable(wordNetDir)
	if err != nil {
		t.Fatal(err)
	}
	src := wordNetSource(data)
	if *updateWordNet {
		if err := os.WriteFile("wordnet_data.go", []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote wordnet_data.go: %d keys, %d bytes of data", strings.Count(data, "\n"), len(data))
		return
	}
	if data != wordnetData {
		t.Errorf("wordnet_data.go is stale: run go generate ./corpus/align (go test -run TestWordNetTable -update-wordnet)")
	}
}

// wnSynset is one synset of the database as the generator needs it: its words and, for each of
// them, the synsets its derivationally related forms are in.
type wnSynset struct {
	words   []string
	derived map[int][]string // word number (1-based) → IDs of the synsets of related forms
	// antonyms are the lexical antonym pointers ("!") from the synset's words.
	antonyms []wnPointer
}

// wnPointer is a lexical pointer from word src (1-based) of a synset to word dst of synset syn.
type wnPointer struct {
	syn      string
	src, dst int
}

// buildWordNetTable returns the table's text: one line per aligner key ("injur 3 17"), its
// concepts as base-36 numbers, keys sorted. A concept is a synset among the first wnSenses senses
// of a common lemma (a concept of the synset's other common words too), or the synset of a
// derivationally related form of the lemma in one of them ("injury" n. → "injure" v.), so that
// the noun of an act meets its verb; only concepts that at least two keys share are kept, since
// one that relates a key to itself says nothing.
func buildWordNetTable(dir string) (string, error) {
	tagged, err := wnTagged(filepath.Join(dir, "cntlist.rev"))
	if err != nil {
		return "", err
	}
	synsets := map[string]*wnSynset{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		if err := wnReadData(filepath.Join(dir, "data."+pos), synsets); err != nil {
			return "", err
		}
	}
	// concepts of each key, in order of discovery (first lemmas' first senses first)
	byKey := map[string][]string{}
	add := func(k, id string) {
		if !slices.Contains(byKey[k], id) {
			byKey[k] = append(byKey[k], id)
		}
	}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		path := filepath.Join(dir, "index."+pos)
		err := wnEachLine(path, func(line int, text string) error {
			fs := strings.Fields(text)
			if len(fs) < 6 {
				return fmt.Errorf("%s:%d: short index line", path, line)
			}
			lemma := fs[0]
			if tagged[lemma] < wnMinTagged || !wnPlainWord(lemma) {
				return nil
			}
			pcnt, err := strconv.Atoi(fs[3])
			if err != nil || len(fs) < 6+pcnt {
				return fmt.Errorf("%s:%d: bad pointer count", path, line)
			}
			offsets := fs[4+pcnt+2:]
			k := stem(lemma)
			if k == "" || stopWords[k] || stopWords[lemma] {
				return nil
			}
			for _, off := range offsets[:min(wnSenses, len(offsets))] {
				id := map[string]string{"noun": "n", "verb": "v", "adj": "a", "adv": "r"}[pos] + off
				s := synsets[id]
				if s == nil {
					return fmt.Errorf("%s:%d: synset %s not in data.%s", path, line, off, pos)
				}
				add(k, id)
				// The synset's other common words share it, whatever their own sense order:
				// "find" is in the first sense of "recover" (recover, retrieve, find, regain).
				for _, w := range s.words {
					if w != lemma && tagged[w] >= wnMinTagged && wnPlainWord(w) {
						if kw := stem(w); kw != "" && !stopWords[kw] && !stopWords[w] {
							add(kw, id)
						}
					}
				}
				for n, w := range s.words {
					if w == lemma {
						for _, d := range s.derived[n+1] {
							add(k, d)
						}
					}
				}
			}
			return nil
		})
		if err != nil {
			return "", err
		}
	}
	// Keep the concepts that two to wnMaxKeys keys share.
	count := map[string]int{}
	for _, ids := range byKey {
		for _, id := range ids {
			count[id]++
		}
	}
	number := map[string]int{}
	var keys []string
	for k := range byKey {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	for _, k := range keys {
		var ids []int
		for _, id := range byKey[k] {
			if c := count[id]; c < 2 || c > wnMaxKeys {
				continue
			}
			n, ok := number[id]
			if !ok {
				n = len(number)
				number[id] = n
			}
			ids = append(ids, n)
			if len(ids) == wnMaxConcepts {
				break
			}
		}
		if len(ids) == 0 {
			continue
		}
		b.WriteString(k)
		for _, n := range ids {
			b.WriteByte(' ')
			b.WriteString(strconv.FormatInt(int64(n), 36))
		}
		b.WriteByte('\n')
	}
	return b.String(), nil
}

// wnPlainWord reports whether a lemma is one lower-case word of letters: collocations
// ("take_over") and names are left to the hand-written classes and the entity tagger.
func wnPlainWord(w string) bool {
	if len(w) < 3 {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// wnTagged sums, for each lemma, how often its senses were tagged (cntlist.rev: "count
// lemma%sensekey sense_number" per line).
func wnTagged(path string) (map[string]int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]int{}
	for i, line := range strings.Split(string(data), "\n") {
		fs := strings.Fields(line)
		if len(fs) == 0 {
			continue
		}
		if len(fs) != 3 {
			return nil, fmt.Errorf("%s:%d: want 3 fields", path, i+1)
		}
		lemma, _, _ := strings.Cut(fs[0], "%")
		n, err := strconv.Atoi(fs[1])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, i+1, err)
		}
		m[lemma] += n
	}
	return m, nil
}

// wnReadData reads a data.pos file into synsets, keyed by part of speech letter and offset
// ("n14285662"); adjective satellites count as adjectives.
func wnReadData(path string, synsets map[string]*wnSynset) error {
	return wnEachLine(path, func(line int, text string) error {
		head, _, _ := strings.Cut(text, " | ")
		fs := strings.Fields(head)
		bad := func(what string) error { return fmt.Errorf("%s:%d: %s", path, line, what) }
		if len(fs) < 4 {
			return bad("short data line")
		}
		nw, err := strconv.ParseInt(fs[3], 16, 32)
		if err != nil || len(fs) < 4+2*int(nw)+1 {
			return bad("bad word count")
		}
		s := &wnSynset{derived: map[int][]string{}}
		for k := range int(nw) {
			w := strings.ToLower(fs[4+2*k])
			if i := strings.IndexByte(w, '('); i > 0 {
				w = w[:i] // "elect(a)": an adjective's syntactic marker
			}
			s.words = append(s.words, w)
		}
		at := 4 + 2*int(nw)
		np, err := strconv.Atoi(fs[at])
		if err != nil || len(fs) < at+1+4*np {
			return bad("bad pointer count")
		}
		for k := range np {
			p := fs[at+1+4*k : at+5+4*k]
			if (p[0] != "+" && p[0] != "!") || len(p[3]) != 4 {
				continue
			}
			src, err := strconv.ParseInt(p[3][:2], 16, 32)
			if err != nil || src == 0 {
				continue
			}
			if p[0] == "+" {
				s.derived[int(src)] = append(s.derived[int(src)], wnPOS(p[2])+p[1])
				continue
			}
			if dst, err := strconv.ParseInt(p[3][2:], 16, 32); err == nil && dst != 0 {
				s.antonyms = append(s.antonyms, wnPointer{wnPOS(p[2]) + p[1], int(src), int(dst)})
			}
		}
		synsets[wnPOS(fs[2])+fs[0]] = s
		return nil
	})
}

// wnEachLine calls fn with each line of a WordNet database file and its number (from 1), but for
// the license header's lines, which start with a space; it stops at fn's first error.
func wnEachLine(path string, fn func(line int, text string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.HasPrefix(text, " ") {
			continue
		}
		if err := fn(line, text); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// wnPOS maps a part-of-speech letter (a data line's or a pointer's; "s" for an adjective
// satellite) to the prefix of synset IDs here, one per data file: n, v, a, r.
func wnPOS(p string) string {
	if p == "s" {
		return "a"
	}
	return p
}

// wordNetSource is the Go source of wordnet_data.go for the table's text.
func wordNetSource(data string) string {
	var b strings.Builder
	b.WriteString(`// Code generated by TestWordNetTable (go generate ./corpus/align); DO NOT EDIT.

// The table below is derived from WordNet 3.0 (Princeton University), under its license:
//
// WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.
//
// Permission to use, copy, modify and distribute this software and database and its
// documentation for any purpose and without fee or royalty is hereby granted, provided that you
// agree to comply with the following copyright notice and statements, including the disclaimer,
// and that the same appear on ALL copies of the software, database and documentation, including
// modifications that you make for internal use or for distribution.
//
// THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
// REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION,
// PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR
// ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL
// NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
//
// The name of Princeton University or Princeton may not be used in advertising or publicity
// pertaining to distribution of the software and/or database.  Title to copyright in this
// software, database and any associated documentation shall at all times remain with Princeton
// University and LICENSEE agrees to preserve same.

package align

// wordnetData relates the aligner's word keys through WordNet's synsets: one line per key, the
// key and its concepts as base-36 numbers (see relatedWords).
const wordnetData = `)
	b.WriteString("`" + data + "`\n")
	return b.String()
}
