package app

import (
	"runtime"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestBrowserCallbacksSurvivePanics: a panic in what runs when a promise settles is logged, not
// left to end the Go program (a dead page), whether the value is no promise (done runs at once)
// or, in the browser, a promise that settles later.
func TestBrowserCallbacksSurvivePanics(t *testing.T) {
	ran := false
	whenSettled(app.Null(), func(app.Value, bool) {
		ran = true
		var p *offlineStatus
		_ = p.shown.Load() // a nil dereference
	})
	if !ran {
		t.Fatal("done did not run for a value that is no promise")
	}
	if runtime.GOOS != "js" {
		return
	}
	settled := make(chan bool, 1)
	whenSettled(app.Window().Get("Promise").Call("resolve", 1), func(v app.Value, ok bool) {
		settled <- ok
		panic("provoked")
	})
	select {
	case ok := <-settled:
		if !ok {
			t.Error("a resolved promise was reported rejected")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the promise's callback never ran")
	}
	time.Sleep(10 * time.Millisecond) // the callback's recovery and release run after the send
}

// TestOfflineStatusDismounted: the footer's offline line that a promise reaches after a
// navigation has dismounted it changes nothing and does not panic: its context has no element
// then (the e2e suite's flaky "Go program has already exited" was this nil dereference).
func TestOfflineStatusDismounted(t *testing.T) {
	o := newOfflineStatus()
	o.shown.Store(offlineKey(offlineChecking))
	o.set(app.Context{}, offlineReady)
	if got := o.shown.Load(); got != offlineKey(offlineChecking) {
		t.Errorf("a dismounted line changed its state to %d", got)
	}
}
