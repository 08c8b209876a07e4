package ingest

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Rule names recorded in corpus.Removed.Rule. Header rules take metadata out of the text; the
// others drop page furniture. Each is general: it matches a kind of line, never a given article.
const (
	RuleDate          = "date-line"
	RuleTitle         = "title"
	RuleURL           = "url"
	RuleByline        = "byline"
	RuleBreadcrumb    = "breadcrumb"
	RuleRepeatedTitle = "repeated-title"
	RuleAdvertisement = "advertisement"
	RuleImageCredit   = "image-credit"
	RuleReadMore      = "read-more"
	RuleStrayLink     = "stray-link"
	RuleJobPrompt     = "job-prompt"
	RuleNewsletter    = "newsletter-prompt"
	RuleSocial        = "social-links"
	RuleBareURL       = "bare-url"
)

// maxFurniture is the longest line a furniture rule may remove: prompts and labels are short, and
// the cap keeps a rule from ever eating a paragraph of article text.
const maxFurniture = 160

var (
	// dateLine is a leading "date 2024-11-17" (or "Date: …") header; the rest of the line, if any,
	// is classified on its own.
	dateLine = regexp.MustCompile(`^(?i:date):?\s+(\d\S*)\s*(.*)$`)
	// longDateLine is "Published: November 17, 2024", "Posted on 17 November 2024" and the like.
	longDateLine = regexp.MustCompile(`^(?i:date|published|posted|updated)(?:\s+on)?:?\s+(\p{L}+\.? \d{1,2}, \d{4}|\d{1,2} \p{L}+ \d{4})\b\s*(.*)$`)
	// byline is "By Name[ in Section][, posted|published|updated [on] Month D, YYYY]".
	byline = regexp.MustCompile(`^By\s+(\p{Lu}[^,]*?)(?:\s+in\s+([^,]+?))?(?:,\s*(?i:posted|published|updated)(?:\s+on)?\s+(.+?))?\s*$`)
	// breadcrumb is a navigation trail starting at Home, or any line with two or more separators.
	breadcrumbStart = regexp.MustCompile(`^(?i:home)\s*[»›>/|]`)
	// jobPrompt is a short question followed by a call to action about jobs or careers.
	jobPrompt  = regexp.MustCompile(`^[^.?!]{1,40}\?\s+\S`)
	jobWords   = regexp.MustCompile(`(?i)\b(jobs?|careers?|hiring|recruit\w*|employ\w*|résumé|resume|cv)\b`)
	newsletter = regexp.MustCompile(`(?i)^(sign up|subscribe|get|join)\b.*\b(newsletter|inbox|updates|alerts)\b`)
	social     = regexp.MustCompile(`(?i)^(follow|like|join|find) us on\b|^share (this|on)\b`)
	readMore   = regexp.MustCompile(`(?i)^(read more|continue reading|read the full (story|article)|related( articles?| stories)?)\b\W*`)
	// imageCredit is "Image Source", "Photo: …", "(Photo credit: TikTok)", "Image courtesy of …".
	imageCredit = regexp.MustCompile(`(?i)^\(?\s*(photo|image|picture|pic)s?\s*(credit|source|courtesy)s?\b[^)]*\)?$|^\(?\s*(photo|image|picture)s?\s*:[^)]*\)?$`)
	bareURL     = regexp.MustCompile(`^(?i:https?://|www\.)\S+$`)
	advert      = regexp.MustCompile(`^(?i:advertisement|advertising|sponsored( content)?|ad)$`)
	strayLink   = regexp.MustCompile(`^(?i:links?|link here|click here)$`)
)

// furniture returns the rule that removes line t (trimmed) anywhere in an article, or "". Cheap
// tests on the lower-cased line guard each pattern, since most lines are article text.
func furniture(t string) string {
	if len(t) > maxFurniture {
		return ""
	}
	lower := strings.ToLower(t)
	prose := endsSentence(t)
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(lower, w) {
				return true
			}
		}
		return false
	}
	switch {
	case len(t) <= 20 && advert.MatchString(t):
		return RuleAdvertisement
	case len(t) <= 20 && strayLink.MatchString(t):
		return RuleStrayLink
	case (strings.HasPrefix(lower, "http") || strings.HasPrefix(lower, "www.")) && bareURL.MatchString(t):
		return RuleBareURL
	case (strings.HasPrefix(lower, "home") || has("»", "›")) && isBreadcrumb(t):
		return RuleBreadcrumb
	case len(t) <= 80 && has("photo", "image", "picture", "pic") && imageCredit.MatchString(t):
		return RuleImageCredit
	case prose:
		return ""
	case len(t) <= 80 && has("read", "related") && readMore.MatchString(t):
		return RuleReadMore
	case has(" us on", "share") && social.MatchString(t):
		return RuleSocial
	case strings.IndexByte(t, '?') >= 0 && jobPrompt.MatchString(t) && jobWords.MatchString(t):
		return RuleJobPrompt
	case has("newsletter", "inbox", "updates", "alerts") && newsletter.MatchString(t):
		return RuleNewsletter
	}
	return ""
}

func isBreadcrumb(t string) bool {
	if breadcrumbStart.MatchString(t) {
		return true
	}
	return strings.Count(t, " » ")+strings.Count(t, " › ") >= 2
}

// endsSentence reports whether t ends like prose (a full stop, possibly inside a closing quote):
// furniture is written as labels and calls to action, without one.
func endsSentence(t string) bool {
	t = strings.TrimRightFunc(t, func(r rune) bool { return isCloser(r) || unicode.IsSpace(r) })
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '.' || r == '!'
}

// parseBylineDate reads a written-out date: "November 17, 2024", "Nov. 17, 2024", "17 November 2024".
func parseBylineDate(s string) (time.Time, bool) {
	for _, layout := range []string{"January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006", "2 January 2006", "2 Jan 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// looksLikeHeadline reports whether a header line can be the article's title: a single short line
// that does not end like a sentence or a lead-in.
func looksLikeHeadline(t string) bool {
	if len(t) > 200 || isListItem(t) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune(".,;:", r) && !isCloser(r)
}

// isListItem reports whether t starts with a list marker: "1.", "a)", "•", "-", "–" or "*".
func isListItem(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	switch r {
	case '•', '‣', '◦', '▪', '–', '—', '*', '-':
		return len(t) > size && t[size] == ' '
	}
	i := 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 {
		if len(t) >= 3 && t[0] >= 'a' && t[0] <= 'z' && t[1] == ')' && t[2] == ' ' {
			return true
		}
		return false
	}
	return i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' '
}

// normTitle folds case and space so that a repeated title matches despite cosmetic differences.
func normTitle(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}
