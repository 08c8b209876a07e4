package e2e

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"sync"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
)

// problemLog records, for one tab, everything a reader would experience as broken: console
// errors, uncaught exceptions, error log entries (CSP violations among them), failed requests,
// HTTP errors and any request to another origin than the site under test.
type problemLog struct {
	origin string // scheme://host of the site under test

	mu       sync.Mutex
	problems []string
	allowed  []string
	// crashLines is how many more console lines join the last problem: the stack that follows a
	// Go panic's first line.
	crashLines int
}

// Allow accepts problems whose text contains substr, for tests that provoke them.
func (l *problemLog) Allow(substr string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.allowed = append(l.allowed, substr)
}

// Problems returns the problems recorded so far that no Allow accepted.
func (l *problemLog) Problems() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, p := range l.problems {
		ok := false
		for _, a := range l.allowed {
			ok = ok || strings.Contains(p, a)
		}
		if !ok {
			out = append(out, p)
		}
	}
	return out
}

// takeProblems returns and forgets every problem recorded so far, allowed or not.
func (l *problemLog) takeProblems() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := l.problems
	l.problems = nil
	return out
}

func (l *problemLog) problem(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.problems = append(l.problems, fmt.Sprintf(format, args...))
}

// listen is a chromedp target listener.
func (l *problemLog) listen(ev any) {
	switch e := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		printed := consoleStrings(e.Args)
		switch {
		case e.Type == runtime.APITypeError || e.Type == runtime.APITypeAssert:
			l.problem("console.%s: %s", e.Type, consoleArgs(e.Args))
		case goCrash(printed):
			// wasm_exec.js writes the Go program's stderr with console.log: a panic's message and
			// stack would otherwise be lost, leaving only the "Go program has already exited" of
			// the next callback.
			l.problem("the Go program crashed: %s", printed)
			l.mu.Lock()
			l.crashLines = 80
			l.mu.Unlock()
		default:
			l.mu.Lock()
			if l.crashLines > 0 {
				l.crashLines--
				if n := len(l.problems); n > 0 {
					l.problems[n-1] += "\n" + printed
				} else { // the first line was taken already
					l.problems = append(l.problems, "the Go program crashed (its stack): "+printed)
				}
			}
			l.mu.Unlock()
		}
	case *runtime.EventExceptionThrown:
		l.problem("uncaught exception: %s", exceptionText(e.ExceptionDetails))
	case *log.EventEntryAdded:
		if e.Entry.Level == log.LevelError {
			l.problem("log (%s): %s %s", e.Entry.Source, e.Entry.Text, e.Entry.URL)
		}
	case *network.EventRequestWillBeSent:
		if !l.sameOrigin(e.Request.URL) {
			l.problem("request to another origin: %s", e.Request.URL)
		}
	case *network.EventLoadingFailed:
		if !e.Canceled {
			l.problem("request failed: %s (%s)", e.Type, e.ErrorText)
		}
	case *network.EventResponseReceived:
		if e.Response.Status >= 400 {
			l.problem("HTTP %d for %s", e.Response.Status, e.Response.URL)
		}
	}
}

// goCrash reports whether a console line is the Go runtime's report of a panic or a fatal error.
func goCrash(text string) bool {
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "panic: ") || strings.HasPrefix(line, "fatal error: ") {
			return true
		}
	}
	return false
}

func (l *problemLog) sameOrigin(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	switch u.Scheme {
	case "data", "blob", "about", "chrome", "devtools":
		return true
	}
	o, _ := url.Parse(l.origin)
	return u.Scheme == o.Scheme && u.Host == o.Host
}

func consoleArgs(args []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range args {
		switch {
		case a.Value != nil:
			parts = append(parts, string(a.Value))
		case a.Description != "":
			parts = append(parts, a.Description)
		}
	}
	return strings.Join(parts, " ")
}

// consoleStrings is the text a console call printed, its string arguments unquoted: wasm_exec.js
// prints the Go program's output as one string per call, lines joined by newlines.
func consoleStrings(args []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range args {
		var s string
		if a.Type == runtime.TypeString && json.Unmarshal(a.Value, &s) == nil {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " ")
}

func exceptionText(d *runtime.ExceptionDetails) string {
	if d == nil {
		return ""
	}
	if d.Exception != nil && d.Exception.Description != "" {
		return d.Exception.Description
	}
	return d.Text
}
