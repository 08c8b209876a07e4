package ingest

import "testing"

func TestFurniture(t *testing.T) {
	tests := []struct {
		line, rule string
	}{
		{"ADVERTISEMENT", RuleAdvertisement},
		{"Advertisement", RuleAdvertisement},
		{"Sponsored content", RuleAdvertisement},
		{"Link", RuleStrayLink},
		{"Image Source", RuleImageCredit},
		{"(Photo credit: TikTok)", RuleImageCredit},
		{"Photo: Reuters", RuleImageCredit},
		{"Image courtesy of the company", RuleImageCredit},
		{"Read more", RuleReadMore},
		{"Read More:", RuleReadMore},
		{"Continue reading", RuleReadMore},
		{"Follow us on YouTube, X, LinkedIn, and Facebook", RuleSocial},
		{"Share this article", RuleSocial},
		{"Need Career Advice? Get employment skills advice at all levels of your career", RuleJobPrompt},
		{"Looking for a job? Visit www.whatjobs.com today", RuleJobPrompt},
		{"Hiring? Post jobs for free with WhatJobs", RuleJobPrompt},
		{"Sign up for our daily newsletter", RuleNewsletter},
		{"Subscribe to get updates in your inbox", RuleNewsletter},
		{"https://www.whatjobs.com/news/usa/us-business-news/china-fights-u-s-demand-for-tiktok-sale/", RuleBareURL},
		{"www.example.org/page", RuleBareURL},
		{"Home » Amazon News • US business news » Amazon Faces Scrutiny", RuleBreadcrumb},
		{"News › Tech › TikTok", RuleBreadcrumb},
		// Article text, headings and list items stay.
		{"Why Is Amazon Interested in TikTok?", ""},
		{"Political pressure and US sale", ""},
		{"  1. Expand Its Social Commerce Reach – TikTok’s influence could boost retail.", ""},
		{"Read more about the deal in our earlier report, which covered it in detail.", ""},
		{"Are jobs at risk? Analysts say the merger could cut thousands of positions.", ""},
		{"Follow us on the trail of the money, the reporter wrote.", ""},
		{"Lawmakers fear user data collected through TikTok could be accessed by China.", ""},
		{"The ad market slowed.", ""},
		{"Linked accounts", ""},
	}
	for _, tt := range tests {
		if got := furniture(tt.line); got != tt.rule {
			t.Errorf("furniture(%q) = %q, want %q", tt.line, got, tt.rule)
		}
	}
}

func TestIsHeading(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Political pressure and US sale", true},
		{"What’s Next?", true},
		{"Conclusion", true},
		{"A spokesperson for the committee, said:", false},
		{"It rained.", false},
		{"• Regulatory Approval – Governments may block the deal", false},
		{"“A quoted line”", false},
	}
	for _, tt := range tests {
		if got := isHeading(tt.text); got != tt.want {
			t.Errorf("isHeading(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestIsInlineHeading(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Why Is the TikTok Partnership Causing Concern?", true},
		{"Could President-elect Trump Intervene?", true},
		{"Why would Amazon want this?", false},
		{"Why?", false},
		{"What Now", false},
	}
	for _, tt := range tests {
		if got := isInlineHeading(tt.text); got != tt.want {
			t.Errorf("isInlineHeading(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
