//go:build wasm

package app

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"syscall/js"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus/index"
)

// frameBudget is how long one decoding step may hold the page's only thread before it yields to
// the browser: under one frame at 60 Hz, so that the prerendered page scrolls and the progress
// moves while the corpus decodes.
const frameBudget = 8 * time.Millisecond

// LoadData fetches the corpus data file named by the site (the PARALLAX_DATA variable), showing
// its progress in a banner over the prerendered page, and decodes it in steps that yield to the
// browser between them. Call it in the browser before app.RunWhenOnBrowser. It never panics: a
// failure is kept for the views to show.
//
// When the site has a library file (PARALLAX_LIBRARY: each article's metadata, a small part of
// the data file) and the first page needs only that (the library, see metadataFirst), LoadData
// returns as soon as the library file is decoded, so that the app starts then, and the data file
// goes on loading and decoding in the background, its progress in the banner and in the views
// that wait for it (textLoadingPage). Both requests go out at once either way. Any other first
// page keeps the prerendered page on screen until the whole corpus is there, as its views need
// it for their first render.
func LoadData() {
	defer func() {
		if r := recover(); r != nil {
			setCorpus(nil, fmt.Errorf("loading the corpus failed unexpectedly (%v): reload the page", r))
		}
	}()
	url := app.Getenv("PARALLAX_DATA")
	if url == "" {
		setCorpus(nil, errNoData)
		return
	}
	size, _ := strconv.ParseInt(app.Getenv("PARALLAX_DATA_SIZE"), 10, 64)
	libURL := app.Getenv("PARALLAX_LIBRARY")
	if libURL == "" || !metadataFirst() {
		loadText(url, js.Global().Call("fetch", url), size, false)
		return
	}
	// The library file is asked for first, then the data file at once, so that the text is
	// on its way while the library file is decoded and the app starts.
	lib := js.Global().Call("fetch", libURL)
	full := js.Global().Call("fetch", url)
	if err := loadLibraryFile(lib); err != nil {
		// The data file has every article too: the app waits for it instead.
		loadText(url, full, size, false)
		return
	}
	markData()
	go loadText(url, full, size, true)
}

// markData records the moment the first page's data is there as the performance mark
// "parallax-data", so that bench/startup can time the first render after it (issue 10: each
// view's first render within 100 ms of its data).
func markData() { js.Global().Get("performance").Call("mark", "parallax-data") }

// metadataFirst reports whether the page the app starts on needs only the articles' metadata:
// the library, at the site's root.
func metadataFirst() bool {
	path := js.Global().Get("location").Get("pathname").String()
	path = strings.TrimPrefix(path, clientBasePath())
	return path == "" || path == "/" || path == "/index.html"
}

// loadLibraryFile reads the library file from the response promise p, decodes it and makes its
// articles the library's.
func loadLibraryFile(p js.Value) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("decoding the library file: %v", r)
		}
	}()
	data, err := readWhole(p)
	if err != nil {
		return err
	}
	x, err := index.NewLibraryDecoder(data)
	if err != nil {
		return err
	}
	if err := decodeInSteps(x, 64, func() {}); err != nil {
		return err
	}
	return setLibrary(x.Articles(), x.Summaries())
}

// loadText reads the data file from the response promise full and makes it the corpus, showing
// the progress in a banner. In the background (after the library file) the progress also goes
// to the views that wait for the text, and a failure leaves the library working.
func loadText(url string, full js.Value, size int64, background bool) {
	defer func() {
		if r := recover(); r != nil {
			setCorpus(nil, fmt.Errorf("loading the corpus failed unexpectedly (%v): reload the page", r))
		}
	}()
	what := [2]string{"Loading the articles…", "Opening the articles…"}
	if background {
		what = [2]string{"Loading the articles' text…", "Opening the articles' text…"}
	}
	banner := newLoadingBanner(what[0])
	defer banner.remove()
	show := func(what string, done, total int64) {
		banner.set(what, done, total)
		if background {
			setTextStatus(progressText(what, quarterDone(done, total), total))
		}
	}

	if background {
		// Reading the response is work on the page's one thread for every chunk: it waits until
		// the app has started on the library, which is what the reader is waiting for. The
		// browser receives the file meanwhile.
		waitForApp(5 * time.Second)
	}
	data, err := readResponse(full, size, func(done, total int64) { show(what[0], done, total) })
	if err != nil {
		setCorpus(nil, fmt.Errorf("loading the corpus from %s: %w; check the connection and reload", url, err))
		return
	}
	x, err := index.NewDecoder(data)
	if err != nil {
		setCorpus(nil, fmt.Errorf("the corpus at %s: %w", url, err))
		return
	}
	if err := decodeInSteps(x, 32, func() { show(what[1], int64(x.Progress()*1000), 1000) }); err != nil {
		setCorpus(nil, fmt.Errorf("the corpus at %s: %w", url, err))
		return
	}
	// Checking the articles and decoding the timeline's events is a step of its own, and the
	// first render (app.RunWhenOnBrowser, next) another: each is its own task for the browser,
	// so that none blocks input for long.
	yield()
	setDecoded(x, yield)
	if !background {
		markData()
	}
	yield()
}

// decodeInSteps decodes x to the end in steps of budget articles, yielding to the browser at
// least every frameBudget, and calls between after each yielding step (for progress).
func decodeInSteps(x *index.Decoder, budget int, between func()) error {
	for {
		start := time.Now()
		var done bool
		var err error
		for !done && err == nil && time.Since(start) < frameBudget {
			done, err = x.Step(budget)
		}
		if err != nil || done {
			return err
		}
		between()
		yield()
	}
}

// setTextStatus sets the progress textLoadingPage shows, e.g. "Loading the articles' text… 45%".
func setTextStatus(s string) {
	textMu.Lock()
	textStatus = s
	textMu.Unlock()
}

// waitForApp returns once the app has mounted (<html data-parallax="ready">, see readyMarker)
// and the browser has painted it, or after limit.
func waitForApp(limit time.Duration) {
	root := js.Global().Get("document").Get("documentElement")
	for end := time.Now().Add(limit); time.Now().Before(end); {
		if root.Call("getAttribute", "data-parallax").String() == "ready" {
			afterFrame()
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// yield lets the browser run: with every goroutine asleep, the Go runtime returns to the event
// loop until the timer fires.
func yield() { time.Sleep(time.Millisecond) }

// yieldTask ends the current task of the browser's: the other goroutines run first, and the next
// one starts once the browser has handled its own pending work.
func yieldTask() { yield() }

// afterFrame blocks the calling goroutine until the browser has had a chance to paint: the next
// animation frame and a task after it. A hidden tab runs no animation frames, so a timer ends the
// wait after 100 ms at the latest. The other goroutines, the UI's among them, run meanwhile.
func afterFrame() {
	done := make(chan struct{}, 2)
	fire := js.FuncOf(func(js.Value, []js.Value) any {
		done <- struct{}{}
		return nil
	})
	frame := js.FuncOf(func(js.Value, []js.Value) any {
		js.Global().Call("setTimeout", fire, 0)
		return nil
	})
	js.Global().Call("requestAnimationFrame", frame)
	js.Global().Call("setTimeout", fire, 100)
	<-done
	// The callback that did not win still fires later: release the functions only then, since
	// calling a released one is fatal. Without animation frames this goroutine waits forever,
	// holding two small functions.
	go func() {
		<-done
		fire.Release()
		frame.Release()
	}()
}

// readWhole reads the response of the fetch promise p in one piece: for a small file, one call
// into JavaScript instead of one a chunk.
func readWhole(p js.Value) ([]byte, error) {
	resp, err := response(p)
	if err != nil {
		return nil, err
	}
	buf, err := await(resp.Call("arrayBuffer"))
	if err != nil {
		return nil, err
	}
	bytes := js.Global().Get("Uint8Array").New(buf)
	out := make([]byte, bytes.Get("byteLength").Int())
	js.CopyBytesToGo(out, bytes)
	return out, nil
}

// readResponse reads the response of the fetch promise p to the end, reporting progress after
// each chunk. total is the expected length (the Content-Length is the compressed one when the
// host compresses).
func readResponse(p js.Value, total int64, progress func(done, total int64)) ([]byte, error) {
	resp, err := response(p)
	if err != nil {
		return nil, err
	}
	if total <= 0 {
		if n, err := strconv.ParseInt(resp.Get("headers").Call("get", "Content-Length").String(), 10, 64); err == nil {
			total = n
		}
	}
	buf := make([]byte, 0, max(total, 0))
	reader := resp.Get("body").Call("getReader")
	for {
		chunk, err := await(reader.Call("read"))
		if err != nil {
			return nil, err
		}
		if chunk.Get("done").Bool() {
			break
		}
		v := chunk.Get("value")
		n := v.Get("byteLength").Int()
		buf = append(buf, make([]byte, n)...)
		js.CopyBytesToGo(buf[len(buf)-n:], v)
		progress(int64(len(buf)), total)
	}
	return buf, nil
}

// response waits for the fetch promise p and returns its response, or an error for a failed
// request or an HTTP status other than 2xx.
func response(p js.Value) (js.Value, error) {
	resp, err := await(p)
	if err != nil {
		return js.Value{}, err
	}
	if !resp.Get("ok").Bool() {
		return js.Value{}, fmt.Errorf("HTTP status %d", resp.Get("status").Int())
	}
	return resp, nil
}

// await blocks the calling goroutine until the promise p settles; the browser runs meanwhile.
func await(p js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	ch := make(chan result, 1)
	onValue := js.FuncOf(func(_ js.Value, args []js.Value) any {
		ch <- result{v: args[0]}
		return nil
	})
	defer onValue.Release()
	onError := js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg := "failed"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		ch <- result{err: errors.New(msg)}
		return nil
	})
	defer onError.Release()
	p.Call("then", onValue, onError)
	r := <-ch
	return r.v, r.err
}

// loadingBanner is a status line at the foot of the window: the prerendered page stays readable
// above it while the corpus arrives.
type loadingBanner struct{ el js.Value }

func newLoadingBanner(text string) loadingBanner {
	doc := js.Global().Get("document")
	el := doc.Call("createElement", "div")
	el.Set("id", "parallax-data-loader")
	el.Call("setAttribute", "role", "status")
	el.Call("setAttribute", "aria-live", "polite")
	// Set through the CSSOM, which the Content-Security-Policy allows; no stylesheet is loaded
	// for an element that lives a second.
	style := el.Get("style")
	for k, v := range map[string]string{
		"position": "fixed", "left": "0", "right": "0", "bottom": "0", "z-index": "1000",
		"padding": "0.5em 1em", "font": "14px system-ui, sans-serif", "color": "#fbf7ee",
		"background": "#1d3b5c", "text-align": "center",
	} {
		style.Call("setProperty", k, v)
	}
	el.Set("textContent", text)
	doc.Get("body").Call("appendChild", el)
	return loadingBanner{el}
}

func (b loadingBanner) set(what string, done, total int64) {
	b.el.Set("textContent", progressText(what, done, total))
}

// progressText is what followed by the share done, "Loading the articles… 45%".
func progressText(what string, done, total int64) string {
	if total <= 0 {
		return what
	}
	return fmt.Sprintf("%s %d%%", what, min(100, done*100/total))
}

func (b loadingBanner) remove() { b.el.Call("remove") }
