//go:build !wasm

package main

import (
	"fmt"

	ui "parallax/app"
	"parallax/internal/site"
)

// loadData reads the corpus data file that `make data` wrote into web/data/ and gives it to the
// pages the server prerenders. It returns the handler options that tell the browser where the
// file and its library file are.
func loadData(web string) (site.Options, error) {
	path, data, err := site.FindData(web)
	if err != nil {
		return site.Options{}, err
	}
	if err := ui.SetData(data); err != nil {
		return site.Options{}, fmt.Errorf("%s: %w", path, err)
	}
	libPath, lib, err := site.FindLibrary(web)
	if err != nil {
		return site.Options{}, err
	}
	ui.PreloadLibrary(libPath)
	return site.Options{Data: path, DataSize: int64(len(data)), Library: libPath, LibrarySize: int64(len(lib))}, nil
}
