package site

import (
	"encoding/json"
	"fmt"
)

// manifestIcon is one entry of the web app manifest's icons list.
type manifestIcon struct {
	Src     string `json:"src"`
	Sizes   string `json:"sizes"`
	Type    string `json:"type"`
	Purpose string `json:"purpose,omitempty"`
}

// Icons are the app's own icons, as paths at the domain root.
var Icons = struct{ Default, Large, Maskable, SVG string }{
	Default:  "/web/icons/icon-192.png",
	Large:    "/web/icons/icon-512.png",
	Maskable: "/web/icons/maskable-512.png",
	SVG:      "/web/icons/icon.svg",
}

// Manifest returns the web app manifest for the app hosted at base ("/" or "/sub/", see
// NormalizeBase). go-app writes its own with scope "/" and no id, which is wrong under a
// sub-path, so both the local server and the static site serve this one instead.
func Manifest(base string) ([]byte, error) {
	base, err := NormalizeBase(base)
	if err != nil {
		return nil, err
	}
	at := func(p string) string { return prefixResolver{base}.Resolve(p) }
	m := struct {
		ID              string         `json:"id"`
		Name            string         `json:"name"`
		ShortName       string         `json:"short_name"`
		Description     string         `json:"description"`
		Lang            string         `json:"lang"`
		StartURL        string         `json:"start_url"`
		Scope           string         `json:"scope"`
		Display         string         `json:"display"`
		BackgroundColor string         `json:"background_color"`
		ThemeColor      string         `json:"theme_color"`
		Icons           []manifestIcon `json:"icons"`
	}{
		ID:              base,
		Name:            Name,
		ShortName:       ShortName,
		Description:     Description,
		Lang:            "en",
		StartURL:        base,
		Scope:           base,
		Display:         "standalone",
		BackgroundColor: Background,
		ThemeColor:      ThemeColor,
		Icons: []manifestIcon{
			{Src: at(Icons.Default), Sizes: "192x192", Type: "image/png", Purpose: "any"},
			{Src: at(Icons.Large), Sizes: "512x512", Type: "image/png", Purpose: "any"},
			{Src: at(Icons.Maskable), Sizes: "512x512", Type: "image/png", Purpose: "maskable"},
			{Src: at(Icons.SVG), Sizes: "any", Type: "image/svg+xml", Purpose: "any"},
		},
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encoding the manifest: %w", err)
	}
	return b, nil
}
