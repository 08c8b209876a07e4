package ingest_test

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing/fstest"
)

// Word lists for synthetic articles, composed for the benchmark.
var (
	synthSubjects = []string{"The council", "Ministers", "The regional bank", "Local traders", "The port authority", "Union leaders", "The ferry operator", "Researchers at the university", "The city's mayor", "Hospital managers"}
	synthVerbs    = []string{"announced", "rejected", "delayed", "approved", "questioned", "welcomed", "criticised", "proposed", "reviewed", "confirmed"}
	synthObjects  = []string{"a plan to widen the ring road", "new rules for short-term lets", "the budget for next year", "a merger of two bus companies", "the closure of the night clinic", "a review of water charges", "longer opening hours for libraries", "a grant for coastal defences", "changes to school catchment areas", "a study of air quality near schools"}
	synthTails    = []string{"on Monday", "after a long debate", "despite objections from residents", "in a statement on Tuesday", "following months of talks", "at a meeting in the town hall", "earlier this week", "ahead of the spring elections"}
	synthOutlets  = []string{"Valley Courier", "Coastline News", "Metro Wire", "Daily Example", "The Northern Ledger"}
	synthAuthors  = []string{"Jane Roe", "Tomas Berg", "Priya Natarajan", "Elin Hughes", "Sam Okafor", "Ana Ruiz"}
)

type synthArticle struct {
	title, outlet, author, url, date string
	paras                            []string
}

func synthesise(r *rand.Rand, i int) synthArticle {
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	a := synthArticle{
		title:  fmt.Sprintf("%s %s %s (%d)", pick(synthSubjects), pick(synthVerbs), pick(synthObjects), i),
		outlet: pick(synthOutlets), author: pick(synthAuthors),
		date: fmt.Sprintf("20%02d-%02d-%02d", 10+r.IntN(15), 1+r.IntN(12), 1+r.IntN(28)),
	}
	a.url = fmt.Sprintf("https://news.example.org/%s/story-%d", strings.ReplaceAll(a.date, "-", "/"), i)
	for range 6 + r.IntN(6) {
		var ss []string
		for range 2 + r.IntN(3) {
			ss = append(ss, fmt.Sprintf("%s %s %s %s.", pick(synthSubjects), pick(synthVerbs), pick(synthObjects), pick(synthTails)))
		}
		a.paras = append(a.paras, strings.Join(ss, " "))
	}
	return a
}

// synthHTML renders a saved page with the furniture real pages carry: navigation, a share bar,
// related links, a footer, scripts.
func synthHTML(a synthArticle) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | %s</title>
<meta property="og:title" content="%s"><meta property="og:site_name" content="%s">
<meta property="article:published_time" content="%sT09:00:00Z"><meta name="author" content="%s">
<link rel="canonical" href="%s"><script>window.dataLayer=[];</script><style>body{font:16px serif}</style></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
<main><article><h1>%s</h1><p class="byline">By %s</p><div class="share"><a href="#">Share</a> <span>12</span></div>
`, a.title, a.outlet, a.title, a.outlet, a.date, a.author, a.url, a.title, a.author)
	for _, p := range a.paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
	}
	b.WriteString(`</article><aside><h2>Related stories</h2><ul><li><a href="/a">Bus fares frozen for a year</a></li><li><a href="/b">Bridge repairs finish early</a></li></ul></aside></main>
<footer><p>Copyright Example News. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>
`)
	return b.String()
}

// synthFolder makes a folder of n articles in five formats, one in five each: .txt with header
// lines and furniture, .md with front matter, saved .html pages, and records of .jsonl and .csv
// exports (100 a file). It returns the folder and the HTML pages by name.
func synthFolder(n int) (fstest.MapFS, map[string]string) {
	r := rand.New(rand.NewPCG(1, 2))
	fsys := fstest.MapFS{}
	pages := map[string]string{}
	var jsonl, csvb strings.Builder
	cw := csv.NewWriter(&csvb)
	cw.Write([]string{"title", "url", "published", "outlet", "author", "text"})
	jsonlN, csvN := 0, 0
	flush := func(force bool) {
		if jsonlN > 0 && (jsonlN == 100 || force) {
			fsys[fmt.Sprintf("export/%05d.jsonl", len(fsys))] = &fstest.MapFile{Data: []byte(jsonl.String())}
			jsonl.Reset()
			jsonlN = 0
		}
		if csvN > 0 && (csvN == 100 || force) {
			cw.Flush()
			fsys[fmt.Sprintf("export/%05d.csv", len(fsys))] = &fstest.MapFile{Data: []byte(csvb.String())}
			csvb.Reset()
			cw = csv.NewWriter(&csvb)
			cw.Write([]string{"title", "url", "published", "outlet", "author", "text"})
			csvN = 0
		}
	}
	for i := range n {
		a := synthesise(r, i)
		body := strings.Join(a.paras, "\n\n")
		switch i % 5 {
		case 0:
			text := fmt.Sprintf("Jane Doe/Getty Images\n%s\n%s\nBy %s\n\n0\n\n%s\n\nRelated Stories\nBus fares frozen for a year\nBridge repairs finish early\n\n(Source: %s)\n", a.title, a.date, a.author, body, a.outlet)
			fsys[fmt.Sprintf("txt/%05d.txt", i)] = &fstest.MapFile{Data: []byte(text)}
		case 1:
			text := fmt.Sprintf("---\ntitle: %q\ndate: %s\nsource: %s\nauthor: %s\nurl: %s\n---\n\n# %s\n\n%s\n", a.title, a.date, a.outlet, a.author, a.url, a.title, body)
			fsys[fmt.Sprintf("md/%05d.md", i)] = &fstest.MapFile{Data: []byte(text)}
		case 2:
			name := fmt.Sprintf("html/%05d.html", i)
			pages[name] = synthHTML(a)
			fsys[name] = &fstest.MapFile{Data: []byte(pages[name])}
		case 3:
			rec, _ := json.Marshal(map[string]any{"headline": a.title, "link": a.url, "publish_date": a.date, "media_name": a.outlet, "authors": []string{a.author}, "text": body})
			jsonl.Write(rec)
			jsonl.WriteByte('\n')
			jsonlN++
		case 4:
			cw.Write([]string{a.title, a.url, a.date, a.outlet, a.author, body})
			csvN++
		}
		flush(false)
	}
	flush(true)
	return fsys, pages
}
