package timeline

import (
	"parallax/corpus"
)

// yearAt reads a four-digit year between 1900 and 2100 at token i.
func (s *scanner) yearAt(i int) (int, bool) {
	t := s.tok(i)
	if !t.isPlainNumber() || t.digits != 4 || t.num < 1900 || t.num > 2100 {
		return 0, false
	}
	// "2,019", "2019.5", "$2019", "2019%" and "2019-20" are not years.
	next, prev := s.tok(i+1), s.tok(i-1)
	if next.end == t.end+len(next.text) && next.start == t.end && (next.text == "%" || next.text == "." && s.tok(i+2).num >= 0 && s.tok(i+2).start == next.end) {
		return 0, false
	}
	if prev.end == t.start && (prev.text == "$" || prev.text == "€" || prev.text == "£" || prev.text == "#" || prev.text == "," || prev.text == ".") {
		return 0, false
	}
	if next.lower == "percent" {
		return 0, false
	}
	return t.num, true
}

// monthAt reads a month name (or an abbreviation followed by a day or year) at token i and
// returns the month and the index of the token after it.
func (s *scanner) monthAt(i int) (month, next int, ok bool) {
	t := s.tok(i)
	if !t.word || !t.upper {
		return 0, 0, false
	}
	if m, found := monthNums[t.lower]; found {
		return m, i + 1, true
	}
	if m, found := monthAbbrevs[t.lower]; found {
		j := i + 1
		if s.tok(j).text == "." && s.tok(j).start == t.end {
			j++
		}
		if s.tok(j).num >= 0 {
			return m, j, true
		}
		if _, ok := s.shortYear(j); ok {
			return m, j, true
		}
		// "Nov.-Dec. 2023": an abbreviation joined to the next month by a dash.
		if isDash(s.tok(j).text) && s.tok(j).start == s.tok(j-1).end {
			if _, _, ok := s.monthAt(j + 1); ok {
				return m, j, true
			}
		}
	}
	return 0, 0, false
}

// dayAt reads a day of the month (1–31, "6" or "6th") that is not part of a longer number or
// a time of day.
func (s *scanner) dayAt(i int) (int, bool) {
	t := s.tok(i)
	if t.num < 1 || t.num > 31 || t.digits > 2 {
		return 0, false
	}
	if n := s.tok(i + 1); n.start == t.end && (n.text == ":" || n.text == "," && s.tok(i+2).num >= 0 && s.tok(i+2).start == n.end) {
		return 0, false
	}
	return t.num, true
}

func validDay(y, m, d int) bool {
	if d < 1 || m < 1 || m > 12 {
		return false
	}
	if y == 0 {
		y = 2000 // a leap year: a year-less February 29 is possible
	}
	return d <= corpus.DaysIn(y, m)
}
