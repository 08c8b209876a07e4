package ingest

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/publicsuffix"
)

// A page's title often carries its outlet's name after (or before) the headline: "… — ZAXID.NET",
// "… - Reuters", "… | NZZ", "BMAS - …". That part is taken off only when it is the outlet the page
// itself names (its og:site_name or JSON-LD publisher, or the catalog's outlet) or the host of its
// address ("ZAXID.NET" for zaxid.net, "NZZ" for nzz.ch, "Reuters" for reuters.com): a part that
// is anything else may be the headline's own ("Dortmund - Gladbach", "Klimaschutz: Bohren"), and
// stays. A host's bare name is a word a headline may use too ("Manchester City - Arsenal" on
// arsenal.com, "Bayern - Dortmund" on dortmund.de): it is taken off only when three words of
// headline are left, or when it is written as no headline word is ("FerryNova"). The title as the
// page wrote it is kept in the title's provenance note.
//
// The headline line of a text, Markdown or export article goes by the same rule, on what that
// article states: the catalog's outlet or address, its front matter's or record's outlet and url,
// the address line of its header. A plain text file that states none keeps its headline as
// written: a part after a dash may be the site's name, or the headline's own.

// siteSeparator is what stands between a headline and a site's name: a dash, a bar, "::", a
// middle dot, a guillemet or a bullet, with white space on both sides.
var siteSeparator = regexp.MustCompile(`[\s\p{Zs}]+(?:-|–|—|\||::|·|»|•)[\s\p{Zs}]+`)

// siteNames is what a page's outlet may be written as in its title, as keys (see siteKey).
type siteNames struct {
	// names are the keys of the outlet the page or catalog names, and of its host written whole
	// ("zaxidnet"): they may stand at either end of a title.
	names map[string]string
	// labels are the keys of the host's registered name without its suffix ("nzz" for nzz.ch)
	// and of its subdomains that are not generic ("arsnova" for arsnova.thm.de): at the end of a
	// title as they are, at its start only in capitals or lower case ("BMAS - …"); at either end
	// only before or after three words of headline, unless written in mixed case (see cut).
	labels map[string]string
}

// newSiteNames gathers the names a page's outlet goes by: the outlets it and the catalog state,
// and the host of its address (the page's own, for an archive's or proxy's address).
func newSiteNames(outlets []string, urls []string) siteNames {
	s := siteNames{names: map[string]string{}, labels: map[string]string{}}
	add := func(m map[string]string, k, from string) {
		if len([]rune(k)) >= 2 {
			if _, ok := m[k]; !ok {
				m[k] = from
			}
		}
	}
	for _, o := range outlets {
		if o == "" {
			continue
		}
		add(s.names, siteKey(o), o)
		add(s.names, siteKey(legalFormOff(o)), o)
		if h := strings.ToLower(o); strings.Contains(h, ".") && !strings.Contains(h, " ") {
			// An outlet written as a host ("Chefkoch.de") also goes by its name alone, as a
			// host does.
			if label := hostLabel(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(h, "https://"), "http://"), "www.")); label != "" {
				add(s.labels, siteKey(label), o)
			}
		}
	}
	for _, u := range urls {
		host, _, _ := outletHost(u)
		if host == "" {
			continue
		}
		add(s.names, siteKey(host), host)
		if label := hostLabel(host); label != "" {
			add(s.labels, siteKey(label), host)
			// A subdomain may be the site's name too (arsnova.thm.de is "ARSnova").
			d, _ := publicsuffix.EffectiveTLDPlusOne(host)
			for _, sub := range strings.Split(strings.TrimSuffix(strings.TrimSuffix(host, d), "."), ".") {
				if !genericSubdomains[sub] && len(sub) >= 3 {
					add(s.labels, siteKey(sub), host)
				}
			}
		}
	}
	return s
}

// hostLabel is a host's registered name without its public suffix: "nzz" for www.nzz.ch,
// "ndtv" for sports.ndtv.com, "bbc" for bbc.co.uk (golang.org/x/net/publicsuffix).
func hostLabel(host string) string {
	d, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return ""
	}
	label, _, _ := strings.Cut(d, ".")
	return label
}

// genericSubdomains name a kind of site, a section or an edition, not the site: a title may end
// in the section's name ("Markets - Edition" on edition.cnn.com is a headline).
var genericSubdomains = map[string]bool{"www": true, "www1": true, "www2": true, "www3": true, "m": true,
	"mobile": true, "amp": true, "news": true, "blog": true, "blogs": true, "web": true, "de": true,
	"en": true, "fr": true, "edition": true, "editions": true, "international": true, "global": true,
	"politics": true, "markets": true, "business": true, "money": true, "finance": true,
	"economy": true, "sport": true, "sports": true, "tech": true, "technology": true,
	"science": true, "health": true, "travel": true, "culture": true, "arts": true,
	"entertainment": true, "lifestyle": true, "style": true, "food": true, "opinion": true,
	"world": true, "local": true, "live": true, "video": true, "videos": true, "photos": true,
	"weather": true, "radio": true, "beta": true, "static": true,
	"cdn": true, "media": true, "img": true, "images": true, "feeds": true, "rss": true,
	"app": true, "apps": true, "api": true, "shop": true, "store": true, "archive": true,
	"archives": true, "print": true, "home": true, "edu": true, "uk": true, "us": true}

// legalForms are company forms written after an outlet's name ("St.Galler Tagblatt AG").
var legalForms = regexp.MustCompile(`(?i)[\s,]+(?:AG|GmbH|GmbH & Co\.? KG|KG|e\.\s?V\.|Inc\.?|Ltd\.?|LLC|plc|S\.A\.|SA|S\.p\.A\.|SpA|SARL|B\.V\.|N\.V\.|Oy|AB|AS|A/S)$`)

func legalFormOff(s string) string { return legalForms.ReplaceAllString(strings.TrimSpace(s), "") }

// siteKey is the form in which a site's name is compared: accents folded, lower case, letters
// and digits only ("SAT.1 REGIONAL" and sat1regional.de's name are both "sat1regional").
func siteKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(foldAccents(s)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// siteNameCut is a site's name taken off a title.
type siteNameCut struct {
	// title is the title without the name; name is the part taken off as written.
	title, name string
	// atStart is true for a name before the headline.
	atStart bool
	// original is the title as the page wrote it.
	original string
}

// cut takes the site's name off title, at its end or else at its start, when a part there,
// between the title's edge and a separator, is one of the site's names. What is left must hold
// a letter and not be a site name itself; ok is false when nothing is taken off. A part that is
// only the host's bare name (a label, not a stated outlet nor the whole host) is taken off only
// when what is left has three words or more, or when it is written in mixed case ("FerryNova",
// "ARSnova"), as a word of a headline is not: "Manchester City - Arsenal" on arsenal.com keeps
// its rival.
func (s siteNames) cut(title string) (c siteNameCut, ok bool) {
	if len(s.names) == 0 && len(s.labels) == 0 {
		return c, false
	}
	seps := siteSeparator.FindAllStringIndex(title, -1)
	rest := func(r string) bool {
		r = strings.TrimSpace(r)
		if !strings.ContainsFunc(r, unicode.IsLetter) {
			return false
		}
		k := siteKey(r)
		_, isName := s.names[k]
		_, isLabel := s.labels[k]
		return !isName && !isLabel
	}
	// At the end: the longest part after a separator that is a name ("… - Consett Magazine -
	// Positive Local News for Consett" for that outlet).
	bareOK := func(name, r string, bare bool) bool {
		return !bare || headlineWords(r) >= 3 || mixedCase(name)
	}
	for _, sep := range seps {
		name := strings.TrimSpace(title[sep[1]:])
		if is, bare := s.match(name, false); is && rest(title[:sep[0]]) && bareOK(name, title[:sep[0]], bare) {
			return siteNameCut{title: strings.TrimSpace(title[:sep[0]]), name: name, original: title}, true
		}
	}
	for i := len(seps) - 1; i >= 0; i-- {
		sep := seps[i]
		name := strings.TrimSpace(title[:sep[0]])
		if is, bare := s.match(name, true); is && rest(title[sep[1]:]) && bareOK(name, title[sep[1]:], bare) {
			return siteNameCut{title: strings.TrimSpace(title[sep[1]:]), name: name, atStart: true, original: title}, true
		}
	}
	return c, false
}

// match reports whether part of a title is one of the site's names, and whether it is only the
// host's bare name (bare: a label, not a stated outlet or the whole host).
func (s siteNames) match(part string, atStart bool) (is, bare bool) {
	keys := []string{siteKey(part), siteKey(legalFormOff(part))}
	for _, k := range keys {
		if _, ok := s.names[k]; ok && k != "" {
			return true, false
		}
	}
	for _, k := range keys {
		if _, ok := s.labels[k]; ok && k != "" && (!atStart || isCapitals(part) || isLower(part)) {
			return true, true
		}
	}
	// A name of three words or more whose initials spell the host's name ("One America News
	// Network" on oann.com, "Preußische Allgemeine Zeitung" on paz.de), at the end.
	if !atStart {
		if in := initials(part); len(in) >= 3 {
			if _, ok := s.labels[in]; ok {
				return true, false
			}
		}
	}
	return false, false
}

// headlineWords counts the words of a headline: the parts between spaces that hold a letter or
// a digit.
func headlineWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			n++
		}
	}
	return n
}

// mixedCase reports whether s is one word written with capitals and small letters after its
// first letter ("FerryNova", "ARSnova"), as a brand is and a word of a headline is not.
func mixedCase(s string) bool {
	if strings.ContainsFunc(s, unicode.IsSpace) {
		return false
	}
	r := []rune(s)
	if len(r) < 2 {
		return false
	}
	rest := string(r[1:])
	return strings.ContainsFunc(rest, unicode.IsUpper) && strings.ContainsFunc(rest, unicode.IsLower)
}

// initials are the first letters of the words of a name in capitals, folded, or "" when a word
// of it is not capitalised.
func initials(part string) string {
	words := strings.Fields(part)
	if len(words) < 3 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		r := []rune(w)[0]
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	return siteKey(b.String())
}

// isLower reports whether every letter of s is lower case: a site written as its host's name
// ("seelenradio » …"), where a capitalised word may be the headline's ("Gladbach - …").
func isLower(s string) bool {
	return strings.ContainsFunc(s, unicode.IsLetter) && !strings.ContainsFunc(s, unicode.IsUpper)
}

// isCapitals reports whether every letter of s is a capital.
func isCapitals(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// note is the provenance note of a cut: what was taken off and the title as the page wrote it.
func (c siteNameCut) note(from string) string {
	where := "end"
	if c.atStart {
		where = "start"
	}
	return fmt.Sprintf("The site's name %q was removed from the %s of the title (%s), which read %q.", c.name, where, from, c.original)
}
