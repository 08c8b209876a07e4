package ingest

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"parallax/corpus"
	"parallax/corpus/entity"
)

// DefaultMaxArticleBytes is the size limit of one article (a file, or a record of an export) when
// Options.MaxArticleBytes is 0: far above any news article, far below what exhausts memory.
const DefaultMaxArticleBytes = 2 << 20

// maxExportBytes is the size limit of an export file holding many articles.
const maxExportBytes = 1 << 30

// Options tune Folder.
type Options struct {
	// Strict makes any problem an error, for CI: the build then fails instead of reporting.
	Strict bool
	// MaxArticleBytes is the size limit of one article in bytes (0: DefaultMaxArticleBytes). A
	// larger file or record is skipped with a problem.
	MaxArticleBytes int64
	// Tagger tags entity mentions; nil uses entity.Default().
	Tagger *entity.Tagger
	// Exclude lists glob patterns (path.Match syntax) of files and folders not to read, on top of
	// the corpus folder's IgnoreFile and the files never read (see NotArticle). A pattern with a
	// slash is matched against the path below the corpus folder ("drafts/*"), one without against
	// each file and folder name ("*.bak"); a folder that matches is passed over whole.
	Exclude []string
}

// IgnoreFile, in the corpus folder, lists more glob patterns to exclude, one a line, in the
// syntax of Options.Exclude; blank lines and lines starting with # are skipped.
const IgnoreFile = ".parallaxignore"

// notArticleNames are the names of the files a project folder keeps about itself, compared in
// upper case without their extension: they describe the corpus, they are not articles in it.
var notArticleNames = []string{"README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CHANGES", "NOTICE", "AUTHORS", "CONTRIBUTING"}

// NotArticle says why a file or folder named name is never read as an article ("" when it may
// be): a dotfile or dot-folder (.git, .DS_Store), or a project file such as README, LICENSE,
// COPYING, CHANGELOG or NOTICE, in any case and with any extension ("README.TXT", "notice.md").
// A name counts as a project file when the word is the whole name before its first dot, or is
// followed by a dash and an upper-case suffix ("LICENSE-MIT"), so that an article saved as
// "readme-corner.txt" is still read.
func NotArticle(name string) string {
	if strings.HasPrefix(name, ".") {
		return "a hidden file (its name starts with a dot)"
	}
	stem, _, _ := strings.Cut(name, ".")
	word, suffix, dashed := strings.Cut(stem, "-")
	if dashed && (suffix == "" || strings.ToUpper(suffix) != suffix || strings.ToUpper(word) != word) {
		return ""
	}
	for _, w := range notArticleNames {
		if strings.EqualFold(word, w) {
			return "a " + w + " file, which describes the folder rather than being an article"
		}
	}
	return ""
}

// excluder matches paths against exclusion patterns.
type excluder struct {
	globs []glob
}

type glob struct {
	pattern, from string // from: "-exclude" or ".parallaxignore:3"
}

// add checks a pattern and keeps it.
func (x *excluder) add(pattern, from string) error {
	// A trailing slash (gitignore's folder mark) is dropped: a matching folder is skipped whole,
	// and a file of that name is as much not wanted.
	pattern = strings.Trim(strings.TrimSpace(pattern), "/")
	if pattern == "" {
		return nil
	}
	if _, err := path.Match(pattern, ""); err != nil {
		return fmt.Errorf("pattern %q: %w", pattern, err)
	}
	x.globs = append(x.globs, glob{pattern: pattern, from: from})
	return nil
}

// match returns where the pattern that excludes p (a slash path below the corpus folder) comes
// from, or "".
func (x *excluder) match(p string) string {
	base := path.Base(p)
	for _, g := range x.globs {
		target := base
		if strings.Contains(g.pattern, "/") {
			target = p
		}
		if ok, _ := path.Match(g.pattern, target); ok {
			return fmt.Sprintf("excluded by %q (%s)", g.pattern, g.from)
		}
	}
	return ""
}

// Result is what Folder found.
type Result struct {
	// Articles are in file path order (records of an export in record order), with unique IDs.
	Articles []*corpus.Article
	Report   *Report
}

// Report counts the articles seen, ingested and skipped (Seen = Ingested + Skipped; a file of
// one article counts one, each record of an export one) and lists every problem: the catalog's
// first, then each file's in path and line order, then clashes of chosen IDs. Excluded lists the
// files and folders not read at all, each with the reason (Problem.What); they are not problems,
// so -strict builds pass with a README in the folder.
type Report struct {
	Seen, Ingested, Skipped int
	Problems                []Problem
	Excluded                []Problem
}

// Problem is one thing that went wrong, where, and what ingestion did about it. Line is 1-based,
// 0 when the problem is about the whole file.
type Problem struct {
	File string
	Line int
	// Col is the 1-based column (in bytes) where one is known, else 0.
	Col  int
	What string
	Done string
}

// Error gives "file:line: what", the form of a compiler message, so editors can jump to it.
func (p Problem) Error() string {
	if p.Line > 0 && p.Col > 0 {
		return p.File + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Col) + ": " + p.What
	}
	if p.Line > 0 {
		return p.File + ":" + strconv.Itoa(p.Line) + ": " + p.What
	}
	return p.File + ": " + p.What
}

// String gives "file:line: what — done".
func (p Problem) String() string {
	if p.Done == "" {
		return p.Error()
	}
	return p.Error() + " — " + p.Done
}

// WriteTo writes the report for a person: every problem on its own line, then the counts.
func (r *Report) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	for _, p := range r.Excluded {
		b.WriteString(p.String())
		b.WriteByte('\n')
	}
	for _, p := range r.Problems {
		b.WriteString(p.String())
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "%s seen, %d ingested, %d skipped, %s", count(r.Seen, "article", "articles"), r.Ingested, r.Skipped,
		count(len(r.Problems), "problem", "problems"))
	if len(r.Excluded) > 0 {
		fmt.Fprintf(&b, "; %s not read (not articles or excluded)", count(len(r.Excluded), "file or folder", "files or folders"))
	}
	b.WriteByte('\n')
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

// Err joins the problems into one error ("file:line: what", one a line), nil when there are none.
func (r *Report) Err() error {
	if len(r.Problems) == 0 {
		return nil
	}
	msgs := make([]string, len(r.Problems))
	for i, p := range r.Problems {
		msgs[i] = p.Error()
	}
	return errors.New(strings.Join(msgs, "\n"))
}

// ArticlesDir is the folder of raw article files inside a corpus folder that has one; without it,
// the whole folder holds the articles.
const ArticlesDir = "articles"

// Formats maps each file extension Folder reads to its format.
var Formats = map[string]string{
	".txt": "text", ".text": "text",
	".md": "markdown", ".markdown": "markdown",
	".html": "html", ".htm": "html", ".xhtml": "html",
	".jsonl": "jsonl", ".ndjson": "jsonl",
	".json": "json",
	".csv":  "csv",
}

// unsupported lists document formats a user may expect to work, so that they are reported rather
// than passed over in silence; other files (images, scripts, a page's saved assets) are ignored.
var unsupported = map[string]bool{".pdf": true, ".doc": true, ".docx": true, ".rtf": true, ".odt": true, ".epub": true, ".mht": true, ".mhtml": true, ".webarchive": true, ".xml": true, ".rss": true, ".tsv": true, ".xls": true, ".xlsx": true}

// Folder reads every article in fsys, a corpus folder: its files are walked recursively (under
// articles/ when that folder exists), each read in its format (.txt, .md, .html/.htm,
// .jsonl/.json/.csv), and catalog.json at the top, when present, supplies curated metadata that
// is checked against what the files state. A subfolder's name becomes the section of an article
// whose file and catalog entry state none.
//
// Every problem of every file goes into the report, and a file or record that cannot be used is
// skipped, never stopping the others. The error is for a folder that cannot be read, a folder
// with no usable article, or, with o.Strict, any problem; the Result is returned with it.
func Folder(fsys fs.FS, o Options) (*Result, error) {
	if o.MaxArticleBytes <= 0 {
		o.MaxArticleBytes = DefaultMaxArticleBytes
	}
	if o.Tagger == nil {
		o.Tagger = entity.Default()
	}
	rep := &Report{}
	res := &Result{Report: rep}

	var entries []Entry
	if data, err := fs.ReadFile(fsys, CatalogFile); err == nil {
		es, probs, err := parseCatalog(data)
		if err != nil {
			rep.Problems = append(rep.Problems, asProblem(err, "catalog not used; articles read from their own text"))
		}
		entries = es
		rep.Problems = append(rep.Problems, probs...)
	} else if !errors.Is(err, fs.ErrNotExist) {
		rep.Problems = append(rep.Problems, Problem{File: CatalogFile, What: err.Error(), Done: "catalog not used"})
	}

	root := "."
	if fi, err := fs.Stat(fsys, ArticlesDir); err == nil && fi.IsDir() {
		root = ArticlesDir
	}
	var ex excluder
	for _, g := range o.Exclude {
		if err := ex.add(g, "-exclude"); err != nil {
			return res, fmt.Errorf("-exclude: %w", err)
		}
	}
	if data, err := fs.ReadFile(fsys, IgnoreFile); err == nil {
		for i, ln := range strings.Split(string(data), "\n") {
			ln = strings.TrimSpace(ln)
			if ln == "" || strings.HasPrefix(ln, "#") {
				continue
			}
			if err := ex.add(ln, IgnoreFile+":"+strconv.Itoa(i+1)); err != nil {
				rep.Problems = append(rep.Problems, Problem{File: IgnoreFile, Line: i + 1, What: err.Error(), Done: "line not used"})
			}
		}
	}
	exclude := func(p string, d fs.DirEntry, why string) error {
		if p != IgnoreFile {
			what := why
			if d.IsDir() {
				p += "/"
			}
			rep.Excluded = append(rep.Excluded, Problem{File: p, What: what, Done: "skipped"})
		}
		if d.IsDir() {
			return fs.SkipDir
		}
		return nil
	}
	var files []string
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			rep.Problems = append(rep.Problems, Problem{File: p, What: "unreadable: " + err.Error(), Done: "skipped"})
			return nil
		}
		name := d.Name()
		if p != root {
			rel := p
			if root != "." {
				rel = strings.TrimPrefix(p, root+"/")
			}
			if why := ex.match(rel); why != "" {
				return exclude(p, d, why)
			}
			if why := NotArticle(name); why != "" && (d.IsDir() || p != CatalogFile) {
				if d.IsDir() && !strings.HasPrefix(name, ".") {
					return nil // a folder called "notices" holds articles
				}
				return exclude(p, d, "not an article: "+why)
			}
		}
		if d.IsDir() && p != root && strings.HasSuffix(name, "_files") {
			// A browser saves a page's images, scripts and ad frames beside it in "<page>_files";
			// none of them is an article.
			return fs.SkipDir
		}
		if d.IsDir() || p == CatalogFile {
			return nil
		}
		ext := strings.ToLower(path.Ext(name))
		if Formats[ext] != "" || unsupported[ext] {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return res, fmt.Errorf("reading the corpus folder: %w", err)
	}

	// Files are read in parallel; their results are put back in path order.
	type fileResult struct {
		docs   []*doc
		probs  problems
		failed int // articles seen but not read (a whole file, or bad records)
	}
	results := make([]fileResult, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				r := &results[i]
				r.docs, r.failed = safeRead(fsys, files[i], root, o, &r.probs)
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()

	// Catalog entries are matched to docs by file and record.
	byKey := make(map[string]*Entry, len(entries))
	for i := range entries {
		byKey[entries[i].File+"#"+strconv.Itoa(entries[i].Record)] = &entries[i]
	}
	used := make(map[*Entry]bool)
	var items []*built
	perFile := make([]problems, len(files))
	for i, r := range results {
		perFile[i] = r.probs
		rep.Seen += len(r.docs) + r.failed
		rep.Skipped += r.failed
		for _, d := range r.docs {
			e := byKey[d.key+"#"+strconv.Itoa(d.record)]
			if e == nil && d.record == 1 {
				e = byKey[d.key+"#0"]
			}
			if e != nil {
				used[e] = true
			}
			items = append(items, &built{d: d, e: e})
		}
	}
	// Building articles (cleaning, sentences, entity tagging) is the costly part: in parallel too.
	fileOf := make(map[*doc]int)
	for i, r := range results {
		for _, d := range r.docs {
			fileOf[d] = i
		}
	}
	buildProbs := make([]problems, len(items))
	nextItem := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range nextItem {
				it := items[i]
				it.a = safeBuild(it.d, it.e, o.Tagger, &buildProbs[i])
			}
		})
	}
	for i := range items {
		nextItem <- i
	}
	close(nextItem)
	wg.Wait()
	for i, it := range items {
		f := fileOf[it.d]
		perFile[f] = append(perFile[f], buildProbs[i]...)
	}

	// Entries that name no file found are blamed on the entry, with the likeliest file meant.
	var unmatched []string
	for _, it := range items {
		if it.e == nil {
			unmatched = append(unmatched, it.d.key)
		}
	}
	for i := range entries {
		e := &entries[i]
		if used[e] {
			continue
		}
		what := fmt.Sprintf("article %s: file %s not found", e.name(), path.Join(root, e.File))
		if e.Record > 0 {
			what = fmt.Sprintf("article %s: record %d of %s not found", e.name(), e.Record, path.Join(root, e.File))
		}
		if near := nearest(e.File, unmatched); near != "" && e.Record == 0 {
			what += fmt.Sprintf(" (did you mean %s?)", near)
		}
		rep.Problems = append(rep.Problems, Problem{File: CatalogFile, Line: e.lineOf("file"), What: what, Done: "entry not used"})
	}

	for i, ps := range perFile {
		// A file's problems come from reading it and then from building each of its articles,
		// which run in parallel: they are put in line order, the file's own before those it
		// causes elsewhere (a catalog entry about it).
		own := files[i]
		slices.SortStableFunc(ps, func(a, b Problem) int {
			return cmp.Or(cmp.Compare(b2i(a.File != own), b2i(b.File != own)), cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
		})
		rep.Problems = append(rep.Problems, ps...)
	}
	assignIDs(items, rep)
	for _, it := range items {
		if it.a == nil {
			rep.Skipped++
			continue
		}
		if err := it.a.Validate(); err != nil {
			rep.Problems = append(rep.Problems, Problem{File: it.d.file, Line: it.d.line, What: err.Error(), Done: "skipped"})
			rep.Skipped++
			continue
		}
		res.Articles = append(res.Articles, it.a)
		rep.Ingested++
	}
	switch {
	case len(res.Articles) == 0:
		return res, fmt.Errorf("no usable article among %d seen (want .txt, .md, .html, .jsonl, .json or .csv files)%s", rep.Seen, firstProblems(rep))
	case o.Strict && len(rep.Problems) > 0:
		return res, rep.Err()
	}
	return res, nil
}

// firstProblems quotes the first problems for an error message.
func firstProblems(rep *Report) string {
	if len(rep.Problems) == 0 {
		return ""
	}
	var b strings.Builder
	for i, p := range rep.Problems {
		if i == 5 {
			fmt.Fprintf(&b, "\n(%d more)", len(rep.Problems)-5)
			break
		}
		b.WriteString("\n" + p.String())
	}
	return b.String()
}

// built is one article being made: its doc, its catalog entry (nil when none), and the article
// (nil when it could not be used).
type built struct {
	d *doc
	e *Entry
	a *corpus.Article
}

// assignIDs gives every article an ID: the catalog's or the front matter's when given, valid and
// free, else the slug of the title (of the URL or file name for a title in another script: see
// idBase), suffixed -2, -3… in path order when taken.
func assignIDs(bs []*built, rep *Report) {
	taken := make(map[string]bool, len(bs))
	for _, b := range bs {
		if b.a == nil {
			continue
		}
		id, where, line := "", "", 0
		if b.e != nil && b.e.ID != "" {
			id, where, line = b.e.ID, CatalogFile, b.e.lineOf("id")
		} else if f, ok := b.d.fields["id"]; ok {
			id, where, line = f.value, b.d.file, f.line
			if !corpus.ValidID(id) {
				rep.Problems = append(rep.Problems, Problem{File: where, Line: line, What: fmt.Sprintf("invalid article ID %q: want lower-case words joined by dashes", id), Done: "ID made from the title"})
				continue
			}
		}
		if id == "" {
			continue
		}
		if taken[id] {
			rep.Problems = append(rep.Problems, Problem{File: where, Line: line, What: fmt.Sprintf("article ID %q is already taken", id), Done: "ID made from the title"})
			continue
		}
		taken[id] = true
		b.a.ID = id
	}
	for _, b := range bs {
		if b.a == nil || b.a.ID != "" {
			continue
		}
		base := idBase(b.a.Title, b.a.URL, b.a.File)
		id := base
		for n := 2; taken[id]; n++ {
			id = base + "-" + strconv.Itoa(n)
		}
		taken[id] = true
		b.a.ID = id
	}
}

// nearest returns the candidate closest to name by edit distance, if close enough to be a typo.
func nearest(name string, candidates []string) string {
	best, bestD := "", 4
	for _, c := range candidates {
		if d := editDistance(name, c); d < bestD && d <= max(1, len(name)/4) {
			best, bestD = c, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	if abs(len(a)-len(b)) > 3 {
		return 99
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// asProblem turns a "file:line[:col]: what" error into a Problem.
func asProblem(err error, done string) Problem {
	msg := err.Error()
	file, rest, ok := strings.Cut(msg, ":")
	if !ok {
		return Problem{What: msg, Done: done}
	}
	p := Problem{File: file, What: strings.TrimSpace(rest), Done: done}
	if l, after, ok := strings.Cut(rest, ":"); ok {
		if n, err := strconv.Atoi(l); err == nil {
			p.Line, p.What = n, strings.TrimSpace(after)
			if c, after, ok := strings.Cut(after, ":"); ok {
				if n, err := strconv.Atoi(c); err == nil {
					p.Col, p.What = n, strings.TrimSpace(after)
				}
			}
		}
	}
	return p
}

// Corpus reads a corpus folder strictly: it is Folder with Strict set, returning the articles.
// Kept for callers written before Folder.
func Corpus(fsys fs.FS) ([]*corpus.Article, error) {
	res, err := Folder(fsys, Options{Strict: true})
	if err != nil {
		return nil, err
	}
	return res.Articles, nil
}

// safeRead is readFile that turns a panic (in an extraction library, say) into a problem of the
// file, so that one hostile file cannot stop the build.
func safeRead(fsys fs.FS, file, root string, o Options, probs *problems) (docs []*doc, failed int) {
	defer func() {
		if r := recover(); r != nil {
			probs.add(file, 0, fmt.Sprintf("internal error while reading: %v", r), "skipped")
			docs, failed = nil, 1
		}
	}()
	return readFile(fsys, file, root, o, probs)
}

// safeBuild is build that turns a panic into a problem of the article.
func safeBuild(d *doc, e *Entry, tagger *entity.Tagger, probs *problems) (a *corpus.Article) {
	defer func() {
		if r := recover(); r != nil {
			probs.add(d.file, d.line, fmt.Sprintf("internal error while cleaning the text: %v", r), "skipped")
			a = nil
		}
	}()
	return build(d, e, tagger, probs)
}

// readFile reads one file into its docs; failed counts the articles it held that could not be
// read (1 for a whole unusable file).
func readFile(fsys fs.FS, file, root string, o Options, probs *problems) ([]*doc, int) {
	key := file
	if root != "." {
		key = strings.TrimPrefix(file, root+"/")
	}
	section := ""
	if dir := path.Dir(key); dir != "." {
		section, _, _ = strings.Cut(dir, "/")
	}
	ext := strings.ToLower(path.Ext(file))
	if unsupported[ext] {
		probs.add(file, 0, fmt.Sprintf("%s files are not read: save it as .txt, .md or .html", ext), "skipped")
		return nil, 1
	}
	format := Formats[ext]
	limit := o.MaxArticleBytes
	if format == "jsonl" || format == "json" || format == "csv" {
		limit = max(limit, maxExportBytes)
	}
	if fi, err := fs.Stat(fsys, file); err == nil && fi.Size() > limit {
		probs.add(file, 0, fmt.Sprintf("huge article: %s, over the limit of %s per article", size(fi.Size()), size(limit)), "skipped")
		return nil, 1
	}
	raw, err := fs.ReadFile(fsys, file)
	if err != nil {
		probs.add(file, 0, "unreadable: "+err.Error(), "skipped")
		return nil, 1
	}
	if int64(len(raw)) > limit {
		probs.add(file, 0, fmt.Sprintf("huge article: %s, over the limit of %s per article", size(int64(len(raw))), size(limit)), "skipped")
		return nil, 1
	}
	if len(strings.TrimSpace(string(raw))) == 0 {
		what := "empty file"
		if len(raw) > 0 {
			what = "empty file (only white space)"
		}
		probs.add(file, 0, what, "skipped")
		return nil, 1
	}
	base := doc{file: file, key: key, section: section, line: 1, firstLine: 1}
	switch format {
	case "html":
		d, ok := readHTML(base, raw, probs)
		if !ok {
			return nil, 1
		}
		return []*doc{d}, 0
	}
	dec, err := decodeText(raw)
	if err != nil {
		probs.add(file, 0, err.Error(), "skipped")
		return nil, 1
	}
	base.encoding = dec.encoding
	noteDecoding(file, dec, probs)
	switch format {
	case "markdown":
		return []*doc{readMarkdown(base, dec.text, probs)}, 0
	case "jsonl", "json", "csv":
		return readRecords(base, format, dec.text, o.MaxArticleBytes, probs)
	}
	d := base
	text := dec.text
	if refs, n, dropped := decodeCharRefs(text); n > 0 {
		// Text copied out of a web page may keep the page's character references ("&#163;1.8m").
		// It is a rule, not a guess, so it is recorded in the provenance, not as a problem.
		text = refs
		d.encoding += fmt.Sprintf("; %s decoded", count(n, "HTML character reference", "HTML character references"))
		if dropped > 0 {
			probs.add(file, 0, fmt.Sprintf("%d character references name NUL, control or bidi-override characters", dropped), "removed from the text")
		}
	}
	d.lines = splitLines(text)
	return []*doc{&d}, 0
}

// noteDecoding reports what decoding did beyond reading UTF-8.
func noteDecoding(file string, dec decoded, probs *problems) {
	if dec.encoding == EncWindows1252 {
		probs.add(file, 0, "not UTF-8", "decoded as Windows-1252 (Latin-1)")
	}
	if dec.dropped > 0 {
		probs.add(file, 0, fmt.Sprintf("%d NUL, control or bidi-override characters", dec.dropped), "removed from the text")
	}
}

func size(n int64) string {
	switch {
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB"
	case n >= 1<<10:
		return strconv.FormatFloat(float64(n)/(1<<10), 'f', 1, 64) + " KB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// count writes n with the singular or plural noun.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
