package site

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Environment variables through which the app learns where its corpus data is (go-app's
// Handler.Env, read with app.Getenv in the browser).
const (
	// EnvData is the URL path of the data file, with the site's base.
	EnvData = "PARALLAX_DATA"
	// EnvDataSize is its length in bytes, for the progress: a host that compresses the file
	// reports the compressed length.
	EnvDataSize = "PARALLAX_DATA_SIZE"
	// EnvLibrary is the URL path of the library file (each article's metadata, no text; see
	// index.EncodeLibrary), with the site's base: the app fetches it first, so that the
	// library is live before the data file has arrived.
	EnvLibrary = "PARALLAX_LIBRARY"
	// EnvLibrarySize is its length in bytes, as EnvDataSize. The app reads the file in one
	// piece, with no progress of its own, but a loader may want it.
	EnvLibrarySize = "PARALLAX_LIBRARY_SIZE"
)

// DataDir is the folder under web/ that holds the corpus data files.
const DataDir = "data"

// Name prefixes of the two files in DataDir.
const (
	dataPrefix    = "corpus"
	libraryPrefix = "library"
)

// DataFile names a corpus data file by its content, "corpus.<first 16 hex digits of its
// SHA-256>.bin": a new corpus is a new URL, so no cache, HTTP or service worker, ever serves a
// stale one under the new version.
func DataFile(data []byte) string { return contentName(dataPrefix, data) }

// LibraryFile names a library file by its content, "library.<16 hex digits>.bin", as DataFile.
func LibraryFile(lib []byte) string { return contentName(libraryPrefix, lib) }

func contentName(prefix string, data []byte) string {
	sum := sha256.Sum256(data)
	return prefix + "." + hex.EncodeToString(sum[:])[:16] + ".bin"
}

// WriteData writes data into web/data/ under its content name, removes the data files of earlier
// builds there (their bytes would count in the version and be served for nothing), and returns
// the URL path of the new file, e.g. "/web/data/corpus.0123456789abcdef.bin".
func WriteData(web string, data []byte) (string, error) {
	return writeNamed(web, dataPrefix, "corpus data", data)
}

// WriteLibrary writes the library file lib into web/data/ as WriteData writes the data file,
// removing earlier library files, and returns its URL path, e.g.
// "/web/data/library.0123456789abcdef.bin".
func WriteLibrary(web string, lib []byte) (string, error) {
	return writeNamed(web, libraryPrefix, "library file", lib)
}

func writeNamed(web, prefix, what string, data []byte) (string, error) {
	dir := filepath.Join(web, DataDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("writing the %s: %w", what, err)
	}
	name := contentName(prefix, data)
	old, err := filepath.Glob(filepath.Join(dir, prefix+".*.bin*"))
	if err != nil {
		return "", err
	}
	for _, o := range old {
		if filepath.Base(o) != name {
			if err := os.Remove(o); err != nil {
				return "", fmt.Errorf("removing an earlier %s: %w", what, err)
			}
		}
	}
	tmp := filepath.Join(dir, name+".tmp")
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return "", fmt.Errorf("writing the %s: %w", what, err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, name)); err != nil {
		return "", fmt.Errorf("writing the %s: %w", what, err)
	}
	return "/web/" + DataDir + "/" + name, nil
}

// FindData returns the URL path and content of the one corpus data file in web/data/, or an
// error that says how to build it.
func FindData(web string) (string, []byte, error) {
	return findNamed(web, dataPrefix, "corpus data")
}

// FindLibrary returns the URL path and content of the one library file in web/data/, or an
// error that says how to build it.
func FindLibrary(web string) (string, []byte, error) {
	return findNamed(web, libraryPrefix, "library file")
}

func findNamed(web, prefix, what string) (string, []byte, error) {
	found, err := filepath.Glob(filepath.Join(web, DataDir, prefix+".*.bin"))
	if err != nil {
		return "", nil, err
	}
	switch len(found) {
	case 0:
		return "", nil, fmt.Errorf("no %s in %s: build it with `make data` (go run ./build -data-only -corpus FOLDER)", what, filepath.Join(web, DataDir))
	case 1:
	default:
		return "", nil, fmt.Errorf("%d %s files in %s (%s): rebuild with `make data`, which keeps one", len(found), what, filepath.Join(web, DataDir), strings.Join(found, ", "))
	}
	data, err := os.ReadFile(found[0])
	if err != nil {
		return "", nil, fmt.Errorf("reading the %s: %w", what, err)
	}
	name := filepath.Base(found[0])
	if contentName(prefix, data) != name {
		return "", nil, fmt.Errorf("%s: its content does not match its name (edited or half-written?): rebuild with `make data`", found[0])
	}
	return "/web/" + DataDir + "/" + name, data, nil
}
