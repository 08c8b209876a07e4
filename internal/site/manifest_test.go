package site

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestManifest(t *testing.T) {
	for _, base := range []string{"/", "/parallax/"} {
		t.Run(base, func(t *testing.T) {
			data, err := Manifest(base)
			if err != nil {
				t.Fatal(err)
			}
			var m struct {
				ID, Name, Description, Scope, Display string
				ShortName                             string `json:"short_name"`
				StartURL                              string `json:"start_url"`
				Theme                                 string `json:"theme_color"`
				Background                            string `json:"background_color"`
				Icons                                 []struct{ Src, Sizes, Type, Purpose string }
			}
			if err := json.Unmarshal(data, &m); err != nil {
				t.Fatal(err)
			}
			if m.ID != base || m.Scope != base || m.StartURL != base {
				t.Errorf("id %q, scope %q, start_url %q; want %q", m.ID, m.Scope, m.StartURL, base)
			}
			if m.Name == "" || m.ShortName == "" || m.Description == "" || m.Theme == "" || m.Background == "" || m.Display != "standalone" {
				t.Errorf("incomplete manifest: %s", data)
			}
			want := map[string]bool{"192x192 any": false, "512x512 any": false, "512x512 maskable": false, "any any": false}
			for _, ic := range m.Icons {
				key := ic.Sizes + " " + ic.Purpose
				if _, ok := want[key]; !ok {
					t.Errorf("unexpected icon %+v", ic)
				}
				want[key] = true
				if !strings.HasPrefix(ic.Src, base+"web/icons/") {
					t.Errorf("icon %s is not under %sweb/icons/", ic.Src, base)
				}
				// The icon must exist in the repository's web/ folder.
				rel := strings.TrimPrefix(ic.Src, base)
				if _, err := os.Stat(filepath.Join("..", "..", filepath.FromSlash(rel))); err != nil {
					t.Errorf("icon %s: %v", ic.Src, err)
				}
			}
			for k, seen := range want {
				if !seen {
					t.Errorf("no %s icon", k)
				}
			}
		})
	}
	if _, err := Manifest("/../"); err == nil {
		t.Error("Manifest accepted a bad base")
	}
}
