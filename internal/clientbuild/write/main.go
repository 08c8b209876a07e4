// Command write writes the module file app.wasm is built with (see package clientbuild) and
// prints its path, for the Makefile's wasm builds:
//
//	GOOS=js GOARCH=wasm go build -modfile "$(go run ./internal/clientbuild/write -dir bin/client)" …
package main

import (
	"flag"
	"fmt"
	"os"

	"parallax/internal/clientbuild"
)

func main() {
	dir := flag.String("dir", "bin/client", "the folder to write the module file and go-app's cut copy into")
	flag.Parse()
	path, err := clientbuild.Write(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(path)
}
