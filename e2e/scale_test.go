package e2e

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"parallax/corpus/ingest"
	"parallax/internal/fixture"
	"parallax/internal/synthfolder"
)

// Bounds of issue 10 ("Views whose size is bounded, whatever the corpus"), checked here on a
// 10,000-article build in the browser; app/library_bounds_test.go checks the same natively.
const (
	// scaleArticles is the size of the synthetic corpus.
	scaleArticles = 10000
	// maxPageHTML bounds every prerendered page the server answers, in bytes.
	maxPageHTML = 200 << 10
	// maxDOMNodes bounds every first render in the browser: elements and text nodes.
	maxDOMNodes = 5000
)

// scaleSite is a second server, on a 10,000-article corpus folder grown from the fixture's seed
// articles with synthfolder (the code behind mksynth), its data built by the generator the
// harness built. It is made once per test binary, and only if a test asks for it.
var scaleSite struct {
	once sync.Once
	err  error
	url  string
	// longest are the IDs of the two articles with the largest files, longest first.
	longest [2]string
}

// openScaleSite returns the 10,000-article server's URL, building it on first use.
func openScaleSite(t *testing.T) string {
	t.Helper()
	scaleSite.once.Do(func() { scaleSite.err = buildScaleSite() })
	if scaleSite.err != nil {
		t.Fatalf("the %d-article site: %v", scaleArticles, scaleSite.err)
	}
	return scaleSite.url
}

func buildScaleSite() error {
	start := time.Now()
	dir := filepath.Join(buildDir, "scale")
	corpusDir := filepath.Join(dir, "corpus")
	if err := os.MkdirAll(corpusDir, 0o755); err != nil {
		return err
	}
	if err := synthfolder.Copy(corpusDir, fixture.Seed()); err != nil {
		return fmt.Errorf("copying the seed articles: %w", err)
	}
	seed, err := ingest.Corpus(fixture.Seed())
	if err != nil {
		return err
	}
	if err := synthfolder.Add(corpusDir, scaleArticles-len(seed)-3); err != nil {
		return fmt.Errorf("growing the corpus: %w", err)
	}
	// Two long articles, as real collections have (a report, a transcript): a view of one
	// article is bounded by its length, not by the corpus's, so the longest must be long. The
	// second repeats the first's opening, so that comparing them pairs many sentences.
	first := len(seed) // synthfolder numbers its articles after the seed's
	if err := addLongArticle(corpusDir, "long-report", first, 60); err != nil {
		return err
	}
	if err := addLongArticle(corpusDir, "long-reply", first, 25, first+200, 15); err != nil {
		return err
	}
	// An article that looks back centuries, as history pieces do: the timeline's whole axis
	// must stay proportional and readable from 1600 on.
	if err := addArticle(corpusDir, "looking-back", []byte("The company traces its roots to a trading house founded in the 1600s.\n\n"+
		"Its first canals were dug in the 1850s, and its archive was moved in 1923.\n")); err != nil {
		return err
	}
	generated := time.Since(start)

	// The server reads web/ from its working folder: the harness's build, but this corpus's data.
	web := filepath.Join(dir, "web")
	if err := linkTree(filepath.Join(buildDir, "web"), web, "data"); err != nil {
		return err
	}
	if err := linkFile(filepath.Join(buildDir, "parallax"), filepath.Join(dir, "parallax")); err != nil {
		return err
	}
	cmd := exec.Command(generatorPath, "-data-only", "-corpus", corpusDir, "-web", web)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building the corpus data: %w\n%s", err, out)
	}
	built := time.Since(start) - generated

	if scaleSite.longest, err = longestArticles(corpusDir); err != nil {
		return err
	}
	srv, err := startServer(dir)
	if err != nil {
		return err
	}
	atExit = append(atExit, srv.stop)
	scaleSite.url = srv.url
	fmt.Fprintf(os.Stderr, "e2e: %d-article site: corpus generated in %v, data built in %v, served in %v\n",
		scaleArticles, generated.Round(time.Millisecond), built.Round(time.Millisecond), (time.Since(start) - generated - built).Round(time.Millisecond))
	return nil
}

// addLongArticle adds article id to the corpus folder dir: the text of the synthetic articles
// numbered from each spans[2i] on, spans[2i+1] of them, one after the other.
func addLongArticle(dir, id string, spans ...int) error {
	var text []byte
	for i := 0; i+1 < len(spans); i += 2 {
		for n := spans[i]; n < spans[i]+spans[i+1]; n++ {
			part, err := os.ReadFile(filepath.Join(dir, ingest.ArticlesDir, fmt.Sprintf("synthetic-%05d.txt", n)))
			if err != nil {
				return err
			}
			text = append(text, part...)
		}
	}
	return addArticle(dir, id, text)
}

// addArticle adds article id with the given text to the corpus folder dir, as a user adds one.
func addArticle(dir, id string, text []byte) error {
	file := id + ".txt"
	if err := os.WriteFile(filepath.Join(dir, ingest.ArticlesDir, file), text, 0o644); err != nil {
		return err
	}
	sums, err := os.OpenFile(filepath.Join(dir, ingest.ArticlesDir, "SHA256SUMS"), os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	defer sums.Close()
	sum := sha256.Sum256(text)
	if _, err := fmt.Fprintf(sums, "%s  %s\n", hex.EncodeToString(sum[:]), file); err != nil {
		return err
	}
	catalogPath := filepath.Join(dir, ingest.CatalogFile)
	raw, err := os.ReadFile(catalogPath)
	if err != nil {
		return err
	}
	var catalog []json.RawMessage
	if err := json.Unmarshal(raw, &catalog); err != nil {
		return err
	}
	entry, err := json.Marshal(ingest.Entry{
		ID: id, File: file, Title: "A synthetic document, " + id,
		TitleNote: "Synthetic: generated for a test.", Outlet: "Synthetic Outlet 1", OutletNote: "Synthetic.",
		AuthorNote: "Synthetic: no author.", Published: ingest.Published{Basis: "unknown", Note: "Synthetic: no date."},
	})
	if err != nil {
		return err
	}
	out, err := json.MarshalIndent(append(catalog, entry), "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(catalogPath, append(out, '\n'), 0o644)
}

// longestArticles names the two articles whose files are largest, from the catalog's file names.
func longestArticles(corpusDir string) ([2]string, error) {
	raw, err := os.ReadFile(filepath.Join(corpusDir, ingest.CatalogFile))
	if err != nil {
		return [2]string{}, err
	}
	entries, err := ingest.ParseCatalog(raw)
	if err != nil {
		return [2]string{}, err
	}
	type sized struct {
		id   string
		size int64
	}
	var all []sized
	for _, e := range entries {
		st, err := os.Stat(filepath.Join(corpusDir, ingest.ArticlesDir, e.File))
		if err != nil {
			return [2]string{}, err
		}
		all = append(all, sized{e.ID, st.Size()})
	}
	slices.SortFunc(all, func(a, b sized) int { return int(b.size - a.size) })
	if len(all) < 2 {
		return [2]string{}, fmt.Errorf("%d articles", len(all))
	}
	return [2]string{all[0].id, all[1].id}, nil
}

// linkTree makes dst a copy of the folder src, by hard links where it can, without src's
// top-level entry skip.
func linkTree(src, dst, skip string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if rel == skip {
			return filepath.SkipDir
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		return linkFile(path, filepath.Join(dst, rel))
	})
}

func linkFile(src, dst string) error {
	if os.Link(src, dst) == nil {
		return nil
	}
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	st, err := os.Stat(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, data, st.Mode())
}

// scaleView is one view of the 10,000-article site and what it must show.
type scaleView struct {
	name, path string
	status     int // the server's status for the path
	// html is a text the prerendered page must hold ("" for none).
	html string
	// check waits until the live view shows what it should and checks it.
	check func(t *testing.T, p *Page)
	// axe runs axe-core on the view: the views whose parts, pagers or axis exist only at this
	// scale.
	axe bool
}

// TestViewsBoundedAt10kInBrowser opens every view of a 10,000-article build: for each, the
// prerendered HTML the server answers must be at most maxPageHTML bytes and, once the app is
// live, the page must have at most maxDOMNodes nodes, show what the view is for and log no
// problem. One tab loads the views one after the other, cold, as links opened from elsewhere.
func TestViewsBoundedAt10kInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 10,000-article site")
	}
	start := time.Now()
	base := openScaleSite(t)
	long, second := scaleSite.longest[0], scaleSite.longest[1]
	t.Logf("site ready in %v; longest articles %s, %s", time.Since(start).Round(time.Millisecond), long, second)

	count := func(want string) func(t *testing.T, p *Page) {
		return func(t *testing.T, p *Page) {
			t.Helper()
			// Waits for the count, then checks it without stopping, so that the DOM is still
			// counted when the page is wrong.
			if got := p.WaitText("#library-count", " of "); !strings.Contains(got, want) {
				t.Errorf("the library count says %q, want %q", got, want)
			}
			if n := p.Count(".library-list > li"); n != 50 {
				t.Errorf("%d cards, want a page of 50", n)
			}
		}
	}
	var lastSentence, lastPart, century, busiest, year, month string
	var pairs int
	views := []scaleView{
		{name: "library", path: "/", status: 200, html: "10,000 articles", check: count("Articles 1–50 of 10,000")},
		{name: "library, later page by title", path: "/?sort=title&page=57", status: 200, html: "of 10,000",
			check: count("Articles 2,801–2,850 of 10,000")},
		{name: "library, undated, page 100", path: "/?dated=no&page=100", status: 200,
			check: count("Articles 4,951–5,000 of")},
		{name: "library, one outlet by outlet", path: "/?outlet=Synthetic+Outlet+7&sort=oldest&page=2", status: 200,
			check: count("Articles 51–100 of")},
		{name: "search, a word in most articles", path: "/search?q=tiktok", status: 200, check: func(t *testing.T, p *Page) {
			p.Run(chromedp.WaitVisible(`.search-results .result`, chromedp.ByQuery))
			if n := p.Count(".search-results .result"); n < 10 {
				t.Errorf("%d results for “tiktok”", n)
			}
		}},
		{name: "search, a later page", path: "/search?q=tiktok&page=3", status: 200, check: func(t *testing.T, p *Page) {
			p.Run(chromedp.WaitVisible(`.search-results .result`, chromedp.ByQuery))
			if got := p.WaitText("#search-range", "Showing"); !strings.HasPrefix(got, "Showing 41–60 of ") {
				t.Errorf("the range says %q, want results 41–60", got)
			}
			if n := p.Count(".search-results .result"); n != 20 {
				t.Errorf("%d results on page 3, want 20", n)
			}
			if n := p.Count(`.pager a[aria-current="page"][href*="page=3"]`); n != 1 {
				t.Errorf("%d pager links mark page 3 as current", n)
			}
			// From the keyboard, "Next ›" twice: each page opens at its top, focus on its
			// heading, not on a pager link that go-app patched into another page's (a second
			// Enter went to the last page).
			for _, want := range []string{"page=4", "page=5"} {
				p.Run(chromedp.Focus(`.pager a[rel="next"]`, chromedp.ByQuery), chromedp.KeyEvent(kb.Enter))
				tlWaitLocation(t, p, "/search?page="+strings.TrimPrefix(want, "page=")+"&q=tiktok")
				checkFocusAfterNav(t, p, "the search's next page")
				var y float64
				p.Eval(`window.scrollY`, &y)
				if y > 400 {
					t.Errorf("%s opens scrolled to %.0f px, want its top", want, y)
				}
			}
		}},
		{name: "search, a page past the last", path: "/search?q=tiktok&page=100000", status: 200, check: func(t *testing.T, p *Page) {
			p.WaitText(".search-notices", "this is the last")
		}},
		{name: "search, two common words", path: "/search?q=company+deal", status: 200, check: func(t *testing.T, p *Page) {
			p.Run(chromedp.WaitVisible(`.search-results .result`, chromedp.ByQuery))
		}},
		{name: "search, a stop word only", path: "/search?q=the", status: 200, check: func(t *testing.T, p *Page) {
			p.WaitText("main", "Not searched for")
		}},
		{name: "timeline, all years", path: "/timeline", status: 200, html: "All years", axe: true, check: func(t *testing.T, p *Page) {
			p.Run(chromedp.WaitVisible(`.tl-axis`, chromedp.ByQuery))
			// From the 1600s to the 2020s: a column per century, every one, not four centuries
			// of years.
			p.WaitText("#tl-axis-caption", "Entries per century")
			if n := p.Count(".tl-axis thead a[href*='at=']"); n != 5 {
				t.Errorf("%d columns on the axis, want the 5 centuries from 1600 to 2099", n)
			}
			p.Eval(busiestColumn, &century)
			if century != "/timeline?at=2000-2099" {
				t.Errorf("the busiest century links to %q, want 2000-2099", century)
			}
		}},
		{name: "timeline, the busiest century", status: 200, check: func(t *testing.T, p *Page) {
			p.WaitText("#tl-axis-caption", "Entries per decade in 2000–2099")
			p.Eval(busiestColumn, &busiest)
			if busiest != "/timeline?at=2020s" {
				t.Errorf("the busiest decade links to %q, want the 2020s", busiest)
			}
		}},
		{name: "timeline, its busiest decade", status: 200, check: func(t *testing.T, p *Page) {
			p.WaitText("#tl-axis-caption", "Entries per year in 2020s")
			p.Eval(busiestColumn, &year)
			if year == "" {
				t.Error("the decade's axis links to no year")
			}
		}},
		{name: "timeline, its busiest year", status: 200, check: func(t *testing.T, p *Page) {
			p.WaitText("#tl-axis-caption", "Entries per month in")
			if p.Count(".tl-list .tl-event") == 0 {
				t.Error("no entries listed")
			}
			p.Eval(busiestColumn, &month)
		}},
		{name: "timeline, a month of it", status: 200, check: func(t *testing.T, p *Page) {
			p.WaitText("#tl-axis-caption", "Entries per day in")
		}},
		{name: "compare, the two longest articles", path: "/compare/" + long + "/" + second, status: 200, axe: true, check: func(t *testing.T, p *Page) {
			p.Run(chromedp.WaitVisible(`.compare-summary`, chromedp.ByQuery))
			p.WaitText("#compare-parts-top", "Part 1 of")
			p.Eval(`parseInt((document.getElementById("compare-view-pairs").textContent.match(/\((\d+)\)/) || [0, "0"])[1], 10)`, &pairs)
			if pairs < 100 {
				t.Errorf("%d aligned pairs, want the many of the shared opening", pairs)
			}
		}},
		{name: "compare, its last pair", status: 200, check: func(t *testing.T, p *Page) {
			p.Run(chromedp.WaitVisible(fmt.Sprintf("#pair-%d.is-focus", pairs), chromedp.ByQuery))
		}},
		{name: "compare, aligned pairs only, a later part", path: "/compare/" + long + "/" + second + "?view=pairs&part=2", status: 200, check: func(t *testing.T, p *Page) {
			p.WaitText("#compare-parts-top", "Part 2 of")
		}},
		{name: "compare picker", path: "/compare", status: 200, check: func(t *testing.T, p *Page) {
			p.Run(chromedp.WaitVisible(`#compare-pick-a-input`, chromedp.ByQuery))
		}},
		{name: "compare with…", path: "/compare/" + cmpWhatjobs, status: 200, html: "of 9,999 others", check: func(t *testing.T, p *Page) {
			p.WaitText("main", "of 9,999 others")
			if n := p.Count(".compare-choices li"); n != 20 {
				t.Errorf("%d articles offered, want 20", n)
			}
		}},
		// An undated article in a corpus without sections: no list claims to be near it in time.
		{name: "compare with…, an undated article", path: "/compare/" + second, status: 200, html: "none of the 9,999 others", check: func(t *testing.T, p *Page) {
			p.WaitText("main", "none of the 9,999 others")
			if n := p.Count(".compare-choices li"); n != 0 {
				t.Errorf("%d articles offered for an undated article, want none", n)
			}
		}},
		{name: "reader, the longest article", path: "/read/" + long, status: 200, axe: true, check: func(t *testing.T, p *Page) {
			p.Run(chromedp.WaitVisible(`.reader h1`, chromedp.ByQuery))
			p.WaitText("#reader-parts-top", "Part 1 of")
		}},
		{name: "reader, its last part", path: "/read/" + long + "?part=9999", status: 200, check: func(t *testing.T, p *Page) {
			lastPart = p.WaitText("#reader-parts-top", "Part ")
			p.Eval(`(Array.from(document.querySelectorAll(".reader-text .sentence[id]")).pop() || {}).id || ""`, &lastSentence)
			if lastSentence == "" {
				t.Error("the reader shows no sentence")
			}
		}},
		{name: "shared sentence link, in the last part", status: 200, check: func(t *testing.T, p *Page) {
			p.Run(chromedp.WaitVisible(`#`+lastSentence+`.is-target`, chromedp.ByQuery))
			if got := p.WaitText("#reader-parts-top", "Part "); got != lastPart {
				t.Errorf("the link to the last sentence shows %q, want %q", got, lastPart)
			}
		}},
		{name: "not found", path: "/no/such/view", status: 404, html: "Page not found", check: func(t *testing.T, p *Page) {
			p.WaitText("main h1", "Page not found")
		}},
		{name: "unknown article", path: "/read/no-such-article", status: 404, html: "No such article", check: func(t *testing.T, p *Page) {
			p.WaitText("main h1", "No such article")
		}},
	}

	p := newPageAt(t, base)
	var rows []string
	var axeSrc string
	for _, v := range views {
		switch v.name {
		case "shared sentence link, in the last part":
			v.path = "/read/" + long + "#" + lastSentence
		case "compare, its last pair":
			v.path = fmt.Sprintf("/compare/%s/%s#pair-%d", long, second, pairs)
		case "timeline, the busiest century":
			v.path = century
		case "timeline, its busiest decade":
			v.path = busiest
		case "timeline, its busiest year":
			v.path = year
		case "timeline, a month of it":
			v.path = month
		}
		if v.path == "" {
			t.Errorf("%s: no link to it was found", v.name)
			continue
		}
		viewStart := time.Now()
		size := checkPrerender(t, base, v)
		if v.status != 200 {
			p.Allow(fmt.Sprintf("404 for %s%s", base, v.path))
			p.Allow(fmt.Sprintf("status of 404 (Not Found) %s%s", base, v.path))
		}
		// A blank page in between makes every view a cold load, even one that differs from the
		// last only in its fragment.
		p.Run(chromedp.Navigate("about:blank"))
		p.Go(v.path)
		v.check(t, p)
		elems, texts := domNodes(p)
		if elems+texts > maxDOMNodes {
			t.Errorf("%s (%s): %d DOM nodes (%d elements, %d text), over %d", v.name, v.path, elems+texts, elems, texts, maxDOMNodes)
		}
		if v.axe {
			if axeSrc == "" {
				axeSrc = axeSource(t)
			}
			// TestAxeEveryView checks every view in both schemes at both widths; these views'
			// own parts are checked once, at a phone's width in the dark scheme.
			p.emulate(phone, true)
			if vs := p.axeViolations(axeSrc); len(vs) > 0 {
				t.Errorf("%s at %s, dark: %d violations:%s", v.path, phone, len(vs), describeViolations(vs))
			}
			p.emulate(desktop, false)
		}
		// Each view answers for its own problems; the tab's cleanup reports any left after.
		for _, msg := range p.Problems() {
			t.Errorf("%s (%s): browser: %s", v.name, v.path, msg)
		}
		p.takeProblems()
		rows = append(rows, fmt.Sprintf("%-36s %8d %6d %6d %6d %6.1fs  %s", v.name, size, elems, texts, elems+texts, time.Since(viewStart).Seconds(), v.path))
	}
	t.Logf("at %d articles (limits: %d bytes of HTML, %d DOM nodes):\n%-36s %8s %6s %6s %6s %7s  %s\n%s", scaleArticles, maxPageHTML, maxDOMNodes,
		"view", "HTML", "elems", "text", "nodes", "time", "path", strings.Join(rows, "\n"))
	t.Logf("total %v", time.Since(start).Round(time.Millisecond))
}

// busiestColumn is a script that returns the link of the timeline axis's column with the most
// entries, "" when it has none.
const busiestColumn = `(() => {
	let best = "", most = 0;
	for (const a of document.querySelectorAll(".tl-axis thead a[href*='at=']")) {
		const col = a.closest("th").cellIndex;
		let n = 0;
		for (const row of document.querySelectorAll(".tl-axis tbody tr")) {
			n += parseInt(((row.cells[col] || {}).textContent || "0").replace(/,/g, ""), 10) || 0;
		}
		if (n > most) { most = n; best = a.getAttribute("href"); }
	}
	return best;
})()`

// checkPrerender gets the page the server answers for v.path, checks its status, size and text,
// and returns its size in bytes.
func checkPrerender(t *testing.T, base string, v scaleView) int {
	t.Helper()
	path, _, _ := strings.Cut(v.path, "#")
	resp, err := http.Get(base + path)
	if err != nil {
		t.Fatalf("%s: %v", v.name, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s: %v", v.name, err)
	}
	if resp.StatusCode != v.status {
		t.Errorf("%s (%s): status %d, want %d", v.name, path, resp.StatusCode, v.status)
	}
	if len(body) > maxPageHTML {
		t.Errorf("%s (%s): %d bytes of prerendered HTML, over %d", v.name, path, len(body), maxPageHTML)
	}
	if v.html != "" && !strings.Contains(string(body), v.html) {
		t.Errorf("%s (%s): the prerendered page does not say %q", v.name, path, v.html)
	}
	return len(body)
}

// domNodes counts the live page's elements and text nodes.
func domNodes(p *Page) (elems, texts int) {
	p.Eval(`document.getElementsByTagName("*").length`, &elems)
	p.Eval(`(() => {
		const w = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
		let n = 0;
		while (w.nextNode()) n++;
		return n;
	})()`, &texts)
	return elems, texts
}
