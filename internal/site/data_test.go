package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDataFiles checks that the data file and the library file live side by side in web/data/:
// each under its content name, a new build of one replacing only its own kind, and a file whose
// content no longer matches its name refused.
func TestDataFiles(t *testing.T) {
	web := t.TempDir()
	if _, _, err := FindLibrary(web); err == nil || !strings.Contains(err.Error(), "make data") {
		t.Errorf("no library file: %v, want how to build it", err)
	}
	data, lib := []byte("data v1"), []byte("library v1")
	dataPath, err := WriteData(web, data)
	if err != nil {
		t.Fatal(err)
	}
	libPath, err := WriteLibrary(web, lib)
	if err != nil {
		t.Fatal(err)
	}
	if want := "/web/data/" + LibraryFile(lib); libPath != want || !strings.HasPrefix(LibraryFile(lib), "library.") {
		t.Errorf("library path %s, want %s", libPath, want)
	}
	// A new library file replaces the old one and leaves the data file.
	lib2 := []byte("library v2")
	if _, err := WriteLibrary(web, lib2); err != nil {
		t.Fatal(err)
	}
	if path, got, err := FindLibrary(web); err != nil || string(got) != string(lib2) || path != "/web/data/"+LibraryFile(lib2) {
		t.Errorf("FindLibrary = %s, %q, %v; want the new one", path, got, err)
	}
	if path, got, err := FindData(web); err != nil || string(got) != string(data) || path != dataPath {
		t.Errorf("FindData = %s, %q, %v; want the data file untouched", path, got, err)
	}
	// Edited in place: refused.
	if err := os.WriteFile(filepath.Join(web, DataDir, LibraryFile(lib2)), []byte("edited"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := FindLibrary(web); err == nil || !strings.Contains(err.Error(), "does not match its name") {
		t.Errorf("edited library file: %v", err)
	}
}

// TestHandlerLibrary checks that the app learns where the library file is and that the worker
// precaches it beside the data file, under the sub-path.
func TestHandlerLibrary(t *testing.T) {
	h := Handler(Options{Base: "/sub/", Data: "/web/data/corpus.a.bin", DataSize: 10, Library: "/web/data/library.b.bin", LibrarySize: 3})
	if got := h.Env[EnvLibrary]; got != "/sub/web/data/library.b.bin" {
		t.Errorf("%s = %q", EnvLibrary, got)
	}
	if got := h.Env[EnvLibrarySize]; got != "3" {
		t.Errorf("%s = %q", EnvLibrarySize, got)
	}
	var data, lib bool
	for _, r := range h.CacheableResources {
		data = data || r == "/web/data/corpus.a.bin"
		lib = lib || r == "/web/data/library.b.bin"
	}
	if !data || !lib {
		t.Errorf("precached %v, want both data files", h.CacheableResources)
	}
}
