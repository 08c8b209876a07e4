// Package corpus defines the model of a news corpus: articles, their paragraphs and sentences with
// stable IDs, the entities they mention and the dates they state.
//
// The package and its sub-packages are plain Go with no go-app import, so that they build natively
// (for the build command and tests) and, where the browser needs them, to WebAssembly:
//   - ingest turns a folder of article files, in several formats, into Articles (build time only);
//   - entity recognises named entities, and timeline temporal expressions and events;
//   - index encodes the articles and what is derived from them into the versioned data file the
//     app fetches;
//   - search, align, timeline and library are the engines behind the views, cite the citations
//     and exports.
package corpus

import (
	"errors"
	"fmt"
	"strings"
)

// UnknownOutlet is the outlet filter value, in links and menus, that keeps the articles whose
// outlet is unknown.
const UnknownOutlet = "unknown"

// OutletIs reports whether a's outlet is the filter value outlet, compared without regard to
// case; UnknownOutlet matches an article with no outlet.
func (a *Article) OutletIs(outlet string) bool {
	if a.Outlet == "" {
		return strings.EqualFold(outlet, UnknownOutlet)
	}
	return strings.EqualFold(a.Outlet, outlet)
}

// Article is one news article after ingestion.
type Article struct {
	// ID is the stable, human-readable identifier used in every link, e.g. "whatjobs-amazon-tiktok-scrutiny".
	ID string
	// File is the name of the raw source file, relative to the corpus articles folder.
	File string
	// Title is the headline; TitleNote says where it comes from when the text has none.
	Title     string
	TitleNote string
	// Outlet is the publisher, empty when unknown; OutletNote says why or gives provenance.
	Outlet     string
	OutletNote string
	// Author is empty when unknown; AuthorNote then says why (and may give provenance otherwise).
	Author     string
	AuthorNote string
	// URL is the original address of the article, empty when unknown.
	URL string
	// Section is the one section the article is in: the one the file states (the first of a list
	// it states), the catalog's, else the subfolder of the corpus folder the file was in
	// ("business"); empty when none. Provenance.Section says which.
	Section string
	// Language is the BCP 47 tag of the language the article is written in, well-formed and
	// canonical ("de", "fa-IR", "en-GB"; see ValidLanguage), empty when unknown;
	// Provenance.Language says where it comes from or why it is unknown. It is never guessed
	// from the text: a file or the catalog states it, and the text may only refute it.
	Language string
	// Published is the publication date with its precision and basis.
	Published PubDate
	// Paragraphs hold the cleaned article text, in reading order.
	Paragraphs []Paragraph
	// Removed is the boilerplate taken out of the text; nothing is lost, only hidden.
	Removed []Removed
	// Dates are the temporal expressions found in the text, in reading order.
	Dates []DateMention
	// Provenance says where each metadata field came from; the zero value means not recorded.
	Provenance Provenance
}

// Provenance says where each metadata field of an article came from, field by field.
type Provenance struct {
	Title, Outlet, Author, URL, Published, Section, Language Origin
	// Encoding names how the raw file was decoded: "UTF-8", "UTF-8 with a byte order mark",
	// "UTF-16LE with a byte order mark", "Windows-1252" (when the bytes were not UTF-8).
	Encoding string
}

// Origin is the basis of one metadata field and what it rests on. Stated: From names the field
// or line of the file ("line 3", "front matter: date", "meta og:title"). Curated: From names the
// catalog entry ("catalog.json:7"). Estimated and unknown: Note gives the reason.
type Origin struct {
	Basis Basis
	From  string
	Note  string
}

// Paragraph is a block of article text split into sentences.
type Paragraph struct {
	// Heading marks a subheading inside the article ("Why Is the TikTok Partnership Causing Concern?").
	Heading   bool
	Sentences []Sentence
}

// Sentence is the unit that links, search results, alignments and timeline events point at.
type Sentence struct {
	// ID is stable for a given input and unique within its article: "p3s2" is the second sentence
	// of the third paragraph (both 1-based).
	ID   string
	Text string
	// Mentions are the entities named in Text, ordered by Start.
	Mentions []Mention
	// Embedding is the sentence's binary embedding, computed at build time: bit k (byte k/8,
	// bit k%8 from the least significant) is set when dimension k of its Universal Sentence
	// Encoder Lite vector is positive; 64 bytes for its 512 dimensions. Nil when the build had no
	// encoder. The aligner pairs paraphrases with it (see align.MeaningAgreement).
	Embedding []byte
}

// EmbeddingBytes is the length of a Sentence's Embedding: one bit for each of the encoder's 512
// dimensions.
const EmbeddingBytes = 64

// BinaryEmbedding returns the binary form of a sentence embedding v (see Sentence.Embedding):
// bit k set when v[k] > 0. It returns nil unless v holds 8·EmbeddingBytes values. The sign alone
// keeps what the aligner needs: on the alignment gold list's development halves, pairing by the
// agreement of signs finds about as many right pairs as pairing by the cosine of the full
// vectors (22 right and 3 wrong against 23 and 4), at a sixteenth of their size.
func BinaryEmbedding(v []float32) []byte {
	if len(v) != 8*EmbeddingBytes {
		return nil
	}
	b := make([]byte, EmbeddingBytes)
	for k, x := range v {
		if x > 0 {
			b[k/8] |= 1 << (k % 8)
		}
	}
	return b
}

// EntityKind classifies a named entity.
type EntityKind uint8

// Entity kinds.
const (
	KindOther EntityKind = iota
	KindPerson
	KindOrganization
	KindPlace
)

func (k EntityKind) String() string {
	switch k {
	case KindPerson:
		return "person"
	case KindOrganization:
		return "organization"
	case KindPlace:
		return "place"
	}
	return "other"
}

// Mention is one occurrence of a named entity inside a sentence.
type Mention struct {
	// Start and End are byte offsets into Sentence.Text (End exclusive).
	Start, End int
	// Entity is the canonical name, shared by all spellings ("Biden", "Joe Biden" → "Joe Biden").
	Entity string
	Kind   EntityKind
}

// Removed is a piece of boilerplate taken out of an article.
type Removed struct {
	// Line is the 1-based line of the raw file it came from.
	Line int
	// Before is the index of the paragraph it stood before (len(Paragraphs) when it came last),
	// so that a reader can reveal it in place.
	Before int
	Text   string
	// Rule names the general rule that removed it, e.g. "advertisement" or "breadcrumb".
	Rule string
}

// Precision says how much of a Date is known.
type Precision uint8

// Precisions, from coarsest to finest.
const (
	PrecisionUnknown Precision = iota
	PrecisionYear
	PrecisionQuarter
	PrecisionMonth
	// PrecisionPartOfMonth is "early", "mid" or "late" in a month; Date.Part says which.
	PrecisionPartOfMonth
	PrecisionDay
)

func (p Precision) String() string {
	switch p {
	case PrecisionYear:
		return "year"
	case PrecisionQuarter:
		return "quarter"
	case PrecisionMonth:
		return "month"
	case PrecisionPartOfMonth:
		return "part of month"
	case PrecisionDay:
		return "day"
	}
	return "unknown"
}

// Part of a month, for PrecisionPartOfMonth.
const (
	PartEarly = 1
	PartMid   = 2
	PartLate  = 3
)

// Date is a calendar date known to some precision. Fields finer than Precision are zero.
type Date struct {
	Year      int
	Quarter   int // 1–4, for PrecisionQuarter
	Month     int // 1–12
	Part      int // PartEarly, PartMid or PartLate, for PrecisionPartOfMonth
	Day       int
	Precision Precision
}

// Basis says how a publication date is known.
type Basis uint8

// Bases of a publication date.
const (
	// BasisUnknown: no date is stated or known; the date stays empty.
	BasisUnknown Basis = iota
	// BasisStated: the article text states it.
	BasisStated
	// BasisCurated: the catalog records it from a public source, with a note.
	BasisCurated
	// BasisEstimated: inferred from the content, with the reason; uncertain.
	BasisEstimated
)

func (b Basis) String() string {
	switch b {
	case BasisStated:
		return "stated"
	case BasisCurated:
		return "curated"
	case BasisEstimated:
		return "estimated"
	}
	return "unknown"
}

// PubDate is an article's publication date with its basis.
type PubDate struct {
	Date  Date
	Basis Basis
	// Note gives the provenance or the reason, shown to readers next to the date.
	Note string
}

// Anchor says what a date mention's normalised value rests on.
type Anchor uint8

// Anchors of a date mention.
const (
	// AnchorUnresolved: the expression cannot be placed; it is kept as an undated mention.
	AnchorUnresolved Anchor = iota
	// AnchorAbsolute: the text gives the date in full.
	AnchorAbsolute
	// AnchorStated, AnchorCurated, AnchorEstimated: resolved against the article's publication
	// date of that basis.
	AnchorStated
	AnchorCurated
	AnchorEstimated
)

func (a Anchor) String() string {
	switch a {
	case AnchorAbsolute:
		return "absolute"
	case AnchorStated:
		return "resolved against stated date"
	case AnchorCurated:
		return "resolved against curated date"
	case AnchorEstimated:
		return "resolved against estimated date"
	}
	return "unresolved"
}

// DateRole distinguishes what happened from what is expected.
type DateRole uint8

// Roles of a date mention.
const (
	RoleHappened DateRole = iota
	// RoleDeadline is a date something must happen by ("by January 19").
	RoleDeadline
	// RoleExpected is a date something is anticipated or planned for.
	RoleExpected
)

func (r DateRole) String() string {
	switch r {
	case RoleDeadline:
		return "deadline"
	case RoleExpected:
		return "expected"
	}
	return "happened"
}

// DateMention is a temporal expression found in a sentence, normalised.
type DateMention struct {
	// Sentence is the ID of the sentence that holds it.
	Sentence string
	// Start and End are byte offsets of the expression in the sentence text.
	Start, End int
	// Text is the expression as written, e.g. "by January 19".
	Text string
	// Date is the expression's value, or the first end of a range ("from May to November").
	Date Date
	// Until is the last end of a range, at its own precision; unknown for a single date.
	Until Date
	// Alt is the other reading of a numeric date that reads both ways ("8/10/2012": Date is
	// 10 August, Alt 8 October) when the outlet's convention is unknown; unknown otherwise.
	Alt    Date
	Anchor Anchor
	Role   DateRole
	// Stated is how the expression states its date in its own words when it gives no year and
	// is not absolute ("7 September", "Monday", "next week"), set by the extractor; zero
	// otherwise. Two articles compare on it when their dates cannot be placed alike.
	Stated Stated
}

// Stated is a temporal expression as its own words give it, before any publication date places
// it: "7 September" and "on September 7" are the same stated day, "next Tuesday" is not the same
// as "Tuesday". It never carries a year the text does not give.
type Stated struct {
	// Key is equal for two expressions that state the same thing: "--09-07", "weekday+1:2";
	// empty when the expression states its year or cannot be read alone.
	Key string
	// Label is the expression in a normal form for display: "7 September", "next Tuesday",
	// "yesterday".
	Label string
	// Precision is the precision the expression states: a day for "7 September" and "Monday",
	// a month for "September" and "last month".
	Precision Precision
}

// ValidID reports whether id is a well-formed article ID: lower-case ASCII letters and digits in
// dash-separated words, at most 80 bytes (the regular expression ^[a-z0-9]+(-[a-z0-9]+)*$,
// spelled out: compiling it at package init was start-up time in the browser for every page).
func ValidID(id string) bool {
	if id == "" || len(id) > 80 || id[0] == '-' || id[len(id)-1] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		switch c := id[i]; {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == '-' && id[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// ValidLanguage reports whether tag has the shape of a BCP 47 language tag as ingestion writes
// one: a primary language subtag of two or three ASCII letters, then subtags of one to eight
// ASCII letters or digits, joined by dashes, at most 64 bytes ("de", "fa-IR", "zh-Hans-CN"). It
// checks the shape only (ingestion checks the subtags against the registry): such a value is safe
// in an HTML attribute. The empty tag, an unknown language, is not valid.
func ValidLanguage(tag string) bool {
	if len(tag) > 64 {
		return false
	}
	for i, sub := range strings.Split(tag, "-") {
		if len(sub) < 1 || len(sub) > 8 || i == 0 && (len(sub) < 2 || len(sub) > 3) {
			return false
		}
		for j := 0; j < len(sub); j++ {
			switch c := sub[j]; {
			case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			case '0' <= c && c <= '9' && i > 0:
			default:
				return false
			}
		}
	}
	return true
}

// PrimaryLanguage returns the primary language subtag of a's language in lower case ("de" for
// "de-AT"), empty when the language is unknown or not a valid tag.
func (a *Article) PrimaryLanguage() string {
	if !ValidLanguage(a.Language) {
		return ""
	}
	p, _, _ := strings.Cut(a.Language, "-")
	return strings.ToLower(p)
}

// Validate reports the first problem that would make a reader misread the article: one of
// ValidateMeta's, or no text, or two sentences sharing an ID, or an embedding of another length
// than EmbeddingBytes.
func (a *Article) Validate() error {
	if err := a.ValidateMeta(); err != nil {
		return err
	}
	if len(a.Paragraphs) == 0 {
		return fmt.Errorf("article %s: no text", a.ID)
	}
	seen := make(map[string]bool)
	for _, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			if seen[s.ID] {
				return fmt.Errorf("article %s: duplicate sentence ID %s", a.ID, s.ID)
			}
			seen[s.ID] = true
			if len(s.Embedding) != 0 && len(s.Embedding) != EmbeddingBytes {
				return fmt.Errorf("article %s: sentence %s: embedding of %d bytes, want %d", a.ID, s.ID, len(s.Embedding), EmbeddingBytes)
			}
		}
	}
	return nil
}

// ValidateMeta reports the first problem of the article's metadata alone (ID, title, author,
// language, publication date and basis), for an article loaded without its text (see NewMeta).
func (a *Article) ValidateMeta() error {
	if !ValidID(a.ID) {
		return fmt.Errorf("article ID %q: want lower-case words joined by dashes", a.ID)
	}
	if a.Title == "" {
		return fmt.Errorf("article %s: no title", a.ID)
	}
	if a.Author == "" && a.AuthorNote == "" {
		return fmt.Errorf("article %s: author unknown but no note says why", a.ID)
	}
	if a.Language != "" && !ValidLanguage(a.Language) {
		return fmt.Errorf("article %s: language %q is not a language tag", a.ID, a.Language)
	}
	if a.Published.Basis == BasisUnknown && a.Published.Date.Precision != PrecisionUnknown {
		return fmt.Errorf("article %s: a publication date with unknown basis", a.ID)
	}
	if a.Published.Basis != BasisUnknown && a.Published.Date.Precision == PrecisionUnknown {
		return fmt.Errorf("article %s: publication basis %s without a date", a.ID, a.Published.Basis)
	}
	if (a.Published.Basis == BasisCurated || a.Published.Basis == BasisEstimated) && a.Published.Note == "" {
		return fmt.Errorf("article %s: %s publication date needs a note", a.ID, a.Published.Basis)
	}
	return nil
}

// Sentence returns the sentence with the given ID, or nil.
func (a *Article) Sentence(id string) *Sentence {
	for i := range a.Paragraphs {
		for j := range a.Paragraphs[i].Sentences {
			if a.Paragraphs[i].Sentences[j].ID == id {
				return &a.Paragraphs[i].Sentences[j]
			}
		}
	}
	return nil
}

// ErrNotFound is returned when an article ID is not in the corpus.
var ErrNotFound = errors.New("no such article")

// Corpus is a set of articles with lookup by ID.
type Corpus struct {
	Articles []*Article
	byID     map[string]*Article
}

// New returns a corpus of the given articles, or an error if any is invalid or two share an ID.
func New(articles []*Article) (*Corpus, error) {
	return newCorpus(articles, (*Article).Validate)
}

// NewMeta returns a corpus of articles known by their metadata only, without text (the library
// file of package index): each is checked with ValidateMeta, IDs must be distinct. Views that
// need the text must not be given it.
func NewMeta(articles []*Article) (*Corpus, error) {
	return newCorpus(articles, (*Article).ValidateMeta)
}

func newCorpus(articles []*Article, validate func(*Article) error) (*Corpus, error) {
	c := &Corpus{Articles: articles, byID: make(map[string]*Article, len(articles))}
	for _, a := range articles {
		if err := validate(a); err != nil {
			return nil, err
		}
		if _, dup := c.byID[a.ID]; dup {
			return nil, fmt.Errorf("duplicate article ID %q", a.ID)
		}
		c.byID[a.ID] = a
	}
	return c, nil
}

// Article returns the article with the given ID, or an error wrapping ErrNotFound.
func (c *Corpus) Article(id string) (*Article, error) {
	if a, ok := c.byID[id]; ok {
		return a, nil
	}
	return nil, fmt.Errorf("article %q: %w", id, ErrNotFound)
}
