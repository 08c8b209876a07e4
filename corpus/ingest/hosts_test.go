package ingest

import "testing"

// TestOutletHost: the host an outlet is estimated from is the page's own, read out of the
// address of an archive, a cache or a translating proxy; an address that does not name the page,
// or a machine's address, gives none, with the reason.
func TestOutletHost(t *testing.T) {
	tests := []struct {
		url, host string
		why       bool // a reason for no host
	}{
		{"https://www.zaxid.net/news/1", "zaxid.net", false},
		{"https://web.archive.org/web/20160218174457/http://bewegliche-lettern.de/2010/05/x/", "bewegliche-lettern.de", false},
		{"https://web.archive.org/web/20160218174457if_/https://www.example.org/a?b=c", "example.org", false},
		{"http://web.archive.org/web/2016/example.org/a", "example.org", false},
		{"https://web.archive.org/web/*/example.org/*", "", true},
		{"https://wayback.archive-it.org/1234/20200101000000/https://news.example.org/a", "news.example.org", false},
		{"https://archive.is/newest/https://www.example.co.uk/a", "example.co.uk", false},
		{"https://archive.today/o/AbC12/https://example.net/a", "example.net", false},
		{"https://archive.ph/AbC12", "", true},
		{"https://example-org.cdn.ampproject.org/v/s/example.org/amp/a?amp_js_v=0.1", "example.org", false},
		{"https://xn--hash.cdn.ampproject.org/c/s/example.org/a", "example.org", false},
		{"https://news-example--site-com.translate.goog/a?_x_tr_sl=de", "news.example-site.com", false},
		{"https://translate.google.com/translate?sl=de&u=https://www.example.de/a", "example.de", false},
		{"https://webcache.googleusercontent.com/search?q=cache:AbC:https://www.example.com/a+news", "example.com", false},
		{"https://archive.org/details/some-item", "archive.org", false},
		{"https://52.16.95.170/article/1", "", true},
		{"http://[2001:db8::1]/a", "", true},
		{"http://localhost:8080/a", "", true},
		{"http://app.localhost/a", "", true},
	}
	for _, tt := range tests {
		host, _, why := outletHost(tt.url)
		if host != tt.host || (why != "") != tt.why {
			t.Errorf("outletHost(%q) = %q (why %q), want %q (a reason: %v)", tt.url, host, why, tt.host, tt.why)
		}
	}
}
