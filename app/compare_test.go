package app

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
)

const (
	idWhatjobs = "whatjobs-amazon-tiktok-scrutiny"
	idChew     = "tiktok-chew-musk-outreach"
	idWalmart  = "walmart-microsoft-tiktok-bid"
	idAcquire  = "amazon-tiktok-acquisition-talks"
)

func mustURL(t testing.TB, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func TestCompareIDs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"/compare", nil},
		{"/compare/", nil},
		{"/compare/a", []string{"a"}},
		{"/compare/a/b", []string{"a", "b"}},
		{"/compare//b", []string{"b"}},
		{"/compare/a%2Fb/c", []string{"a", "b", "c"}}, // no ID has a slash: three names
		{"/compare?a=x&b=y", []string{"x", "y"}},
		{"/compare?b=y", []string{"y"}},
		{"/compare/p/q?a=x&b=y", []string{"p", "q"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, compareIDs(mustURL(t, tt.in))); diff != "" {
			t.Errorf("compareIDs(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestFocusPair(t *testing.T) {
	tests := map[string]int{
		"/compare/a/b":            0,
		"/compare/a/b#pair-3":     3,
		"/compare/a/b#pair-3-b":   3,
		"/compare/a/b?focus=2":    2,
		"/compare/a/b#pair-0":     0,
		"/compare/a/b#pair--1":    0,
		"/compare/a/b#pair-x":     0,
		"/compare/a/b#p3s1":       0,
		"/compare/a/b?focus=9e99": 0,
	}
	for in, want := range tests {
		if got := focusPair(mustURL(t, in)); got != want {
			t.Errorf("focusPair(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestCompareNavigate derives the page from each kind of link and renders it as the server's
// prerender would: the title names both articles, and every bad link explains itself.
func TestCompareNavigate(t *testing.T) {
	tests := []struct {
		name, url string
		title     string   // a substring of the page title
		html      []string // substrings of the rendered page
		focus     int
	}{
		{"picker only", "/compare", "Compare two articles", []string{"Pick two articles", `id="compare-pick-a"`}, 0},
		{"valid", "/compare/" + idWhatjobs + "/" + idChew,
			"Amazon Faces Scrutiny Over TikTok Partnership vs TikTok CEO Shou Zi Chew",
			[]string{"At a glance", "Joe Biden", `id="pair-1"`, "Side by side", "Also reports what pair 2 reports"}, 0},
		{"focused", "/compare/" + idWhatjobs + "/" + idChew + "#pair-2", " vs ", []string{`id="pair-2"`}, 2},
		{"focus out of range", "/compare/" + idWhatjobs + "/" + idChew + "?focus=99", " vs ", []string{"At a glance", "This link points to pair 99, but these articles align", "from the top"}, 0},
		{"pair out of range", "/compare/" + idWhatjobs + "/" + idChew + "#pair-99-b", " vs ", []string{"This link points to pair 99, but these articles align", `role="status"`}, 0},
		{"pair not a number", "/compare/" + idWhatjobs + "/" + idChew + "#pair-%3Cb%3E", " vs ", []string{"points to pair “", "<bdi>&lt;b&gt;</bdi>", "”, which is not a pair number"}, 0},
		{"pair zero", "/compare/" + idWhatjobs + "/" + idChew + "?focus=0", " vs ", []string{"points to pair “", "<bdi>0</bdi>", "”, which is not a pair number"}, 0},
		{"shared Microsoft", "/compare/" + idWalmart + "/" + idAcquire, " vs ", []string{"Microsoft"}, 0},
		{"one missing", "/compare/" + idWhatjobs, "Compare “Amazon Faces Scrutiny Over TikTok Partnership” with…",
			[]string{"names only one article", "Pick a second one", `href="/compare/` + idWhatjobs + "/" + idChew + `"`}, 0},
		{"one unknown", "/compare/no-such-article", "needs fixing", []string{"“", "<bdi>no-such-article</bdi>", "”", "names only one article"}, 0},
		{"unknown", "/compare/" + idWhatjobs + "/no-such-article", "needs fixing", []string{"no article with the ID “", "<bdi>no-such-article</bdi>", "”"}, 0},
		{"unknown both", "/compare/x/y", "needs fixing", []string{"“", "<bdi>x</bdi>", "”", "“", "<bdi>y</bdi>", "”"}, 0},
		{"same twice", "/compare/" + idChew + "/" + idChew, "needs fixing", []string{"Both sides are the same article"}, 0},
		{"pairs only", "/compare/" + idWhatjobs + "/" + idChew + "?view=pairs#pair-1", " vs ",
			[]string{"Aligned pairs", `id="pair-1"`, "in a different order", `href="/compare/` + idChew + "/" + idWhatjobs + `?view=pairs"`}, 1},
		{"view unknown", "/compare/" + idWhatjobs + "/" + idChew + "?view=garbage", " vs ",
			[]string{"This link asks for the view “", "<bdi>garbage</bdi>", "”, which a comparison does not have: showing the whole comparison.", "Side by side"}, 0},
		{"view hostile, pair out of range", "/compare/" + idWhatjobs + "/" + idChew + "?view=%3Cb%3E&focus=99", " vs ",
			[]string{"This link points to pair 99", "the view “", "<bdi>&lt;b&gt;</bdi>", "”"}, 0},
		{"form fallback", "/compare?a=" + idWalmart + "&b=" + idAcquire, " vs ", []string{"At a glance"}, 0},
		{"markup in ID", "/compare/%3Cscript%3E/x", "needs fixing", []string{"&lt;script&gt;"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newComparePage()
			title, _ := p.navigate(mustURL(t, tt.url))
			if !strings.Contains(title, tt.title) {
				t.Errorf("title %q lacks %q", title, tt.title)
			}
			if p.focus != tt.focus {
				t.Errorf("focus = %d, want %d", p.focus, tt.focus)
			}
			html := app.HTMLString(p)
			for _, want := range tt.html {
				if !strings.Contains(html, want) {
					t.Errorf("page lacks %q", want)
				}
			}
			if tt.focus > 0 {
				// go-app writes attributes in map order, so find the focused element's tag first.
				tag := regexp.MustCompile(fmt.Sprintf(`<[^>]*id="pair-%d"[^>]*>`, tt.focus)).FindString(html)
				if !strings.Contains(tag, "is-focus") {
					t.Errorf("pair %d is not marked as focused: %s", tt.focus, tag)
				}
			}
			if strings.Contains(html, "<script>") || strings.Contains(html, "<b>") {
				t.Error("an ID from the URL reached the page unescaped")
			}
			wantNote := false
			for _, want := range tt.html {
				wantNote = wantNote || strings.Contains(want, "points to pair")
			}
			if note := strings.Contains(html, "This link points to pair"); note != wantNote {
				t.Errorf("a notice of a missing pair: %v, want %v", note, wantNote)
			}
		})
	}
}

// FuzzCompareNavigate feeds arbitrary links to the page: it must never panic, and always
// render either a comparison, a picker or an explanation.
func FuzzCompareNavigate(f *testing.F) {
	f.Add("/compare/" + idWhatjobs + "/" + idChew + "#pair-1")
	f.Add("/compare/%zz/\xff")
	f.Add("/compare?a=&b=" + idChew + "&focus=-1")
	f.Fuzz(func(t *testing.T, s string) {
		u, err := url.Parse(s)
		if err != nil {
			return
		}
		p := newComparePage()
		p.navigate(u)
		if p.err != nil {
			t.Fatalf("%q: %v", s, p.err)
		}
		if html := app.HTMLString(p); !strings.Contains(html, "<main") {
			t.Fatalf("%q: no page rendered", s)
		}
	})
}

// TestSecondChoices checks the articles offered as the second side of a comparison: the ones
// published closest to the first, the undated last, never the first itself, at most n; for an
// undated first, the others of its section, or none rather than the corpus's first n.
func TestSecondChoices(t *testing.T) {
	day := func(id string, y, m, d int) *corpus.Article {
		a := &corpus.Article{ID: id}
		if y > 0 {
			a.Published.Date = corpus.Date{Year: y, Month: m, Day: d, Precision: corpus.PrecisionDay}
		}
		return a
	}
	in := func(a *corpus.Article, section string) *corpus.Article { a.Section = section; return a }
	arts := []*corpus.Article{
		day("undated", 0, 0, 0), day("far", 2019, 1, 1), day("a", 2024, 3, 1), day("next-day", 2024, 3, 2),
		day("month-before", 2024, 2, 1), day("day-before", 2024, 2, 29), day("year-after", 2025, 3, 1),
		in(day("undated-biz", 0, 0, 0), "business"), in(day("biz-1", 2020, 1, 1), "Business"), in(day("biz-2", 0, 0, 0), "business"),
		in(day("undated-lonely", 0, 0, 0), "sport"),
	}
	ids := func(as []*corpus.Article) []string {
		var out []string
		for _, a := range as {
			out = append(out, a.ID)
		}
		return out
	}
	for _, tc := range []struct {
		from  string
		n     int
		want  []string
		basis int
	}{
		{"a", 20, []string{"next-day", "day-before", "month-before", "year-after", "biz-1", "far", "undated", "undated-biz", "biz-2", "undated-lonely"}, choiceAll},
		{"a", 4, []string{"next-day", "day-before", "month-before", "year-after"}, choiceByDate},
		{"a", 0, nil, choiceByDate},
		// No date to be near: not the corpus's first articles, which have nothing to do with it.
		{"undated", 3, nil, choiceNone},
		{"undated-biz", 3, []string{"biz-1", "biz-2"}, choiceBySection},
		{"undated-biz", 1, []string{"biz-1"}, choiceBySection},
		{"undated-lonely", 3, nil, choiceNone},
		{"undated", 10, []string{"far", "a", "next-day", "month-before", "day-before", "year-after", "undated-biz", "biz-1", "biz-2", "undated-lonely"}, choiceAll},
	} {
		var from *corpus.Article
		for _, a := range arts {
			if a.ID == tc.from {
				from = a
			}
		}
		got, basis := secondChoices(arts, from, tc.n)
		if d := cmp.Diff(tc.want, ids(got)); d != "" || basis != tc.basis {
			t.Errorf("from %s, n=%d: basis %d, want %d (-want +got):\n%s", tc.from, tc.n, basis, tc.basis, d)
		}
		// The chosen article may be the library file's copy of the one in arts (the page chose
		// it before the text arrived): it is still never offered as its own second side.
		copied := *from
		got, _ = secondChoices(arts, &copied, tc.n)
		if d := cmp.Diff(tc.want, ids(got)); d != "" {
			t.Errorf("from a copy of %s, n=%d (-want +got):\n%s", tc.from, tc.n, d)
		}
	}
}

// TestChooseSecondIntro: the page that picks a second side says what its list is, and claims
// no closeness in time for an undated article.
func TestChooseSecondIntro(t *testing.T) {
	var arts []*corpus.Article
	for i := range 30 {
		a := &corpus.Article{ID: fmt.Sprintf("art-%d", i), Title: fmt.Sprintf("Title %d", i), Section: "tech"}
		if i%2 == 0 {
			a.Section = "business"
		}
		arts = append(arts, a)
	}
	arts[3].Published.Date = corpus.Date{Year: 2005, Month: 1, Day: 1, Precision: corpus.PrecisionDay}
	undated := &corpus.Article{ID: "undated", Title: "No date", Section: "business"}
	lonely := &corpus.Article{ID: "lonely", Title: "No date, no section"}
	arts = append(arts, undated, lonely)
	render := func(a *corpus.Article) string {
		p := &comparePage{a: a, ids: []string{a.ID}, problems: []message{{words("Pick a second article.")}}}
		return app.HTMLString(p.chooseSecondView(arts))
	}
	wantHTML(t, "dated", render(arts[3]), []string{"These are the 20 articles published closest to it, of 31 others."}, nil)
	wantHTML(t, "undated, with a section", render(undated),
		[]string{"It has no date, so none can be listed as published near it: these are 15 other articles of its section, “", "<bdi>business</bdi>", "”. To find any of the 31 others",
			compareURL("undated", "art-0"), compareURL("undated", "art-28")},
		[]string{"closest", `href="` + compareURL("undated", "art-1") + `"`})
	wantHTML(t, "undated, no section", render(lonely),
		[]string{"It has no date, so none of the 31 others can be listed as published near it."},
		[]string{"closest", `class="compare-choices"`})
}

// TestViewNote: a view the comparison does not have is named; none, an empty one and the pairs'
// view are not; the page reads a link's first view, and so does the note.
func TestViewNote(t *testing.T) {
	for raw, want := range map[string]bool{"": false, "view=": false, "view=pairs": false, "view=pairs&view=x": false,
		"view=x": true, "view=x&view=pairs": true} {
		q, _ := url.ParseQuery(raw)
		if got := viewNote(q.Get("view")) != nil; got != want {
			t.Errorf("?%s: a note %v, want %v", raw, got, want)
		}
	}
}
