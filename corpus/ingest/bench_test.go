package ingest_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"parallax/corpus/ingest"
	"parallax/internal/fixture"
)

// syntheticCorpus makes a corpus folder of n articles by cycling through the seed articles under
// new IDs and file names, with catalog entries like the seed ones.
func syntheticCorpus(b *testing.B, n int) (fstest.MapFS, int) {
	seed, err := ingest.Corpus(fixture.Seed())
	if err != nil {
		b.Fatal(err)
	}
	catalog, err := fs.ReadFile(fixture.Seed(), "catalog.json")
	if err != nil {
		b.Fatal(err)
	}
	entries, err := ingest.ParseCatalog(catalog)
	if err != nil {
		b.Fatal(err)
	}
	fsys := fstest.MapFS{}
	var cat strings.Builder
	cat.WriteString("[\n")
	size := 0
	for i := range n {
		e := entries[i%len(entries)]
		raw, err := fs.ReadFile(fixture.Seed(), "articles/"+e.File)
		if err != nil {
			b.Fatal(err)
		}
		size += len(raw)
		file := fmt.Sprintf("%05d.txt", i)
		fsys["articles/"+file] = &fstest.MapFile{Data: raw}
		if i > 0 {
			cat.WriteString(",\n")
		}
		a := seed[i%len(seed)]
		fmt.Fprintf(&cat, `{"id": "a-%d", "file": %q, "title": %q, "title_note": %q, "author": %q, "author_note": %q, "url": %q, "published": {"date": %q, "basis": %q, "note": %q}}`,
			i, file, a.Title, e.TitleNote, e.Author, e.AuthorNote, e.URL, e.Published.Date, e.Published.Basis, e.Published.Note)
	}
	cat.WriteString("\n]\n")
	fsys["catalog.json"] = &fstest.MapFile{Data: []byte(cat.String())}
	return fsys, size
}

// BenchmarkCorpus ingests 2,000 articles (catalog, cleaning, sentences, entity tagging) per op.
func BenchmarkCorpus(b *testing.B) {
	const n = 2000
	fsys, size := syntheticCorpus(b, n)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		arts, err := ingest.Corpus(fsys)
		if err != nil {
			b.Fatal(err)
		}
		if len(arts) != n {
			b.Fatalf("%d articles", len(arts))
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkArticleNoTagger isolates ingestion's own cost on the longest seed article.
func BenchmarkArticleNoTagger(b *testing.B) {
	data, err := fs.ReadFile(fixture.Seed(), "catalog.json")
	if err != nil {
		b.Fatal(err)
	}
	entries, err := ingest.ParseCatalog(data)
	if err != nil {
		b.Fatal(err)
	}
	raw, err := fs.ReadFile(fixture.Seed(), "articles/"+entries[0].File)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := ingest.Article(entries[0], raw, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFolderExternal ingests a folder kept outside the repository, named by the environment
// variable PARALLAX_BENCH_FOLDER (e.g. a public corpus for measurement), and logs the report's
// counts and problems. Without the variable it is skipped.
func BenchmarkFolderExternal(b *testing.B) {
	dir := os.Getenv("PARALLAX_BENCH_FOLDER")
	if dir == "" {
		b.Skip("set PARALLAX_BENCH_FOLDER to a corpus folder")
	}
	var res *ingest.Result
	for b.Loop() {
		var err error
		res, err = ingest.Folder(os.DirFS(dir), ingest.Options{})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(res.Report.Ingested*b.N)/b.Elapsed().Seconds(), "articles/s")
	var rep strings.Builder
	res.Report.WriteTo(&rep)
	b.Log("\n" + rep.String())
}

// BenchmarkFolderMixed ingests 10,000 synthetic articles in five formats (.txt, .md, .html, .jsonl
// and .csv records) per op: reading, decoding, extraction, cleaning, sentences, entity tagging.
// With PARALLAX_BENCH_HTML_OUT set, it also writes its HTML pages there, for a peer extractor.
// The html sub-benchmark ingests the HTML pages alone, the figure to compare with the peer.
func BenchmarkFolderMixed(b *testing.B) {
	const n = 10000
	fsys, pages := synthFolder(n)
	if dir := os.Getenv("PARALLAX_BENCH_HTML_OUT"); dir != "" {
		for name, page := range pages {
			p := filepath.Join(dir, filepath.Base(name))
			if err := os.WriteFile(p, []byte(page), 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
	htmlOnly := fstest.MapFS{}
	for name, page := range pages {
		htmlOnly[name] = &fstest.MapFile{Data: []byte(page)}
	}
	for _, bc := range []struct {
		name string
		fsys fstest.MapFS
		want int
	}{{"all", fsys, n}, {"html", htmlOnly, len(pages)}} {
		b.Run(bc.name, func(b *testing.B) {
			cpu0 := cpuSeconds()
			for b.Loop() {
				res, err := ingest.Folder(bc.fsys, ingest.Options{})
				if err != nil {
					b.Fatal(err)
				}
				if res.Report.Ingested != bc.want {
					var rep strings.Builder
					res.Report.WriteTo(&rep)
					b.Fatalf("%d articles ingested, want %d:\n%.2000s", res.Report.Ingested, bc.want, rep.String())
				}
			}
			b.ReportMetric(float64(bc.want*b.N)/b.Elapsed().Seconds(), "articles/s")
			b.ReportMetric((cpuSeconds()-cpu0)/float64(b.N), "cpu-s/op")
		})
	}
}

// BenchmarkHTMLInline ingests one saved page made only of short inline elements with no white
// space between them (<span>w1</span><b>x1</b>…), the worst case of putting back the spaces
// go-trafilatura trims: every join is looked up in the page's text. Its time per byte should not
// grow with the page (a search of the whole text per join made 1.2 MB take 29 s).
func BenchmarkHTMLInline(b *testing.B) {
	for _, paras := range []int{300, 1200} {
		var page strings.Builder
		page.WriteString("<html><head><title>Inline page</title></head><body><article>")
		for i := range paras {
			page.WriteString("<p>")
			for j := range 40 {
				fmt.Fprintf(&page, "<span>w%d</span><b>x%d</b>", i*40+j, j)
			}
			page.WriteString("</p>")
		}
		page.WriteString("</article></body></html>")
		fsys := fstest.MapFS{"page.html": &fstest.MapFile{Data: []byte(page.String())}}
		b.Run(fmt.Sprintf("bytes=%d", page.Len()), func(b *testing.B) {
			b.SetBytes(int64(page.Len()))
			for b.Loop() {
				res, err := ingest.Folder(fsys, ingest.Options{})
				if err != nil || len(res.Articles) != 1 {
					b.Fatalf("%d articles, %v", len(res.Articles), err)
				}
			}
		})
	}
}
