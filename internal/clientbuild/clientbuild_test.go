package clientbuild

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

// TestTrim runs each testdata/*.txtar: the names to keep (-- keep --), a file (-- in.go --),
// and what Trim must give (-- want.go --) or its error (-- error --).
func TestTrim(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			parts := map[string]string{}
			for _, f := range ar.Files {
				parts[f.Name] = string(f.Data)
			}
			got, err := Trim("in.go", []byte(parts["in.go"]), strings.Fields(parts["keep"]))
			if want, ok := parts["error"]; ok {
				if err == nil || err.Error() != strings.TrimSpace(want) {
					t.Fatalf("error = %v, want %q", err, strings.TrimSpace(want))
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(parts["want.go"], string(got)); diff != "" {
				t.Errorf("Trim (-want +got):\n%s", diff)
			}
		})
	}
}

// TestClientBuildLeavesOutTheServer writes the client's module file and checks, with go list,
// that app.wasm's packages then hold none of go-app's server dependencies, where go-app as
// go.mod names it does (so that the check can fail); and that the cut package still compiles.
// The folder has a space in its name, as a user's project path may: the module file quotes it.
func TestClientBuildLeavesOutTheServer(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list and go build")
	}
	modfile, err := Write(filepath.Join(t.TempDir(), "a project", "client"))
	if err != nil {
		t.Fatal(err)
	}
	root := moduleRoot(t)
	server := []string{"net/http", "crypto/tls", "crypto/x509", "mime/multipart"}
	for _, tc := range []struct {
		name  string
		flags []string
		want  bool // whether the server's packages are in the wasm
	}{
		{"go-app as released", nil, true},
		{"go-app cut for the client", []string{"-modfile", modfile}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			deps := wasmGo(t, root, append(append([]string{"list"}, tc.flags...), "-deps", ".")...)
			have := map[string]bool{}
			for _, d := range strings.Fields(deps) {
				have[d] = true
			}
			if !have[Package] {
				t.Fatalf("go list -deps lists no %s:\n%s", Package, deps)
			}
			for _, s := range server {
				if have[s] != tc.want {
					t.Errorf("app.wasm imports %s: %v, want %v", s, have[s], tc.want)
				}
			}
		})
	}
	wasmGo(t, root, "build", "-modfile", modfile, "-o", os.DevNull, Package)
}

func wasmGo(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func moduleRoot(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Dir(strings.TrimSpace(string(out)))
}
