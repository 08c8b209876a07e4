package seed_test

import (
	"testing"

	"parallax/corpus"
	"parallax/corpus/seed"
)

func TestLoad(t *testing.T) {
	c, err := seed.Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id, title string
		basis     corpus.Basis
		date      string
	}{
		{"whatjobs-amazon-tiktok-scrutiny", "Amazon Faces Scrutiny Over TikTok Partnership", corpus.BasisStated, "2024-11-17"},
		{"amazon-tiktok-acquisition-talks", "Amazon reported to be in talks to acquire TikTok", corpus.BasisUnknown, ""},
		{"tiktok-chew-musk-outreach", "TikTok CEO Shou Zi Chew reaches out to Elon Musk", corpus.BasisEstimated, "2024-11"},
		{"walmart-microsoft-tiktok-bid", "Walmart partners with Microsoft in pursuit of TikTok US purchase", corpus.BasisCurated, "2020-08-27"},
		{"amazon-china-ccp-report", "Report says Amazon's China operations entangle it with the Communist Party", corpus.BasisEstimated, "2021-04"},
	}
	if len(c.Articles) != len(tests) {
		t.Errorf("%d articles, want %d", len(c.Articles), len(tests))
	}
	for _, tt := range tests {
		a, err := c.Article(tt.id)
		if err != nil {
			t.Error(err)
			continue
		}
		if a.Title != tt.title || a.Published.Basis != tt.basis || a.Published.Date.ISO() != tt.date {
			t.Errorf("%s: title %q, date %s (%s); want %q, %s (%s)", tt.id, a.Title, a.Published.Date.ISO(), a.Published.Basis, tt.title, tt.date, tt.basis)
		}
	}
	for _, a := range c.Articles {
		var wantOutlet, wantAuthor, authorNote string
		wantURL := ""
		if a.ID == "whatjobs-amazon-tiktok-scrutiny" {
			wantOutlet, wantAuthor = "WhatJobs", "Nagasunder"
			wantURL = "https://www.whatjobs.com/news/usa/us-business-news/amazon-faces-scrutiny-over-tiktok-partnership"
		} else {
			authorNote = "No byline in the text."
		}
		if a.Outlet != wantOutlet || a.Author != wantAuthor || a.AuthorNote != authorNote || a.URL != wantURL {
			t.Errorf("%s: outlet %q, author %q (%q), url %q; want %q, %q (%q), %q", a.ID, a.Outlet, a.Author, a.AuthorNote, a.URL, wantOutlet, wantAuthor, authorNote, wantURL)
		}
		if a.Outlet == "" && a.OutletNote == "" {
			t.Errorf("%s: outlet unknown without a note", a.ID)
		}
	}
	again, _ := seed.Load()
	if again != c {
		t.Error("Load decoded the index twice; want one shared corpus")
	}
}
