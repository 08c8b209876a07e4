package ingest

import (
	"testing"

	"parallax/corpus"
)

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
		// The same furniture in the other languages saved pages come in.
		{"Anzeige", RuleAdvertisement},
		{"Publicité", RuleAdvertisement},
		{"Lesen Sie auch: Neue Regeln für Vermieter", RuleReadMore},
		{"Weiterlesen", RuleReadMore},
		{"À lire aussi : la réforme des retraites", RuleReadMore},
		{"Leggi anche", RuleReadMore},
		{"Lee también: el nuevo gobierno", RuleReadMore},
		{"Folgen Sie uns auf Twitter und Facebook", RuleSocial},
		{"Suivez-nous sur Instagram", RuleSocial},
		{"Síguenos en Twitter", RuleSocial},
		{"Artikel teilen", RuleSocial},
		{"Mehr zum Thema", RuleRelated},
		{"Sur le même sujet", RuleRelated},
		// Article text, headings and list items stay.
		{"Lesen Sie auch die Stellungnahme der Regierung, die am Montag veröffentlicht wurde.", ""},
		{"Folgen Sie uns auf dem Weg durch die Altstadt, sagte die Führerin.", ""},
		{"Werbung für Tabak ist seit 2021 verboten.", ""},
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

func TestFurnitureGeneral(t *testing.T) {
	tests := []struct {
		line, rule string
	}{
		// Photo credits, on any line.
		{"Name Surname/Getty Images", RuleImageCredit},
		{"(AP Photo/Evan Vucci)", RuleImageCredit},
		{"Photo by Jane Roe/Reuters", RuleImageCredit},
		{"Maria Lindqvist / AFP via Getty Images", RuleImageCredit},
		{"AC/DC", ""},
		{"Either/or", ""},
		// Captions ending with a credit, alt-texts.
		{"The minister arrives at the summit in Brussels. (Photo: Jane Roe/AFP)", RuleCaption},
		{"Firefighters at the scene on Tuesday. Tom Smith/Getty Images", RuleCaption},
		{"Image caption The bridge was closed for repairs", RuleCaption},
		{"Image may contain: two people standing outdoors", RuleCaption},
		// Share counters.
		{"0", RuleShareCount},
		{"83", RuleShareCount},
		{"1.2K", RuleShareCount},
		{"83 shares", RuleShareCount},
		{"78,000", ""}, // an attendance in a match report is data
		{"- Expanded service tax net", ""},
		{"- Spend three years on probation", ""},
		// Source tags.
		{"(Source: Reuters)", RuleSourceTag},
		{"Source: Associated Press", RuleSourceTag},
		{"-Reuters.", RuleSourceTag},
		{"— AFP", RuleSourceTag},
		{"(Reuters)", RuleSourceTag},
		// Related blocks start with a heading.
		{"Related Stories", RuleRelated},
		{"More on this story", RuleRelated},
		{"You may also like", RuleRelated},
		// Article text stays.
		{"The source said the talks had failed.", ""},
		{"83 people were injured in the crash.", ""},
		{"Related companies rose too.", ""},
		{"Photographers lined the street as she left.", ""},
	}
	for _, tt := range tests {
		if got := furniture(tt.line); got != tt.rule {
			t.Errorf("furniture(%q) = %q, want %q", tt.line, got, tt.rule)
		}
	}
}

func TestDateLine(t *testing.T) {
	tests := []struct {
		line, want string // want: ISO date, "" for no date line, "!" for a date line with an impossible date
	}{
		{"14 Sep 2020", "2020-09-14"},
		{"April 24, 2024", "2024-04-24"},
		{"Pop Culture & Art April 02, 2025", "2025-04-02"},
		{"Published 14:05 GMT, Monday 14 September 2020", "2020-09-14"},
		{"Monday 14 September 2020 14:05 GMT", "2020-09-14"},
		{"Updated: Nov. 17, 2024 at 9:30 a.m. ET", "2024-11-17"},
		{"Published on 2024-11-17", "2024-11-17"},
		{"March 3rd, 2023 | 4:15 PM", "2023-03-03"},
		{"30 Feb 2024", "!"},
		{"He said on April 2, 2024 that the deal was off", ""},
		{"The vote on April 2, 2024.", ""},
		{"By Jane Roe, posted November 17, 2024", ""},
		{"May 2024 be a better year", ""},
	}
	for _, tt := range tests {
		d, ok, err := dateLineOf(tt.line)
		got := ""
		switch {
		case ok && err != nil:
			got = "!"
		case ok:
			got = d.ISO()
		}
		if got != tt.want {
			t.Errorf("dateLineOf(%q) = %q (err %v), want %q", tt.line, got, err, tt.want)
		}
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Call centre users 'lose patience'", true},
		{"\"We will not give up,\" says striking union", true},
		{"Apple sales fall (again)", true},
		{"Minister: \u201cNo deal yet\u201d", true},
		{"Rivals of the £400 Apple...", true},
		{"'My memories of Marley...'", true},
		{"It was a long day.", false},
		{"'It was a long day.'", false},
		{"The chairman said:", false},
		{"1. First point", false},
	}
	for _, tt := range tests {
		if got := looksLikeHeadline(tt.line); got != tt.want {
			t.Errorf("looksLikeHeadline(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestByline(t *testing.T) {
	tests := []struct{ line, name, date string }{
		{"By iHeartRadio", "iHeartRadio", ""},
		{"by · Variety", "Variety", ""},
		{"BY JANE ROE", "JANE ROE", ""},
		{"By Jane Roe and John Doe", "Jane Roe and John Doe", ""},
		{"By Jane Roe, posted November 17, 2024", "Jane Roe", "November 17, 2024"},
		{"By the end of the year, prices had doubled.", "", ""},
		{"By then it was too late", "", ""},
	}
	for _, tt := range tests {
		name, date, ok := bylineOf(tt.line)
		if name != tt.name || date != tt.date || ok != (tt.name != "") {
			t.Errorf("bylineOf(%q) = %q, %q, %v; want %q, %q", tt.line, name, date, ok, tt.name, tt.date)
		}
	}
}

func TestSafeURL(t *testing.T) {
	good := []string{"https://example.com/a", "http://example.org/2024/04/24/story?id=3#top", "https://xn--bcher-kva.example/b%C3%BCcher"}
	bad := []string{
		"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x",
		"/news/story", "//example.com/a", "example.com/a", "www.example.com/a", "ftp://example.com/a",
		`https://example.com/"><meta http-equiv="refresh" content="0;url=/search?q=x">`,
		"https://example.com/a b", "https://example.com/'x'", "https://example.com/<svg onload=alert(1)>",
		"https://example.com/\x00", "https://example.com/\u202e", "https://user:pw@example.com/", "https://", "http:///a",
		"https://example.com/" + string(make([]byte, 3000)),
	}
	for _, u := range good {
		if err := safeURL(u); err != nil {
			t.Errorf("safeURL(%q) = %v, want accepted", u, err)
		}
	}
	for _, u := range bad {
		if err := safeURL(u); err == nil {
			t.Errorf("safeURL(%q) accepted, want refused", u)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Call centre users 'lose patience'", "call-centre-users-lose-patience"},
		{"Radio host pledges £1m to music schools", "radio-host-pledges-1m-to-music-schools"},
		{"Café owners didn’t expect this", "cafe-owners-didnt-expect-this"},
		{"东京", "article"},
		{"A very long headline that goes on and on about many different things at once today", "a-very-long-headline-that-goes-on-and-on-about-many"},
	}
	for _, tt := range tests {
		got := Slug(tt.title)
		if got != tt.want || !corpus.ValidID(got) {
			t.Errorf("Slug(%q) = %q, want %q (valid)", tt.title, got, tt.want)
		}
	}
}

func TestPlainMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# A heading", "A heading"},
		{"### Closed heading ###", "Closed heading"},
		{"The **Riverside Gallery** opened.", "The Riverside Gallery opened."},
		{"It was *very* _late_ and __dark__.", "It was very late and dark."},
		{"See [the report](https://example.com/r) for more.", "See the report for more."},
		{"![A crane at dusk](crane.jpg)", "A crane at dusk"},
		{"> A quoted line.", "A quoted line."},
		{"The file snake_case_name.txt and 2*3*4 stay.", "The file snake_case_name.txt and 2*3*4 stay."},
		{"---", ""},
	}
	for _, tt := range tests {
		if got := plainMarkdown(tt.in); got != tt.want {
			t.Errorf("plainMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
