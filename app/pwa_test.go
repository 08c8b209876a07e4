//go:build !wasm

// In the browser the components' OnMount reads the real network and install state and starts a
// periodic update check, so their states are set up here, natively, where OnMount does not run;
// e2e/pwa_test.go covers them live.

package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestPWARender checks each state of the PWA controls as go-app's test engine renders them.
func TestPWARender(t *testing.T) {
	render := func(c app.Composer) string {
		t.Helper()
		e := app.NewTestEngine()
		if err := e.Load(c); err != nil {
			t.Fatal(err)
		}
		e.ConsumeAll()
		return app.HTMLString(c)
	}
	tests := []struct {
		name     string
		c        app.Composer
		ready    bool
		want     []string
		dontWant []string
	}{
		{name: "online, no prompt", c: &pwaControls{}, dontWant: []string{"Offline", "Install"}},
		{name: "offline", c: &pwaControls{offline: true}, want: []string{`class="pwa-offline"`, `role="status"`, "Offline"}},
		{name: "install prompt", c: &pwaControls{install: true}, want: []string{"Install app"}, dontWant: []string{"Home Screen"}},
		{name: "apple help", c: &pwaControls{apple: true, showApple: true}, want: []string{"Add to Home Screen", "Close"}},
		{name: "no update", c: &pwaUpdate{version: "abc123"}, want: []string{"Version abc123"}, dontWant: []string{"Reload"}},
		{name: "update ready", c: &pwaUpdate{version: "abc123"}, ready: true, want: []string{"A new version of Parallax is ready.", `id="pwa-reload"`, "Reload"}},
		{name: "prerendered", c: &pwaUpdate{}, dontWant: []string{"Version"}},
	}
	defer func() { updateReady = false }()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			updateReady = tt.ready
			html := render(tt.c)
			for _, w := range tt.want {
				if !strings.Contains(html, w) {
					t.Errorf("lacks %q:\n%s", w, html)
				}
			}
			for _, w := range tt.dontWant {
				if strings.Contains(html, w) {
					t.Errorf("has %q:\n%s", w, html)
				}
			}
		})
	}
}
