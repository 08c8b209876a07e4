package corpus

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// MaxPage is the page a link's number past any list's last page is read as: lists clamp it to
// their last page ("page=999999999999999999999" is the last page, as "page=26" of 25 is).
const MaxPage = math.MaxInt32

// ParsePage reads a link's "page" parameter: 0 and no error for none; the page, 1-based; or an
// error that quotes the value, shortened to 20 characters ("page: \"two\" is not a page
// number"). A number too large to hold is MaxPage.
func ParsePage(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	var ne *strconv.NumError
	switch {
	case errors.As(err, &ne) && errors.Is(ne.Err, strconv.ErrRange) && !strings.HasPrefix(s, "-"):
		return MaxPage, nil
	case err != nil || n < 1:
		if r := []rune(s); len(r) > 20 {
			s = string(r[:20]) + "…"
		}
		return 0, fmt.Errorf("page: %q is not a page number", s)
	}
	return min(n, MaxPage), nil
}
