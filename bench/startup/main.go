// Command startup measures what a reader waits for: the size of Parallax's app.wasm and the time
// from navigation to an interactive search box, cold (first visit) and warm (service worker),
// next to the framework's floor — the minimal go-app app in bench/startup/floor — built in the
// same run and served the same way: both as static sites (Parallax's build/, go-app's generator
// for the floor) from one local static server that sends precompressed files. Run from the
// module root: go run ./bench/startup
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"parallax/internal/clientbuild"
	"path/filepath"
	"strings"
)

func main() {
	runs := flag.Int("runs", 7, "cold and warm loads per app (medians are reported)")
	keep := flag.Bool("keep", false, "keep the temporary folder with both sites")
	flag.StringVar(&corpusDir, "corpus", "corpus", "the corpus folder Parallax's site is built from (e.g. one written by internal/synthfolder/mksynth)")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("bench/startup: ")
	if *runs < 1 {
		log.Fatal("-runs must be at least 1")
	}
	dir, err := os.MkdirTemp("", "bench-startup-")
	if err != nil {
		log.Fatal(err)
	}
	if !*keep {
		defer os.RemoveAll(dir)
	} else {
		log.Printf("sites in %s", dir)
	}
	if err := run(dir, *runs); err != nil {
		log.Fatal(err)
	}
}

// corpusDir is the corpus folder of the Parallax site.
var corpusDir string

// app is one of the two measured apps.
type app struct {
	name string
	dist string
	size sizes
	cold []float64 // ms from navigation to an interactive search box
	warm []float64
	// afterData is ms from the app's "parallax-data" performance mark (its first page's data
	// decoded and set) to the interactive search box, cold and warm: the first render after the
	// data. Only Parallax sets the mark.
	afterData []float64
}

func run(dir string, runs int) error {
	parallax, floor, err := buildSites(dir)
	if err != nil {
		return err
	}
	for _, a := range []*app{parallax, floor} {
		if a.size, err = wasmSizes(a.dist); err != nil {
			return err
		}
	}
	if err := measure(dir, runs, parallax, floor); err != nil {
		return err
	}
	fmt.Print(report(parallax, floor, runs))
	return nil
}

// buildSites builds both wasm binaries with the same flags, then both static sites.
func buildSites(dir string) (parallax, floor *app, err error) {
	pweb, fweb := filepath.Join(dir, "parallax-web"), filepath.Join(dir, "floor-web")
	if err := os.CopyFS(pweb, os.DirFS("web")); err != nil {
		return nil, nil, fmt.Errorf("copying web/ (run from the module root): %w", err)
	}
	for _, n := range []string{"app.wasm", "app.wasm.br", "app.wasm.gz"} {
		os.Remove(filepath.Join(pweb, n))
	}
	if err := os.MkdirAll(fweb, 0o755); err != nil {
		return nil, nil, err
	}
	for src, dst := range map[string]string{"web/icons/icon-192.png": "icon.png", "web/icons/icon.svg": "icon.svg"} {
		data, err := os.ReadFile(src)
		if err != nil {
			return nil, nil, err
		}
		if err := os.WriteFile(filepath.Join(fweb, dst), data, 0o644); err != nil {
			return nil, nil, err
		}
	}
	wasm := []string{"GOOS=js", "GOARCH=wasm"}
	flags := []string{"-trimpath", "-ldflags=-s -w"}
	// Parallax is built as `make wasm` builds it, against go-app without its server; the floor
	// is the minimal go-app app as go-app builds it.
	modfile, err := clientbuild.Write(filepath.Join(dir, "client"))
	if err != nil {
		return nil, nil, err
	}
	steps := []struct {
		env  []string
		args []string
	}{
		{wasm, append(append([]string{"build", "-modfile", modfile}, flags...), "-o", filepath.Join(pweb, "app.wasm"), ".")},
		{wasm, append(append([]string{"build"}, flags...), "-o", filepath.Join(fweb, "app.wasm"), "./bench/startup/floor")},
		{nil, []string{"build", "-o", filepath.Join(dir, "parallax-build"), "./build"}},
		{nil, []string{"build", "-o", filepath.Join(dir, "floor-gen"), "./bench/startup/floor"}},
	}
	for _, s := range steps {
		if err := command(s.env, "go", s.args...); err != nil {
			return nil, nil, err
		}
	}
	parallax = &app{name: "Parallax", dist: filepath.Join(dir, "parallax-dist")}
	floor = &app{name: "floor (minimal go-app app)", dist: filepath.Join(dir, "floor-dist")}
	if err := command(nil, filepath.Join(dir, "parallax-build"), "-corpus", corpusDir, "-out", parallax.dist, "-web", pweb, "-base", "/"); err != nil {
		return nil, nil, err
	}
	if err := command(nil, filepath.Join(dir, "floor-gen"), "-out", floor.dist); err != nil {
		return nil, nil, err
	}
	// go-app's generator copies no web/ files; the floor gets them and the same precompression.
	if err := os.CopyFS(filepath.Join(floor.dist, "web"), os.DirFS(fweb)); err != nil {
		return nil, nil, err
	}
	if _, err := precompress(floor.dist); err != nil {
		return nil, nil, err
	}
	return parallax, floor, nil
}

func command(env []string, name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s %s: %w\n%s", name, strings.Join(args, " "), err, out)
	}
	return nil
}
