package e2e

import (
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// dataGate is a proxy in front of the test server that holds back every request for the corpus
// data file (web/data/corpus.*.bin) while it is closed: the real files and the real service
// worker, with the network as slow as a test needs it.
type dataGate struct {
	URL string

	mu     sync.Mutex
	open   chan struct{}
	waited int // requests for the data file that had to wait
}

func newDataGate(t *testing.T) *dataGate {
	t.Helper()
	target, err := url.Parse(baseURL)
	if err != nil {
		t.Fatal(err)
	}
	g := &dataGate{open: make(chan struct{})}
	proxy := httputil.NewSingleHostReverseProxy(target)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/web/data/corpus.") {
			g.mu.Lock()
			open := g.open
			select {
			case <-open:
			default:
				g.waited++
			}
			g.mu.Unlock()
			select {
			case <-open:
			case <-r.Context().Done():
				return
			}
		}
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(func() {
		g.release()
		srv.Close()
	})
	g.URL = srv.URL
	return g
}

// release lets the held requests, and any later one, through.
func (g *dataGate) release() {
	g.mu.Lock()
	defer g.mu.Unlock()
	select {
	case <-g.open:
	default:
		close(g.open)
	}
}

func (g *dataGate) held() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.waited
}

// waitHeld waits until at least n requests for the data file have waited at the gate.
func (g *dataGate) waitHeld(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(actionTimeout)
	for g.held() < n {
		if time.Now().After(deadline) {
			t.Fatalf("%d requests for the data file reached the gate, want %d", g.held(), n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestLibraryBeforeText checks issue 10's cold start on the library: the app starts from the
// small library file while the data file is still on its way. The library is live and its
// search box works; a search in the app says that the text is loading, in a status, and shows
// its results by itself, without a reload, once the data file has arrived.
func TestLibraryBeforeText(t *testing.T) {
	g := newDataGate(t)
	p := newPageAt(t, g.URL)
	p.Go("/") // waits for data-parallax="ready": the app is live
	g.waitHeld(t, 1)
	if n := p.Count(".library-list .card"); n == 0 {
		t.Fatal("the library lists no article while the text loads")
	}
	if got := p.Text(".library-list .card .card-opening"); got == "" {
		t.Error("the library's cards have no opening while the text loads")
	}
	p.Eval(`window.parallaxSameDocument = true`, nil)

	// The header's search box works: typing brings up the search view, which waits.
	p.Run(chromedp.SendKeys("#search-q", "walmart", chromedp.ByQuery))
	p.Run(chromedp.Poll(`location.pathname === "/search" && location.search === "?q=walmart"`, nil))
	status := p.WaitText("#text-loading", "Loading the articles")
	var role string
	p.Eval(`document.getElementById("text-loading").getAttribute("role")`, &role)
	if role != "status" {
		t.Errorf("the loading message %q has role %q, want status", status, role)
	}
	if n := p.Count(".search-results .result"); n != 0 {
		t.Errorf("%d results before the text", n)
	}

	g.release()
	p.Run(chromedp.WaitVisible(`.search-results .result`, chromedp.ByQuery))
	if got := p.Text(".search-results > li:first-child .result-title"); !strings.Contains(got, "Walmart") {
		t.Errorf("first result %q, want a Walmart article", got)
	}
	if n := p.Count("#text-loading"); n != 0 {
		t.Error("the loading status stays after the results came")
	}
	var same bool
	p.Eval(`window.parallaxSameDocument === true`, &same)
	if !same {
		t.Error("the page was reloaded to show the results")
	}

	// In-app navigation to the reader and the timeline now shows them at once.
	p.Click(`.search-results > li:first-child .result-title a`)
	p.Run(chromedp.WaitVisible(`#p1s1`, chromedp.ByQuery))
}

// TestDeepLinkWaitsForText checks that a first page that needs the text keeps today's start:
// a cold link to a search shows the prerendered results until the whole corpus is decoded,
// then the live app, with no loading status in between.
func TestDeepLinkWaitsForText(t *testing.T) {
	g := newDataGate(t)
	p := newPageAt(t, g.URL)
	p.Run(chromedp.Navigate(g.URL + "/search?q=walmart"))
	g.waitHeld(t, 1)
	if n := p.Count(".search-results .result"); n == 0 {
		t.Error("the prerendered results are not on screen while the data file loads")
	}
	var ready string
	p.Eval(`document.documentElement.getAttribute("data-parallax") || ""`, &ready)
	if ready != "" {
		t.Errorf("data-parallax=%q before the data file arrived: the search started without its text", ready)
	}
	g.release()
	p.WaitReady()
	p.Run(chromedp.WaitVisible(`.search-results .result`, chromedp.ByQuery))
	if n := p.Count("#text-loading"); n != 0 {
		t.Error("a cold search link showed the loading status")
	}
}

// TestFocusWhenTextArrives checks that keyboard focus survives the text's arrival: after an
// in-app navigation to the reader while the text loads, focus is on the loading view's heading;
// when the real view replaces it, focus moves to the real view's heading, not to <body>, so that
// a screen reader keeps its place and the next Tab does not start again at the top.
func TestFocusWhenTextArrives(t *testing.T) {
	g := newDataGate(t)
	p := newPageAt(t, g.URL)
	p.Go("/")
	g.waitHeld(t, 1)
	p.Click(`.library-list .card .card-title a`)
	p.WaitText("#text-loading", "Loading the articles")
	focused := func() string {
		var tag string
		p.Eval(`(() => { const e = document.activeElement; return e ? e.tagName + (e.closest("#main") ? " in main" : "") : "" })()`, &tag)
		return tag
	}
	if got := focused(); got != "H1 in main" {
		t.Errorf("while the text loads, focus is on %q, want the loading view's H1", got)
	}
	g.release()
	p.Run(chromedp.WaitVisible(`#p1s1`, chromedp.ByQuery))
	p.Run(chromedp.Poll(`document.activeElement && document.activeElement.tagName !== "BODY"`, nil, chromedp.WithPollingTimeout(5*time.Second)))
	if got := focused(); got != "H1 in main" {
		t.Errorf("after the text arrived, focus is on %q, want the reader's H1", got)
	}
}
