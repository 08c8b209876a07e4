//go:build !wasm

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"parallax/internal/site"
)

// headersFile is the _headers file that Netlify and Cloudflare Pages read: the security headers
// the local server sends (site.SecurityHeaders), for every path under base. Other hosts need
// the same headers configured by hand; the README gives nginx and Apache lines.
func headersFile(base string) string {
	var b strings.Builder
	b.WriteString("# Security headers for Netlify and Cloudflare Pages; written by `make dist`.\n")
	b.WriteString(base + "*\n")
	for _, h := range site.SecurityHeaders {
		fmt.Fprintf(&b, "  %s: %s\n", h.Name, h.Value)
	}
	return b.String()
}

// writeHeaders writes headersFile into the site's root folder.
func writeHeaders(out, base string) error {
	if err := os.WriteFile(filepath.Join(out, "_headers"), []byte(headersFile(base)), 0o644); err != nil {
		return fmt.Errorf("writing _headers: %w", err)
	}
	return nil
}
