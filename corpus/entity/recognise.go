package entity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
)

// Tag returns the named-entity mentions in text (normally one sentence), ordered by Start and
// non-overlapping, with byte offsets into text. Text in any Unicode normal form is accepted: it is
// matched in NFC and the offsets are mapped back.
//
// A gazetteer spelling is reported under its canonical name; any other name the recogniser finds
// is reported under its own spelling (white space collapsed, apostrophes straight, a title of
// address dropped: "Vice President JD Vance" → "JD Vance").
func (t *Tagger) Tag(text string) []corpus.Mention {
	return t.tag(text, nil)
}

// TagDocument tags the sentences of one document, in order, as Tag does, and uses what the whole
// document says about each name: a bare surname is a person only when the document names that
// person in full somewhere ("Howard Lutnick … Lutnick said", "Deputy PM John Prescott … Mr
// Prescott"); an unknown single name that the document never gives a first name, such as
// "Turkcell said", is an organisation; and the trailing words of one organisation the document
// names in full are that organisation ("the European Commission … the Commission"), unless two
// organisations of the document end so. The result has one slice of mentions per sentence, with
// offsets into that sentence. A document that is not written in English (see isEnglish) has only
// the names the tagger knows by their exact spelling: the recogniser's cues are English.
func (t *Tagger) TagDocument(sentences []string) [][]corpus.Mention {
	if !isEnglish(sentences) {
		// In another language capitals are no evidence of a name: only known names are.
		out := make([][]corpus.Mention, len(sentences))
		for i, s := range sentences {
			out[i] = t.tagKnown(s)
		}
		return out
	}
	doc := &docState{surnames: map[string]string{}, alone: map[string]bool{}, orgs: map[string]string{}, lower: map[string]bool{}}
	var toks []token
	for _, s := range sentences {
		toks = tokenize(s, toks)
		for i, tk := range toks {
			if tk.word && !tk.upper {
				doc.lower[tk.text] = true
			}
			if tk.word && tk.upper && (i == 0 || !toks[i-1].upper || !tk.space) && (i+1 == len(toks) || !toks[i+1].upper || !toks[i+1].space) {
				doc.alone[tk.text] = true
			}
		}
	}
	// The first pass knows which words the document writes alone, so that a name it lacks a
	// list for ("Abel Moreno of Spain won", "… Moreno said") is a person there too; what the
	// document names in full is the second pass's.
	first := &docState{surnames: map[string]string{}, alone: doc.alone, orgs: map[string]string{}, lower: doc.lower}
	for _, s := range sentences {
		for _, m := range t.tag(s, first) {
			if m.Kind == corpus.KindOrganization {
				doc.addOrg(t, m.Entity)
				continue
			}
			if m.Kind != corpus.KindPerson {
				continue
			}
			if last, ok := surname(m.Entity); ok {
				if prev, ok := doc.surnames[last]; ok && prev != m.Entity {
					doc.surnames[last] = "" // two people share it: name neither
				} else {
					doc.surnames[last] = m.Entity
				}
			}
		}
	}
	out := make([][]corpus.Mention, len(sentences))
	for i, s := range sentences {
		out[i] = t.tag(s, doc)
	}
	return out
}

// docState is what TagDocument knows about the whole document.
type docState struct {
	// surnames maps the last word of each person the document names with more than one word to
	// that person's name, or to "" when two people share it.
	surnames map[string]string
	// alone holds the capitalised words the document writes with no capitalised word beside them.
	alone map[string]bool
	// orgs maps the trailing words of each organisation the document names with more than one
	// word ("Commission" of "European Commission") to that organisation, or to "" when two
	// share them: a later "the Commission" is the one the document named in full, if only one.
	orgs map[string]string
	// lower holds the words the document writes in lower case: a capital on one of them opening
	// a sentence is the sentence's ("Run Windows", "… lets you run Windows"), not a name's.
	lower map[string]bool
}

// addOrg records the trailing words of organisation name for a later short mention. A tail that
// is itself a name the gazetteer knows ("Reuters") is that name, not a short form.
func (d *docState) addOrg(t *Tagger, name string) {
	for i := strings.IndexByte(name, ' '); i >= 0; {
		tail := name[i+1:]
		if _, _, known := t.Canonical(tail); !known && capitalisedBefore(name, i) {
			if prev, ok := d.orgs[tail]; ok && prev != name {
				d.orgs[tail] = ""
			} else {
				d.orgs[tail] = name
			}
		}
		j := strings.IndexByte(tail, ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
}

// fullOrg returns the organisation the document names in full whose trailing words are name, or
// "" when none or more than one.
func (d *docState) fullOrg(name string) string {
	if d == nil {
		return ""
	}
	return d.orgs[name]
}

// standsAlone reports whether the document writes word as a name of one word somewhere.
func (d *docState) standsAlone(word string) bool {
	return d != nil && d.alone[word]
}

// writesLower reports whether the document writes word in lower case somewhere.
func (d *docState) writesLower(word string) bool {
	return d != nil && d.lower[strings.ToLower(word)]
}

func (d *docState) known(surname string) bool {
	if d == nil {
		return false
	}
	_, ok := d.surnames[surname]
	return ok
}

func (t *Tagger) tag(text string, doc *docState) []corpus.Mention {
	n := normalize(text)
	r := recogniser{t: t, text: n.text, initial: -1, doc: doc}
	r.run()
	return n.origMentions(r.out)
}

// recogniser holds the state of one Tag call.
type recogniser struct {
	t    *Tagger
	lx   *lexicon
	text string
	toks []token
	gaz  []gazMatch
	// gazAt maps a token index to the gazetteer match starting there, or -1.
	gazAt []int32
	// headline: the text capitalises most words, so capitals say nothing about names.
	headline bool
	// initial is a token that opens a sentence once the openers before it are dropped, or -1.
	initial int
	// consumed is the end of the last mention; chunks before it are done.
	consumed int
	out      []corpus.Mention
	// lastPerson is the last person mention, for "Siddharth Rao of Infosys".
	lastPerson corpus.Mention
	// surnames holds the last words of the persons named so far, to resolve a bare surname.
	surnames map[string]bool
	// doc is what the whole document says, when tagging with TagDocument.
	doc *docState
}

func (r *recogniser) run() {
	r.gaz = r.t.scan(r.text, nil)
	lx, err := defaultLexicon()
	if err != nil || mostlyCapitals(r.text) {
		// Without word lists, or in text written in capitals ("FOLLOW US ON X"), only the
		// gazetteer's exact spellings are evidence.
		for _, g := range r.gaz {
			r.emitGaz(g, -1)
		}
		return
	}
	r.lx = lx
	r.toks = tokenize(r.text, nil)
	r.gazAt = make([]int32, len(r.toks))
	gi := 0
	for i, tk := range r.toks {
		r.gazAt[i] = -1
		for gi < len(r.gaz) && r.gaz[gi].start < tk.start {
			gi++
		}
		if gi < len(r.gaz) && r.gaz[gi].start == tk.start {
			r.gazAt[i] = int32(gi)
		}
	}
	r.headline = r.isHeadline()
	for i := 0; i < len(r.toks); {
		tk := r.toks[i]
		if tk.start < r.consumed {
			i++
			continue
		}
		if !tk.word || !tk.upper {
			// A gazetteer spelling in lower case ("whatjobs.com", "eBay") needs no capital.
			if g := r.gazAt[i]; g >= 0 && tk.word {
				r.emitGaz(r.gaz[g], i)
			}
			i++
			continue
		}
		j := r.extend(i)
		r.resolveRun(i, j)
		i = j
	}
}

// resolveRun resolves the capitalised run [a, b) in pieces cut at its common acronyms (the
// lexicon's acronym list): "URL" in "the actual URL Chrome visited" is a thing, so "URL Chrome"
// is no name and "Chrome" is resolved alone; "CEO" in "Kestrel Dynamics CEO Halden Voss" parts a
// company from a person. An acronym that joins its run (see acronymJoins) stays in it.
func (r *recogniser) resolveRun(a, b int) {
	start := a
	for k := a; k < b; k++ {
		if !r.toks[k].word || !r.lx.is("acronym", r.toks[k].text) || r.glued(k) || r.acronymJoins(a, b, k) {
			continue
		}
		r.resolvePiece(start, k)
		start = k + 1
	}
	r.resolvePiece(start, b)
}

// glued reports whether token k is written against a word of the run by a hyphen: one word
// with it ("AFL-CIO", "WRAZ-TV", "USB-C"), not beside it.
func (r *recogniser) glued(k int) bool {
	toks := r.toks
	before := k >= 2 && !toks[k].space && hyphens[toks[k-1].text] && !toks[k-1].space && toks[k-2].word
	after := k+2 < len(toks) && !toks[k+1].space && hyphens[toks[k+1].text] && !toks[k+2].space && toks[k+2].word
	return before || after
}

// resolvePiece resolves the capitalised words of [a, b), a piece of a run, without the joiners
// ("of", "&", a hyphen) the cut left at its edges.
func (r *recogniser) resolvePiece(a, b int) {
	for a < b && (!r.toks[a].word || !r.toks[a].upper) {
		a++
	}
	for b > a && (!r.toks[b-1].word || !r.toks[b-1].upper) {
		b--
	}
	if a < b {
		r.resolve(a, b, 0)
	}
}

// acronymJoins reports whether the common acronym at token k is part of the name its run [a, b)
// spells: inside a gazetteer spelling; before the run's last word, with no name of its own
// between, when that word heads an organisation or an event ("AI Safety Institute", "PDF
// Association", "AI Act"; not "CEO Jane Doe Foundation" nor "Kestrel Dynamics CEO"); or after the
// "of" or "for" of an organisation's head ("Ministry of IT", "Centre for AI Safety").
func (r *recogniser) acronymJoins(a, b, k int) bool {
	for m := a; m <= k; m++ {
		if g := r.gazAt[m]; g >= 0 && r.gaz[g].end >= r.toks[k].end {
			return true
		}
	}
	if last := r.toks[b-1].text; k < b-1 && (r.lx.is("orghead", last) || r.lx.is("otherhead", last)) {
		ownName := false
		for m := k + 1; m < b-1 && !ownName; m++ {
			w := r.toks[m].text
			ownName = r.gazAt[m] >= 0 || r.lx.firstNames[w] || r.toks[m].upper && r.placeStarts(m, b)
		}
		if !ownName {
			return true
		}
	}
	if k == b-1 && r.broadcaster(k) {
		return true
	}
	return r.hasOrgOf(a, k+1)
}

// broadcaster reports whether the common acronym at token k, the last of its run, ends a
// channel's name: it heads organisations ("TV") and follows a capitalised word that is no place,
// nationality, common word or kind of television, nor a name the gazetteer knows ("Court TV",
// "Fox TV", "Sky TV"; not "US TV", "Russian TV", "State TV", "Cable TV", nor "BBC TV", which is
// the BBC). That word alone is no name: "in Court TV coverage" names no place "Court".
func (r *recogniser) broadcaster(k int) bool {
	lx, toks := r.lx, r.toks
	if k < 1 || !lx.is("orghead", toks[k].text) || !toks[k].space {
		return false
	}
	w := toks[k-1]
	return w.word && w.upper && r.gazAt[k-1] < 0 && r.gazEndsAt(k-1) < 0 && !lx.places[w.text] &&
		!lx.is("common", w.text) && !lx.is("demonym", w.text) && !lx.is("opener", w.text) && !lx.is("medium", w.text)
}

// mostlyCapitals reports whether most words of two letters or more are in capitals.
func mostlyCapitals(text string) bool {
	upper, lower := caseCounts(text)
	return upper > 1 && upper-1 > lower
}

// isHeadline reports whether the text is written in title case ("Why Is the TikTok Deal
// Causing Concern?"): after the first word, at least three capitalised words of four letters or
// more, and no lower-case word of three letters or more that is not a function word (title case
// leaves "the" and "of" small, never "met" or "victory") nor the tail of a hyphenated word
// ("President-elect").
func (r *recogniser) isHeadline() bool {
	caps, lower := 0, 0
	first := true
	for i, tk := range r.toks {
		if !tk.word || i > 0 && !tk.space && hyphens[r.toks[i-1].text] {
			continue
		}
		if first {
			first = false
			continue
		}
		n := utf8.RuneCountInString(tk.text)
		switch {
		case tk.upper && n >= 4:
			caps++
		case !tk.upper && n >= 3 && !headlineSmall[tk.text]:
			lower++
		}
	}
	return caps >= 3 && lower == 0
}

// headlineSmall are the words title case writes in lower case.
var headlineSmall = map[string]bool{"the": true, "and": true, "for": true, "nor": true, "but": true,
	"with": true, "from": true, "into": true, "over": true, "onto": true, "upon": true, "via": true}

// postNominals are honours and offices written after a person's name ("William Haughey OBE");
// they are not part of it.
var postNominals = map[string]bool{"OBE": true, "CBE": true, "MBE": true, "KBE": true, "DBE": true,
	"QC": true, "KC": true, "MP": true, "MEP": true, "MSP": true, "AM": true, "FRS": true}

var hyphens = map[string]bool{"-": true, "‐": true, "‑": true}

// connectors are lower-case particles inside personal and place names ("de la Bruyère",
// "bin Rashid", "van der Leyen", "al-Assad").
var connectors = map[string]bool{"de": true, "la": true, "le": true, "du": true, "da": true, "di": true,
	"van": true, "von": true, "der": true, "den": true, "bin": true, "ibn": true, "al": true, "el": true,
	"dos": true, "das": true, "del": true, "y": true, "ter": true, "zu": true, "es": true}

// ofHeads are words after which "of" continues a name ("Gulf of Mexico", "Republic of Korea").
var ofHeads = map[string]bool{"Gulf": true, "Bay": true, "Isle": true, "Republic": true, "Kingdom": true,
	"Sea": true, "Strait": true, "Cape": true, "Duke": true, "Duchess": true, "Prince": true, "Princess": true,
	"Secretary": true, "Minister": true, "Islands": true, "Emirate": true, "State": true, "States": true, "Port": true}

// peerages are titles of peers, whose name goes on with "of" and a place ("Lord Smith of
// Finsbury"); after anyone else's name "of" names an affiliation ("Siddharth Rao of Infosys").
var peerages = map[string]bool{"Lord": true, "Lady": true, "Baron": true, "Baroness": true,
	"Viscount": true, "Viscountess": true, "Earl": true, "Countess": true, "Marquess": true,
	"Marchioness": true}

// extend returns the end (exclusive) of the capitalised run that starts at token i: capitalised
// words separated by single spaces, joined by hyphens, particles, "&", "of" after a head word,
// and "and" when what follows ends in an organisation head ("Securities and Exchange Commission").
func (r *recogniser) extend(i int) int {
	toks := r.toks
	capAt := func(k int, needSpace bool) bool {
		return k < len(toks) && toks[k].word && toks[k].upper && !toks[k].newline && toks[k].space == needSpace
	}
	j := i + 1
	for j < len(toks) {
		tk := toks[j]
		switch {
		case capAt(j, true):
			j++
		case hyphens[tk.text] && !tk.space && j+1 < len(toks) && !toks[j+1].space && toks[j+1].word:
			if toks[j+1].upper || toks[j+1].text == "elect" && r.lx.titles[toks[j-1].text] {
				j += 2
				continue
			}
			return j
		case tk.word && !tk.upper && connectors[tk.text] && tk.space:
			k := j + 1
			for k < len(toks) && toks[k].word && connectors[toks[k].text] && toks[k].space {
				k++
			}
			if capAt(k, true) {
				j = k + 1
			} else if k+1 < len(toks) && hyphens[toks[k].text] && capAt(k+1, false) {
				j = k + 2
			} else {
				return j
			}
		case tk.text == "of" && tk.space && (r.lx.is("orgof", toks[j-1].text) || ofHeads[toks[j-1].text]) && capAt(j+1, true):
			j += 2
		case tk.text == "for" && tk.space && r.lx.is("orgof", toks[j-1].text) && capAt(j+1, true) && !r.personStarts(j+1):
			// "Centre for Policy Studies", "Department for Transport", "Office for National
			// Statistics": an organisation's head names its purpose with "for" as with "of".
			// A person after it is whom an event is for, not a purpose ("a Memorial Service
			// for Queen Elizabeth", "the Campaign for Jane Doe").
			j += 2
		case tk.text == "of" && tk.space && peerages[toks[i].text] && j-i >= 2 && capAt(j+1, true) && r.gazAt[j+1] < 0 && !r.placeStarts(j+1, len(toks)) && !isAllCaps(toks[j+1].text):
			// "Baroness Hale of Richmond": a peer's territorial designation is part of the name.
			j += 2
		case tk.text == "&" && j+1 < len(toks) && toks[j+1].word && toks[j+1].upper:
			j += 2
		case tk.text == "and" && tk.space && j-i <= 2 && capAt(j+1, true):
			k := j + 1
			for capAt(k+1, true) {
				k++
			}
			joined := r.text[toks[i].start:toks[k].end]
			if r.lx.places[joined] || r.lx.is("orghead", toks[k].text) && !r.knownPieces(i, j) {
				j = k + 1
				continue
			}
			return j
		default:
			return j
		}
	}
	return j
}

// personStarts reports whether the capitalised words from token k on start by naming a person: a
// person the gazetteer knows, a title of address before a name ("Queen Elizabeth", "President
// Macron"; not a field of government, "Institute for Justice Reform"), or a given name that is no
// place or common word ("Jane Doe"; not "Centre for Christian Studies").
func (r *recogniser) personStarts(k int) bool {
	lx, toks := r.lx, r.toks
	if g := r.gazAt[k]; g >= 0 {
		return r.t.entities[r.gaz[g].ent].Kind == corpus.KindPerson
	}
	w := toks[k].text
	if lx.places[w] || lx.is("common", w) && !lx.titles[w] || lx.is("demonym", w) || lx.is("field", w) {
		return false
	}
	if lx.firstNames[w] {
		return true
	}
	e := k + 1
	for e < len(toks) && toks[e].word && toks[e].upper && toks[e].space && !toks[e].newline {
		e++
	}
	return r.titleLen(k, e) > 0 && !r.placeStarts(k, e)
}

// sentenceStart reports whether token i opens a sentence: nothing but quotes and brackets
// before it since the text's start, a line break, or a full stop, question or exclamation mark
// or colon.
func (r *recogniser) sentenceStart(i int) bool {
	if i == r.initial {
		return true
	}
	for k := i - 1; k >= 0; k-- {
		tk := r.toks[k]
		if r.toks[k+1].newline {
			return true
		}
		switch tk.text {
		case "\"", "“", "‘", "'", "(", "[", "«", "—", "–", "-", "•", "·", "*", "▪", "●", "►", "#", "»":
			continue
		case ".", "!", "?", ":", "…", ";":
			return true
		}
		// "Mr." and "J." keep their periods; an initial closes no sentence.
		return false
	}
	return true
}

// resolve decides what the run of tokens [a, b) names and emits its mentions. depth bounds the
// recursion over the pieces of a run.
func (r *recogniser) resolve(a, b, depth int) {
	lx := r.lx
	if a >= b || depth > 4 {
		return
	}
	// A gazetteer spelling that starts a run and reaches its end or beyond ("Washington state",
	// "Amazon.com", "House Select Committee on the Chinese Communist Party") is the answer.
	if g := r.gazAt[a]; g >= 0 && r.gaz[g].end >= r.toks[b-1].end {
		r.emitGaz(r.gaz[g], a)
		return
	}
	// Words that open sentences and phrases are not names ("The", "In", "Officials", "Monday");
	// what follows them still opens the sentence.
	initial := r.sentenceStart(a)
	for a < b && r.gazAt[a] < 0 && r.titleLen(a, b) == 0 && !r.placeStarts(a, b) &&
		(lx.is("opener", r.toks[a].text) || !r.toks[a].word) {
		a++
	}
	for b > a && r.gazEndsAt(b-1) < 0 && (lx.is("opener", r.toks[b-1].text) || !r.toks[b-1].word || b-a > 2 && postNominals[r.toks[b-1].text]) {
		b--
	}
	// A title after a known name is not part of it ("US President", "Amazon Chairman"); after
	// an unknown word it is a name of its own ("the Half-Blood Prince").
	if b-a > 1 && lx.titles[r.toks[b-1].text] && r.toks[b-2].text != "of" && r.gazEndsAt(b-1) < 0 {
		if r.fieldOfOffice(a, b-1) {
			// "The Labour Minister said": an office and its field, no name (see split).
			r.consumed = max(r.consumed, r.toks[b-1].end)
			return
		}
		if !r.knownPieces(a, b-1) {
			r.consumed = max(r.consumed, r.toks[b-1].end)
			return
		}
		b--
	}
	if a >= b {
		return
	}
	if initial {
		r.initial = a
	}
	if g := r.gazAt[a]; g >= 0 && r.gaz[g].end >= r.toks[b-1].end {
		r.emitGaz(r.gaz[g], a)
		return
	}
	if r.onlyCommon(a, b) {
		return
	}
	span := r.text[r.toks[a].start:r.toks[b-1].end]
	// A title of address makes a person; the title is part of the mention, not of the name.
	// A known place that opens with one ("Prince Edward Island", "Mount Everest") is the place.
	if tl := r.titleLen(a, b); tl > 0 && !lx.places[span] {
		if tl == b-a {
			return
		}
		if r.gazAt[a] >= 0 {
			// The gazetteer spells the title with the name ("President-elect Trump").
			r.split(a, b, depth)
			return
		}
		if g := r.gazAt[a+tl]; g >= 0 && r.gaz[g].end == r.toks[b-1].end {
			if r.t.entities[r.gaz[g].ent].Kind == corpus.KindPerson {
				e := &r.t.entities[r.gaz[g].ent]
				r.emit(r.toks[a].start, r.toks[b-1].end, e.Name, e.Kind)
			} else {
				r.emitGaz(r.gaz[g], a+tl)
			}
			return
		}
		if r.headline || r.knownPieces(a+tl, b) {
			r.split(a+tl, b, depth)
			return
		}
		r.emitName(a, b, a+tl, corpus.KindPerson)
		return
	}
	last := r.toks[b-1].text
	if b-a >= 2 && lx.is("otherhead", last) {
		// A law, event or award named after a place or person ("Paris Agreement", "USA
		// PATRIOT Act") is none of the three kinds, and neither is the place inside it.
		r.consumed = max(r.consumed, r.toks[b-1].end)
		return
	}
	switch {
	case lx.places[span]:
		r.emitName(a, b, a, corpus.KindPlace)
		return
	case r.headline:
		r.split(a, b, depth)
		return
	case b-a >= 2 && lx.is("surnamehead", last) && !r.hasOrgOf(a, b) && r.surnameHeadPerson(a, b):
		// "Samantha Power, the head of USAID", "striker Cathal Power", "coach Bruce Arena": a
		// head word that is also a surname, after a given name or with a person's cue.
		r.emitName(a, b, a, corpus.KindPerson)
		return
	case b-a >= 2 && lx.is("orghead", last) && !r.toks[b-1].newline, r.hasOrgOf(a, b):
		r.emitName(a, b, a, corpus.KindOrganization)
		return
	case b-a >= 2 && (lx.is("placehead", last) || lx.is("placeprefix", r.toks[a].text)):
		r.emitName(a, b, a, corpus.KindPlace)
		return
	case b-a >= 2 && lx.is("direction", r.toks[a].text) && lx.places[r.text[r.toks[a+1].start:r.toks[b-1].end]]:
		r.emitName(a, b, a, corpus.KindPlace)
		return
	case b-a >= 2 && lx.firstNames[r.toks[a].text] && !r.knownPlaceAt(a, b):
		// "Melania Trump", "Malcolm X", "Hunter Biden": a given name makes the whole run a
		// person, whatever one-word alias its last word also is.
		r.emitName(a, b, a, corpus.KindPerson)
		return
	}
	if r.split(a, b, depth) {
		return
	}
	if k := r.classify(a, b); k != corpus.KindOther {
		r.emitName(a, b, a, k)
	}
}

// surnameHeadPerson reports whether the run [a, b), which ends in a head word that is also a
// surname ("Power", "Arena"), names a person: a given name opens a run of two words, or of three
// with an initial between ("Samantha Power", "Bruce J. Arena"), and is no place or common word
// ("Georgia Power", "Christian Church"); or, in a run of up to three words, a person's role comes
// before it ("striker Cathal Power", "coach Bruce Arena"), an apposition or "who" describes a
// person after it ("Samantha Power, the head of USAID"), or a reporting verb and a personal
// pronoun follow it ("Cathal Power said he"). A reporting verb alone is no cue: "Harwick Water
// said" is the utility.
func (r *recogniser) surnameHeadPerson(a, b int) bool {
	lx, toks := r.lx, r.toks
	if b-a > 3 {
		return false
	}
	first := toks[a].text
	if lx.firstNames[first] && !lx.places[first] && !lx.is("common", first) && !lx.is("demonym", first) &&
		(b-a == 2 || isInitial(toks[a+1].text)) {
		return true
	}
	prev, prev2 := r.wordBefore(a, 1), r.wordBefore(a, 2)
	if lx.is("personrole", prev) || prev == "," && lx.is("personrole", prev2) {
		return true
	}
	if r.appositionKind(b) == corpus.KindPerson {
		return true
	}
	if b+1 < len(toks) && lx.is("personverb", toks[b].text) {
		switch toks[b+1].text {
		case "he", "she", "his", "her", "him":
			return true
		}
	}
	return b < len(toks) && (toks[b].text == "himself" || toks[b].text == "herself")
}

// isInitial reports whether w is a middle initial: one capital letter, with or without a period
// ("J", "J.").
func isInitial(w string) bool {
	w = strings.TrimSuffix(w, ".")
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && n > 0 && unicode.IsUpper(r)
}

// onlyCommon reports whether every word of [a, b) is a common capitalised word or a demonym,
// save a nationality before an organisation's head: "European Parliament", "Scottish
// Parliament" and "Welsh Government" name one body, where "Parliament" or "European" alone names
// none. Written in lower case ("the French government") the phrase is no run at all. "The
// Parliament" after the document named the "Scottish Parliament" is that body (see classify).
func (r *recogniser) onlyCommon(a, b int) bool {
	if b-a >= 2 && r.lx.is("demonym", r.toks[a].text) && r.lx.is("orghead", r.toks[b-1].text) {
		return false
	}
	if b-a == 1 && strings.EqualFold(r.wordBefore(a, 1), "the") && r.doc.fullOrg(r.toks[a].text) != "" {
		return false
	}
	for k := a; k < b; k++ {
		tk := r.toks[k]
		if !tk.word {
			continue
		}
		if !r.lx.is("common", tk.text) && !r.lx.is("demonym", tk.text) && !r.lx.is("opener", tk.text) {
			return false
		}
	}
	return true
}

// titleLen returns how many tokens from a spell a title of address followed by more of the run:
// one title, or titles in a row ("Detective Inspector", "Detective Chief Inspector"), so long as
// a word of the run is left for the name.
func (r *recogniser) titleLen(a, b int) int {
	one := func(a int) int {
		best := 0
		for n := 1; n <= r.lx.maxTitleWords+2 && a+n <= b; n++ {
			// Titles are written with single spaces or a hyphen ("President-elect").
			if r.lx.titles[r.text[r.toks[a].start:r.toks[a+n-1].end]] {
				best = n
			}
		}
		return best
	}
	total := one(a)
	for total > 0 {
		n := one(a + total)
		if n == 0 || a+total+n >= b {
			break
		}
		total += n
	}
	return total
}

func (r *recogniser) placeStarts(a, b int) bool {
	for k := a; k < b && k < a+4; k++ {
		if r.lx.places[r.text[r.toks[a].start:r.toks[k].end]] {
			return true
		}
	}
	return false
}

// knownPlaceAt reports whether the run is a known place with a given name's spelling
// ("Victoria", "Georgia"): then the place wins.
func (r *recogniser) knownPlaceAt(a, b int) bool {
	return r.lx.places[r.text[r.toks[a].start:r.toks[b-1].end]]
}

// gazEndsAt returns the gazetteer match that ends with token k, or -1.
func (r *recogniser) gazEndsAt(k int) int {
	end := r.toks[k].end
	i := sort.Search(len(r.gaz), func(i int) bool { return r.gaz[i].end >= end })
	if i < len(r.gaz) && r.gaz[i].end == end {
		return i
	}
	return -1
}

// hasOrgOf reports whether the run is "Head of Something" or "Head for Something" with an
// organisation head ("Bank of Japan", "Federal Bureau of Investigation", "Department for
// Transport").
func (r *recogniser) hasOrgOf(a, b int) bool {
	for k := a + 1; k+1 < b; k++ {
		if (r.toks[k].text == "of" || r.toks[k].text == "for") && r.lx.is("orgof", r.toks[k-1].text) {
			return true
		}
	}
	return false
}

// knownPieces reports whether the run holds a gazetteer spelling, a known place or a title.
func (r *recogniser) knownPieces(a, b int) bool {
	for k := a; k < b; k++ {
		if r.gazAt[k] >= 0 || r.toks[k].word && r.toks[k].upper && r.placeStarts(k, b) {
			return true
		}
	}
	return false
}

// split cuts a run at the gazetteer spellings, known places and titles it holds ("US President
// Donald Trump", "TikTok US", "U.S.-China") and resolves each piece; the unknown words between
// known pieces are resolved alone. It reports whether any known piece was found.
func (r *recogniser) split(a, b, depth int) bool {
	found := false
	rest := a
	for k := a; k < b; {
		if r.toks[k].start < r.consumed {
			k++
			rest = k
			continue
		}
		end := -1 // token index after the known piece at k
		isGaz := false
		if g := r.gazAt[k]; g >= 0 {
			ge := r.gaz[g].end
			for e := k; e < len(r.toks) && r.toks[e].start < ge; e++ {
				end = e + 1
			}
			isGaz = true
		} else if r.toks[k].word && r.toks[k].upper {
			for e := k + 1; e <= b && e <= k+4; e++ {
				if r.lx.places[r.text[r.toks[k].start:r.toks[e-1].end]] {
					end = e
				}
			}
			if tl := r.titleLen(k, b); tl > 0 && k+tl < b && k > a {
				// A title inside the run starts a new piece that runs to its end.
				r.resolveUnknown(rest, k, depth)
				r.resolve(k, b, depth+1)
				return true
			}
		}
		if end < 0 {
			k++
			continue
		}
		// A one-word person alias after unknown capitalised words is somebody else's surname:
		// "Ivana Trump" is not Donald Trump.
		if isGaz && end == b && end-k == 1 && k > rest && !r.headline {
			e := r.t.entities[r.gaz[r.gazAt[k]].ent]
			if e.Kind == corpus.KindPerson && !r.onlyCommon(rest, k) {
				r.emitName(rest, b, rest, corpus.KindPerson)
				return true
			}
		}
		// "Economy and Labour Minister Wolfgang Clement": a one-word organisation of the
		// gazetteer before an office is the office's field, not the party it also spells; the
		// field and the office are the person's title.
		if end < b && r.fieldOfOffice(k, end) {
			r.resolveUnknown(rest, k, depth)
			if end+1 < b {
				r.emitName(k, b, end+1, corpus.KindPerson)
			}
			r.consumed = max(r.consumed, r.toks[b-1].end)
			return true
		}
		found = true
		r.resolveUnknown(rest, k, depth)
		if isGaz {
			r.emitGaz(r.gaz[r.gazAt[k]], k)
		} else {
			r.emitName(k, end, k, corpus.KindPlace)
		}
		k = end
		rest = end
	}
	if !found {
		return false
	}
	r.resolveUnknown(rest, b, depth)
	return true
}

// fieldOfOffice reports whether token k is a one-word organisation of the gazetteer that names
// the field of the office at token end ("Labour" in "Labour Minister"), not the organisation: a
// field of government (see the lexicon's field list), never a company ("Microsoft Secretary").
func (r *recogniser) fieldOfOffice(k, end int) bool {
	g := r.gazAt[k]
	return g >= 0 && end == k+1 && end < len(r.toks) && r.gaz[g].end <= r.toks[k].end &&
		r.lx.is("field", r.toks[k].text) && r.lx.is("portfolio", r.toks[end].text) &&
		r.t.entities[r.gaz[g].ent].Kind == corpus.KindOrganization
}

// resolveUnknown resolves the leftover words between known pieces, skipping joiners.
func (r *recogniser) resolveUnknown(a, b, depth int) {
	for a < b && (!r.toks[a].word || !r.toks[a].upper) {
		a++
	}
	for b > a && (!r.toks[b-1].word || !r.toks[b-1].upper) {
		b--
	}
	if a < b && !r.headline {
		r.resolve(a, b, depth+1)
	}
}

// classify decides the kind of an unknown run from its context and shape, or KindOther when
// nothing says it is a name.
func (r *recogniser) classify(a, b int) corpus.EntityKind {
	lx := r.lx
	toks := r.toks
	words := 0
	for k := a; k < b; k++ {
		if toks[k].word {
			words++
		}
	}
	prev, prev2 := r.wordBefore(a, 1), r.wordBefore(a, 2)
	next := ""
	if b < len(toks) {
		next = toks[b].text
	}
	joined, particle, plain := false, false, false
	for k := a; k < b; k++ {
		switch t := toks[k].text; t {
		case "&":
			joined = true
		case "de", "del", "da", "do", "dos", "la", "las", "los":
			particle = true
		default:
			plain = plain || toks[k].word && (lx.is("common", t) || nounShaped(t) || !toks[k].upper)
		}
	}
	if joined && !plain {
		// "Hollins & Pike", "Marks & Spencer": two names joined by an ampersand make a firm;
		// not a heading's words ("Leverage AI & Personalization").
		return corpus.KindOrganization
	}
	if particle && words >= 2 && (prev == "in" || prev == "near" || prev == "to" || prev == "from" && !lx.is("personverb", next)) {
		// "in Vina del Mar", "to Mar del Plata": a place whose name holds a particle, where
		// "Emily de la Bruyère testified" is a person.
		return corpus.KindPlace
	}
	// ", who" and ", a spokeswoman for" describe a person; ", the parent of" an organisation.
	if k := r.appositionKind(b); k != corpus.KindOther {
		return k
	}
	if words == 1 && r.sentenceStart(a) && strings.HasSuffix(toks[a].text, "s") && !isAllCaps(toks[a].text) {
		// "Officials said", "Floods closed": a plural noun opening the sentence.
		return corpus.KindOther
	}
	if lx.is("personverb", prev) && prev != "who" && words >= 2 {
		// "…, said Carlos Saldarriaga": the attribution written after the quote.
		return corpus.KindPerson
	}
	if lx.is("personrole", prev) || prev == "," && lx.is("personrole", prev2) {
		return corpus.KindPerson
	}
	if lx.is("orgrole", strings.ToLower(prev)) {
		return corpus.KindOrganization
	}
	if prev == "to" && strings.EqualFold(prev2, "according") {
		if words >= 2 {
			return corpus.KindPerson
		}
		return corpus.KindOrganization
	}
	if prev == "of" && r.personEndsBefore(a) {
		// "Siddharth Rao of Infosys": a person's affiliation.
		return corpus.KindOrganization
	}
	if prev == "of" && lx.is("placenoun", prev2) {
		return corpus.KindPlace
	}
	if prev == "for" && (prev2 == "MP" || prev2 == "MEP" || prev2 == "MSP" || prev2 == "AM") {
		// "the Labour MP for Birkenhead": the constituency a member sits for.
		return corpus.KindPlace
	}
	if lx.is("orgverb", next) {
		return corpus.KindOrganization
	}
	if lx.is("personverb", next) {
		if prev == "the" {
			return corpus.KindOrganization
		}
		if words == 1 && r.doc != nil && !r.doc.known(toks[a].text) && !r.surnames[toks[a].text] {
			// Nobody in the document has this surname: a company or body speaking.
			return corpus.KindOrganization
		}
		return corpus.KindPerson
	}
	if lx.is("locprep", strings.ToLower(prev)) && (prev == strings.ToLower(prev) || r.sentenceStart(a-1)) && (words == 1 || prev == "at") {
		// Only a one-word unknown name is taken for a place by its preposition: a longer one
		// after "from" or "with" is as often a person ("goals from Noe Pamarot").
		if prev == "at" && (lx.is("personrole", prev2) || lx.is("personrole", strings.ToLower(prev2))) {
			// "an analyst at Energy Merchant": where a person works.
			return corpus.KindOrganization
		}
		return corpus.KindPlace
	}
	if words == 1 {
		if r.surnames[toks[a].text] || r.doc.known(toks[a].text) {
			return corpus.KindPerson
		}
		if strings.EqualFold(prev, "the") && r.doc.fullOrg(toks[a].text) != "" {
			// "the Commission" in a document that names one "… Commission" in full; "The
			// Commission" opening a sentence too.
			return corpus.KindOrganization
		}
		return corpus.KindOther
	}
	if prev == "the" {
		return corpus.KindOrganization
	}
	// Two to four name-shaped words with nothing else to go by are as often the title of a film,
	// song or programme ("Monsoon Wedding", "Forty Shades") as a person with a given name the
	// lists lack: a person only when the document also writes the last word alone
	// ("… Lleyton Hewitt … Hewitt said").
	//
	// Nor is a run a full name when only its place gives it capitals, or every later mention of
	// its last word would be that "person": a word opening the sentence that the document also
	// writes in lower case ("Run Windows …", "… lets you run Windows"), a function word in
	// capitals after the first (a title-case heading, "Run Windows On Mac"), or a word shaped
	// like an adjective ("Legitimate Bollywood films").
	if words <= 4 && r.doc.standsAlone(toks[b-1].text) {
		// A name's particle is written small inside a sentence and capitalised opening one
		// ("Ursula von der Leyen …", "Von der Leyen meets …"): the same name.
		if first := toks[a].text; r.sentenceStart(a) && !lx.firstNames[first] && !connectors[strings.ToLower(first)] && r.doc.writesLower(first) {
			return corpus.KindOther
		}
		for k := a; k < b; k++ {
			w := toks[k].text
			if toks[k].word && (lx.is("common", w) || lx.is("demonym", w) || nounShaped(w) || adjectiveShaped(w) || k > a && titleCaseSmall[w]) {
				return corpus.KindOther
			}
		}
		return corpus.KindPerson
	}
	return corpus.KindOther
}

// wordBefore returns the n-th token before token a, as written, or "".
func (r *recogniser) wordBefore(a, n int) string {
	if a-n < 0 {
		return ""
	}
	return r.toks[a-n].text
}

func (r *recogniser) personEndsBefore(a int) bool {
	return a >= 2 && r.lastPerson.End > 0 && r.lastPerson.End == r.toks[a-2].end
}

// appositionKind reads what follows the run at token b: "who" or a comma and a role noun
// within four words ("…, a researcher at", "…, the parent of").
func (r *recogniser) appositionKind(b int) corpus.EntityKind {
	toks := r.toks
	if b < len(toks) && toks[b].text == "who" {
		return corpus.KindPerson
	}
	if b+1 >= len(toks) || toks[b].text != "," {
		return corpus.KindOther
	}
	if toks[b+1].text == "who" {
		return corpus.KindPerson
	}
	for k := b + 1; k < len(toks) && k <= b+5; k++ {
		w := toks[k].text
		if k == b+2 && (w == "'" || w == "’") && k+1 < len(toks) && toks[k+1].text == "s" {
			// "Fathi Bin Shatwan, Libya's oil minister": the role of a place's or an
			// organisation's person.
			k++
			continue
		}
		if !toks[k].word || toks[k].upper && k > b+1 {
			break
		}
		lw := strings.ToLower(w)
		if r.lx.is("personrole", lw) {
			return corpus.KindPerson
		}
		if r.lx.is("orgrole", lw) {
			return corpus.KindOrganization
		}
	}
	return corpus.KindOther
}

// emitGaz reports gazetteer match g (starting at token i, or -1 when tokens are not in use),
// unless context says the spelling names something else: "the Amazon rainforest" is a place.
func (r *recogniser) emitGaz(g gazMatch, i int) {
	e := &r.t.entities[g.ent]
	if r.lx != nil && e.Kind != corpus.KindPlace && i >= 0 {
		k := i
		for k < len(r.toks) && r.toks[k].start < g.end {
			k++
		}
		if k < len(r.toks) && r.toks[k].word && !r.toks[k].upper && r.lx.is("geonoun", r.toks[k].text) {
			name := normalizeName(r.text[g.start:g.end]) + " " + r.toks[k].text
			r.emit(g.start, g.end, name, corpus.KindPlace)
			return
		}
	}
	r.emit(g.start, g.end, e.Name, e.Kind)
}

// emitName reports tokens [a, b) as a new name of kind k, named from token n on (after a title).
// A name the gazetteer knows is reported under its canonical name; one it knows as another kind
// is left alone rather than reported twice over.
func (r *recogniser) emitName(a, b, n int, k corpus.EntityKind) {
	name := normalizeName(r.text[r.toks[n].start:r.toks[b-1].end])
	if k == corpus.KindPerson && b-n == 1 && r.doc != nil && r.doc.surnames[name] != "" {
		// A bare surname is the person the document named in full.
		name = r.doc.surnames[name]
	}
	if c, ck, ok := r.t.Canonical(name); ok {
		if ck != k && ck != corpus.KindPerson {
			return
		}
		name, k = c, ck
	} else if k == corpus.KindOrganization {
		name = r.orgName(name, a)
	}
	r.emit(r.toks[a].start, r.toks[b-1].end, name, k)
}

// divisions are words written after an organisation's name for one of its services or outlets
// ("BBC News", "BBC Radio", "Reuters World Service"): the same organisation for what a text is
// about, so "BBC" and "BBC News" in two accounts are one name, not two.
var divisions = []string{" News", " Online", " Radio", " Sport", " World Service", " Worldwide", " Television"}

// orgName gives an organisation name the gazetteer does not know its canonical form: a known
// organisation with a division word after it is that organisation, and a short form of an
// organisation the document names in full ("the Commission" after "the European Commission") is
// the full name when only one fits. A capitalised word just before the mention (token a) that is
// no mention of its own makes it part of another name the recogniser dropped a word of ("May
// Department Stores" is not "Federated Department Stores"); one that is ("US" in "US Department
// of Justice") or a determiner opening the sentence ("The Bank said") does not.
func (r *recogniser) orgName(name string, a int) string {
	for _, d := range divisions {
		if base, ok := strings.CutSuffix(name, d); ok {
			if c, ck, ok := r.t.Canonical(base); ok && ck == corpus.KindOrganization {
				return c
			}
		}
	}
	if a > 0 && r.toks[a-1].word && r.toks[a-1].upper && !determiners[r.toks[a-1].text] && (len(r.out) == 0 || r.out[len(r.out)-1].End < r.toks[a-1].end) {
		return name
	}
	if full := r.doc.fullOrg(name); full != "" {
		return full
	}
	return name
}

// determiners open a sentence before a short form of a name ("The Commission said").
var determiners = map[string]bool{"The": true, "This": true, "That": true, "Its": true, "Their": true}

func (r *recogniser) emit(start, end int, name string, k corpus.EntityKind) {
	if start < r.consumed || end <= start {
		return
	}
	m := corpus.Mention{Start: start, End: end, Entity: name, Kind: k}
	r.out = append(r.out, m)
	r.consumed = end
	if k == corpus.KindPerson {
		r.lastPerson = m
		if last, ok := surname(name); ok {
			if r.surnames == nil {
				r.surnames = map[string]bool{}
			}
			r.surnames[last] = true
		}
	}
}

// isAllCaps reports whether s has no lower-case letter.
func isAllCaps(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// nounSuffixes end abstract English nouns, rarely names: "Digital Rights Management".
var nounSuffixes = []string{"ment", "tion", "sion", "ness", "ity", "ship", "ism", "ance", "ence", "ology", "ics", "ure"}

// nounShaped reports whether a capitalised word of six letters or more ends like an abstract noun.
func nounShaped(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, s := range nounSuffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// adjectiveSuffixes end English adjectives, and given names or surnames hardly ever:
// "Legitimate", "Ambitious", "Remarkable", "Political".
var adjectiveSuffixes = []string{"ate", "ive", "ous", "able", "ible", "ful", "less", "ical"}

// adjectiveShaped reports whether a capitalised word of seven letters or more ends like an
// adjective. Shorter words are left alone: "Kate", "Clive", "Olive" are given names.
func adjectiveShaped(w string) bool {
	if len(w) < 7 {
		return false
	}
	for _, s := range adjectiveSuffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// titleCaseSmall are function words that only title case capitalises inside a run ("Run Windows
// On Mac"); no person's name holds them. "A" and "An" stay out: a middle initial, a given name.
var titleCaseSmall = map[string]bool{"On": true, "In": true, "Of": true, "To": true, "At": true,
	"By": true, "For": true, "And": true, "The": true, "With": true, "From": true, "Into": true,
	"Over": true, "Is": true, "Are": true, "Or": true}

// capitalisedBefore reports whether the word of name that ends at byte i starts with a capital:
// the words after it are then the tail of a name ("European Commission"), not the object of a
// preposition inside it ("Committee on the Chinese Communist Party").
func capitalisedBefore(name string, i int) bool {
	w := name[strings.LastIndexByte(name[:i], ' ')+1 : i]
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// surname returns the word a person named in more than one word is called by alone: the last
// word, or a peer's name before the territorial designation ("Hale" of "Hale of Richmond",
// never "Richmond").
func surname(name string) (string, bool) {
	if before, _, ok := strings.Cut(name, " of "); ok {
		i := strings.LastIndexByte(before, ' ')
		return before[i+1:], true
	}
	i := strings.LastIndexByte(name, ' ')
	return name[i+1:], i >= 0
}
