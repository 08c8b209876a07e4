package ingest_test

import (
	"strings"
	"testing"

	"parallax/corpus"
)

// TestProxiedOutlets: a page saved from a web archive (the Wayback Machine, archive.today) or
// served by a cache or proxy (the Google AMP cache, Google Translate) has the page's own host as
// its outlet and the page's own address as its URL, the service's address kept in the note; an
// archive's address that does not name the page, and an IP address or localhost, give no outlet,
// with the reason.
func TestProxiedOutlets(t *testing.T) {
	fsys, res := ingestClean(t, "proxies.txtar")
	arts := byFile(res.Articles)
	tests := []struct {
		file, outlet, url string
		note              string // a part of the outlet's note
	}{
		{"wayback.html", "harbournews.net", "http://harbournews.net/2016/02/ferry-cut/", "the Wayback Machine (web.archive.org)"},
		{"wayback-stated.html", "Harbour News", "https://www.harbournews.net/2016/02/spring/", ""},
		{"wayback-collapsed.html", "isle-post.org", "http://isle-post.org/ferry", "Wayback Machine"},
		{"archive-today.html", "islepost.co.uk", "https://www.islepost.co.uk/news/ferry", "archive.today (archive.ph)"},
		{"archive-short.html", "", "https://archive.ph/AbC12", "does not name the page it saved"},
		{"amp-cache.html", "islepost.co.uk", "https://www.islepost.co.uk/amp/ferry", "Google AMP cache"},
		{"translate.html", "insel-bote.de", "https://insel-bote.de/faehre?id=3", "Google Translate"},
		{"ip-host.html", "", "https://52.16.95.170/article/825076-ferry", "The URL's host (52.16.95.170) is a machine's address, which names no outlet."},
		{"ipv6-host.html", "", "http://[2001:db8::1]/ferry", "is a machine's address"},
		{"localhost.html", "", "http://localhost:8080/ferry", "is a machine's address"},
	}
	for _, tt := range tests {
		a := arts[tt.file]
		if a == nil {
			t.Errorf("%s: not ingested; problems: %v", tt.file, problemsOf(res.Report, tt.file))
			continue
		}
		if a.Outlet != tt.outlet || !strings.Contains(a.OutletNote, tt.note) || !strings.Contains(a.Provenance.Outlet.Note, tt.note) {
			t.Errorf("%s: outlet %q (%q), want %q (note with %q)", tt.file, a.Outlet, a.OutletNote, tt.outlet, tt.note)
		}
		if tt.outlet == "" && a.Provenance.Outlet.Basis != corpus.BasisUnknown {
			t.Errorf("%s: outlet basis %v, want unknown", tt.file, a.Provenance.Outlet.Basis)
		}
		if a.URL != tt.url {
			t.Errorf("%s: URL %q, want %q", tt.file, a.URL, tt.url)
		}
		if tt.url != "" && a.URL != tt.url && !strings.Contains(a.Provenance.URL.Note, "The file states the address of") {
			t.Errorf("%s: URL note %q does not keep the service's address", tt.file, a.Provenance.URL.Note)
		}
	}
	if a := arts["wayback.html"]; a != nil && !strings.Contains(a.Provenance.URL.Note, "https://web.archive.org/web/20160218174457/http://harbournews.net/2016/02/ferry-cut/") {
		t.Errorf("wayback.html: URL note %q does not keep the archive's address", a.Provenance.URL.Note)
	}

	again := withCatalog(t, fsys, res.Articles)
	for _, p := range again.Report.Problems {
		t.Errorf("read back with its catalog: %s", p)
	}
	for _, b := range again.Articles {
		if a := arts[b.File]; a == nil || a.Outlet != b.Outlet || a.OutletNote != b.OutletNote || a.URL != b.URL {
			t.Errorf("%s: read back with its catalog: outlet %q (%q), URL %q", b.File, b.Outlet, b.OutletNote, b.URL)
		}
	}
}
