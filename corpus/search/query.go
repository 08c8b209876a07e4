package search

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"parallax/corpus"
)

// Query is what a reader asks for; its URL form (Values, ParseQuery) makes a search a link.
type Query struct {
	// Text is the typed query: words in any order, with typos.
	Text string
	// Outlet keeps only articles of this outlet (compared without regard to case;
	// corpus.UnknownOutlet keeps those without one); empty for all.
	Outlet string
	// From and To keep only articles whose publication date may fall in the range; a zero date
	// leaves that end open. Articles of unknown date are left out when either is set.
	From, To corpus.Date
	// Page is the page of results asked for, 1-based; 0 is the first. A page past the last
	// gives the last (Results.PageClamped).
	Page int
}

// URL query parameter names; the dates are "from" and "to", as corpus.DateParams reads them.
const (
	paramText   = "q"
	paramOutlet = "outlet"
	paramPage   = "page" // as the library names it
)

// Values returns the query as URL parameters, leaving out empty ones.
func (q Query) Values() url.Values {
	v := url.Values{}
	if q.Text != "" {
		v.Set(paramText, q.Text)
	}
	if q.Outlet != "" {
		v.Set(paramOutlet, q.Outlet)
	}
	corpus.SetDateParams(v, q.From, q.To)
	if q.Page > 1 {
		v.Set(paramPage, strconv.Itoa(q.Page))
	}
	return v
}

// The ways a link can be damaged on its way, in ParseRawQuery's error.
var (
	// ErrBadEscape: a "%" that starts no valid escape ("q=5%+tariff").
	ErrBadEscape = errors.New(`a "%" that starts no valid escape`)
	// ErrNotText: escapes that decode to bytes that are not UTF-8 text ("q=%E0%A4", a letter cut
	// in half); those bytes are left out.
	ErrNotText = errors.New("escapes that are not text")
)

// ParseRawQuery decodes a URL's raw query string. A link damaged on its way is still read,
// leniently: each "%" that starts no valid escape (as in "q=5%+tariff") is kept as itself and "+"
// is a space, and bytes that are not UTF-8 text are left out, so that every value is valid text.
// The error then wraps ErrBadEscape or ErrNotText and says the link was damaged, for a view to
// tell the reader what was read; the values are usable either way.
func ParseRawQuery(raw string) (url.Values, error) {
	v, err := url.ParseQuery(raw)
	if err != nil {
		v = url.Values{}
		for _, pair := range strings.FieldsFunc(raw, func(r rune) bool { return r == '&' || r == ';' }) {
			k, val, _ := strings.Cut(pair, "=")
			v.Add(lenientUnescape(k), lenientUnescape(val))
		}
		err = ErrBadEscape
	}
	// Both readings may leave bytes that are not text: "%E0%A4" is a valid escape of half a letter.
	clean := url.Values{}
	cut := false
	for k, vals := range v {
		ck := strings.ToValidUTF8(k, "")
		cut = cut || ck != k
		for _, val := range vals {
			cv := strings.ToValidUTF8(val, "")
			cut = cut || cv != val
			clean.Add(ck, cv)
		}
	}
	switch {
	case cut && err != nil:
		err = errors.Join(err, ErrNotText)
	case cut:
		err = ErrNotText
	}
	if err != nil {
		return clean, fmt.Errorf("the link was damaged (%w); it was read as well as it could be", err)
	}
	return clean, nil
}

// lenientUnescape decodes s as a query component, keeping every "%" that starts no valid escape.
func lenientUnescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '+':
			b.WriteByte(' ')
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// ErrRangeSwapped is in ParseQuery's error when the "from" date came after the "to" date: the
// two were swapped and the query searches the range between them. It is a notice, not a fault.
var ErrRangeSwapped = corpus.ErrRangeSwapped

// ParseQuery reads a query from URL parameters. A malformed date is left out of the returned
// query and reported in the error, so that the caller can search anyway and say what was ignored;
// dates the wrong way round are swapped and reported with ErrRangeSwapped.
func ParseQuery(v url.Values) (Query, error) {
	q := Query{Text: v.Get(paramText), Outlet: strings.TrimSpace(v.Get(paramOutlet))}
	var errs []error
	q.From, q.To = corpus.DateParams(v, func(name string, err error) {
		errs = append(errs, fmt.Errorf("%s date: %w", name, err))
	})
	if q.From.Start() != 0 && q.To.Start() != 0 && q.From.Start() > q.To.End() {
		// Dates typed the wrong way round mean the range between them: search it, and say so.
		q.From, q.To = q.To, q.From
		errs = append(errs, fmt.Errorf("%w: searched from %s to %s", ErrRangeSwapped, q.From.ISO(), q.To.ISO()))
	}
	// Read as the library reads it: a page that is no number shows the first, and says so.
	if n, err := corpus.ParsePage(v.Get(paramPage)); err != nil {
		errs = append(errs, err)
	} else if n > 0 {
		q.Page = n
	}
	return q, errors.Join(errs...)
}

// admits reports whether article a passes the query's filters.
func (q Query) admits(a *corpus.Article) bool {
	if q.Outlet != "" && !a.OutletIs(q.Outlet) {
		return false
	}
	from, to := q.From.Start(), q.To.End()
	if from == 0 && to == 0 {
		return true
	}
	d := a.Published.Date
	if d.Precision == corpus.PrecisionUnknown {
		return false
	}
	return (from == 0 || d.End() >= from) && (to == 0 || d.Start() <= to)
}
