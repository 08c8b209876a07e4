// Package timeline finds the dates articles mention and orders the events they report.
package timeline

import "parallax/corpus"

// Extract returns every temporal expression in a's sentences, normalised against a.Published.
// PLACEHOLDER: owned by the timeline work stream, which replaces this file.
func Extract(a *corpus.Article) []corpus.DateMention { return nil }
