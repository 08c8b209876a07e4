package entity

import "unicode"

// token is a word or one punctuation rune of a text, with byte offsets into it.
type token struct {
	start, end int
	text       string
	word       bool
	// upper: a word that starts with a capital letter ("Biden", "US", "JD", "J.").
	upper bool
	// space: white space stands between this token and the one before it.
	space bool
	// newline: that white space holds a line break.
	newline bool
}

// abbreviations are words written with a period that belongs to them ("Corp.", "Mr.").
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Sen": true, "Rep": true, "Gov": true,
	"Gen": true, "Col": true, "Capt": true, "Prof": true, "Rev": true, "Jr": true, "Sr": true, "Inc": true,
	"Corp": true, "Co": true, "Ltd": true, "Bros": true, "Mt": true, "Lt": true, "Sgt": true, "Adm": true,
}

// tokenize splits text into words and punctuation. A word is a run of letters, digits and marks
// that may hold an apostrophe before a capital ("O'Brien"); a capital letter followed by a period
// and more such pairs is one word ("J.", "U.S.", "J.D."); a listed abbreviation keeps its period.
// A possessive ending is left out of the word.
func tokenize(text string, buf []token) []token {
	toks := buf[:0]
	space, newline := false, false
	for i := 0; i < len(text); {
		r, size := decode(text, i)
		if unit(r) == ' ' {
			space = true
			if r == '\n' || r == '\r' {
				newline = true
			}
			i += size
			continue
		}
		start := i
		if !isWordRune(r) {
			i += size
			toks = append(toks, token{start: start, end: i, text: text[start:i], space: space, newline: newline})
			space, newline = false, false
			continue
		}
		upper := unicode.IsUpper(r)
		// Initials and dotted acronyms: "J.", "U.S.", "J.D.".
		if upper && i+size < len(text) && text[i+size] == '.' && (i+size+1 == len(text) || !isWordStart(text, i+size+1) || isInitialAt(text, i+size+1)) {
			j := i + size + 1
			for isInitialAt(text, j) {
				_, s := decode(text, j)
				j += s + 1
			}
			toks = append(toks, token{start: start, end: j, text: text[start:j], word: true, upper: true, space: space, newline: newline})
			space, newline = false, false
			i = j
			continue
		}
		j := i
		for j < len(text) {
			r, s := decode(text, j)
			if isWordRune(r) {
				j += s
				continue
			}
			// An apostrophe inside a name: "O'Brien", "D’Souza"; not the possessive "'s".
			if (r == '\'' || r == '’') && j+s < len(text) {
				if r2, _ := decode(text, j+s); unicode.IsUpper(r2) {
					j += s
					continue
				}
			}
			break
		}
		w := text[start:j]
		if j < len(text) && text[j] == '.' && abbreviations[w] {
			j++
			w = text[start:j]
		}
		toks = append(toks, token{start: start, end: j, text: w, word: true, upper: upper, space: space, newline: newline})
		space, newline = false, false
		i = j
	}
	return toks
}

func isWordStart(text string, i int) bool {
	r, _ := decode(text, i)
	return isWordRune(r)
}

// isInitialAt reports whether text[i:] starts with one capital letter and a period ("D." in "J.D.").
func isInitialAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, s := decode(text, i)
	if !unicode.IsUpper(r) || i+s >= len(text) || text[i+s] != '.' {
		return false
	}
	return i+s+1 == len(text) || !isWordStart(text, i+s+1) || isInitialAt(text, i+s+1)
}
