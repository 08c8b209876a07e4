package ingest

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"parallax/corpus"
	"parallax/corpus/entity"
)

// canonicalLanguage checks a stated language tag and returns it in its canonical form ("fa_ir"
// → "fa-IR", "ger" → "de", "iw" → "he"). A tag that is not well-formed BCP 47, that holds a
// subtag the registry does not know, or that names no language ("und", a private-use tag) is
// refused: nothing is guessed from it.
func canonicalLanguage(s string) (string, error) {
	s = strings.TrimSpace(s)
	tag, err := language.Parse(s)
	if err != nil {
		var ve interface{ Subtag() string }
		if errors.As(err, &ve) {
			return "", fmt.Errorf("the subtag %q is no known language, script or region", ve.Subtag())
		}
		return "", errors.New(`not a well-formed language tag: want a BCP 47 tag such as "de", "en-GB" or "fa-IR"`)
	}
	if base, conf := tag.Base(); conf != language.Exact || base.String() == "und" {
		return "", errors.New("it names no language")
	}
	out := tag.String()
	if !corpus.ValidLanguage(out) {
		return "", fmt.Errorf("%q is not a language tag this build can use", out)
	}
	return out, nil
}

// primaryOf is the primary language subtag of a canonical tag.
func primaryOf(tag string) string {
	p, _, _ := strings.Cut(tag, "-")
	return strings.ToLower(p)
}

// language settles the article's language: what the file states (a saved page's html lang,
// og:locale or JSON-LD inLanguage, in that order; a front matter or record field language or
// lang), each statement checked against the text, else the catalog's, else unknown. A statement
// is never kept blindly: a malformed one is refused and reported, an English one whose text is
// not English, or another language's whose text is clearly English (entity.ReadsEnglish), is
// dropped, and the note says why. No language is ever inferred from the text alone.
func (m *merger) language() {
	a, e := m.a, m.e
	cands := m.d.langs
	if f, ok := m.d.fields["language"]; ok && f.value != "" {
		cands = []field{f}
	}
	var notes []string
	stated, from, line := "", "", 0
	checked, english, notEnglish := false, false, false
	dropped := map[string]bool{}
	for _, f := range cands {
		tag, err := canonicalLanguage(f.value)
		if err != nil {
			m.probs.add(m.d.file, f.line, fmt.Sprintf("language %q (%s): %v", clip(f.value), f.from, err), "not used")
			notes = append(notes, fmt.Sprintf("The file's language %q (%s) was refused: %v.", clip(f.value), f.from, err))
			continue
		}
		if dropped[tag] {
			continue // the note names the first source that stated it
		}
		if !checked {
			var sents []string
			for _, p := range a.Paragraphs {
				for _, s := range p.Sentences {
					sents = append(sents, s.Text)
				}
			}
			english, notEnglish = entity.ReadsEnglish(sents)
			checked = true
		}
		isEn := primaryOf(tag) == "en"
		if isEn && notEnglish || !isEn && english {
			dropped[tag] = true
		}
		if isEn && notEnglish {
			notes = append(notes, fmt.Sprintf("The file states the language %s (%s), but the text is not English: few or none of its words are English function words (the, and, which…), or other languages' outnumber them; not kept.", tag, f.from))
			continue
		} else if !isEn && english {
			notes = append(notes, fmt.Sprintf("The file states the language %s (%s), but the text is clearly English: one word in twelve or more is an English function word (the, and, which…); not kept.", tag, f.from))
			continue
		}
		stated, from, line = tag, f.from, f.line
		break
	}
	cat := e.Language
	switch {
	case stated != "" && (cat == "" || cat == stated):
		a.Language = stated
		a.Provenance.Language = corpus.Origin{Basis: corpus.BasisStated, From: from, Note: joinNotes(notes...)}
		if cat != "" {
			a.Provenance.Language.From += ", as in " + e.where("language")
		}
	case stated != "":
		m.probs.add(m.d.file, line, fmt.Sprintf("language %s (%s) disagrees with catalog language %s (%s)", stated, from, cat, e.where("language")), "catalog value kept")
		a.Language = cat
		a.Provenance.Language = corpus.Origin{Basis: corpus.BasisCurated, From: e.where("language"),
			Note: joinNotes(append([]string{e.LanguageNote, disagreement("language", stated, from)}, notes...)...)}
	case cat != "":
		a.Language = cat
		a.Provenance.Language = corpus.Origin{Basis: corpus.BasisCurated, From: e.where("language"), Note: joinNotes(append([]string{e.LanguageNote}, notes...)...)}
	default:
		note := joinNotes(append([]string{e.languageRefused}, notes...)...)
		if note == "" {
			note = "The file states no language."
		}
		a.Provenance.Language = corpus.Origin{Basis: corpus.BasisUnknown, Note: note}
	}
}
