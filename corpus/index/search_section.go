package index

// SearchSection names the section of a data file that holds the search index (vocabulary and
// postings), derived at build time (see search.EncodeIndex), which the app decodes instead of
// running search.New.
const SearchSection = "search"
