// Package ingest turns a folder of articles into the corpus model. It runs at build time only
// (the app never imports it): Folder walks the folder, reads each file in its format (.txt, .md
// with YAML front matter, saved .html pages, .jsonl/.json/.csv exports), decodes its encoding,
// settles each metadata field with its provenance (stated, curated from catalog.json, estimated
// or unknown), and reports every problem without stopping at the first.
//
// A text is read line by line. Until the first line of article text, header lines give
// metadata (a date line, the headline, the URL, a byline), checked against the catalog.
// Anywhere, page furniture (advertisements, breadcrumbs, job and newsletter prompts, image
// credits and captions, share counters, source tags, "Related stories" blocks, "Read more",
// social links, stray "Link" labels, bare URLs, date lines, a repeated title) is
// removed by general rules named in corpus.Removed, which keeps each piece with its line and
// place. Each remaining line is a paragraph, except that a line ending with a comma or a
// hard-wrapped line continues into the next. Paragraphs are split into sentences with IDs
// "p{n}s{m}", short unpunctuated lines and title-case questions are marked as headings, and
// sentences are tagged with entity mentions.
package ingest
