package align

import (
	"slices"
	"strings"
	"sync"

	"parallax/corpus"
)

// roleWords are the nouns of the roles news gives a person beside the name: "the museum's
// director", "council leader", "her deputy".
// It is built on first use, as the lexicon's lists are: the app starts without it.
var roleWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`director leader chairman chairwoman chair executive boss
		spokesman spokeswoman spokesperson minister secretary president governor mayor deputy
		head chief manager coach captain professor inspector officer commissioner judge lawyer
		founder owner editor analyst economist senator councillor candidate ambassador
		chancellor superintendent detective sergeant constable general commander administrator
		treasurer trustee principal headteacher dean curator conductor presenter correspondent
		prosecutor attorney barrister solicitor vice`) {
		m[w] = true
	}
	return m
})

// roleWord reports whether t is a noun of a role (see roleWords) or of a kind of person (see
// personNouns); a phrase ("chief executive") is one when any of its words is.
func roleWord(t token) bool {
	for _, w := range strings.FieldsFunc(t.lower, func(r rune) bool { return r == ' ' || r == '-' }) {
		if roleWords()[strings.TrimSuffix(w, "'s")] || personNouns()[stem(w)] {
			return true
		}
	}
	return false
}

// maxRoleWords is how many words before a person's name, or in the appositive after it, may
// describe the person.
const maxRoleWords = 4

// personRoles returns the word keys that describe the people s names: the words written right
// before a person's name ("Vice-chancellor Professor Alan Birtles", "Northvale Rail's chief
// executive, Paul Delacourt") and the appositive between commas after it ("Helen Voss, the
// museum's director, said"). Two sentences that name one person by the same role share those
// words whatever else they say, so they are the person's name, not the fact (see similarityIn).
func personRoles(s *corpus.Sentence, toks []token) []string {
	var out []string
	add := func(t token) {
		if !t.stop && !t.number && len(t.key) > 1 {
			out = append(out, t.key)
		}
	}
	for _, m := range s.Mentions {
		// A mention read from a data file may lie outside the text or match no word: it
		// describes no one.
		if m.Kind != corpus.KindPerson || m.Entity == "" || m.Start < 0 || m.Start > m.End || m.End > len(s.Text) {
			continue
		}
		k, _ := slices.BinarySearchFunc(toks, m.Start, func(t token, at int) int { return t.start - at })
		if k == len(toks) {
			continue // no word starts at or after the mention's start
		}
		// Inside: the mention's words that are not the person's name ("Detective" of
		// "Detective Inspector Sarah Kimani", whose name is "Inspector Sarah Kimani").
		name := strings.Fields(strings.ToLower(m.Entity))
		for i := k; i < len(toks) && toks[i].end <= m.End && !slices.Contains(name, toks[i].lower); i++ {
			add(toks[i])
		}
		// Before: the title words up to the previous clause break, or maxRoleWords of them,
		// each written with a capital ("Detective Inspector") or a noun of a role ("council
		// leader"), so that the act before a name ("Police arrested Marta Solberg") is not
		// taken for her title.
		// "Chief medical officer", "the orchestra's board chairman": a word that describes the
		// role after it, after a role's word or a possessive; "Police arrested Marta Solberg"
		// has no role after "arrested".
		possessive := func(i int) bool { return strings.HasSuffix(toks[i].lower, "'s") }
		modifier := func(i int) bool {
			// After a role's word ("Chief") or a possessive, not after any word with a capital:
			// "On Tuesday outgoing chairman Bob Lee said".
			return i > 0 && i+1 < k && roleWord(toks[i+1]) && !toks[i].stop &&
				(roleWord(toks[i-1]) || possessive(i-1))
		}
		title := func(i int) bool {
			// "the airline's chief executive": the possessive of a role is part of it.
			owner := possessive(i) && i+1 < k && (roleWord(toks[i+1]) || modifier(i+1))
			return toks[i].upper || roleWord(toks[i]) || owner || modifier(i)
		}
		for i, n := k-1, 0; i >= 0 && n < maxRoleWords && title(i); i, n = i-1, n+1 {
			gap := s.Text[toks[i].end:toks[i+1].start]
			// A comma before the name only when one follows it: the name is then the
			// appositive ("Northvale Rail's chief executive, Paul Delacourt, took over"), not
			// the subject after a phrase ("During his campaign, Trump said").
			comma := i+1 == k && strings.TrimSpace(gap) == "," && strings.HasPrefix(s.Text[m.End:], ",")
			if strings.TrimSpace(gap) != "" && strings.TrimSpace(gap) != "-" && !comma {
				break
			}
			add(toks[i])
		}
		// After: ", the museum's director," up to the next comma, when there is one.
		j, _ := slices.BinarySearchFunc(toks, m.End, func(t token, at int) int { return t.start - at })
		if !strings.HasPrefix(s.Text[m.End:], ",") {
			continue
		}
		// It must name a role ("her deputy", "the company's boss"): "Marta Solberg, who was
		// arrested in May," tells a fact.
		// maxRoleWords counts the words that are not function words: "the hospital's chief
		// medical officer".
		var app []token
		for words := 0; j < len(toks) && words < maxRoleWords; j++ {
			app = append(app, toks[j])
			if !toks[j].stop {
				words++
			}
			if j+1 < len(toks) && strings.Contains(s.Text[toks[j].end:toks[j+1].start], ",") {
				if slices.ContainsFunc(app, roleWord) || roleClause(app) {
					for _, t := range app {
						add(t)
					}
				}
				break
			}
		}
	}
	return out
}

// roleClause reports whether an appositive is a relative clause that gives a role by its verb:
// "who chairs the board", "who heads the agency", "who has led the orchestra since 2004" is not
// one (it tells how long), nor "who was arrested in May".
func roleClause(app []token) bool {
	if len(app) < 3 || app[0].lower != "who" {
		return false
	}
	switch app[1].lower {
	case "chairs", "heads", "leads", "runs", "directs", "manages", "owns", "coaches", "captains",
		"edits", "founded", "represents", "oversees":
		return true
	}
	return false
}
