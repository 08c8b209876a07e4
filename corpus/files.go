package corpus

import "embed"

// The index is generated from the catalog and the articles; a test in internal/mkindex fails
// when it is stale. The generator itself embeds index.bin through this package, so should the
// file ever be deleted, create an empty one (touch corpus/index.bin) before running go generate.
//go:generate go run ./internal/mkindex

// Source is the project's own corpus folder: catalog.json and articles/ (the raw files, byte for
// byte, with their SHA256SUMS). The index generator and the tests read it.
//
//go:embed catalog.json articles
var Source embed.FS

// Embedded is the generated index of Source (see package index), decoded by seed.Load.
//
//go:embed index.bin
var Embedded []byte
