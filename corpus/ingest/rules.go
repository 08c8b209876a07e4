package ingest

import (
	"regexp"
	"strings"
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
	RuleShareCount    = "share-count"
	RuleSourceTag     = "source-tag"
	RuleRelated       = "related-stories"
	RuleCaption       = "caption"
	// RuleIconLabel removes the name of an icon font's glyph ("bookmark_border"): see iconLabel.
	RuleIconLabel = "icon-label"
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
	// byline is "By Name[ in Section][, posted|published|updated [on] Month D, YYYY]", also "by ·
	// Outlet" and "BY NAME"; bylineName checks that what follows "by" is a name, not prose.
	byline     = regexp.MustCompile(`^(?i:by)(?:\s*[·•|:–—-]\s*|\s+)([^,]+?)(?:\s+in\s+([^,]+?))?(?:,\s*(?i:posted|published|updated)(?:\s+on)?\s+(.+?))?\s*$`)
	bylineName = regexp.MustCompile(`^[\p{L}\d][\p{L}\d.'’&-]*(?:\s+(?:and|&|[\p{L}\d][\p{L}\d.'’&-]*)){0,7}$`)
	// breadcrumb is a navigation trail starting at Home, or any line with two or more separators.
	breadcrumbStart = regexp.MustCompile(`^(?i:home)\s*[»›>/|]`)
	// jobPrompt is a short question followed by a call to action about jobs or careers.
	jobPrompt  = regexp.MustCompile(`^[^.?!]{1,40}\?\s+\S`)
	jobWords   = regexp.MustCompile(`(?i)\b(jobs?|careers?|hiring|recruit\w*|employ\w*|résumé|resume|cv)\b`)
	newsletter = regexp.MustCompile(`(?i)^(sign up|subscribe|get|join)\b.*\b(newsletter|inbox|updates|alerts)\b`)
	// social and readMore know the prompts of the other languages saved pages come in too
	// ("Folgen Sie uns auf", "Suivez-nous sur", "Lesen Sie auch", "Lire aussi", "Leggi anche").
	social   = regexp.MustCompile(`(?i)^(follow|like|join|find) us on\b|^share (this|on)\b|^(folgen sie uns|folge uns|suivez-nous|síguenos|seguici|volg ons)\b|^(artikel teilen|diesen artikel teilen|partager (cet article|sur)|compartir (en|este))\b`)
	readMore = regexp.MustCompile(`(?i)^(read more|continue reading|read the full (story|article)|related( articles?| stories)?|lesen sie (auch|mehr|weiter)|weiterlesen|mehr zum thema|(à )?lire (aussi|la suite|plus)|lee también|leer más|leggi anche|lees ook|läs också)\b\W*`)
	// imageCredit is "Image Source", "Photo: …", "(Photo credit: TikTok)", "Image courtesy of …".
	imageCredit = regexp.MustCompile(`(?i)^\(?\s*(photo|image|picture|pic)s?\s*(credit|source|courtesy)s?\b[^)]*\)?$|^\(?\s*(photo|image|picture)s?\s*:[^)]*\)?$`)
	bareURL     = regexp.MustCompile(`^(?i:https?://|www\.)\S+$`)
	advert      = regexp.MustCompile(`^(?i:advertisement|advertising|sponsored( content)?|ad|anzeige|werbung|publicité|publicidad|pubblicità|reklame)$`)
	strayLink   = regexp.MustCompile(`^(?i:links?|link here|click here)$`)
	// shareCount is a bare counter next to share buttons: "0", "83", "1.2K", "83 shares".
	shareCount = regexp.MustCompile(`^\d{1,4}(?:\.\d)?[KkMm]?(?:\s+(?i:shares?|comments?|views?|reactions?|likes?))?$`)
	// sourceTag is "(Source: Reuters)", "Source: AP", "-Reuters.", "— AFP" or "(Reuters)".
	sourceTag = regexp.MustCompile(`^\(?\s*(?i:sources?|via)\s*:\s*[^()]{1,60}\)?\.?$|^[-–—]\s*\p{Lu}[\p{L}&.']*(?:\s+(?:&|\p{Lu}[\p{L}&.']*)){0,3}\.?$|^\(\p{Lu}[\p{L}&.' ]{1,30}\)\.?$`)
	// relatedHeading opens a block of links to other articles, one headline a line.
	relatedHeading = regexp.MustCompile(`^(?i:related(?:\s+(?:stories|articles|content|coverage|news|links|reading|topics))?|more on this story|more from [\p{L} ]{1,30}|you (?:may|might) also like|recommended(?: for you| stories| articles)?|most read|top stories|trending now|mehr zum thema|weitere artikel|sur le même sujet|à lire aussi|noticias relacionadas|articoli correlati)\s*:?$`)
	// credit is "Name Surname/Getty Images", "(AP Photo/Evan Vucci)", "Photo by Jane Roe/Reuters":
	// capitalised words, a slash, capitalised words.
	credit      = regexp.MustCompile(`^\(?(?:(?i:photo(?:graph)?s?|image|picture|pic|credit)(?:\s+(?i:by))?:?\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*)\s*/\s*\p{Lu}[\p{L}&.'’ -]{1,40}\)?$`)
	creditWords = regexp.MustCompile(`(?i)\b(?:photo|photograph|image|picture|credit|getty|reuters|ap|afp|epa|shutterstock|alamy|pa|bloomberg|istock|xinhua|anadolu)\b`)
	// caption is "Image caption …", "Caption: …", or a line that ends with a credit, in
	// parentheses or after the last sentence: "The minister arrives. (Photo: Jane Roe/AFP)".
	caption = regexp.MustCompile(`^(?i:image caption|image copyright|caption|alt text|image description|image may contain)\b|(?:[.!?”")]\s+|\s\()\(?(?i:photos?|photograph|image|picture|credit)(?:\s+(?i:by|credit))?\s*:\s*[^()]{2,60}\)?$|[.!?”")]\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}?\p{Lu}[\p{L}.'’-]*\s*/\s*(?:Getty Images|Reuters|AP|AFP|EPA|Shutterstock|Alamy|PA|Bloomberg|iStock)(?:\s+via\s+Getty Images)?\)?$`)
)

// mayBeCaption is a cheap guard before the caption pattern, which most lines of text fail.
func mayBeCaption(t string) bool {
	if strings.IndexByte(t, '/') >= 0 {
		return true
	}
	lower := strings.ToLower(t)
	for _, w := range []string{"caption", "image", "photo", "picture", "credit", "alt text"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// maxCaption is the longest line the caption rule may remove: captions run longer than labels.
const maxCaption = 320

// isCredit reports whether t is a photo credit line: a name and an agency around a slash, with
// two or more words before it or a word of the trade (photo, Getty, Reuters…) in it, so that
// "AC/DC" stays text.
func isCredit(t string) bool {
	if len(t) > 100 || !strings.ContainsRune(t, '/') {
		return false
	}
	m := credit.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	return strings.Contains(m[1], " ") || creditWords.MatchString(t)
}

// furniture returns the rule that removes line t (trimmed) anywhere in an article, or "". Cheap
// tests on the lower-cased line guard each pattern, since most lines are article text.
func furniture(t string) string {
	if len(t) <= maxCaption && mayBeCaption(t) && caption.MatchString(t) {
		return RuleCaption
	}
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
	case isCredit(t):
		return RuleImageCredit
	case len(t) <= 24 && shareCount.MatchString(t):
		return RuleShareCount
	case len(t) <= 70 && sourceTag.MatchString(t):
		return RuleSourceTag
	case len(t) <= 40 && relatedHeading.MatchString(t):
		return RuleRelated
	case prose:
		return ""
	case len(t) <= 80 && has("read", "related", "lesen", "mehr zum", "lire", "lee ", "leer ", "leggi", "lees", "läs") && readMore.MatchString(t):
		return RuleReadMore
	case has(" us on", "share", "folg", "suivez", "síguenos", "seguici", "volg ons", "teilen", "partager", "compartir") && social.MatchString(t):
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

// looksLikeHeadline reports whether a header line can be the article's title: a single short line
// that does not end like a sentence or a lead-in. A headline may be quoted or end with a quote or
// a parenthesis ("Call centre users 'lose patience'", "Sales fall (again)"); what decides is the
// last character inside them.
func looksLikeHeadline(t string) bool {
	if len(t) > 200 || isListItem(t) {
		return false
	}
	inner := strings.TrimRightFunc(t, func(r rune) bool { return isCloser(r) || r == ')' || r == '\'' })
	if inner == "" {
		return false
	}
	// A headline may trail off ("Rivals of the £400 Apple..."); a sentence ends with one stop.
	if strings.HasSuffix(inner, "...") || strings.HasSuffix(inner, "…") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(inner)
	return !strings.ContainsRune(".,;:", r)
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
