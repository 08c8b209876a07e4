//go:build !wasm

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	ui "parallax/app"
	"parallax/internal/site"
)

// knownIDs tells the server which article IDs the corpus has, so that an unknown one is
// answered with status 404. It reads the corpus the app prerenders from (the data file loadData
// set); an error loading it is the app's to show, and then no ID is known.
func knownIDs(kind, id string) bool {
	if kind != site.KindArticle {
		return false
	}
	c, err := ui.Corpus()
	if err != nil {
		return false
	}
	_, err = c.Article(id)
	return err == nil
}

// handler returns the go-app handler for the app built in web: its version, its data files,
// and app.wasm's size, which the loading label's progress divides by (the server sends app.wasm
// compressed and chunked, with no length the label could use: it said "NaN%" without it).
func handler(web string) (*app.Handler, error) {
	wasm, err := os.Stat(web + "/app.wasm")
	if err != nil {
		return nil, fmt.Errorf("no %s/app.wasm: build it first with `make wasm` (%w)", web, err)
	}
	version, err := site.Version(web)
	if err != nil {
		return nil, err
	}
	opts, err := loadData(web)
	if err != nil {
		return nil, err
	}
	opts.Version, opts.WasmSize = version, wasm.Size()
	return site.Handler(opts), nil
}

// serve runs the local server until interrupted.
func serve() {
	addr := flag.String("addr", "", "listen address (default 127.0.0.1:$PORT, PORT defaulting to 8000)")
	flag.Parse()
	if *addr == "" {
		port := os.Getenv("PORT")
		if port == "" {
			port = "8000"
		}
		*addr = net.JoinHostPort("127.0.0.1", port)
	}
	// The files under /web/ are those of ./web, relative to the repository root `make run` runs in.
	if err := run(*addr, "web"); err != nil {
		log.Fatal(err)
	}
}

func run(addr, web string) error {
	h, err := handler(web)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Addr:              addr,
		Handler:           site.Serve(h, web, knownIDs),
		ReadHeaderTimeout: 10 * time.Second,
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	log.Printf("Parallax (version %s) at http://%s", h.Version, ln.Addr())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
